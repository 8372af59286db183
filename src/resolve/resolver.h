// The resolver: a pass over a parsed Unit that decides, for every name, where it
// lives at run time (see ast::NameScope), numbers each block's frame slots, and
// reports the static errors CPython's symtable reports.
#pragma once
#include <optional>

#include "ast/ast.h"
#include "parse/parse.h"

namespace hotpy {

// Fills every "resolver:" field of the tree. Returns the first static error
// (e.g. "'return' outside function"), or nothing on success.
std::optional<SyntaxErrorInfo> resolve(ast::Unit& unit);

}  // namespace hotpy
