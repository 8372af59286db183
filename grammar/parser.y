// grammar/parser.y: the Python 3.11 grammar plus the
// Python 2 print statement, for Bison's LALR(1) C++ skeleton.
//
// The rules follow the shape of CPython's old LL(1) Grammar/Grammar, which is
// also LALR(1); binary operators are resolved by precedence declarations instead
// of one rule per level. Actions only build nodes, through ParseContext
// (src/parse/parse_context.h), which also makes the checks CPython makes while
// building (assignment targets, argument order, string literals) and phrases
// syntax errors in CPython's words (src/parse/syntax_errors.cpp). Where one token
// of lookahead is not enough (`print x`, `with (a as b):`) the token filter
// (src/parse/token_filter.h) decides and hands over a distinct token.
//
// Several start symbols share the grammar: the token filter first hands over a
// marker token (FILE_START, EVAL_START, ...) that picks one.
//
// Semantic values are a %union of plain data, as in PHP's grammar: Bison copies
// a few bytes per symbol. Lists come from ParseContext's recycling pools
// (ctx.alloc<T>() makes one, ctx.take(p) hands its contents to a node).

%require "3.8"
%language "c++"
%skeleton "lalr1.cc"
%header
%define api.namespace {hotpy::frontend}
%define api.parser.class {Parser}
%define api.token.prefix {TOK_}
%define api.location.type {hotpy::ast::Loc}
%define parse.error custom
// No LAC: the custom error reporter works from the error token alone, and LAC
// cost ~10% of parsing (parse_heavy, import_reload).
%locations
%param {ParseContext& ctx}
%expect 0

%code requires {
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ast/ast.h"
#include "parse/grammar_types.h"
}

%code {
#include "parse/parse_context.h"
#include "parse/patterns.h"

// A rule spans from its first symbol's start to its last symbol's end; an empty
// rule sits, zero-width, at the end of what precedes it.
#define YYLLOC_DEFAULT(Cur, Rhs, N)                              \
  do {                                                           \
    if (N) {                                                     \
      (Cur).line = YYRHSLOC(Rhs, 1).line;                        \
      (Cur).col = YYRHSLOC(Rhs, 1).col;                          \
      (Cur).end_line = YYRHSLOC(Rhs, N).end_line;                \
      (Cur).end_col = YYRHSLOC(Rhs, N).end_col;                  \
    } else {                                                     \
      (Cur).line = (Cur).end_line = YYRHSLOC(Rhs, 0).end_line;   \
      (Cur).col = (Cur).end_col = YYRHSLOC(Rhs, 0).end_col;      \
    }                                                            \
  } while (0)

namespace hotpy::frontend {
int yylex(Parser::value_type* value, Parser::location_type* loc, ParseContext& ctx);

namespace {
using hotpy::ast::Loc;
namespace ast = hotpy::ast;

Loc span(const Loc& a, const Loc& b) { return {a.line, a.col, b.end_line, b.end_col}; }
}  // namespace
}  // namespace hotpy::frontend
}

// ---- Tokens -----------------------------------------------------------------
%token END 0 "end of file"
%token <text> NAME "identifier"
%token <text> NUMBER "number"
%token <text> STRING "string"
%token NEWLINE "newline"
%token INDENT "indent"
%token DEDENT "dedent"
%token BADTOKEN "invalid token"
%token PRINT "'print'"
%token WITH_LPAREN "'(' of with-items"
// Soft keywords: the token filter turns the NAMEs `match` and `case` into these
// where they start a match statement and its case blocks.
%token MATCH "'match'" CASE "'case'"

// Start markers (see the header comment).
%token FILE_START "start of file"
%token EVAL_START "start of expression input"
%token SINGLE_START "start of interactive input"
%token FEXPR_START "start of f-string expression"
%token PROBE_DISJ "start of disjunction probe"
%token PROBE_EXPR "start of expression probe"
%token PROBE_BITOR "start of bitwise-or probe"

// Keywords: the spellings live in src/parse/keywords.h (HOTPY_KEYWORDS).
%token KW_FALSE "'False'" KW_NONE "'None'" KW_TRUE "'True'" KW_AND "'and'" KW_AS "'as'"
%token KW_ASSERT "'assert'" KW_ASYNC "'async'" KW_AWAIT "'await'" KW_BREAK "'break'"
%token KW_CLASS "'class'" KW_CONTINUE "'continue'" KW_DEF "'def'" KW_DEL "'del'"
%token KW_ELIF "'elif'" KW_ELSE "'else'" KW_EXCEPT "'except'" KW_FINALLY "'finally'"
%token KW_FOR "'for'" KW_FROM "'from'" KW_GLOBAL "'global'" KW_IF "'if'"
%token KW_IMPORT "'import'" KW_IN "'in'" KW_IS "'is'" KW_LAMBDA "'lambda'"
%token KW_NONLOCAL "'nonlocal'" KW_NOT "'not'" KW_OR "'or'" KW_PASS "'pass'"
%token KW_RAISE "'raise'" KW_RETURN "'return'" KW_TRY "'try'" KW_WHILE "'while'"
%token KW_WITH "'with'" KW_YIELD "'yield'"

// Operators and delimiters.
%token LPAR "'('" RPAR "')'" LSQB "'['" RSQB "']'" LBRACE "'{'" RBRACE "'}'"
%token COLON "':'" COMMA "','" SEMI "';'" DOT "'.'" EQUAL "'='" RARROW "'->'"
%token ELLIPSIS "'...'" COLONEQUAL "':='" AT "'@'"
%token PLUS "'+'" MINUS "'-'" STAR "'*'" SLASH "'/'" VBAR "'|'" AMPER "'&'"
%token LESS "'<'" GREATER "'>'" PERCENT "'%'" TILDE "'~'" CIRCUMFLEX "'^'"
%token EQEQUAL "'=='" NOTEQUAL "'!='" LESSEQUAL "'<='" GREATEREQUAL "'>='"
%token LEFTSHIFT "'<<'" RIGHTSHIFT "'>>'" DOUBLESTAR "'**'" DOUBLESLASH "'//'"
%token PLUSEQUAL "'+='" MINEQUAL "'-='" STAREQUAL "'*='" SLASHEQUAL "'/='"
%token PERCENTEQUAL "'%='" AMPEREQUAL "'&='" VBAREQUAL "'|='" CIRCUMFLEXEQUAL "'^='"
%token LEFTSHIFTEQUAL "'<<='" RIGHTSHIFTEQUAL "'>>='" DOUBLESTAREQUAL "'**='"
%token DOUBLESLASHEQUAL "'//='" ATEQUAL "'@='"

