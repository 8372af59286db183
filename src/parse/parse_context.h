// ParseContext: what grammar/parser.y's actions see. It supplies tokens, keeps
// the first error, and builds AST nodes into the Unit with the checks CPython's
// parser makes while building (assignment targets, argument order, string
// literals). One context per parse; f-string expressions and the error
// reporter's probes run nested parsers with contexts of their own.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "ast/ast.h"
#include "parse/grammar_types.h"
#include "parse/token.h"

namespace hotpy::frontend {

class TokenFilter;

class ParseContext {
 public:
  // Tokens come from [filter]; nodes go into [unit].
  ParseContext(ast::Unit& unit, TokenFilter& filter, ast::Mode mode, bool fexpr = false);
  // Tokens come from a recorded list (the error reporter's probes).
  ParseContext(ast::Unit& unit, const std::vector<Token>& replay);

  // --- Tokens ----------------------------------------------------------------
  Token next_token();
  const Token& lookahead() const { return m_last; }
  TokenFilter* filter() const { return m_filter; }
  ast::Unit& unit() { return m_unit; }
  ast::Mode mode() const { return m_mode; }
  bool probing() const { return m_replay != nullptr; }
  bool fexpr() const { return m_fexpr; }

  // --- Errors: the first one wins ---------------------------------------------
  // Records [e] unless an error is already recorded; always returns false so
  // actions can write `if (!ctx.fail(...)) YYABORT;`.
  bool fail(RawError e);
  // An error whose caret spans [loc] (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
  bool fail_at(const ast::Loc& loc, std::string msg, std::string type = "SyntaxError");
  // An error at the last token read (CPython's RAISE_SYNTAX_ERROR).
  bool fail_here(std::string msg);
  const std::optional<RawError>& error() const { return m_error; }
  // The expression a sub-parse produced (f-string fields, probes).
  void set_result(ast::Expr* e) { m_result = e; }
  ast::Expr* result() const { return m_result; }
  // The f-string field was a bare tuple or generator (`f"{a, b}"`), which
  // CPython positions over the braces that stand for its parentheses.
  void set_bare_result() { m_bare_result = true; }
  bool bare_result() const { return m_bare_result; }
  // Bison found no way to continue: phrase CPython's message (syntax_errors.cpp).
  void syntax_error(const std::vector<int>& expected);

  // --- Building: expressions (parse_context.cpp) ---------------------------------
  template <class T, class... A>
  T* make(A&&... a) {
    return m_unit.make<T>(std::forward<A>(a)...);
  }
  // A list value from its pool (see grammar_types.h), and its contents back.
  template <class T>
  T* alloc() {
    return std::get<Pool<T>>(m_pools).get();
  }
  template <class T>
  T take(T* p) {
    return std::get<Pool<T>>(m_pools).take(p);
  }
  template <class T>
  void recycle(T* p) {
    std::get<Pool<T>>(m_pools).recycle(p);
  }
  ast::Expr* name(std::string_view id, const ast::Loc& loc);
  ast::Expr* number(std::string_view text, const ast::Loc& loc);
  ast::Expr* constant(ast::Constant::Type type, const ast::Loc& loc);
  ast::Expr* seq_expr(ExprSeq&& seq, const ast::Loc& loc);  // one element, or a Tuple
  ast::Expr* seq_expr(ExprSeq* seq, const ast::Loc& loc);   // the same from the pool
  ast::Expr* tuple(ExprSeq&& seq, const ast::Loc& loc);
  ast::Expr* paren(SeqBody&& body, const ast::Loc& loc);    // (...)
  ast::Expr* list(SeqBody&& body, const ast::Loc& loc);     // [...]
  ast::Expr* set(ExprSeq&& seq, const ast::Loc& loc);
  ast::Expr* comprehension(ast::Kind kind, ast::Expr* elt, ast::Expr* value,
                           std::vector<ast::Comprehension>&& gens, const ast::Loc& loc);
  ast::Expr* binop(BinOp op, ast::Expr* a, ast::Expr* b, const ast::Loc& loc);
  ast::Expr* unary(UnaryOp op, ast::Expr* e, const ast::Loc& loc);
  // `a or b`: extends [a] when it is an `or` of its own that was not in
  // parentheses (its position is [a_loc], the operand's whole span).
  ast::Expr* boolop(bool is_and, ast::Expr* a, const ast::Loc& a_loc, ast::Expr* b,
                    const ast::Loc& loc);
  ast::Compare* compare(ast::Expr* a, CompareOp op, ast::Expr* b, const ast::Loc& loc);
  ast::Expr* named(ast::Expr* target, ast::Expr* value, const ast::Loc& loc);
  ast::Expr* call(ast::Expr* func, std::vector<ArgItem>&& args, const ast::Loc& loc,
                  const ast::Loc& parens);
  ast::Expr* subscript(ast::Expr* value, ExprSeq&& index, const ast::Loc& index_loc,
                       const ast::Loc& loc);
  ast::Expr* lambda(std::vector<ParamItem>&& params, ast::Expr* body, const ast::Loc& loc);
  ast::Arguments* arguments(std::vector<ParamItem>&& params, bool lambda);

