// Building the match statement's patterns: see patterns.h.
#include "parse/patterns.h"

#include "parse/parse_context.h"

namespace hotpy::frontend {

using ast::Kind;
using ast::Loc;
using ast::Pattern;

namespace {

// `name` as a capture: a MatchAs with the Name(Store) the resolver binds; `_`
// binds nothing.
void set_capture(ParseContext& ctx, Pattern* p, std::string_view name, const Loc& loc) {
  if (name == "_") return;
  p->name = std::string(name);
  p->target = ctx.make<ast::Name>(loc, p->name, ast::Ctx::Store);
}

bool is_imaginary(const ast::Expr* e) {
  return e->kind == Kind::Constant &&
         static_cast<const ast::Constant*>(e)->type == ast::Constant::Type::Imaginary;
}

}  // namespace

void add_match_case(ParseContext&, ast::Match* m, Pattern* pattern, ast::Expr* guard,
                    ast::StmtList&& body) {
  m->cases.push_back(ast::MatchCase{pattern, guard, std::move(body)});
}

PatternSeq start_pattern_seq(ParseContext& ctx, Pattern* first, const Loc& loc) {
  Pattern* seq = ctx.make<Pattern>(Kind::MatchSequence, loc);
  seq->patterns.push_back(first);
  return PatternSeq{seq, false};
}

Pattern* open_sequence_pattern(ParseContext& ctx, PatternSeq seq, const Loc& loc) {
  if (seq.node->patterns.size() == 1 && !seq.comma) {
    Pattern* only = seq.node->patterns[0];
    if (only->kind == Kind::MatchStar) {
      // `case *a:`: CPython's parser fails at the ':' that follows.
      Loc after{loc.end_line, loc.end_col, loc.end_line, loc.end_col + 1};
      ctx.fail_at(after, "invalid syntax");
      return nullptr;
    }
    return only;
  }
  seq.node->loc = loc;
  return seq.node;
}

Pattern* group_pattern(ParseContext& ctx, PatternSeq seq, const Loc& loc, const Loc& close) {
  if (seq.node->patterns.size() == 1 && !seq.comma) {
    Pattern* only = seq.node->patterns[0];
    if (only->kind == Kind::MatchStar) {
      ctx.fail_at(close, "invalid syntax");
      return nullptr;
    }
    return only;  // a group is its pattern, positioned inside the parentheses
  }
  seq.node->loc = loc;
  return seq.node;
}

Pattern* star_pattern(ParseContext& ctx, std::string_view name, const Loc& name_loc,
                      const Loc& loc) {
  Pattern* p = ctx.make<Pattern>(Kind::MatchStar, loc);
  set_capture(ctx, p, name, name_loc);
  return p;
}

Pattern* as_pattern(ParseContext& ctx, Pattern* inner, std::string_view name,
                    const Loc& name_loc, const Loc& loc) {
  if (name == "_") {
    ctx.fail_at(name_loc, "cannot use '_' as a target");
    return nullptr;
  }
  Pattern* p = ctx.make<Pattern>(Kind::MatchAs, loc);
  p->pattern = inner;
  set_capture(ctx, p, name, name_loc);
  return p;
}

Pattern* literal_pattern(ParseContext& ctx, ast::Expr* literal) {
  if (literal->kind == Kind::JoinedStr) {
    ctx.fail_at(literal->loc, "patterns may only match literals and attribute lookups");
    return nullptr;
  }
  Kind kind = Kind::MatchValue;
  if (literal->kind == Kind::Constant) {
    auto type = static_cast<ast::Constant*>(literal)->type;
    if (type == ast::Constant::Type::None || type == ast::Constant::Type::True ||
        type == ast::Constant::Type::False)
      kind = Kind::MatchSingleton;
  }
  Pattern* p = ctx.make<Pattern>(kind, literal->loc);
  p->value = literal;
  return p;
}

ast::Expr* complex_literal(ParseContext& ctx, ast::Expr* real, BinOp op, ast::Expr* imag,
                           const Loc& loc) {
  const ast::Expr* real_part = real->kind == Kind::UnaryOp
                                   ? static_cast<ast::UnaryOpExpr*>(real)->operand
                                   : real;
  if (is_imaginary(real_part)) {
    ctx.fail_at(real->loc, "real number required in complex literal");
    return nullptr;
  }
  if (!is_imaginary(imag)) {
    ctx.fail_at(imag->loc, "imaginary number required in complex literal");
    return nullptr;
  }
  return ctx.binop(op, real, imag, loc);
}

Pattern* capture_or_value_pattern(ParseContext& ctx, ast::Expr* name_or_attr) {
  if (name_or_attr->kind == Kind::Attribute) {
    Pattern* p = ctx.make<Pattern>(Kind::MatchValue, name_or_attr->loc);
    p->value = name_or_attr;
    return p;
  }
  auto* n = static_cast<ast::Name*>(name_or_attr);
  Pattern* p = ctx.make<Pattern>(Kind::MatchAs, n->loc);
  set_capture(ctx, p, n->id, n->loc);
  return p;
}

Pattern* class_pattern(ParseContext& ctx, ast::Expr* cls, Pattern* items, const Loc& loc) {
  Pattern* p = items ? items : ctx.make<Pattern>(Kind::MatchClass, loc);
  p->value = cls;
  p->loc = loc;
  return p;
}

bool class_positional(ParseContext& ctx, Pattern* cls, Pattern* p) {
  if (!cls->kwd_attrs.empty()) {
    ctx.fail_at(p->loc, "positional patterns follow keyword patterns");
    return false;
  }
  cls->patterns.push_back(p);
  return true;
}

void class_keyword(ParseContext&, Pattern* cls, std::string_view name, Pattern* p) {
  cls->kwd_attrs.emplace_back(name);
  cls->kwd_patterns.push_back(p);
}

bool mapping_item(ParseContext& ctx, Pattern* m, ast::Expr* key, const Loc& colon, Pattern* p) {
  if (key->kind == Kind::Name) return ctx.fail_at(colon, "invalid syntax");
  if (key->kind == Kind::JoinedStr)
    return ctx.fail_at(key->loc, "patterns may only match literals and attribute lookups");
  if (!m->name.empty()) return ctx.fail_at(key->loc, "invalid syntax");  // after **rest
  m->keys.push_back(key);
  m->patterns.push_back(p);
  return true;
}

bool mapping_rest(ParseContext& ctx, Pattern* m, std::string_view name, const Loc& name_loc) {
  if (name == "_" || !m->name.empty()) return ctx.fail_at(name_loc, "invalid syntax");
  set_capture(ctx, m, name, name_loc);
  return true;
}

}  // namespace hotpy::frontend
