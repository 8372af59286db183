# fixture: imports a missing module
import no_such_module_anywhere
