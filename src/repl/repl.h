// The interactive loop: read a statement (asking for more while the parser says
// it is incomplete), run it in __main__, echo expression values, print tracebacks.
#pragma once
#include "objects/dict.h"

namespace hotpy {

// Runs the REPL in `globals` until end of input; returns the exit status.
int run_repl(DictObject* globals, bool quiet);

}  // namespace hotpy
