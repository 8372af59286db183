// The static errors CPython 3.11's compiler finds in a case's pattern
// (compiler_pattern and its helpers in Python/compile.c).
#pragma once
#include <optional>

#include "ast/ast.h"
#include "resolve/symtable.h"

namespace hotpy::resolver {

// [last_or_guarded]: the case is the last one or has a guard, so an irrefutable
// pattern (a bare capture or `_`) is allowed at its top.
std::optional<ResolveError> check_case_pattern(const ast::Pattern* p, bool last_or_guarded);

}  // namespace hotpy::resolver