// Operators, loosest first (Python Language Reference 6.17): `or`, `and` and
// `not` over the comparisons, then the arithmetic of CPython's bitwise_or.
// Unary minus binds looser than '**' on its right: -x**2 is -(x**2). Folding
// the levels into two nonterminals keeps the chain of reductions from a name
// to an expression short, which is most of the parser's work.
%left KW_OR
%left KW_AND
%precedence KW_NOT
%left VBAR
%left CIRCUMFLEX
%left AMPER
%left LEFTSHIFT RIGHTSHIFT
%left PLUS MINUS
%left STAR SLASH PERCENT DOUBLESLASH AT
%precedence UNARY
%right DOUBLESTAR

// ---- Values -----------------------------------------------------------------
%union {
  hotpy::frontend::Text text;
  hotpy::ast::Expr* expr;
  hotpy::ast::Stmt* stmt;
  hotpy::ast::FunctionDef* func;
  hotpy::ast::ClassDef* klass;
  hotpy::ast::BoolOp* boolop;
  hotpy::ast::Compare* compare;
  hotpy::ast::DictExpr* dict;
  hotpy::ast::Arguments* arguments;
  hotpy::ast::StmtList* stmts;
  hotpy::ast::ExprList* exprs;
  hotpy::frontend::ExprSeq* seq;
  hotpy::frontend::SeqBody* body;
  std::vector<hotpy::ast::Comprehension>* comps;
  hotpy::frontend::CompClause clause;
  hotpy::frontend::KeyValue kv;
  std::vector<hotpy::frontend::ArgItem>* args;
  hotpy::frontend::ArgItem* arg;
  std::vector<hotpy::frontend::ParamItem>* params;
  hotpy::frontend::ParamItem* param;
  std::vector<hotpy::ast::WithItem>* withs;
  hotpy::ast::WithItem with;
  std::vector<hotpy::ast::ExceptHandler>* handlers;
  hotpy::ast::ExceptHandler* handler;
  std::vector<hotpy::ast::Alias>* aliases;
  hotpy::ast::Alias* alias;
  std::string* str;
  std::vector<std::string>* names;
  std::vector<hotpy::frontend::Token>* pieces;
  hotpy::CompareOp cmpop;
  hotpy::BinOp binop;
  int num;
  hotpy::ast::Pattern* pattern;
  hotpy::ast::Match* match;
  hotpy::frontend::PatternSeq pseq;
}

%type <stmts> stmts stmt simple_stmts small_stmts suite elif_part else_part finally_part
%type <stmt> small_stmt expr_stmt import_stmt
%type <stmt> print_stmt compound_stmt if_stmt while_stmt for_stmt try_stmt
%type <stmt> with_stmt decorated async_stmt
%type <func> funcdef
%type <klass> classdef
%type <exprs> assign_chain decorators
%type <expr> decorator rhs return_opt
%type <expr> test boolexpr boolop_expr arith primary star_expr named_or_star namedexpr_test
%type <expr> lambdef yield_expr dict_or_set opt_test sub_item slice
%type <expr> arith_or_star for_target
%type <compare> comp_chain
%type <dict> dict_items
%type <kv> dict_item
%type <cmpop> comp_op
%type <binop> augassign
%type <seq> star_exprs star_items test_list test_items named_list named_items
%type <seq> target_list target_items subscripts sub_items print_list print_items
%type <body> seq_body
%type <comps> comp_for
%type <clause> comp_clause
%type <args> call_args arg_list class_args
%type <arg> argument
%type <params> params param_list lparams lparam_list
%type <param> param_item tname lparam
%type <arguments> parameters lambda_params
%type <withs> with_items
%type <with> with_item
%type <handlers> handlers
%type <handler> handler
%type <aliases> dotted_as_names import_targets import_as_names
%type <alias> dotted_as_name import_as_name
%type <str> dotted_name
%type <names> name_list
%type <pieces> strings
%type <num> dots
%type <stmt> match_stmt
%type <match> match_cases
%type <expr> match_subject guard literal_expr signed_number name_or_attr
%type <pattern> patterns pattern closed_pattern class_items map_items
%type <pseq> pattern_list pattern_items or_pattern

%%

// Conventions: `$$ = ctx.take($n)` hands a pooled list's contents on; a builder
// that returns null has recorded a syntax error, and the rule aborts the parse
// (if (!...) YYABORT).

// ---- Start symbols ------------------------------------------------------------

start
  : FILE_START file_input
  | EVAL_START eval_input
  | SINGLE_START single_input
  | FEXPR_START fexpr_input
  | PROBE_DISJ boolexpr              { ctx.set_result($2); }
  | PROBE_EXPR test                  { ctx.set_result($2); }
  | PROBE_BITOR arith                { ctx.set_result($2); }
  ;

file_input
  : %empty
  | file_input stmt {
      auto& body = ctx.unit().body;
      body.insert(body.end(), $2->begin(), $2->end());
      ctx.recycle($2);
    }
  ;

eval_input
  : test_list           { ctx.unit().body.push_back(ctx.expr_stmt(@1, $1, @1)); }
  | test_list NEWLINE   { ctx.unit().body.push_back(ctx.expr_stmt(@1, $1, @1)); }
  ;

single_input
  : %empty
  | simple_stmts        { ctx.unit().body = ctx.take($1); }
  | compound_stmt       { ctx.unit().body.push_back($1); }
  ;

// An f-string replacement field, parsed as if it stood in parentheses.
fexpr_input
  : yield_expr          { ctx.set_result($1); }
  | seq_body {
      if ($1->elt || $1->seq.elts.size() > 1 || $1->seq.comma) ctx.set_bare_result();
      ast::Expr* e = ctx.paren(ctx.take($1), @1);
      if (!e) YYABORT;
      ctx.set_result(e);
    }
  ;

// ---- Statements -----------------------------------------------------------------

stmts
  : stmt
  | stmts stmt {
      $$ = $1;
      $$->insert($$->end(), $2->begin(), $2->end());
      ctx.recycle($2);
    }
  ;

stmt
  : simple_stmts
  | compound_stmt       { $$ = ctx.list_of<ast::StmtList>($1); }
  ;

// A line of statements ends at its last token, a trailing ';' included (where
// CPython ends the compound statement that holds it), not at the newline.
simple_stmts
  : small_stmts NEWLINE         { $$ = $1; @$ = @1; }
  | small_stmts SEMI NEWLINE    { $$ = $1; @$ = span(@1, @2); }
  ;

small_stmts
  : small_stmt                  { $$ = ctx.list_of<ast::StmtList>($1); }
  | small_stmts SEMI small_stmt { $$ = ctx.append($1, $3); }
  ;

