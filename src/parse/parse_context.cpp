// ParseContext: token supply, the first-error-wins record, and the builders of
// expression nodes that need more than a constructor call (calls, parameter
// lists, displays, comprehensions).
#include "parse/parse_context.h"

#include <charconv>
#include <cmath>

#include "parse/token_filter.h"
#include "parser.hpp"

namespace hotpy::frontend {

using T = Parser::token;
using ast::Loc;

ParseContext::ParseContext(ast::Unit& unit, TokenFilter& filter, ast::Mode mode, bool fexpr)
    : m_unit(unit), m_filter(&filter), m_mode(mode), m_fexpr(fexpr) {}

ParseContext::ParseContext(ast::Unit& unit, const std::vector<Token>& replay)
    : m_unit(unit), m_replay(&replay) {}

Token ParseContext::next_token() {
  if (m_replay) {
    if (m_replay_pos < m_replay->size()) {
      m_last = (*m_replay)[m_replay_pos++];
    } else {
      m_last.kind = T::TOK_END;
    }
    return m_last;
  }
  m_last = m_filter->next();
  if (m_last.kind == T::TOK_YYerror) fail(m_filter->error());
  return m_last;
}

// ---------------------------------------------------------------------------
// Errors

bool ParseContext::fail(RawError e) {
  if (!m_error) m_error = std::move(e);
  return false;
}

bool ParseContext::fail_at(const Loc& loc, std::string msg, std::string type) {
  RawError e;
  e.type = std::move(type);
  e.msg = std::move(msg);
  e.line = loc.line;
  e.col = loc.col + 1;
  e.end_line = loc.end_line;
  e.end_col = loc.end_col + 1;
  e.known_location = true;
  return fail(std::move(e));
}

bool ParseContext::fail_here(std::string msg) { return fail(error_at_token(m_last, std::move(msg))); }

RawError error_at_token(const Token& t, std::string msg, std::string type) {
  RawError e;
  e.type = std::move(type);
  e.msg = std::move(msg);
  e.line = t.loc.line;
  e.end_line = t.loc.end_line;
  if (t.kind == T::TOK_INDENT || t.kind == T::TOK_DEDENT) {
    e.col = t.loc.col;  // CPython reports the width of the indentation itself
    e.end_col = 0;
  } else if (t.kind == T::TOK_END) {
    e.col = t.loc.col + 1;
    e.end_col = 0;
  } else {
    e.col = t.loc.col + 1;
    e.end_col = t.loc.end_col + 1;
  }
  return e;
}

// ---------------------------------------------------------------------------
// Atoms

ast::Expr* ParseContext::name(std::string_view id, const Loc& loc) {
  return make<ast::Name>(loc, std::string(id), ast::Ctx::Load);
}

ast::Expr* ParseContext::constant(ast::Constant::Type type, const Loc& loc) {
  return make<ast::Constant>(loc, type);
}

// Constant.text keeps the literal without underscores ("0x1F", "1e5", "2j");
// fval holds the value of floats and of the imaginary part.
ast::Expr* ParseContext::number(std::string_view text, const Loc& loc) {
  std::string digits;
  digits.reserve(text.size());
  for (char c : text)
    if (c != '_') digits += c;
  using Type = ast::Constant::Type;
  Type type = Type::Int;
  char last = digits.back();
  bool radix = digits.size() > 1 && digits[0] == '0' &&
               (digits[1] == 'x' || digits[1] == 'X' || digits[1] == 'o' || digits[1] == 'O' ||
                digits[1] == 'b' || digits[1] == 'B');
  if (last == 'j' || last == 'J') {
    type = Type::Imaginary;
  } else if (!radix && digits.find_first_of(".eE") != std::string::npos) {
    type = Type::Float;
  }
  auto* c = make<ast::Constant>(loc, type);
  if (type != Type::Int) {
    const char* b = digits.data();
    const char* e = b + digits.size() - (type == Type::Imaginary ? 1 : 0);
    double v = 0;
    auto [ptr, ec] = std::from_chars(b, e, v);
    if (ec == std::errc::result_out_of_range) {
      // from_chars leaves v alone on overflow; Python's float('1e400') is inf.
      bool tiny = false;
      for (const char* p = b; p < e; ++p)
        if (*p == 'e' || *p == 'E') tiny = p + 1 < e && p[1] == '-';
      v = tiny ? 0.0 : HUGE_VAL;
    }
    c->fval = v;
  }
  c->text = std::move(digits);
  return c;
}

// ---------------------------------------------------------------------------
// Sequences and displays

ast::Expr* ParseContext::seq_expr(ExprSeq&& seq, const Loc& loc) {
  if (seq.elts.size() == 1 && !seq.comma) return seq.elts[0];
  return tuple(std::move(seq), loc);
}

// The common case, one expression and no comma, leaves the pooled list's
// buffer in the pool for the next statement.
ast::Expr* ParseContext::seq_expr(ExprSeq* seq, const Loc& loc) {
  if (seq->elts.size() == 1 && !seq->comma) {
    ast::Expr* e = seq->elts[0];
    recycle(seq);
    return e;
  }
  return tuple(take(seq), loc);
}

ast::Expr* ParseContext::tuple(ExprSeq&& seq, const Loc& loc) {
  auto* t = make<ast::Sequence>(ast::Kind::Tuple, loc, ast::Ctx::Load);
  t->elts = std::move(seq.elts);
  return t;
}

ast::Expr* ParseContext::paren(SeqBody&& body, const Loc& loc) {
  if (body.elt)
    return comprehension(ast::Kind::GeneratorExp, body.elt, nullptr, std::move(body.gens), loc);
  if (body.seq.elts.size() == 1 && !body.seq.comma) {
    ast::Expr* e = body.seq.elts[0];
    if (e->kind == ast::Kind::Starred) {
      fail_at(e->loc, "cannot use starred expression here");
      return nullptr;
    }
    return e;  // a parenthesized expression keeps its own position
  }
  return tuple(std::move(body.seq), loc);
}

ast::Expr* ParseContext::list(SeqBody&& body, const Loc& loc) {
  if (body.elt)
    return comprehension(ast::Kind::ListComp, body.elt, nullptr, std::move(body.gens), loc);
  auto* l = make<ast::Sequence>(ast::Kind::List, loc, ast::Ctx::Load);
  l->elts = std::move(body.seq.elts);
  return l;
}

ast::Expr* ParseContext::set(ExprSeq&& seq, const Loc& loc) {
  auto* s = make<ast::SetExpr>(loc);
  s->elts = std::move(seq.elts);
  return s;
}

ast::Expr* ParseContext::comprehension(ast::Kind kind, ast::Expr* elt, ast::Expr* value,
                                       std::vector<ast::Comprehension>&& gens,
                                       const Loc& loc) {
  if (elt->kind == ast::Kind::Starred) {
    fail_at(elt->loc, "iterable unpacking cannot be used in comprehension");
    return nullptr;
  }
  auto* c = make<ast::Comp>(kind, loc, elt);
  c->value = value;
  c->generators = std::move(gens);
  return c;
}

// ---------------------------------------------------------------------------
// Operators

ast::Expr* ParseContext::binop(BinOp op, ast::Expr* a, ast::Expr* b, const Loc& loc) {
  return make<ast::BinOpExpr>(loc, op, a, b);
}

ast::Expr* ParseContext::unary(UnaryOp op, ast::Expr* e, const Loc& loc) {
  return make<ast::UnaryOpExpr>(loc, op, e);
}

ast::Expr* ParseContext::boolop(bool is_and, ast::Expr* a, const Loc& a_loc, ast::Expr* b,
                                const Loc& loc) {
  if (a->kind == ast::Kind::BoolOp && static_cast<ast::BoolOp*>(a)->is_and == is_and &&
      a->loc.line == a_loc.line && a->loc.col == a_loc.col) {
    auto* n = static_cast<ast::BoolOp*>(a);
    n->values.push_back(b);
    n->loc = loc;
    return n;
  }
  auto* n = make<ast::BoolOp>(loc, is_and);
  n->values.reserve(2);
  n->values.push_back(a);
  n->values.push_back(b);
  return n;
}

ast::Compare* ParseContext::compare(ast::Expr* a, CompareOp op, ast::Expr* b, const Loc& loc) {
  auto* c = make<ast::Compare>(loc, a);
  c->ops.push_back(op);
  c->comparators.push_back(b);
  return c;
}

ast::Expr* ParseContext::named(ast::Expr* target, ast::Expr* value, const Loc& loc) {
  if (target->kind != ast::Kind::Name) {
    fail_at(target->loc,
            std::string("cannot use assignment expressions with ") + expr_name(target));
    return nullptr;
  }
  auto* n = static_cast<ast::Name*>(target);
  n->ctx = ast::Ctx::Store;
  return make<ast::NamedExpr>(loc, n, value);
}

ast::Expr* ParseContext::subscript(ast::Expr* value, ExprSeq&& index, const Loc& index_loc,
                                   const Loc& loc) {
  // a[*b] indexes with the tuple (*b,), as in CPython.
  bool starred = index.elts.size() == 1 && index.elts[0]->kind == ast::Kind::Starred;
  ast::Expr* slice = starred ? tuple(std::move(index), index_loc)
                             : seq_expr(std::move(index), index_loc);
  return make<ast::Subscript>(loc, value, slice, ast::Ctx::Load);
}

// ---------------------------------------------------------------------------
// Calls: CPython's argument-order rules (invalid_arguments, invalid_kwarg)

ast::Expr* ParseContext::call(ast::Expr* func, std::vector<ArgItem>&& args, const Loc& loc,
                              const Loc& parens) {
  Loc rpar{parens.end_line, parens.end_col - 1, parens.end_line, parens.end_col};
  // f(*a for a in b): unpacking in the first argument, an unparenthesized generator
  // after positional ones, bad syntax at its `for` after keyword ones.
  bool after_keyword = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const ArgItem& a = args[i];
    after_keyword = after_keyword || a.kind == ArgItem::Keyword || a.kind == ArgItem::DoubleStar;
    if (a.kind != ArgItem::Generator) continue;
    ast::Expr* elt = static_cast<ast::Comp*>(a.value)->elt;
    if (elt->kind != ast::Kind::Starred) continue;
    if (i == 0)
      fail_at(elt->loc, "iterable unpacking cannot be used in comprehension");
    else if (after_keyword)
      fail_at(a.op, "invalid syntax");
    else
      fail_at(a.loc, "Generator expression must be parenthesized");
    return nullptr;
  }
  if (args.size() == 1 && args[0].kind == ArgItem::Generator) {
    args[0].value->loc = parens;  // f(x for x in y): the call's parentheses are the genexp's
  } else {
    for (const ArgItem& a : args)
      if (a.kind == ArgItem::Generator) {
        fail_at(a.loc, "Generator expression must be parenthesized");
        return nullptr;
      }
  }
  bool keyword = false, unpack = false;
  for (const ArgItem& a : args) {
    switch (a.kind) {
      case ArgItem::Positional:
      case ArgItem::Generator:
        if (unpack || keyword) {
          fail_at(rpar, unpack ? "positional argument follows keyword argument unpacking"
                               : "positional argument follows keyword argument");
          return nullptr;
        }
        break;
      case ArgItem::Starred:
        if (unpack) {
          fail_at(a.op, "iterable argument unpacking follows keyword argument unpacking");
          return nullptr;
        }
        break;
      case ArgItem::Keyword:
        if (a.key->kind != ast::Kind::Name) {
          Loc range{a.key->loc.line, a.key->loc.col, a.op.end_line, a.op.end_col};
          auto* c = a.key->kind == ast::Kind::Constant ? static_cast<ast::Constant*>(a.key)
                                                       : nullptr;
          if (c && (c->type == ast::Constant::Type::True || c->type == ast::Constant::Type::False ||
                    c->type == ast::Constant::Type::None)) {
            fail_at(range, std::string("cannot assign to ") + expr_name(c));
          } else {
            fail_at(range, "expression cannot contain assignment, perhaps you meant \"==\"?");
          }
          return nullptr;
        }
        keyword = true;
        break;
      case ArgItem::DoubleStar:
        unpack = true;
        break;
    }
  }
  auto* c = make<ast::Call>(loc, func);
  size_t kw = 0;
  for (const ArgItem& a : args) kw += a.kind == ArgItem::Keyword || a.kind == ArgItem::DoubleStar;
  c->args.reserve(args.size() - kw);
  c->keywords.reserve(kw);
  for (ArgItem& a : args) {
    if (a.kind == ArgItem::Keyword) {
      // A repeated keyword is the compiler's error in CPython (resolve/checks.cpp), met
      // in its order, after the symbol table's.
      auto* key = static_cast<ast::Name*>(a.key);
      c->keywords.push_back(ast::Keyword{key->id, a.value, a.loc});
    } else if (a.kind == ArgItem::DoubleStar) {
      c->keywords.push_back(ast::Keyword{std::string(), a.value, a.loc});
    } else {
      c->args.push_back(a.value);
    }
  }
  return c;
}

