// The interactive loop: read a statement (asking for more while codeop says it is
// incomplete), run it in __main__, echo expression values, print tracebacks.
#pragma once
#include <hotpy/hotpy.h>

namespace hotpy {

// Runs the REPL in __main__ until end of input; returns the exit status. The banner
// shows unless `quiet`; its "Type help..." line unless `no_site` (-S).
int run_repl(Interpreter& py, bool quiet, bool no_site);

}  // namespace hotpy