small_stmt
  : expr_stmt
  | KW_DEL target_list          { if (!($$ = ctx.del(ctx.take($2), @2, @$))) YYABORT; }
  | KW_PASS                     { $$ = ctx.make<ast::Simple>(ast::Kind::Pass, @$); }
  | KW_BREAK                    { $$ = ctx.make<ast::Simple>(ast::Kind::Break, @$); }
  | KW_CONTINUE                 { $$ = ctx.make<ast::Simple>(ast::Kind::Continue, @$); }
  | KW_RETURN                   { $$ = ctx.make<ast::Return>(@$, nullptr); }
  | KW_RETURN star_exprs        { $$ = ctx.make<ast::Return>(@$, ctx.seq_expr($2, @2)); }
  | KW_RAISE                    { $$ = ctx.make<ast::Raise>(@$, nullptr, nullptr); }
  | KW_RAISE test               { $$ = ctx.make<ast::Raise>(@$, $2, nullptr); }
  | KW_RAISE test KW_FROM test  { $$ = ctx.make<ast::Raise>(@$, $2, $4); }
  | KW_GLOBAL name_list         { $$ = ctx.name_decl(ast::Kind::Global, @$, $2); }
  | KW_NONLOCAL name_list       { $$ = ctx.name_decl(ast::Kind::Nonlocal, @$, $2); }
  | KW_ASSERT test              { $$ = ctx.make<ast::Assert>(@$, $2, nullptr); }
  | KW_ASSERT test COMMA test   { $$ = ctx.make<ast::Assert>(@$, $2, $4); }
  | import_stmt
  | print_stmt
  ;

// expr_stmt: a = b = value, a += value, a: T = value, or an expression.
expr_stmt
  : star_exprs                  { $$ = ctx.expr_stmt(@$, $1, @1); }
  | yield_expr                  { $$ = ctx.make<ast::ExprStmt>(@$, $1); }
  | assign_chain rhs            { $$ = ctx.assign(@$, $1, $2); }
  | star_exprs augassign rhs {
      if (!($$ = ctx.aug_assign(ctx.take($1), @1, $2, $3, @$))) YYABORT;
    }
  | star_exprs COLON test {
      if (!($$ = ctx.ann_assign(ctx.take($1), @1, $3, nullptr, @$))) YYABORT;
    }
  | star_exprs COLON test EQUAL rhs {
      if (!($$ = ctx.ann_assign(ctx.take($1), @1, $3, $5, @$))) YYABORT;
    }
  ;

// The targets are checked as soon as their '=' is seen, as CPython reports a bad
// target before anything that follows it.
assign_chain
  : star_exprs EQUAL {
      $$ = ctx.alloc<ast::ExprList>();
      if (!ctx.assign_target(*$$, ctx.take($1), @1, true)) YYABORT;
    }
  | yield_expr EQUAL                  { ctx.yield_target($1); YYABORT; }
  | assign_chain star_exprs EQUAL {
      $$ = $1;
      if (!ctx.assign_target(*$$, ctx.take($2), @2, false)) YYABORT;
    }
  | assign_chain yield_expr EQUAL     { ctx.yield_target($2); YYABORT; }
  ;

rhs
  : star_exprs          { $$ = ctx.seq_expr($1, @1); }
  | yield_expr
  ;

augassign
  : PLUSEQUAL           { $$ = BinOp::Add; }
  | MINEQUAL            { $$ = BinOp::Sub; }
  | STAREQUAL           { $$ = BinOp::Mul; }
  | ATEQUAL             { $$ = BinOp::MatMul; }
  | SLASHEQUAL          { $$ = BinOp::TrueDiv; }
  | PERCENTEQUAL        { $$ = BinOp::Mod; }
  | AMPEREQUAL          { $$ = BinOp::BitAnd; }
  | VBAREQUAL           { $$ = BinOp::BitOr; }
  | CIRCUMFLEXEQUAL     { $$ = BinOp::BitXor; }
  | LEFTSHIFTEQUAL      { $$ = BinOp::LShift; }
  | RIGHTSHIFTEQUAL     { $$ = BinOp::RShift; }
  | DOUBLESTAREQUAL     { $$ = BinOp::Pow; }
  | DOUBLESLASHEQUAL    { $$ = BinOp::FloorDiv; }
  ;

name_list
  : NAME                        { $$ = ctx.list_of<std::vector<std::string>>(std::string($1.sv())); }
  | name_list COMMA NAME        { $$ = ctx.append($1, std::string($3.sv())); }
  ;

// The Python 2 print statement; the token filter decided that PRINT is one.
print_stmt
  : PRINT                                   { $$ = ctx.print(@$, nullptr, nullptr); }
  | PRINT print_list                        { $$ = ctx.print(@$, nullptr, $2); }
  | PRINT RIGHTSHIFT test                   { $$ = ctx.print(@$, $3, nullptr); }
  | PRINT RIGHTSHIFT test COMMA print_list  { $$ = ctx.print(@$, $3, $5); }
  ;

print_list
  : print_items
  | print_items COMMA           { $$ = $1; $$->comma = true; }
  ;

print_items
  : test                        { $$ = ctx.alloc<ExprSeq>(); $$->elts.push_back($1); }
  | print_items COMMA test      { $$ = $1; $$->elts.push_back($3); }
  ;

// ---- Imports ----------------------------------------------------------------------

import_stmt
  : KW_IMPORT dotted_as_names                           { $$ = ctx.import_name(@$, $2); }
  | KW_FROM dotted_name KW_IMPORT import_targets        { $$ = ctx.import_from(@$, $2, 0, $4); }
  | KW_FROM dots dotted_name KW_IMPORT import_targets   { $$ = ctx.import_from(@$, $3, $2, $5); }
  | KW_FROM dots KW_IMPORT import_targets               { $$ = ctx.import_from(@$, nullptr, $2, $4); }
  ;

dotted_as_names
  : dotted_as_name                        { $$ = ctx.list_of<std::vector<ast::Alias>>(ctx.take($1)); }
  | dotted_as_names COMMA dotted_as_name  { $$ = ctx.append($1, ctx.take($3)); }
  ;

dotted_as_name
  : dotted_name                 { $$ = ctx.alias(@$, ctx.take($1), {}); }
  | dotted_name KW_AS NAME      { $$ = ctx.alias(@$, ctx.take($1), $3.sv()); }
  ;

dotted_name
  : NAME                        { $$ = ctx.alloc<std::string>(); $$->assign($1.sv()); }
  | dotted_name DOT NAME        { $$ = $1; *$$ += '.'; *$$ += $3.sv(); }
  ;

// '...' is one token, three dots of relative level.
dots
  : DOT                 { $$ = 1; }
  | ELLIPSIS            { $$ = 3; }
  | dots DOT            { $$ = $1 + 1; }
  | dots ELLIPSIS       { $$ = $1 + 3; }
  ;

import_targets
  : STAR                              { $$ = ctx.list_of<std::vector<ast::Alias>>(ctx.take(ctx.alias(@1, "*", {}))); }
  | LPAR import_as_names RPAR         { $$ = $2; }
  | LPAR import_as_names COMMA RPAR   { $$ = $2; }
  | import_as_names
  ;

