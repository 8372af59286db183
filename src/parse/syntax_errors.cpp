// Syntax errors in CPython 3.11's words.
//
// Bison stops at the first token it cannot shift and (with LAC) knows exactly
// which tokens it expected. CPython's PEG parser, in the same spot, re-parses
// with its invalid_* rules to say *why*. This file plays the most useful of those
// rules against the tokens of the current logical line (kept by the token
// filter). Where a rule needs "the expression that ends here", a probe parse
// runs the same grammar over a slice of the recorded tokens.
#include <algorithm>

#include "parse/parse_context.h"
#include "parse/token_filter.h"
#include "parser.hpp"

namespace hotpy::frontend {

namespace {

using T = Parser::token;
using Tokens = std::vector<Token>;

bool has(const std::vector<int>& v, int k) { return std::find(v.begin(), v.end(), k) != v.end(); }

bool is_open(int k) {
  return k == T::TOK_LPAR || k == T::TOK_LSQB || k == T::TOK_LBRACE || k == T::TOK_WITH_LPAREN;
}
bool is_close(int k) { return k == T::TOK_RPAR || k == T::TOK_RSQB || k == T::TOK_RBRACE; }

bool ends_expression(int k) {
  switch (k) {
    case T::TOK_NAME: case T::TOK_NUMBER: case T::TOK_STRING: case T::TOK_RPAR:
    case T::TOK_RSQB: case T::TOK_RBRACE: case T::TOK_KW_NONE: case T::TOK_KW_TRUE:
    case T::TOK_KW_FALSE: case T::TOK_ELLIPSIS:
      return true;
    default:
      return false;
  }
}

// Ends an element at the same bracket depth.
bool is_separator(int k) {
  switch (k) {
    case T::TOK_COMMA: case T::TOK_COLON: case T::TOK_EQUAL: case T::TOK_COLONEQUAL:
    case T::TOK_SEMI: case T::TOK_NEWLINE: case T::TOK_INDENT: case T::TOK_DEDENT:
    case T::TOK_END: case T::TOK_YYerror:
      return true;
    default:
      return false;
  }
}

RawError ranged(const ast::Loc& from, const ast::Loc& to, std::string msg) {
  RawError e;
  e.msg = std::move(msg);
  e.line = from.line;
  e.col = from.col + 1;
  e.end_line = to.end_line;
  e.end_col = to.end_col + 1;
  return e;
}

// Parses tokens [begin, end) with the grammar's [start] symbol; the expression
// it yields, or null when they are not one.
ast::Expr* probe(ast::Unit& scratch, int start, const Token* begin, const Token* end) {
  if (begin >= end) return nullptr;
  Tokens toks;
  toks.reserve(end - begin + 2);
  Token s;
  s.kind = start;
  s.loc = begin->loc;
  toks.push_back(s);
  toks.insert(toks.end(), begin, end);
  Token e;
  e.kind = T::TOK_END;
  e.loc = end[-1].loc;
  toks.push_back(e);
  ParseContext ctx(scratch, toks);
  Parser parser(ctx);
  if (parser.parse() != 0 || ctx.error()) return nullptr;
  return ctx.result();
}

// Where the element holding token [e] begins: after the enclosing bracket or
// the last separator at the same depth. Sets [comprehension] when a `for` lies
// in between (the iterable and conditions of a comprehension are disjunctions,
// where CPython looks for no missing comma).
size_t element_start(const Tokens& line, size_t e, bool* comprehension) {
  int depth = 0;
  size_t i = e;
  for (; i > 0; --i) {
    int k = line[i - 1].kind;
    if (is_close(k)) {
      ++depth;
    } else if (is_open(k)) {
      if (depth == 0) break;
      --depth;
    } else if (depth == 0) {
      if (is_separator(k)) break;
      if (k == T::TOK_KW_FOR && comprehension) *comprehension = true;
    }
  }
  return i;
}

// The tokens from [first] on that could belong to the expression starting
// there: up to the next separator or unmatched closing bracket, which is [stop]
// (or the last token looked at).
Tokens expression_tail(const Token* first, TokenFilter& filter, Token* stop) {
  Tokens out;
  if (first) out.push_back(*first);
  const auto& more = filter.peek(96);
  int depth = 0;
  stop->kind = T::TOK_END;
  for (size_t i = 0; i < more.size(); ++i) {
    const Token& t = more[i];
    *stop = t;
    if (out.size() >= 96) break;
    if (is_open(t.kind)) {
      ++depth;
    } else if (is_close(t.kind)) {
      if (depth == 0) break;
      --depth;
    } else if (depth == 0 && is_separator(t.kind)) {
      break;
    }
    out.push_back(t);
  }
  return out;
}

// The longest prefix of [tail] that parses with [start]; its length, or 0.
size_t longest(ast::Unit& scratch, int start, const Tokens& tail) {
  for (size_t n = tail.size(); n > 0; --n)
    if (probe(scratch, start, tail.data(), tail.data() + n)) return n;
  return 0;
}

// What a block belongs to, for "expected an indented block after ...".
std::string block_owner(int kind) {
  switch (kind) {
    case T::TOK_KW_DEF: return "function definition";
    case T::TOK_KW_CLASS: return "class definition";
    case T::TOK_KW_IF: return "'if' statement";
    case T::TOK_KW_ELIF: return "'elif' statement";
    case T::TOK_KW_ELSE: return "'else' statement";
    case T::TOK_KW_WHILE: return "'while' statement";
    case T::TOK_KW_FOR: return "'for' statement";
    case T::TOK_KW_TRY: return "'try' statement";
    case T::TOK_KW_EXCEPT: return "'except' statement";
    case T::TOK_KW_FINALLY: return "'finally' statement";
    case T::TOK_KW_WITH: return "'with' statement";
    case T::TOK_MATCH: return "'match' statement";
    case T::TOK_CASE: return "'case' statement";
    default: return "statement";
  }
}

class Diagnosis {
 public:
  Diagnosis(ParseContext& ctx, const std::vector<int>& expected)
      : m_ctx(ctx), m_filter(*ctx.filter()), m_line(m_filter.line_tokens()),
        m_expected(expected), m_la(ctx.lookahead()) {
    m_e = m_line.empty() ? 0 : m_line.size() - 1;  // the lookahead's index
    // `async def/for/with` read as the statement after `async`.
    for (const Token& t : m_line)
      if (t.kind != T::TOK_INDENT && t.kind != T::TOK_DEDENT && t.kind != T::TOK_KW_ASYNC) {
        m_first = t.kind;
        break;
      }
    m_scratch.filename = "<probe>";
  }

