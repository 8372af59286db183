// ast.parse's half of compile(): the parse tree as _ast node objects.
#pragma once
#include <string>

#include "ast/ast.h"

namespace hotpy {

// Parses `source` (no resolver) and builds the tree of _ast.Module/Expression/
// Interactive for `mode`; Null with SyntaxError (or the import's error) pending.
Value parse_to_ast_objects(std::string source, const std::string& filename, ast::Mode mode);

}  // namespace hotpy