import_as_names
  : import_as_name                        { $$ = ctx.list_of<std::vector<ast::Alias>>(ctx.take($1)); }
  | import_as_names COMMA import_as_name  { $$ = ctx.append($1, ctx.take($3)); }
  ;

import_as_name
  : NAME                        { $$ = ctx.alias(@$, std::string($1.sv()), {}); }
  | NAME KW_AS NAME             { $$ = ctx.alias(@$, std::string($1.sv()), $3.sv()); }
  ;

// ---- Compound statements --------------------------------------------------------------

compound_stmt
  : if_stmt
  | while_stmt
  | for_stmt
  | try_stmt
  | with_stmt
  | funcdef             { $$ = $1; }
  | classdef            { $$ = $1; }
  | decorated
  | match_stmt
  | async_stmt
  ;

// The statement starts at `async`, as CPython's AsyncFunctionDef/AsyncFor/AsyncWith do.
async_stmt
  : KW_ASYNC funcdef    { $2->scope.is_async = true; $2->loc = @$; $$ = $2; }
  | KW_ASYNC for_stmt   { static_cast<ast::For*>($2)->is_async = true; $2->loc = @$; $$ = $2; }
  | KW_ASYNC with_stmt  { static_cast<ast::With*>($2)->is_async = true; $2->loc = @$; $$ = $2; }
  ;

// A compound statement's position runs to the end of its last suite: every
// rule below keeps Bison's default span, and a suite spans its statements.
suite
  : simple_stmts
  | NEWLINE INDENT stmts DEDENT     { $$ = $3; @$ = @3; }
  ;

// `elif` chains nest: the elif is an If in its parent's orelse.
if_stmt
  : KW_IF namedexpr_test COLON suite elif_part  { $$ = ctx.conditional(ast::Kind::If, @$, $2, $4, $5); }
  ;

elif_part
  : %empty              { $$ = nullptr; }
  | KW_ELSE COLON suite { $$ = $3; }
  | KW_ELIF namedexpr_test COLON suite elif_part {
      $$ = ctx.list_of<ast::StmtList>(ctx.conditional(ast::Kind::If, @$, $2, $4, $5));
    }
  ;

else_part
  : %empty              { $$ = nullptr; }
  | KW_ELSE COLON suite { $$ = $3; }
  ;

while_stmt
  : KW_WHILE namedexpr_test COLON suite else_part  { $$ = ctx.conditional(ast::Kind::While, @$, $2, $4, $5); }
  ;

for_stmt
  : KW_FOR for_target KW_IN star_exprs COLON suite else_part  { $$ = ctx.for_stmt(@$, $2, $4, @4, $6, $7); }
  ;

// Checked when the 'in' is seen, before the iterable and the body.
for_target
  : target_list                 { if (!($$ = ctx.store_target(ctx.take($1), @1))) YYABORT; }
  ;

target_list
  : target_items
  | target_items COMMA          { $$ = $1; $$->comma = true; }
  ;

target_items
  : arith_or_star                       { $$ = ctx.alloc<ExprSeq>(); $$->elts.push_back($1); }
  | target_items COMMA arith_or_star    { $$ = $1; $$->elts.push_back($3); }
  ;

arith_or_star
  : arith
  | star_expr
  ;

try_stmt
  : KW_TRY COLON suite handlers else_part finally_part {
      if (!($$ = ctx.try_stmt(@$, $3, $4, $5, $6))) YYABORT;
    }
  | KW_TRY COLON suite KW_FINALLY COLON suite           { $$ = ctx.try_stmt(@$, $3, nullptr, nullptr, $6); }
  ;

handlers
  : handler             { $$ = ctx.list_of<std::vector<ast::ExceptHandler>>(ctx.take($1)); }
  | handlers handler    { $$ = ctx.append($1, ctx.take($2)); }
  ;

handler
  : KW_EXCEPT COLON suite                   { $$ = ctx.handler(@$, @1, nullptr, {}, $3); }
  | KW_EXCEPT test COLON suite              { $$ = ctx.handler(@$, @1, $2, {}, $4); }
  | KW_EXCEPT test KW_AS NAME COLON suite   { $$ = ctx.handler(@$, @1, $2, $4.sv(), $6); }
  | KW_EXCEPT STAR test COLON suite {
      $$ = ctx.handler(@$, ctx.span(@1, @2), $3, {}, $5, true);
    }
  | KW_EXCEPT STAR test KW_AS NAME COLON suite {
      $$ = ctx.handler(@$, ctx.span(@1, @2), $3, $5.sv(), $7, true);
    }
  | KW_EXCEPT STAR COLON {
      ctx.fail_at(@3, "expected one or more exception types");
      YYABORT;
    }
  | KW_EXCEPT test COMMA unparenthesized_types COLON {
      ctx.fail_at(ctx.span(@2, @4), "multiple exception types must be parenthesized");
      YYABORT;
    }
  | KW_EXCEPT STAR test COMMA unparenthesized_types COLON {
      ctx.fail_at(ctx.span(@3, @5), "multiple exception types must be parenthesized");
      YYABORT;
    }
  ;

unparenthesized_types
  : test_list               { (void)$1; }
  | test_list KW_AS NAME    { (void)$1; }
  ;

finally_part
  : %empty                  { $$ = nullptr; }
  | KW_FINALLY COLON suite  { $$ = $3; }
  ;

with_stmt
  : KW_WITH with_items COLON suite                          { $$ = ctx.with_stmt(@$, $2, $4); }
  | KW_WITH WITH_LPAREN with_items RPAR COLON suite         { $$ = ctx.with_stmt(@$, $3, $6); }
  | KW_WITH WITH_LPAREN with_items COMMA RPAR COLON suite   { $$ = ctx.with_stmt(@$, $3, $7); }
  ;

with_items
  : with_item                   { $$ = ctx.list_of<std::vector<ast::WithItem>>($1); }
  | with_items COMMA with_item  { $$ = ctx.append($1, $3); }
  ;

with_item
  : test                        { $$.context_expr = $1; $$.optional_vars = nullptr; }
  | test KW_AS arith {
      $$.context_expr = $1;
      if (!($$.optional_vars = ctx.store_target($3))) YYABORT;
    }
  ;

funcdef
  : KW_DEF NAME LPAR parameters RPAR return_opt COLON suite  { $$ = ctx.function_def(@$, $2.sv(), $4, $6, $8); }
  ;

return_opt
  : %empty              { $$ = nullptr; }
  | RARROW test         { $$ = $2; }
  ;

// Checked when the ')' is seen.
parameters
  : params                      { if (!($$ = ctx.arguments(ctx.take($1), false))) YYABORT; }
  ;

params
  : %empty                      { $$ = ctx.alloc<std::vector<ParamItem>>(); }
  | param_list
  | param_list COMMA
  ;