  // --- Building: strings (strings.cpp, fstring.cpp) -------------------------------
  // Adjacent literals, concatenated: a Constant(Str), a Constant(Bytes) or a
  // JoinedStr. Returns null after recording an error.
  ast::Expr* strings(std::vector<Token>&& pieces, const ast::Loc& loc);

  // --- Building: statements and list items (statements.cpp) ----------------------
  // A one-element list from its pool, and the next element of one.
  template <class L, class V>
  L* list_of(V&& v) {
    L* l = alloc<L>();
    l->push_back(std::forward<V>(v));
    return l;
  }
  template <class L, class V>
  L* append(L* l, V&& v) {
    l->push_back(std::forward<V>(v));
    return l;
  }
  ast::Stmt* expr_stmt(const ast::Loc& loc, ExprSeq* seq, const ast::Loc& seq_loc);
  ast::Stmt* assign(const ast::Loc& loc, ast::ExprList* targets, ast::Expr* value);
  ast::Stmt* name_decl(ast::Kind kind, const ast::Loc& loc, std::vector<std::string>* names);
  ast::Stmt* print(const ast::Loc& loc, ast::Expr* dest, ExprSeq* items);  // items may be null
  ast::Stmt* import_name(const ast::Loc& loc, std::vector<ast::Alias>* names);
  ast::Stmt* import_from(const ast::Loc& loc, std::string* module, int level,
                         std::vector<ast::Alias>* names);
  ast::Alias* alias(const ast::Loc& loc, std::string name, std::string_view asname);
  // If or While; [orelse] may be null.
  ast::Stmt* conditional(ast::Kind kind, const ast::Loc& loc, ast::Expr* test,
                         ast::StmtList* body, ast::StmtList* orelse);
  ast::Stmt* for_stmt(const ast::Loc& loc, ast::Expr* target, ExprSeq* iter,
                      const ast::Loc& iter_loc, ast::StmtList* body, ast::StmtList* orelse);
  // Null after an error (`except` and `except*` mixed).
  ast::Stmt* try_stmt(const ast::Loc& loc, ast::StmtList* body,
                      std::vector<ast::ExceptHandler>* handlers, ast::StmtList* orelse,
                      ast::StmtList* finalbody);
  // [head] is the `except` (or `except*`) keyword's span.
  ast::ExceptHandler* handler(const ast::Loc& loc, const ast::Loc& head, ast::Expr* type,
                              std::string_view name, ast::StmtList* body, bool star = false);
  // From the start of [first] to the end of [last].
  static ast::Loc span(const ast::Loc& first, const ast::Loc& last) {
    ast::Loc l = first;
    l.end_line = last.end_line;
    l.end_col = last.end_col;
    return l;
  }
  ast::Stmt* with_stmt(const ast::Loc& loc, std::vector<ast::WithItem>* items,
                       ast::StmtList* body);
  ast::FunctionDef* function_def(const ast::Loc& loc, std::string_view name,
                                 ast::Arguments* args, ast::Expr* returns, ast::StmtList* body);
  // [args] null for `class A:`; null result after an error.
  ast::ClassDef* class_def(const ast::Loc& loc, std::string_view name,
                           std::vector<ArgItem>* args, const ast::Loc& parens,
                           ast::StmtList* body);
  bool class_args(const std::vector<ArgItem>& args);  // no bare generator among bases
  ParamItem* param(ParamItem::Kind kind, std::string_view name, const ast::Loc& name_loc,
                   ast::Expr* annotation = nullptr, const ast::Loc& op = {});
  ArgItem* arg(ArgItem::Kind kind, ast::Expr* value, const ast::Loc& loc,
               const ast::Loc& op = {}, ast::Expr* key = nullptr);