// ---------------------------------------------------------------------------
// Parameters: CPython's invalid_parameters rules, in 3.11's words

ast::Arguments* ParseContext::arguments(std::vector<ParamItem>&& params, bool lambda) {
  ast::Arguments* args = m_unit.make_arguments();
  bool slash = false, star = false, dstar = false, seen_default = false;
  auto make_arg = [&](const ParamItem& p) {
    return ast::Arg{std::string(p.name), p.annotation, p.name_loc};
  };
  for (size_t i = 0; i < params.size(); ++i) {
    const ParamItem& p = params[i];
    if (dstar) {
      fail_at(p.kind == ParamItem::Plain ? p.name_loc : p.op,
              "arguments cannot follow var-keyword argument");
      return nullptr;
    }
    switch (p.kind) {
      case ParamItem::Slash:
        if (slash) return fail_at(p.op, "/ may appear only once"), nullptr;
        if (star) return fail_at(p.op, "/ must be ahead of *"), nullptr;
        if (args->args.empty()) return fail_at(p.op, "at least one argument must precede /"), nullptr;
        args->posonlyargs = std::move(args->args);
        args->args.clear();
        slash = true;
        break;
      case ParamItem::Star:
        if (star) return fail_at(p.op, "* argument may appear only once"), nullptr;
        star = true;
        if (p.name.empty()) {
          bool named_follows = i + 1 < params.size() && params[i + 1].kind == ParamItem::Plain;
          if (!named_follows) {
            if (lambda) fail_here("named arguments must follow bare *");
            else fail_at(p.op, "named arguments must follow bare *");
            return nullptr;
          }
        } else {
          args->vararg = m_unit.make_arg(make_arg(p));
        }
        break;
      case ParamItem::DoubleStar:
        args->kwarg = m_unit.make_arg(make_arg(p));
        dstar = true;
        break;
      case ParamItem::Plain:
        if (star) {
          args->kwonlyargs.push_back(make_arg(p));
          args->kw_defaults.push_back(p.default_value);
        } else {
          if (p.default_value) {
            args->defaults.push_back(p.default_value);
            seen_default = true;
          } else if (seen_default) {
            fail_at(p.name_loc, "non-default argument follows default argument");
            return nullptr;
          }
          args->args.push_back(make_arg(p));
        }
        break;
    }
  }
  return args;
}

ast::Expr* ParseContext::lambda(std::vector<ParamItem>&& params, ast::Expr* body,
                                const Loc& loc) {
  ast::Arguments* args = arguments(std::move(params), true);
  if (!args) return nullptr;
  return make<ast::Lambda>(loc, args, body);
}

}  // namespace hotpy::frontend