param_list
  : param_item                  { $$ = ctx.list_of<std::vector<ParamItem>>(ctx.take($1)); }
  | param_list COMMA param_item { $$ = ctx.append($1, ctx.take($3)); }
  ;

param_item
  : tname
  | tname EQUAL test            { $$ = $1; $$->default_value = $3; }
  | STAR                        { $$ = ctx.param(ParamItem::Star, {}, {}, nullptr, @1); }
  | STAR tname                  { $$ = $2; $$->kind = ParamItem::Star; $$->op = @1; }
  | DOUBLESTAR tname            { $$ = $2; $$->kind = ParamItem::DoubleStar; $$->op = @1; }
  | SLASH                       { $$ = ctx.param(ParamItem::Slash, {}, {}, nullptr, @1); }
  | STAR tname EQUAL test {
      ctx.fail_at(@3, "var-positional argument cannot have default value");
      YYABORT;
    }
  | DOUBLESTAR tname EQUAL test {
      ctx.fail_at(@3, "var-keyword argument cannot have default value");
      YYABORT;
    }
  ;

tname
  : NAME                        { $$ = ctx.param(ParamItem::Plain, $1.sv(), @$); }
  | NAME COLON test             { $$ = ctx.param(ParamItem::Plain, $1.sv(), @$, $3); }
  ;

classdef
  : KW_CLASS NAME COLON suite                       { $$ = ctx.class_def(@$, $2.sv(), nullptr, @2, $4); }
  | KW_CLASS NAME LPAR RPAR COLON suite             { $$ = ctx.class_def(@$, $2.sv(), nullptr, @2, $6); }
  | KW_CLASS NAME LPAR class_args RPAR COLON suite {
      if (!($$ = ctx.class_def(@$, $2.sv(), $4, span(@3, @5), $7))) YYABORT;
    }
  ;

// Bases are arguments, but a bare generator expression is not one here.
class_args
  : call_args                   { if (!ctx.class_args(*$1)) YYABORT; $$ = $1; }
  ;

// The def or class keeps its own position; the decorators only come along.
decorated
  : decorators funcdef  { $2->decorator_list = ctx.take($1); $$ = $2; }
  | decorators classdef { $2->decorator_list = ctx.take($1); $$ = $2; }
  | decorators KW_ASYNC funcdef {
      $3->decorator_list = ctx.take($1);
      $3->scope.is_async = true;
      $3->loc = span(@2, @3);
      $$ = $3;
    }
  ;

decorators
  : decorator               { $$ = ctx.list_of<ast::ExprList>($1); }
  | decorators decorator    { $$ = ctx.append($1, $2); }
  ;

decorator
  : AT namedexpr_test NEWLINE   { $$ = $2; }
  ;

// ---- The match statement (CPython's match_stmt and its patterns) ----------------------
// Builders and their checks are in src/parse/patterns.cpp.

match_stmt
  : MATCH match_subject COLON NEWLINE INDENT match_cases DEDENT {
      $6->subject = $2;
      $6->loc = span(@1, @6);
      $$ = $6;
    }
  ;

match_subject
  : star_exprs                  { $$ = ctx.seq_expr($1, @1); }
  | test COLONEQUAL test        { if (!($$ = ctx.named($1, $3, @$))) YYABORT; }
  ;

match_cases
  : CASE patterns guard COLON suite {
      $$ = ctx.make<ast::Match>(@1, nullptr);
      add_match_case(ctx, $$, $2, $3, ctx.take($5));
    }
  | match_cases CASE patterns guard COLON suite {
      $$ = $1;
      add_match_case(ctx, $$, $3, $4, ctx.take($6));
    }
  ;

guard
  : %empty                      { $$ = nullptr; }
  | KW_IF namedexpr_test        { $$ = $2; }
  ;

// `case a, *b:` is a sequence without brackets.
patterns
  : pattern_list                { if (!($$ = open_sequence_pattern(ctx, $1, @$))) YYABORT; }
  ;

pattern_list
  : pattern_items
  | pattern_items COMMA         { $$ = $1; $$.comma = true; }
  ;

pattern_items
  : pattern                     { $$ = start_pattern_seq(ctx, $1, @1); }
  | STAR NAME                   { $$ = start_pattern_seq(ctx, star_pattern(ctx, $2.sv(), @2, @$), @$); }
  | pattern_items COMMA pattern { $$ = $1; $$.node->patterns.push_back($3); }
  | pattern_items COMMA STAR NAME {
      $$ = $1;
      $$.node->patterns.push_back(star_pattern(ctx, $4.sv(), @4, span(@3, @4)));
    }
  ;

pattern
  : or_pattern                  { $$ = $1.node; }
  | or_pattern KW_AS NAME       { if (!($$ = as_pattern(ctx, $1.node, $3.sv(), @3, @$))) YYABORT; }
  ;

// A MatchOr made here collects the alternatives that follow ([comma] marks it);
// a parenthesized or-pattern stays one alternative.
or_pattern
  : closed_pattern              { $$.node = $1; $$.comma = false; }
  | or_pattern VBAR closed_pattern {
      $$ = $1;
      if (!$$.comma) {
        ast::Pattern* alt = ctx.make<ast::Pattern>(ast::Kind::MatchOr, @$);
        alt->patterns.push_back($$.node);
        $$.node = alt;
        $$.comma = true;
      }
      $$.node->patterns.push_back($3);
      $$.node->loc = @$;
    }
  ;

closed_pattern
  : literal_expr                { if (!($$ = literal_pattern(ctx, $1))) YYABORT; }
  | name_or_attr                { $$ = capture_or_value_pattern(ctx, $1); }
  | name_or_attr LPAR RPAR      { if (!($$ = class_pattern(ctx, $1, nullptr, @$))) YYABORT; }
  | name_or_attr LPAR class_items RPAR        { if (!($$ = class_pattern(ctx, $1, $3, @$))) YYABORT; }
  | name_or_attr LPAR class_items COMMA RPAR  { if (!($$ = class_pattern(ctx, $1, $3, @$))) YYABORT; }
  | LPAR RPAR                   { $$ = ctx.make<ast::Pattern>(ast::Kind::MatchSequence, @$); }
  | LPAR pattern_list RPAR      { if (!($$ = group_pattern(ctx, $2, @$, @3))) YYABORT; }
  | LSQB RSQB                   { $$ = ctx.make<ast::Pattern>(ast::Kind::MatchSequence, @$); }
  | LSQB pattern_list RSQB      { $$ = $2.node; $$->kind = ast::Kind::MatchSequence; $$->loc = @$; }
  | LBRACE RBRACE               { $$ = ctx.make<ast::Pattern>(ast::Kind::MatchMapping, @$); }
  | LBRACE map_items RBRACE       { $$ = $2; $$->loc = @$; }
  | LBRACE map_items COMMA RBRACE { $$ = $2; $$->loc = @$; }
  ;

