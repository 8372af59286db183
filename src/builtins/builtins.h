// The builtins module: every builtin function, type and constant.
#pragma once
#include "objects/module.h"

namespace hotpy {

// Makes the builtins module (once) and registers its dict with the evaluator.
Value init_builtins_module();

}  // namespace hotpy
