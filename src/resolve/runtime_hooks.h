// The resolver's only contact with the object runtime: interned names and constant
// objects are made here, once per node, so the evaluator never builds them again.
// Kept behind two functions so the analysis passes stay plain C++ over the AST.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include "ast/ast.h"

namespace hotpy::resolver {

// The immortal interned str for an identifier (objects/str.h: hotpy::intern).
StrObject* intern_identifier(std::string_view name);
// The text of an interned identifier.
std::string_view identifier_text(const StrObject* name);

// Sets c.value to the literal's runtime object (objects/constant.h). Equal str
// literals of one unit share one object, as the constants of a module CPython
// compiled do (`a = "x y"; b = "x y"; a is b`); `seen` holds those made so far.
using StrConstants = std::unordered_map<std::string_view, Value>;
void attach_constant(ast::Constant& c, StrConstants& seen);

// Mapping patterns: are two attached constants the same key (1, 1.0 and True
// are), and repr() of one, for "mapping pattern checks duplicate key".
bool constants_same_key(const ast::Constant& a, const ast::Constant& b);
std::string constant_repr(const ast::Constant& c);

}  // namespace hotpy::resolver