// Numbers (a complex one written as real +/- imaginary), strings, None, True, False.
literal_expr
  : signed_number
  | signed_number PLUS NUMBER   { if (!($$ = complex_literal(ctx, $1, BinOp::Add, ctx.number($3.sv(), @3), @$))) YYABORT; }
  | signed_number MINUS NUMBER  { if (!($$ = complex_literal(ctx, $1, BinOp::Sub, ctx.number($3.sv(), @3), @$))) YYABORT; }
  | strings                     { if (!($$ = ctx.strings(ctx.take($1), @1))) YYABORT; }
  | KW_NONE                     { $$ = ctx.constant(ast::Constant::Type::None, @1); }
  | KW_TRUE                     { $$ = ctx.constant(ast::Constant::Type::True, @1); }
  | KW_FALSE                    { $$ = ctx.constant(ast::Constant::Type::False, @1); }
  ;

signed_number
  : NUMBER                      { $$ = ctx.number($1.sv(), @1); }
  | MINUS NUMBER                { $$ = ctx.unary(UnaryOp::Neg, ctx.number($2.sv(), @2), @$); }
  ;

name_or_attr
  : NAME                        { $$ = ctx.name($1.sv(), @1); }
  | name_or_attr DOT NAME       { $$ = ctx.make<ast::Attribute>(@$, $1, std::string($3.sv()), ast::Ctx::Load); }
  ;

class_items
  : pattern                     { $$ = ctx.make<ast::Pattern>(ast::Kind::MatchClass, @1); $$->patterns.push_back($1); }
  | NAME EQUAL pattern {
      $$ = ctx.make<ast::Pattern>(ast::Kind::MatchClass, @1);
      class_keyword(ctx, $$, $1.sv(), $3);
    }
  | class_items COMMA pattern   { $$ = $1; if (!class_positional(ctx, $$, $3)) YYABORT; }
  | class_items COMMA NAME EQUAL pattern  { $$ = $1; class_keyword(ctx, $$, $3.sv(), $5); }
  ;

map_items
  : literal_expr COLON pattern {
      $$ = ctx.make<ast::Pattern>(ast::Kind::MatchMapping, @1);
      if (!mapping_item(ctx, $$, $1, @2, $3)) YYABORT;
    }
  | name_or_attr COLON pattern {
      $$ = ctx.make<ast::Pattern>(ast::Kind::MatchMapping, @1);
      if (!mapping_item(ctx, $$, $1, @2, $3)) YYABORT;
    }
  | DOUBLESTAR NAME {
      $$ = ctx.make<ast::Pattern>(ast::Kind::MatchMapping, @1);
      if (!mapping_rest(ctx, $$, $2.sv(), @2)) YYABORT;
    }
  | map_items COMMA literal_expr COLON pattern  { $$ = $1; if (!mapping_item(ctx, $$, $3, @4, $5)) YYABORT; }
  | map_items COMMA name_or_attr COLON pattern  { $$ = $1; if (!mapping_item(ctx, $$, $3, @4, $5)) YYABORT; }
  | map_items COMMA DOUBLESTAR NAME             { $$ = $1; if (!mapping_rest(ctx, $$, $4.sv(), @4)) YYABORT; }
  ;

// ---- Expressions ----------------------------------------------------------------------

star_exprs
  : star_items
  | star_items COMMA            { $$ = $1; $$->comma = true; }
  ;

star_items
  : test                        { $$ = ctx.alloc<ExprSeq>(); $$->elts.push_back($1); }
  | star_expr                   { $$ = ctx.alloc<ExprSeq>(); $$->elts.push_back($1); }
  | star_items COMMA test       { $$ = $1; $$->elts.push_back($3); }
  | star_items COMMA star_expr  { $$ = $1; $$->elts.push_back($3); }
  ;

star_expr
  : STAR arith          { $$ = ctx.make<ast::Starred>(@$, $2, ast::Ctx::Load); }
  ;

test_list
  : test_items
  | test_items COMMA            { $$ = $1; $$->comma = true; }
  ;

test_items
  : test                        { $$ = ctx.alloc<ExprSeq>(); $$->elts.push_back($1); }
  | test_items COMMA test       { $$ = $1; $$->elts.push_back($3); }
  ;

namedexpr_test
  : test
  | test COLONEQUAL test        { if (!($$ = ctx.named($1, $3, @$))) YYABORT; }
  ;

// `test` takes a bare arith directly and boolop_expr only when an operator is
// there: most expressions then reach `test` in one reduction instead of two.
test
  : arith
  | boolop_expr
  | boolexpr KW_IF boolexpr KW_ELSE test  { $$ = ctx.make<ast::IfExp>(@$, $3, $1, $5); }
  | lambdef
  ;

lambdef
  : KW_LAMBDA COLON test                { if (!($$ = ctx.lambda({}, $3, @$))) YYABORT; }
  | KW_LAMBDA lambda_params COLON test  { $$ = ctx.make<ast::Lambda>(@$, $2, $4); }
  ;

lambda_params
  : lparams                     { if (!($$ = ctx.arguments(ctx.take($1), true))) YYABORT; }
  ;

lparams
  : lparam_list
  | lparam_list COMMA
  ;

lparam_list
  : lparam                      { $$ = ctx.list_of<std::vector<ParamItem>>(ctx.take($1)); }
  | lparam_list COMMA lparam    { $$ = ctx.append($1, ctx.take($3)); }
  ;

lparam
  : NAME                { $$ = ctx.param(ParamItem::Plain, $1.sv(), @$); }
  | NAME EQUAL test     { $$ = ctx.param(ParamItem::Plain, $1.sv(), @1); $$->default_value = $3; }
  | STAR                { $$ = ctx.param(ParamItem::Star, {}, {}, nullptr, @1); }
  | STAR NAME           { $$ = ctx.param(ParamItem::Star, $2.sv(), @2, nullptr, @1); }
  | DOUBLESTAR NAME     { $$ = ctx.param(ParamItem::DoubleStar, $2.sv(), @2, nullptr, @1); }
  | SLASH               { $$ = ctx.param(ParamItem::Slash, {}, {}, nullptr, @1); }
  ;

// CPython's disjunction: `or`, `and`, `not` and the comparisons. A BoolOp
// collects its operands, `a or b or c` in one node, but `(a or b) or c` keeps
// the parenthesized one apart (its position differs from the operand's).
boolexpr
  : arith
  | boolop_expr
  ;

boolop_expr
  : boolexpr KW_OR boolexpr     { $$ = ctx.boolop(false, $1, @1, $3, @$); }
  | boolexpr KW_AND boolexpr    { $$ = ctx.boolop(true, $1, @1, $3, @$); }
  | KW_NOT boolexpr             { $$ = ctx.unary(UnaryOp::Not, $2, @$); }
  | comp_chain                  { $$ = $1; }
  ;

