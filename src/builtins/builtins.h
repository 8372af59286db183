// The builtins module: every builtin function, type and constant.
#pragma once
#include <string>

#include "objects/module.h"

namespace hotpy {

// Makes the running interpreter's builtins module and registers its dict with the
// evaluator.
Value init_builtins_module();

// input() reads through InterpreterState::terminal_input when stdin and stdout are the
// terminal (a host's line editor, as CPython's input() uses readline). It returns 1
// with a line (no newline), 0 at end of input, -1 when Ctrl-C interrupted the reading.

}  // namespace hotpy
