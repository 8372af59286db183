// Assignment, deletion and loop targets: setting their context (Store, Del) and
// rejecting what cannot be assigned, with CPython 3.11's messages and positions
// (its invalid_assignment / invalid_named_expression / invalid_del_stmt rules
// and the compiler's starred-target checks).
#include "parse/parse_context.h"

namespace hotpy::frontend {

using ast::Kind;
using ast::Loc;

namespace {

enum class TargetKind { Store, Del };

bool same_loc(const Loc& a, const Loc& b) {
  return a.line == b.line && a.col == b.col && a.end_line == b.end_line && a.end_col == b.end_col;
}

// The first part of [e] that cannot be a target (CPython's
// _PyPegen_get_invalid_target), or null when all of it can.
const ast::Expr* invalid_target(const ast::Expr* e, TargetKind kind) {
  switch (e->kind) {
    case Kind::Tuple:
    case Kind::List:
      for (const ast::Expr* elt : static_cast<const ast::Sequence*>(e)->elts)
        if (const ast::Expr* bad = invalid_target(elt, kind)) return bad;
      return nullptr;
    case Kind::Starred:
      if (kind == TargetKind::Del) return e;
      return invalid_target(static_cast<const ast::Starred*>(e)->value, kind);
    case Kind::Name:
    case Kind::Attribute:
    case Kind::Subscript:
      return nullptr;
    default:
      return e;
  }
}

void set_context(ast::Expr* e, ast::Ctx ctx) {
  switch (e->kind) {
    case Kind::Name: static_cast<ast::Name*>(e)->ctx = ctx; break;
    case Kind::Attribute: static_cast<ast::Attribute*>(e)->ctx = ctx; break;
    case Kind::Subscript: static_cast<ast::Subscript*>(e)->ctx = ctx; break;
    case Kind::Starred: {
      auto* s = static_cast<ast::Starred*>(e);
      s->ctx = ctx;
      set_context(s->value, ctx);
      break;
    }
    case Kind::Tuple:
    case Kind::List: {
      auto* s = static_cast<ast::Sequence*>(e);
      s->ctx = ctx;
      for (ast::Expr* elt : s->elts) set_context(elt, ctx);
      break;
    }
    default:
      break;
  }
}

bool is_constant(const ast::Expr* e, ast::Constant::Type t) {
  return e->kind == Kind::Constant && static_cast<const ast::Constant*>(e)->type == t;
}

// The leftmost atom of an expression: what a PEG lookahead at its start sees.
const ast::Expr* leftmost(const ast::Expr* e) {
  for (;;) {
    switch (e->kind) {
      case Kind::BinOp: e = static_cast<const ast::BinOpExpr*>(e)->left; break;
      case Kind::Attribute: e = static_cast<const ast::Attribute*>(e)->value; break;
      case Kind::Subscript: e = static_cast<const ast::Subscript*>(e)->value; break;
      case Kind::Call: e = static_cast<const ast::Call*>(e)->func; break;
      default: return e;
    }
  }
}

}  // namespace

// CPython's invalid_named_expression excludes targets that start with a list,
// tuple, generator expression, True, None or False.
bool starts_with_display(const ast::Expr* e) {
  const ast::Expr* l = leftmost(e);
  if (l->loc.line != e->loc.line || l->loc.col != e->loc.col) return false;
  return l->kind == Kind::List || l->kind == Kind::Tuple || l->kind == Kind::GeneratorExp ||
         is_constant(l, ast::Constant::Type::True) || is_constant(l, ast::Constant::Type::None) ||
         is_constant(l, ast::Constant::Type::False);
}

// An expression CPython's bitwise_or rule can match without parentheses.
bool is_bitwise_or(const ast::Expr* e) {
  switch (e->kind) {
    case Kind::Compare: case Kind::BoolOp: case Kind::IfExp: case Kind::Lambda:
    case Kind::Starred: case Kind::NamedExpr: case Kind::Yield: case Kind::YieldFrom:
      return false;
    case Kind::UnaryOp:
      return static_cast<const ast::UnaryOpExpr*>(e)->op != UnaryOp::Not;
    default:
      return true;
  }
}

const char* expr_name(const ast::Expr* e) {
  switch (e->kind) {
    case Kind::Attribute: return "attribute";
    case Kind::Subscript: return "subscript";
    case Kind::Starred: return "starred";
    case Kind::Name: return "name";
    case Kind::List: return "list";
    case Kind::Tuple: return "tuple";
    case Kind::Lambda: return "lambda";
    case Kind::Call: return "function call";
    case Kind::BoolOp: case Kind::BinOp: case Kind::UnaryOp: return "expression";
    case Kind::GeneratorExp: return "generator expression";
    case Kind::Yield: case Kind::YieldFrom: return "yield expression";
    case Kind::Await: return "await expression";
    case Kind::ListComp: return "list comprehension";
    case Kind::SetComp: return "set comprehension";
    case Kind::DictComp: return "dict comprehension";
    case Kind::Dict: return "dict literal";
    case Kind::Set: return "set display";
    case Kind::JoinedStr: case Kind::FormattedValue: return "f-string expression";
    case Kind::Compare: return "comparison";
    case Kind::IfExp: return "conditional expression";
    case Kind::NamedExpr: return "named expression";
    case Kind::Constant:
      switch (static_cast<const ast::Constant*>(e)->type) {
        case ast::Constant::Type::None: return "None";
        case ast::Constant::Type::True: return "True";
        case ast::Constant::Type::False: return "False";
        case ast::Constant::Type::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    default: return "expression";
  }
}

namespace {

// The compiler's checks on a target that is otherwise valid: a starred target
// must sit in a list or tuple, and only one per list or tuple.
bool check_starred(ParseContext& ctx, const ast::Expr* e, bool top) {
  if (e->kind == Kind::Starred) {
    if (top) return ctx.fail_at(e->loc, "starred assignment target must be in a list or tuple");
    return check_starred(ctx, static_cast<const ast::Starred*>(e)->value, false);
  }
  if (e->kind != Kind::Tuple && e->kind != Kind::List) return true;
  int stars = 0;
  for (const ast::Expr* elt : static_cast<const ast::Sequence*>(e)->elts) {
    if (elt->kind == Kind::Starred && ++stars > 1)
      return ctx.fail_at(e->loc, "multiple starred expressions in assignment");
    if (!check_starred(ctx, elt, false)) return false;
  }
  return true;
}

}  // namespace

bool ParseContext::assign_target(ast::ExprList& targets, ExprSeq&& seq, const Loc& loc,
                                 bool first) {
  bool unparenthesized_tuple = seq.elts.size() > 1 || seq.comma;
  ast::Expr* t = seq_expr(std::move(seq), loc);
  if (const ast::Expr* bad = invalid_target(t, TargetKind::Store)) {
    // The left-most target's last element, directly followed by '=': CPython's
    // invalid_named_expression speaks first and suggests '=='.
    if (first) {
      const ast::Expr* cand =
          unparenthesized_tuple ? static_cast<ast::Sequence*>(t)->elts.back() : t;
      bool parenthesized = !unparenthesized_tuple && !same_loc(cand->loc, loc);
      if (cand->kind != Kind::Name && !starts_with_display(cand) &&
          (parenthesized || is_bitwise_or(cand))) {
        return fail_at(cand->loc, std::string("cannot assign to ") + expr_name(cand) +
                                      " here. Maybe you meant '==' instead of '='?");
      }
    }
    return fail_at(bad->loc, std::string("cannot assign to ") + expr_name(bad));
  }
  if (!check_starred(*this, t, true)) return false;
  set_context(t, ast::Ctx::Store);
  targets.push_back(t);
  return true;
}

bool ParseContext::yield_target(ast::Expr* yield) {
  return fail_at(yield->loc, "assignment to yield expression not possible");
}

ast::Stmt* ParseContext::aug_assign(ExprSeq&& seq, const Loc& target_loc, BinOp op,
                                    ast::Expr* value, const Loc& loc) {
  ast::Expr* t = seq_expr(std::move(seq), target_loc);
  if (t->kind != Kind::Name && t->kind != Kind::Attribute && t->kind != Kind::Subscript) {
    fail_at(t->loc, std::string("'") + expr_name(t) +
                        "' is an illegal expression for augmented assignment");
    return nullptr;
  }
  set_context(t, ast::Ctx::Store);
  return make<ast::AugAssign>(loc, t, op, value);
}

ast::Stmt* ParseContext::ann_assign(ExprSeq&& seq, const Loc& target_loc,
                                    ast::Expr* annotation, ast::Expr* value, const Loc& loc) {
  ast::Expr* t = seq.elts[0];
  if (seq.elts.size() > 1 || seq.comma) {
    fail_at(t->loc, "only single target (not tuple) can be annotated");
    return nullptr;
  }
  if (t->kind == Kind::List || t->kind == Kind::Tuple) {
    fail_at(t->loc, std::string("only single target (not ") + expr_name(t) +
                        ") can be annotated");
    return nullptr;
  }
  if (t->kind != Kind::Name && t->kind != Kind::Attribute && t->kind != Kind::Subscript) {
    fail_at(t->loc, "illegal target for annotation");
    return nullptr;
  }
  // `x: int` is simple; `(x): int` and `a.b: int` are not.
  bool simple = t->kind == Kind::Name && same_loc(t->loc, target_loc);
  set_context(t, ast::Ctx::Store);
  return make<ast::AnnAssign>(loc, t, annotation, value, simple);
}

ast::Stmt* ParseContext::del(ExprSeq&& seq, const Loc& seq_loc, const Loc& loc) {
  (void)seq_loc;
  auto* d = make<ast::Delete>(loc);
  for (ast::Expr* e : seq.elts) {
    if (const ast::Expr* bad = invalid_target(e, TargetKind::Del)) {
      fail_at(bad->loc, std::string("cannot delete ") + expr_name(bad));
      return nullptr;
    }
    set_context(e, ast::Ctx::Del);
  }
  d->targets = std::move(seq.elts);
  return d;
}

ast::Expr* ParseContext::store_target(ExprSeq&& seq, const Loc& loc) {
  return store_target(seq_expr(std::move(seq), loc));
}

ast::Expr* ParseContext::store_target(ast::Expr* t) {
  if (const ast::Expr* bad = invalid_target(t, TargetKind::Store)) {
    fail_at(bad->loc, std::string("cannot assign to ") + expr_name(bad));
    return nullptr;
  }
  if (!check_starred(*this, t, true)) return nullptr;
  set_context(t, ast::Ctx::Store);
  return t;
}

}  // namespace hotpy::frontend
