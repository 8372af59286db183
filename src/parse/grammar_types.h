// The values grammar/parser.y passes between rules besides AST nodes: lists
// still being collected and items whose meaning depends on their neighbours
// (call arguments, parameters). Everything here is moved, never copied, through
// the Bison value stack.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "parse/token.h"

namespace hotpy::frontend {

class ParseContext;

// `a, b, *c` before it becomes a Tuple (or stays a single expression).
struct ExprSeq {
  ast::ExprList elts;
  bool comma = false;  // a comma follows the last element
};

// The inside of (...) or [...]: a sequence, or an element with generators.
struct SeqBody {
  ExprSeq seq;
  ast::Expr* elt = nullptr;  // set for a comprehension
  std::vector<ast::Comprehension> gens;
};

// One argument of a call, before the call checks their order.
struct ArgItem {
  enum Kind : uint8_t { Positional, Starred, Keyword, DoubleStar, Generator };
  Kind kind = Positional;
  ast::Expr* value = nullptr;  // the argument (Generator: the GeneratorExp)
  ast::Expr* key = nullptr;    // Keyword: what stood left of '=' (a Name when valid)
  ast::Loc loc;                // the whole argument
  ast::Loc op;                 // the '*', '**' or '=' token
};

// One parameter of a def or lambda, before the parameter list is checked.
struct ParamItem {
  enum Kind : uint8_t { Plain, Star, DoubleStar, Slash };
  Kind kind = Plain;
  std::string_view name;            // empty for a bare '*' and for '/'
  ast::Expr* annotation = nullptr;
  ast::Expr* default_value = nullptr;
  ast::Loc name_loc;                // the name and its annotation (CPython's arg)
  ast::Loc op;                      // the '*', '**' or '/' token
};

}  // namespace hotpy::frontend
