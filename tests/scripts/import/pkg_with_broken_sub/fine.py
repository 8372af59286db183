# fixture: a plain submodule
VALUE = 7
