// Building the match statement's patterns (grammar/parser.y, "The match
// statement"), with the checks CPython's parser makes on them. The checks its
// compiler makes (unreachable patterns, names bound twice) are the resolver's
// (src/resolve/match_checks.cpp). A builder that returns null (or false) has
// recorded a syntax error.
#pragma once
#include <string_view>

#include "ast/ast.h"
#include "parse/grammar_types.h"

namespace hotpy::frontend {

class ParseContext;

void add_match_case(ParseContext& ctx, ast::Match* m, ast::Pattern* pattern, ast::Expr* guard,
                    ast::StmtList&& body);
// The top of a case: one pattern, or an open sequence `a, *b`.
ast::Pattern* open_sequence_pattern(ParseContext& ctx, PatternSeq seq, const ast::Loc& loc);
// `(p)` is p itself; `(p,)`, `(a, b)` are sequences; `(*a)` is an error.
ast::Pattern* group_pattern(ParseContext& ctx, PatternSeq seq, const ast::Loc& loc,
                            const ast::Loc& close);
PatternSeq start_pattern_seq(ParseContext& ctx, ast::Pattern* first, const ast::Loc& loc);
ast::Pattern* star_pattern(ParseContext& ctx, std::string_view name, const ast::Loc& name_loc,
                           const ast::Loc& loc);
ast::Pattern* as_pattern(ParseContext& ctx, ast::Pattern* p, std::string_view name,
                         const ast::Loc& name_loc, const ast::Loc& loc);
ast::Pattern* literal_pattern(ParseContext& ctx, ast::Expr* literal);
ast::Expr* complex_literal(ParseContext& ctx, ast::Expr* real, BinOp op, ast::Expr* imag,
                           const ast::Loc& loc);
// A bare name captures (`_` is the wildcard); a dotted name is a value.
ast::Pattern* capture_or_value_pattern(ParseContext& ctx, ast::Expr* name_or_attr);
// [items] is a MatchClass collecting the arguments, or null for `C()`.
ast::Pattern* class_pattern(ParseContext& ctx, ast::Expr* cls, ast::Pattern* items,
                            const ast::Loc& loc);
bool class_positional(ParseContext& ctx, ast::Pattern* cls, ast::Pattern* p);
void class_keyword(ParseContext& ctx, ast::Pattern* cls, std::string_view name, ast::Pattern* p);
bool mapping_item(ParseContext& ctx, ast::Pattern* m, ast::Expr* key, const ast::Loc& colon,
                  ast::Pattern* p);
bool mapping_rest(ParseContext& ctx, ast::Pattern* m, std::string_view name,
                  const ast::Loc& name_loc);

}  // namespace hotpy::frontend