  // --- Building: targets and statements (targets.cpp) ----------------------------
  // The targets of `a = b = value`; [first] is the left-most one.
  bool assign_target(ast::ExprList& targets, ExprSeq&& seq, const ast::Loc& loc, bool first);
  bool yield_target(ast::Expr* yield);
  ast::Stmt* aug_assign(ExprSeq&& seq, const ast::Loc& target_loc, BinOp op,
                        ast::Expr* value, const ast::Loc& loc);
  ast::Stmt* ann_assign(ExprSeq&& seq, const ast::Loc& target_loc, ast::Expr* annotation,
                        ast::Expr* value, const ast::Loc& loc);
  ast::Stmt* del(ExprSeq&& seq, const ast::Loc& seq_loc, const ast::Loc& loc);
  // for-loop, comprehension and with-item targets ("cannot assign to ...").
  ast::Expr* store_target(ExprSeq&& seq, const ast::Loc& loc);
  ast::Expr* store_target(ast::Expr* e);

 private:
  ast::Expr* join_fstrings(std::vector<Token>& pieces, const ast::Loc& loc);
  bool valid_keyword_arguments(std::vector<ArgItem>& args);

  ast::Unit& m_unit;
  TokenFilter* m_filter = nullptr;
  const std::vector<Token>* m_replay = nullptr;
  size_t m_replay_pos = 0;
  ast::Mode m_mode = ast::Mode::File;
  bool m_fexpr = false;
  Token m_last;
  ast::Expr* m_result = nullptr;
  bool m_bare_result = false;
  std::optional<RawError> m_error;
  std::tuple<Pool<ExprSeq>, Pool<SeqBody>, Pool<ast::StmtList>, Pool<ast::ExprList>,
             Pool<std::vector<ast::Comprehension>>, Pool<std::vector<ArgItem>>, Pool<ArgItem>,
             Pool<std::vector<ParamItem>>, Pool<ParamItem>, Pool<std::vector<ast::WithItem>>,
             Pool<std::vector<ast::ExceptHandler>>, Pool<ast::ExceptHandler>,
             Pool<std::vector<ast::Alias>>, Pool<ast::Alias>, Pool<std::string>,
             Pool<std::vector<std::string>>, Pool<std::vector<Token>>>
      m_pools;
};

// The position CPython gives an error found at token [t]: on the token, or,
// for INDENT/DEDENT, at the indentation width, and for END at the end of the
// last line.
RawError error_at_token(const Token& t, std::string msg, std::string type = "SyntaxError");

// Python's name for the kind of an expression in error messages
// ("function call", "literal", ...), CPython's _PyPegen_get_expr_name.
const char* expr_name(const ast::Expr* e);
// Could CPython's bitwise_or rule match [e] without parentheses?
bool is_bitwise_or(const ast::Expr* e);
// Does [e] start with a list, tuple, generator expression, True, None or False
// (which CPython's invalid_named_expression leaves alone)?
bool starts_with_display(const ast::Expr* e);

}  // namespace hotpy::frontend
