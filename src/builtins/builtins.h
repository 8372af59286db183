// The builtins module: every builtin function, type and constant.
#pragma once
#include <string>

#include "objects/module.h"

namespace hotpy {

// Makes the running interpreter's builtins module and registers its dict with the
// evaluator.
Value init_builtins_module();

// How input() reads when stdin and stdout are the terminal: set by the REPL stage
// to its line editor (as CPython's input() uses readline), before any interpreter
// runs (the terminal is the process's). Returns 1 with a line (no newline), 0 at end
// of input, -1 when Ctrl-C interrupted the reading.
extern int (*terminal_input)(const std::string& prompt, std::string* line);

}  // namespace hotpy
