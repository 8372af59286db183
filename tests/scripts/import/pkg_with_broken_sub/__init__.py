# fixture: a package whose submodule imports a module that does not exist