comp_chain
  : arith comp_op arith         { $$ = ctx.compare($1, $2, $3, @$); }
  | comp_chain comp_op arith {
      $$ = $1;
      $$->ops.push_back($2);
      $$->comparators.push_back($3);
      $$->loc = @$;
    }
  ;

comp_op
  : LESS                { $$ = CompareOp::Lt; }
  | GREATER             { $$ = CompareOp::Gt; }
  | EQEQUAL             { $$ = CompareOp::Eq; }
  | GREATEREQUAL        { $$ = CompareOp::Ge; }
  | LESSEQUAL           { $$ = CompareOp::Le; }
  | NOTEQUAL            { $$ = CompareOp::Ne; }
  | KW_IN               { $$ = CompareOp::In; }
  | KW_NOT KW_IN        { $$ = CompareOp::NotIn; }
  | KW_IS               { $$ = CompareOp::Is; }
  | KW_IS KW_NOT        { $$ = CompareOp::IsNot; }
  ;

// CPython's bitwise_or and everything it contains, by precedence.
arith
  : arith VBAR arith            { $$ = ctx.binop(BinOp::BitOr, $1, $3, @$); }
  | arith CIRCUMFLEX arith      { $$ = ctx.binop(BinOp::BitXor, $1, $3, @$); }
  | arith AMPER arith           { $$ = ctx.binop(BinOp::BitAnd, $1, $3, @$); }
  | arith LEFTSHIFT arith       { $$ = ctx.binop(BinOp::LShift, $1, $3, @$); }
  | arith RIGHTSHIFT arith      { $$ = ctx.binop(BinOp::RShift, $1, $3, @$); }
  | arith PLUS arith            { $$ = ctx.binop(BinOp::Add, $1, $3, @$); }
  | arith MINUS arith           { $$ = ctx.binop(BinOp::Sub, $1, $3, @$); }
  | arith STAR arith            { $$ = ctx.binop(BinOp::Mul, $1, $3, @$); }
  | arith SLASH arith           { $$ = ctx.binop(BinOp::TrueDiv, $1, $3, @$); }
  | arith PERCENT arith         { $$ = ctx.binop(BinOp::Mod, $1, $3, @$); }
  | arith DOUBLESLASH arith     { $$ = ctx.binop(BinOp::FloorDiv, $1, $3, @$); }
  | arith AT arith              { $$ = ctx.binop(BinOp::MatMul, $1, $3, @$); }
  | arith DOUBLESTAR arith      { $$ = ctx.binop(BinOp::Pow, $1, $3, @$); }
  | MINUS arith %prec UNARY     { $$ = ctx.unary(UnaryOp::Neg, $2, @$); }
  | PLUS arith %prec UNARY      { $$ = ctx.unary(UnaryOp::Pos, $2, @$); }
  | TILDE arith %prec UNARY     { $$ = ctx.unary(UnaryOp::Invert, $2, @$); }
  | primary
  | KW_AWAIT primary            { $$ = ctx.make<ast::YieldExpr>(ast::Kind::Await, @$, $2); }
  ;

// Atoms and what follows them: attributes, subscripts, calls.
primary
  : primary DOT NAME            { $$ = ctx.make<ast::Attribute>(@$, $1, std::string($3.sv()), ast::Ctx::Load); }
  | primary LSQB subscripts RSQB  { $$ = ctx.subscript($1, ctx.take($3), @3, @$); }
  | primary LPAR RPAR           { $$ = ctx.call($1, {}, @$, span(@2, @3)); }
  | primary LPAR call_args RPAR { if (!($$ = ctx.call($1, ctx.take($3), @$, span(@2, @4)))) YYABORT; }
  | NAME                        { $$ = ctx.name($1.sv(), @1); }
  | NUMBER                      { $$ = ctx.number($1.sv(), @1); }
  | strings                     { if (!($$ = ctx.strings(ctx.take($1), @1))) YYABORT; }
  | ELLIPSIS                    { $$ = ctx.constant(ast::Constant::Type::Ellipsis, @1); }
  | KW_NONE                     { $$ = ctx.constant(ast::Constant::Type::None, @1); }
  | KW_TRUE                     { $$ = ctx.constant(ast::Constant::Type::True, @1); }
  | KW_FALSE                    { $$ = ctx.constant(ast::Constant::Type::False, @1); }
  | LPAR RPAR                   { $$ = ctx.make<ast::Sequence>(ast::Kind::Tuple, @$, ast::Ctx::Load); }
  | LPAR yield_expr RPAR        { $$ = $2; }
  | LPAR seq_body RPAR          { if (!($$ = ctx.paren(ctx.take($2), @$))) YYABORT; }
  | LSQB RSQB                   { $$ = ctx.make<ast::Sequence>(ast::Kind::List, @$, ast::Ctx::Load); }
  | LSQB seq_body RSQB          { if (!($$ = ctx.list(ctx.take($2), @$))) YYABORT; }
  | LBRACE RBRACE               { $$ = ctx.make<ast::DictExpr>(@$); }
  | LBRACE dict_or_set RBRACE   { if (!($$ = $2)) YYABORT; $$->loc = @$; }
  ;

strings
  : STRING              { $$ = ctx.list_of<std::vector<Token>>(Token{Parser::token::TOK_STRING, @1, $1.sv()}); }
  | strings STRING      { $$ = ctx.append($1, Token{Parser::token::TOK_STRING, @2, $2.sv()}); }
  ;

// The inside of (...) and [...]: elements, or one element and its generators.
seq_body
  : named_or_star comp_for {
      $$ = ctx.alloc<SeqBody>();
      $$->elt = $1;
      $$->gens = ctx.take($2);
    }
  | named_list {
      $$ = ctx.alloc<SeqBody>();
      $$->seq = ctx.take($1);
    }
  ;

named_list
  : named_items
  | named_items COMMA           { $$ = $1; $$->comma = true; }
  ;

// Elements are spelled out (rather than going through named_or_star) to
// spare one reduction per element.
named_items
  : test                                { $$ = ctx.alloc<ExprSeq>(); $$->elts.push_back($1); }
  | star_expr                           { $$ = ctx.alloc<ExprSeq>(); $$->elts.push_back($1); }
  | test COLONEQUAL test {
      $$ = ctx.alloc<ExprSeq>();
      ast::Expr* e = ctx.named($1, $3, @$);
      if (!e) YYABORT;
      $$->elts.push_back(e);
    }
  | named_items COMMA test              { $$ = $1; $$->elts.push_back($3); }
  | named_items COMMA star_expr         { $$ = $1; $$->elts.push_back($3); }
  | named_items COMMA test COLONEQUAL test {
      $$ = $1;
      ast::Expr* e = ctx.named($3, $5, span(@3, @5));
      if (!e) YYABORT;
      $$->elts.push_back(e);
    }
  ;

