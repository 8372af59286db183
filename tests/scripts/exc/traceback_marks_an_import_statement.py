# A failed import: the traceback marks the import statement.
if True: import no_such_module_here