  RawError run();
  int read_line() const { return m_read_line; }

 private:
  std::optional<RawError> expected_colon();
  std::optional<RawError> match_header();
  bool in_pattern() const;
  std::optional<RawError> stray_equal();
  std::optional<RawError> missing_comma();
  std::optional<RawError> expected_else();
  std::optional<RawError> dict_key();
  std::optional<RawError> dict_value();
  std::optional<RawError> comprehension_target();
  int innermost_open(size_t* at) const;

  ParseContext& m_ctx;
  TokenFilter& m_filter;
  const Tokens& m_line;
  const std::vector<int>& m_expected;
  const Token& m_la;
  size_t m_e = 0;
  int m_first = 0;
  int m_read_line = 0;
  ast::Unit m_scratch;  // nodes built by probes
};

RawError Diagnosis::run() {
  const std::string kIndent = "IndentationError";
  if (m_la.kind == T::TOK_INDENT) return error_at_token(m_la, "unexpected indent", kIndent);
  if (has(m_expected, T::TOK_INDENT)) {
    const Token& header = m_filter.previous_line_first();
    return error_at_token(m_la,
                          "expected an indented block after " + block_owner(header.kind) +
                              " on line " + std::to_string(header.loc.line),
                          kIndent);
  }
  // CPython's invalid_try_stmt: also when the try's block ends with the one around it.
  if (has(m_expected, T::TOK_KW_EXCEPT) && has(m_expected, T::TOK_KW_FINALLY))
    return error_at_token(m_la, "expected 'except' or 'finally' block");
  if (m_la.kind == T::TOK_DEDENT) return error_at_token(m_la, "unexpected unindent", kIndent);
  if (auto e = comprehension_target()) return *e;
  // `async` only starts `async def`, `async for` and `async with`, which CPython
  // reads one token further before it gives up.
  if (m_la.kind == T::TOK_KW_ASYNC) {
    const auto& next = m_filter.peek(1);
    if (!next.empty() && next[0].kind != T::TOK_YYerror)
      return error_at_token(next[0], "invalid syntax");
  }
  if (auto e = expected_colon()) return *e;
  if (auto e = match_header()) return *e;
  // A pattern is no expression: CPython has no better word than "invalid syntax" there.
  if (in_pattern()) return error_at_token(m_la, "invalid syntax");
  if (m_la.kind == T::TOK_DOUBLESTAR && m_e > 0 && m_line[m_e - 1].kind == T::TOK_LPAR)
    return error_at_token(m_la, "cannot use double starred expression here");
  if (auto e = dict_key()) return *e;
  if (auto e = dict_value()) return *e;
  if (m_la.kind == T::TOK_EQUAL)
    if (auto e = stray_equal()) return *e;
  if (auto e = missing_comma()) return *e;
  if (auto e = expected_else()) return *e;
  if (m_la.kind == T::TOK_NEWLINE && m_first == T::TOK_KW_FROM && m_filter.depth() == 0 &&
      m_e > 0 && m_line[m_e - 1].kind == T::TOK_COMMA)
    return error_at_token(m_la, "trailing comma not allowed without surrounding parentheses");
  if (m_ctx.mode() == ast::Mode::Interactive && m_expected.size() == 1 &&
      m_expected[0] == T::TOK_END && m_filter.before_last().kind == T::TOK_NEWLINE)
    return error_at_token(m_filter.before_last(),
                          "multiple statements found while compiling a single statement");
  return error_at_token(m_la, "invalid syntax");
}

// `if x` NEWLINE, `class A` NEWLINE...; and after `def ...)`, `try`, `else`,
// `finally`, where CPython insists on the ':' whatever follows.
std::optional<RawError> Diagnosis::expected_colon() {
  if (!has(m_expected, T::TOK_COLON) || m_filter.depth() != 0) return std::nullopt;
  switch (m_first) {
    case T::TOK_KW_DEF: case T::TOK_KW_TRY: case T::TOK_KW_ELSE: case T::TOK_KW_FINALLY:
      return error_at_token(m_la, "expected ':'");
    case T::TOK_KW_IF: case T::TOK_KW_ELIF: case T::TOK_KW_WHILE: case T::TOK_KW_FOR:
    case T::TOK_KW_WITH: case T::TOK_KW_CLASS: case T::TOK_KW_EXCEPT: case T::TOK_CASE:
      if (m_la.kind == T::TOK_NEWLINE) return error_at_token(m_la, "expected ':'");
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

// `match x` without its ':' (CPython's invalid_match_stmt) and the one-line
// `match x: ...`: the token filter left `match` a name (only a line ending in
// ':' makes a match statement), so the parse failed at the subject.
std::optional<RawError> Diagnosis::match_header() {
  size_t first = 0;
  while (first < m_line.size() &&
         (m_line[first].kind == T::TOK_INDENT || m_line[first].kind == T::TOK_DEDENT))
    ++first;
  if (m_e != first + 1 || m_line[first].kind != T::TOK_NAME || m_line[first].text != "match" ||
      m_filter.depth() != 0 || !starts_expression(m_la.kind))
    return std::nullopt;
  Token stop;
  Tokens subject = expression_tail(&m_la, m_filter, &stop);
  if (!probe(m_scratch, T::TOK_PROBE_EXPR, subject.data(), subject.data() + subject.size()))
    return std::nullopt;
  if (stop.kind == T::TOK_NEWLINE) return error_at_token(stop, "expected ':'");
  if (stop.kind != T::TOK_COLON) return std::nullopt;
  const auto& more = m_filter.peek(subject.size() + 1);
  if (more.size() <= subject.size()) return std::nullopt;
  return error_at_token(more[subject.size()], "invalid syntax");
}

// The error lies in a case's pattern (before its guard's `if`).
bool Diagnosis::in_pattern() const {
  if (m_first != T::TOK_CASE) return false;
  for (size_t i = 0; i < m_e; ++i)
    if (m_line[i].kind == T::TOK_KW_IF) return false;
  return true;
}

int Diagnosis::innermost_open(size_t* at) const {
  int depth = 0;
  for (size_t i = m_e; i > 0; --i) {
    int k = m_line[i - 1].kind;
    if (is_close(k)) {
      ++depth;
    } else if (is_open(k)) {
      if (depth == 0) {
        *at = i - 1;
        return k;
      }
      --depth;
    }
  }
  return 0;
}

// A '=' where an expression goes on: CPython's invalid_kwarg inside a call,
// invalid_named_expression in conditions and displays.
std::optional<RawError> Diagnosis::stray_equal() {
  size_t open_at = 0;
  int open = innermost_open(&open_at);
  size_t s = element_start(m_line, m_e, nullptr);
  if (s >= m_e) return std::nullopt;
  const Token& a0 = m_line[s];
  const Token& eq = m_line[m_e];
  bool single_name = m_e - s == 1 && a0.kind == T::TOK_NAME;
  if (open == T::TOK_LPAR && open_at > 0 && ends_expression(m_line[open_at - 1].kind)) {
    // f(a.b=1), f(True=1): a keyword argument that is not a name.
    if (single_name) return std::nullopt;
    if (m_e - s == 1 && (a0.kind == T::TOK_KW_TRUE || a0.kind == T::TOK_KW_FALSE ||
                         a0.kind == T::TOK_KW_NONE))
      return ranged(a0.loc, eq.loc, "cannot assign to " + std::string(a0.text));
    if (probe(m_scratch, T::TOK_PROBE_EXPR, &m_line[s], &m_line[m_e]))
      return ranged(a0.loc, eq.loc,
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
    return std::nullopt;
  }
  size_t guard = 0;  // where a case's guard starts, after its `if`
  if (m_first == T::TOK_CASE)
    for (size_t i = 0; i < m_e && !guard; ++i)
      if (m_line[i].kind == T::TOK_KW_IF) guard = i + 1;
  bool header = m_first == T::TOK_KW_IF || m_first == T::TOK_KW_ELIF ||
                m_first == T::TOK_KW_WHILE || m_first == T::TOK_AT || guard;
  if (!open && !header) return std::nullopt;
  if (!open) {
    // The condition starts after the statement's keyword.
    while (s < m_e && (m_line[s].kind == T::TOK_INDENT || m_line[s].kind == T::TOK_DEDENT)) ++s;
    ++s;
    if (guard) s = guard;
    if (s >= m_e) return std::nullopt;
    single_name = m_e - s == 1 && m_line[s].kind == T::TOK_NAME;
  }
  Token stop;
  Tokens tail = expression_tail(nullptr, m_filter, &stop);
  size_t n = longest(m_scratch, T::TOK_PROBE_BITOR, tail);
  if (n == 0) return std::nullopt;
  if (n == tail.size() && stop.kind == T::TOK_YYerror) return m_filter.error();
  const Token& after = n < tail.size() ? tail[n] : stop;
  if (after.kind == T::TOK_EQUAL || after.kind == T::TOK_COLONEQUAL) return std::nullopt;
  m_read_line = after.loc.line;
  if (single_name)
    return ranged(m_line[s].loc, tail[n - 1].loc,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  ast::Expr* a = probe(m_scratch, T::TOK_PROBE_BITOR, &m_line[s], &m_line[m_e]);
  if (!a || starts_with_display(a)) return std::nullopt;
  return ranged(a->loc, a->loc,
                std::string("cannot assign to ") + expr_name(a) +
                    " here. Maybe you meant '==' instead of '='?");
}

// Two expressions side by side inside brackets: CPython's invalid_expression
// "Perhaps you forgot a comma?", spanning both.
std::optional<RawError> Diagnosis::missing_comma() {
  bool fexpr_field = m_ctx.mode() == ast::Mode::Eval && m_filter.depth() == 0 &&
                     m_ctx.fexpr();
  if (m_filter.depth() == 0 && !fexpr_field) return std::nullopt;
  if (m_e == 0 || !ends_expression(m_line[m_e - 1].kind)) return std::nullopt;
  if (!starts_expression(m_la.kind)) return std::nullopt;
  bool comprehension = false;
  size_t s = element_start(m_line, m_e, &comprehension);
  if (comprehension || s >= m_e) return std::nullopt;
  const Token& a0 = m_line[s];
  if (a0.kind == T::TOK_NAME &&
      (a0.text == "match" || a0.text == "case" || a0.text == "_" ||
       (s + 1 <= m_e && m_line[s + 1].kind == T::TOK_STRING)))
    return std::nullopt;
  if (!probe(m_scratch, T::TOK_PROBE_DISJ, &m_line[s], &m_line[m_e])) return std::nullopt;
  Token stop;
  Tokens tail = expression_tail(&m_la, m_filter, &stop);
  size_t n = longest(m_scratch, T::TOK_PROBE_EXPR, tail);
  if (n == 0) return std::nullopt;
  // CPython reads the token after the second expression: a tokenizer error
  // there (such as the end of the input inside the brackets) is what it reports.
  if (n == tail.size() && stop.kind == T::TOK_YYerror) return m_filter.error();
  m_read_line = n < tail.size() ? tail[n].loc.line : stop.loc.line;
  if (m_e - s == 1 && a0.kind == T::TOK_NAME && (a0.text == "print" || a0.text == "exec")) {
    std::string name(a0.text);
    return ranged(a0.loc, tail[n - 1].loc,
                  "Missing parentheses in call to '" + name + "'. Did you mean " + name +
                      "(...)?");
  }
  return ranged(a0.loc, tail[n - 1].loc, "invalid syntax. Perhaps you forgot a comma?");
}

// `[a, b for ...]`, `{a, *b for ...}`, `[a, for ...]`: CPython's invalid_comprehension
// asks for parentheses around a comprehension target of more than one element.
std::optional<RawError> Diagnosis::comprehension_target() {
  if (m_la.kind == T::TOK_KW_ASYNC) {
    const auto& next = m_filter.peek(1);
    if (next.empty() || next[0].kind != T::TOK_KW_FOR) return std::nullopt;
  } else if (m_la.kind != T::TOK_KW_FOR) {
    return std::nullopt;
  }
  size_t open = 0;
  int bracket = innermost_open(&open);
  if (bracket != T::TOK_LSQB && bracket != T::TOK_LBRACE) return std::nullopt;
  std::vector<std::pair<size_t, size_t>> elements;  // token ranges [first, end)
  size_t first = open + 1;
  int depth = 0;
  for (size_t i = open + 1; i < m_e; ++i) {
    int k = m_line[i].kind;
    if (is_open(k)) {
      ++depth;
    } else if (is_close(k)) {
      --depth;
    } else if (depth == 0 && k == T::TOK_COMMA) {
      elements.emplace_back(first, i);
      first = i + 1;
    } else if (depth == 0 && (is_separator(k) || k == T::TOK_KW_FOR)) {
      return std::nullopt;  // a dict item, or the clauses of a comprehension
    }
  }
  bool trailing_comma = first == m_e;
  if (!trailing_comma) elements.emplace_back(first, m_e);
  if (elements.empty() || (elements.size() == 1 && !trailing_comma)) return std::nullopt;
  for (auto [b, e] : elements) {
    bool star = m_line[b].kind == T::TOK_STAR;
    if (!probe(m_scratch, star ? T::TOK_PROBE_BITOR : T::TOK_PROBE_EXPR, &m_line[b + star], &m_line[e]))
      return std::nullopt;
  }
  // One element and its comma: the range ends at the comma, else at the last element.
  const Token& last = elements.size() == 1 ? m_line[m_e - 1] : m_line[elements.back().second - 1];
  return ranged(m_line[elements.front().first].loc, last.loc,
                "did you forget parentheses around the comprehension target?");
}

// `a if b` without its else.
std::optional<RawError> Diagnosis::expected_else() {
  if (!has(m_expected, T::TOK_KW_ELSE) || m_la.kind == T::TOK_KW_ELSE) return std::nullopt;
  int depth = 0;
  size_t at = 0;
  bool found = false;
  for (size_t i = m_e; i > 0; --i) {
    int k = m_line[i - 1].kind;
    if (is_close(k)) ++depth;
    else if (is_open(k)) { if (depth-- == 0) break; }
    else if (depth == 0 && k == T::TOK_KW_IF) { at = i - 1; found = true; break; }
  }
  if (!found || at + 1 >= m_e) return std::nullopt;
  size_t s = element_start(m_line, at, nullptr);
  for (; s < at; ++s)
    if (probe(m_scratch, T::TOK_PROBE_DISJ, &m_line[s], &m_line[at])) break;
  if (s >= at) return std::nullopt;
  return ranged(m_line[s].loc, m_line[m_e - 1].loc, "expected 'else' after 'if' expression");
}

// {1: 2, 3}, {a: 1, b for x in y}, {**d, f(x y)}: CPython's invalid_kvpair, an element
// after the first of a dict display whose longest leading expression has no ':' after it.
std::optional<RawError> Diagnosis::dict_key() {
  // The nearest '{' around the error, looking out through brackets within its element.
  size_t open_at = m_e;
  int depth = 0;
  for (size_t i = m_e; i > 0 && open_at == m_e; --i) {
    int k = m_line[i - 1].kind;
    if (is_close(k)) ++depth;
    else if (is_open(k) && depth > 0) --depth;
    else if (k == T::TOK_LBRACE) open_at = i - 1;
  }
  if (open_at == m_e) return std::nullopt;
  size_t first_end = 0, s = open_at + 1;  // end of the first element; start of the last
  depth = 0;
  for (size_t i = open_at + 1; i < m_e; ++i) {
    int k = m_line[i].kind;
    if (is_open(k)) ++depth;
    else if (is_close(k)) --depth;
    else if (depth == 0 && k == T::TOK_COMMA) {
      if (!first_end) first_end = i;
      s = i + 1;
    }
  }
  if (!first_end || s >= m_e) return std::nullopt;
  auto key_length = [&](size_t b, size_t e) {
    return longest(m_scratch, T::TOK_PROBE_EXPR, Tokens(m_line.begin() + b, m_line.begin() + e));
  };
  size_t b = open_at + 1;
  if (m_line[b].kind != T::TOK_DOUBLESTAR) {
    size_t n = key_length(b, first_end);
    if (n == 0 || b + n >= first_end || m_line[b + n].kind != T::TOK_COLON) return std::nullopt;
  }
  if (m_line[s].kind == T::TOK_STAR || m_line[s].kind == T::TOK_DOUBLESTAR) return std::nullopt;
  size_t n = key_length(s, m_e);
  if (n == 0) return std::nullopt;
  const Token& after = s + n < m_e ? m_line[s + n] : m_la;
  if (after.kind == T::TOK_COLON) return std::nullopt;
  // At the key's last character: its node's, so `(c)` points at c.
  const ast::Loc& key = probe(m_scratch, T::TOK_PROBE_EXPR, &m_line[s], &m_line[s + n])->loc;
  RawError e;
  e.msg = "':' expected after dictionary key";
  e.line = key.end_line;
  e.col = key.end_col;
  e.end_line = e.line;
  return e;
}

// `{a: }` and `{a: *b}`: CPython's invalid_double_starred_kvpairs, a key and its ':' with
// no value after them, or a starred one.
std::optional<RawError> Diagnosis::dict_value() {
  bool no_value = m_la.kind == T::TOK_COMMA || m_la.kind == T::TOK_RBRACE;
  if (!no_value && m_la.kind != T::TOK_STAR) return std::nullopt;
  size_t open_at = 0;
  if (innermost_open(&open_at) != T::TOK_LBRACE || m_e < open_at + 3) return std::nullopt;
  size_t colon = m_e - 1;
  if (m_line[colon].kind != T::TOK_COLON) return std::nullopt;
  size_t s = colon;  // the key's start: after the brace or a comma, but not a lambda's ':'
  for (int depth = 0; s > open_at + 1; --s) {
    int k = m_line[s - 1].kind;
    if (is_close(k)) ++depth;
    else if (is_open(k)) --depth;
    else if (depth == 0 && k == T::TOK_COMMA) break;
  }
  if (!probe(m_scratch, T::TOK_PROBE_EXPR, &m_line[s], &m_line[colon])) return std::nullopt;
  if (no_value)
    return ranged(m_line[colon].loc, m_line[colon].loc, "expression expected after dictionary key and ':'");
  // The range ends where CPython's tokenizer stopped: after the token after the operand.
  Token stop;
  Tokens tail = expression_tail(&m_la, m_filter, &stop);
  Tokens operand(tail.begin() + 1, tail.end());
  size_t n = longest(m_scratch, T::TOK_PROBE_BITOR, operand);
  if (n == 0) return std::nullopt;
  const Token& after = n < operand.size() ? operand[n] : stop;
  m_read_line = after.loc.line;
  RawError e = ranged(m_la.loc, m_la.loc, "cannot use a starred expression in a dictionary value");
  e.end_line = after.loc.line;
  e.end_col = after.loc.end_col;
  return e;
}

}  // namespace

void ParseContext::syntax_error(const std::vector<int>& expected) {
  if (m_error) return;
  if (probing() || !m_filter) {
    fail(error_at_token(m_last, "invalid syntax"));
    return;
  }
  Diagnosis d(*this, expected);
  RawError e = d.run();
  e.read_line = std::max(d.read_line(), m_last.loc.line);
  fail(std::move(e));
}

}  // namespace hotpy::frontend