named_or_star
  : namedexpr_test
  | star_expr
  ;

dict_or_set
  : dict_items                  { $$ = $1; }
  | dict_items COMMA            { $$ = $1; }
  | test COLON test comp_for    { $$ = ctx.comprehension(ast::Kind::DictComp, $1, $3, ctx.take($4), @$); }
  | named_list                  { $$ = ctx.set(ctx.take($1), @$); }
  | named_or_star comp_for      { $$ = ctx.comprehension(ast::Kind::SetComp, $1, nullptr, ctx.take($2), @$); }
  | DOUBLESTAR arith comp_for {
      ctx.fail_at(@1, "dict unpacking cannot be used in dict comprehension");
      YYABORT;
    }
  ;

dict_items
  : dict_item {
      $$ = ctx.make<ast::DictExpr>(@$);
      $$->keys.push_back($1.key);
      $$->values.push_back($1.value);
    }
  | dict_items COMMA dict_item {
      $$ = $1;
      $$->keys.push_back($3.key);
      $$->values.push_back($3.value);
    }
  ;

dict_item
  : test COLON test             { $$.key = $1; $$.value = $3; }
  | DOUBLESTAR arith            { $$.key = nullptr; $$.value = $2; }
  ;

comp_for
  : comp_clause                 { $$ = ctx.list_of<std::vector<ast::Comprehension>>(ast::Comprehension{$1.target, $1.iter, {}, $1.is_async}); }
  | comp_for comp_clause        { $$ = ctx.append($1, ast::Comprehension{$2.target, $2.iter, {}, $2.is_async}); }
  | comp_for KW_IF boolexpr     { $$ = $1; $$->back().ifs.push_back($3); }
  ;

comp_clause
  : KW_FOR for_target KW_IN boolexpr  { $$.target = $2; $$.iter = $4; $$.is_async = false; }
  | KW_ASYNC KW_FOR for_target KW_IN boolexpr  { $$.target = $3; $$.iter = $5; $$.is_async = true; }
  ;

subscripts
  : sub_items
  | sub_items COMMA             { $$ = $1; $$->comma = true; }
  ;

sub_items
  : sub_item                    { $$ = ctx.alloc<ExprSeq>(); $$->elts.push_back($1); }
  | sub_items COMMA sub_item    { $$ = $1; $$->elts.push_back($3); }
  ;

sub_item
  : test
  | test COLONEQUAL test        { if (!($$ = ctx.named($1, $3, @$))) YYABORT; }
  | star_expr
  | slice
  ;

// A slice's position runs from its first to its last present part.
slice
  : opt_test COLON opt_test {
      $$ = ctx.make<ast::Slice>(span($1 ? @1 : @2, $3 ? @3 : @2), $1, $3, nullptr);
    }
  | opt_test COLON opt_test COLON opt_test {
      $$ = ctx.make<ast::Slice>(span($1 ? @1 : @2, $5 ? @5 : @4), $1, $3, $5);
    }
  ;

opt_test
  : %empty              { $$ = nullptr; }
  | test
  ;

call_args
  : arg_list
  | arg_list COMMA
  ;

arg_list
  : argument                    { $$ = ctx.list_of<std::vector<ArgItem>>(ctx.take($1)); }
  | arg_list COMMA argument     { $$ = ctx.append($1, ctx.take($3)); }
  ;

argument
  : test                        { $$ = ctx.arg(ArgItem::Positional, $1, @$); }
  | test COLONEQUAL test {
      ast::Expr* e = ctx.named($1, $3, @$);
      if (!e) YYABORT;
      $$ = ctx.arg(ArgItem::Positional, e, @$);
    }
  | namedexpr_test comp_for {
      ast::Expr* g = ctx.comprehension(ast::Kind::GeneratorExp, $1, nullptr, ctx.take($2), @$);
      if (!g) YYABORT;
      $$ = ctx.arg(ArgItem::Generator, g, @$, Loc{@2.line, @2.col, @2.line, @2.col + 3});  // 'for'
    }
  | test EQUAL test             { $$ = ctx.arg(ArgItem::Keyword, $3, @$, @2, $1); }
  | STAR test                   { $$ = ctx.arg(ArgItem::Starred, ctx.make<ast::Starred>(@$, $2, ast::Ctx::Load), @$, @1); }
  | STAR test comp_for {
      // Never valid; call() says why, as CPython's parser does for where it stands.
      Loc star{@1.line, @1.col, @2.end_line, @2.end_col};
      auto* g = ctx.make<ast::Comp>(ast::Kind::GeneratorExp, @$, ctx.make<ast::Starred>(star, $2, ast::Ctx::Load));
      g->generators = ctx.take($3);
      $$ = ctx.arg(ArgItem::Generator, g, @$, Loc{@3.line, @3.col, @3.line, @3.col + 3});  // 'for'
    }
  | DOUBLESTAR test             { $$ = ctx.arg(ArgItem::DoubleStar, $2, @$, @1); }
  ;

yield_expr
  : KW_YIELD                    { $$ = ctx.make<ast::YieldExpr>(ast::Kind::Yield, @$, nullptr); }
  | KW_YIELD KW_FROM test       { $$ = ctx.make<ast::YieldExpr>(ast::Kind::YieldFrom, @$, $3); }
  | KW_YIELD star_exprs         { $$ = ctx.make<ast::YieldExpr>(ast::Kind::Yield, @$, ctx.seq_expr($2, @2)); }
  ;

%%

namespace hotpy::frontend {

int yylex(Parser::value_type* value, Parser::location_type* loc, ParseContext& ctx) {
  Token t = ctx.next_token();
  value->text = Text{t.text.data(), t.text.size()};
  *loc = t.loc;
  return t.kind;
}

// Bison calls this only when it runs out of memory: syntax errors go through
// report_syntax_error below.
void Parser::error(const location_type& loc, const std::string& msg) { ctx.fail_at(loc, msg); }

// The expected tokens (exact, thanks to LAC), as token kinds, go to the one
// reporter that phrases CPython's messages.
void Parser::report_syntax_error(const context& yyctx) const {
  static const std::vector<int> token_of_symbol = [] {
    std::vector<int> map(YYNTOKENS, -1);
    for (int t = 0; t < 1024; ++t) {
      symbol_kind_type s = yytranslate_(t);
      if (s != symbol_kind::S_YYUNDEF && map[s] < 0) map[s] = t;
    }
    return map;
  }();
  symbol_kind_type kinds[YYNTOKENS];
  int n = yyctx.expected_tokens(kinds, YYNTOKENS);
  std::vector<int> expected;
  expected.reserve(n);
  for (int i = 0; i < n; ++i) expected.push_back(token_of_symbol[kinds[i]]);
  ctx.syntax_error(expected);
}

}  // namespace hotpy::frontend
