// Turns a literal of the AST into its runtime object, once, at resolve time.
#pragma once
#include "ast/ast.h"

namespace hotpy {

Value constant_value(const ast::Constant& c);

}  // namespace hotpy
