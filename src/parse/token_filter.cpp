// The token filter: indentation, brackets, logical lines and the two places
// where the grammar needs a token of lookahead it cannot have (see the header).
#include "parse/token_filter.h"

#include <cstring>

#include "parser.hpp"

namespace hotpy::frontend {

using T = Parser::token;

namespace {

// CPython's MAXINDENT and MAXLEVEL.
constexpr size_t kMaxIndent = 100;
constexpr size_t kMaxLevel = 200;

bool is_open(int k) { return k == T::TOK_LPAR || k == T::TOK_LSQB || k == T::TOK_LBRACE; }
bool is_close(int k) { return k == T::TOK_RPAR || k == T::TOK_RSQB || k == T::TOK_RBRACE; }
char bracket_char(int k) {
  switch (k) {
    case T::TOK_LPAR: return '(';
    case T::TOK_RPAR: return ')';
    case T::TOK_LSQB: return '[';
    case T::TOK_RSQB: return ']';
    case T::TOK_LBRACE: return '{';
    default: return '}';
  }
}
bool matches(int open, int close) {
  return (open == T::TOK_LPAR && close == T::TOK_RPAR) ||
         (open == T::TOK_LSQB && close == T::TOK_RSQB) ||
         (open == T::TOK_LBRACE && close == T::TOK_RBRACE);
}

bool is_compound_keyword(int k) {
  switch (k) {
    case T::TOK_KW_IF: case T::TOK_KW_ELIF: case T::TOK_KW_ELSE: case T::TOK_KW_WHILE:
    case T::TOK_KW_FOR: case T::TOK_KW_TRY: case T::TOK_KW_EXCEPT: case T::TOK_KW_FINALLY:
    case T::TOK_KW_WITH: case T::TOK_KW_DEF: case T::TOK_KW_CLASS:
    case T::TOK_MATCH: case T::TOK_CASE:
      return true;
    default:
      return false;
  }
}

// After `print` at the start of a statement: does this token make it the
// Python 2 statement? Anything that can start an expression does, except '('
// (print(...) is always the function), plus the ways a bare `print` ends and
// the `>>file` form.
bool makes_print_statement(int k) {
  if (k == T::TOK_LPAR) return false;
  return k == T::TOK_NEWLINE || k == T::TOK_SEMI || k == T::TOK_END ||
         k == T::TOK_RIGHTSHIFT || k == T::TOK_YYerror || starts_expression(k);
}

}  // namespace

bool starts_expression(int k) {
  switch (k) {
    case T::TOK_NAME: case T::TOK_NUMBER: case T::TOK_STRING: case T::TOK_LPAR:
    case T::TOK_LSQB: case T::TOK_LBRACE: case T::TOK_MINUS: case T::TOK_PLUS:
    case T::TOK_TILDE: case T::TOK_KW_NOT: case T::TOK_KW_LAMBDA: case T::TOK_KW_AWAIT:
    case T::TOK_ELLIPSIS: case T::TOK_KW_NONE: case T::TOK_KW_TRUE: case T::TOK_KW_FALSE:
      return true;
    default:
      return false;
  }
}

TokenFilter::TokenFilter(Lexer& lexer, ast::Mode mode, bool fexpr)
    : m_lex(lexer), m_mode(mode), m_fexpr(fexpr) {
  m_line.reserve(64);
}

// ---------------------------------------------------------------------------
// Producing: physical lines to logical tokens

void TokenFilter::fail(RawError err) {
  m_error = std::move(err);
  Token t;
  t.kind = T::TOK_YYerror;
  t.loc = {m_error.line, 0, m_error.line, 0};
  push(t);
  m_done = true;
}

RawError TokenFilter::located(std::string type, std::string msg, int line, int col,
                              int end_col) {
  RawError e;
  e.type = std::move(type);
  e.msg = std::move(msg);
  e.line = e.end_line = line;
  e.col = col;
  e.end_col = end_col;
  return e;
}

void TokenFilter::ensure(size_t n) {
  while (m_out.size() < n && !m_done) produce();
}

void TokenFilter::produce() {
  for (;;) {
    if (m_at_line_start && m_brackets.empty() && !m_fexpr) {
      LineIndent ind = m_lex.indent();
      if (!ind.blank) {
        m_at_line_start = false;
        if (!indentation(ind)) return;
      } else if (ind.empty && m_mode == ast::Mode::Interactive && !m_line_has_tokens &&
                 m_lex.line() > 1) {
        // A totally empty line closes an interactive block: the input ends here
        // when nothing but blank lines follows.
        const char* p = m_lex.cursor();
        while (p < m_lex.limit() && (*p == '\n' || *p == ' ' || *p == '\t' || *p == '\f')) ++p;
        if (p >= m_lex.limit()) {
          m_blank_end = true;
          Token end;
          end.kind = T::TOK_END;
          int line = m_lex.line();
          end.loc = {line, 0, line, 0};
          finish(end);
          return;
        }
      }
    }
    Token t = m_lex.next();
    switch (t.kind) {
      case T::TOK_NEWLINE:
        if (!m_brackets.empty() || m_fexpr) continue;  // implicit line joining
        m_at_line_start = true;
        if (!m_line_has_tokens) continue;  // blank or comment-only line
        m_line_has_tokens = false;
        push(t);
        return;
      case T::TOK_END:
        finish(t);
        return;
      case T::TOK_YYerror:
        fail(m_lex.error());
        return;
      default:
        if ((is_open(t.kind) || is_close(t.kind)) && !bracket(t)) return;
        m_line_has_tokens = true;
        if (m_direct && m_out.empty()) {
          *m_direct = t;  // straight to next(), skipping the queue
          m_direct = nullptr;
        } else {
          push(t);
        }
        return;
    }
  }
}

// CPython's tokenizer compares the indentation twice, with tabs to 8 columns and
// with tabs as 1 column; when the two disagree the tabs are ambiguous (TabError).
bool TokenFilter::indentation(const LineIndent& ind) {
  int line = m_lex.line();
  auto tab_error = [&] {
    fail(located("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, 0));
    return false;
  };
  Token t;
  t.loc = {line, ind.width, line, ind.width};
  if (ind.col == m_indents.back()) {
    if (ind.altcol != m_altindents.back()) return tab_error();
    return true;
  }
  if (ind.col > m_indents.back()) {
    if (m_indents.size() >= kMaxIndent) {
      fail(located("IndentationError", "too many levels of indentation", line, ind.width + 1, 0));
      return false;
    }
    if (ind.altcol <= m_altindents.back()) return tab_error();
    m_indents.push_back(ind.col);
    m_altindents.push_back(ind.altcol);
    t.kind = T::TOK_INDENT;
    push(t);
    return true;
  }
  int dedents = 0;
  while (m_indents.size() > 1 && ind.col < m_indents.back()) {
    m_indents.pop_back();
    m_altindents.pop_back();
    ++dedents;
  }
  if (ind.col != m_indents.back()) {
    // CPython points past the end of the offending line.
    const char* p = m_lex.cursor();
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', m_lex.limit() - p));
    int len = static_cast<int>((nl ? nl : m_lex.limit()) - p) + ind.width;
    fail(located("IndentationError", "unindent does not match any outer indentation level",
                 line, len + 1, 0));
    return false;
  }
  if (ind.altcol != m_altindents.back()) return tab_error();
  t.kind = T::TOK_DEDENT;
  for (int i = 0; i < dedents; ++i) push(t);
  return true;
}

bool TokenFilter::bracket(const Token& t) {
  if (is_open(t.kind)) {
    if (m_brackets.size() >= kMaxLevel) {
      RawError e = located("SyntaxError", "too many nested parentheses", t.loc.line,
                           t.loc.col + 1, t.loc.col + 1);
      e.tokenizer = true;
      fail(std::move(e));
      return false;
    }
    m_brackets.push_back({t.kind, t.loc});
    return true;
  }
  if (m_brackets.empty()) {
    if (m_fexpr) return true;  // the parser reports it against "(expr)"
    RawError e = located("SyntaxError", std::string("unmatched '") + bracket_char(t.kind) + "'",
                         t.loc.line, t.loc.col + 1, t.loc.col + 1);
    e.tokenizer = true;
    fail(std::move(e));
    return false;
  }
  const Bracket& open = m_brackets.back();
  if (!matches(open.kind, t.kind)) {
    std::string msg = std::string("closing parenthesis '") + bracket_char(t.kind) +
                      "' does not match opening parenthesis '" + bracket_char(open.kind) + "'";
    if (open.loc.line != t.loc.line) msg += " on line " + std::to_string(open.loc.line);
    RawError e = located("SyntaxError", std::move(msg), t.loc.line, t.loc.col + 1,
                         t.loc.col + 1);
    e.tokenizer = true;
    fail(std::move(e));
    return false;
  }
  m_brackets.pop_back();
  return true;
}

// No line holds tokens at or after END's line: a DEDENT there closes a block at the end.
bool TokenFilter::made_by_input_end(const Token& t) const {
  return m_end_line > 0 && t.loc.line >= m_end_line &&
         (t.kind == T::TOK_END || t.kind == T::TOK_DEDENT);
}

// The end of the input: close the last logical line and every open block.
void TokenFilter::finish(const Token& end) {
  m_end_line = end.loc.line;
  if (!m_brackets.empty() && !m_fexpr) {
    const Bracket& open = m_brackets.back();
    RawError e = located("SyntaxError",
                         std::string("'") + bracket_char(open.kind) + "' was never closed",
                         open.loc.line, open.loc.col + 1, 0);
    e.tokenizer = true;
    e.at_eof = true;
    e.never_closed = true;
    fail(std::move(e));
    return;
  }
  if (!m_fexpr) {
    if (m_line_has_tokens) {
      Token nl = end;
      nl.kind = T::TOK_NEWLINE;
      push(nl);
      m_line_has_tokens = false;
    }
    // DEDENTs at the end of the input sit where CPython reports an error at its
    // end: one past the last line (an INDENT/DEDENT column is used as is).
    Token dedent = end;
    dedent.kind = T::TOK_DEDENT;
    dedent.loc.col = dedent.loc.end_col = end.loc.col + 1;
    while (m_indents.size() > 1) {
      m_indents.pop_back();
      m_altindents.pop_back();
      push(dedent);
    }
  }
  push(end);
  m_done = true;
}

// ---------------------------------------------------------------------------
// Returning: the parser's view

Token TokenFilter::next() {
  if (!m_started) {
    m_started = true;
    Token start;
    start.kind = m_fexpr ? T::TOK_FEXPR_START
                 : m_mode == ast::Mode::Eval        ? T::TOK_EVAL_START
                 : m_mode == ast::Mode::Interactive ? T::TOK_SINGLE_START
                                                    : T::TOK_FILE_START;
    start.loc = {1, 0, 1, 0};
    m_stmt_start = true;
    return start;
  }
  Token t;
  if (m_out.empty()) {
    if (m_done) return m_last;  // END or the error, again
    m_direct = &t;
    produce();
    if (m_direct) {  // produce() queued what it made
      m_direct = nullptr;
      if (m_out.empty()) return m_last;
      t = m_out.pop();
    }
  } else {
    t = m_out.pop();
  }
  if (t.kind == T::TOK_NAME) {
    if (m_stmt_start) {
      if (t.text == "print") rewrite_print(t);
      else if (t.text == "match") rewrite_match(t);
      else if (t.text == "case" && !m_case_blocks.empty() && m_case_blocks.back() == m_block_depth)
        t.kind = T::TOK_CASE;
    }
  } else if (t.kind == T::TOK_KW_WITH) {
    rewrite_with();
  } else if (t.kind == T::TOK_INDENT || t.kind == T::TOK_DEDENT) {
    track_match_blocks(t);
  }
  record(t);
  // Only what the error reporter asks for is kept: the token before the last
  // when it was a NEWLINE, and the END or error to repeat.
  m_before_last.kind = 0;
  if (m_last_kind == T::TOK_NEWLINE) m_before_last = m_last_newline;
  if (t.kind == T::TOK_NEWLINE) m_last_newline = t;
  m_last_kind = t.kind;
  if (t.kind == T::TOK_END || t.kind == T::TOK_YYerror) m_last = t;
  return t;
}

void TokenFilter::rewrite_print(Token& t) {
  ensure(1);
  if (!m_out.empty() && makes_print_statement(m_out[0].kind)) t.kind = T::TOK_PRINT;
}

// `with (a as b, c):` — CPython tries the parenthesized with-items form first
// and falls back to an ordinary expression (a tuple, a generator...) when the
// contents are not with-items or the ')' is not followed by ':'.
void TokenFilter::rewrite_with() {
  ensure(1);
  if (m_out.empty() || m_out[0].kind != T::TOK_LPAR) return;
  int depth = 0;
  size_t i = 0;
  for (;; ++i) {
    ensure(i + 1);
    if (i >= m_out.size()) return;
    int k = m_out[i].kind;
    if (k == T::TOK_END || k == T::TOK_YYerror || k == T::TOK_NEWLINE) return;
    if (is_open(k)) {
      ++depth;
    } else if (is_close(k)) {
      if (--depth == 0) break;
    } else if (depth == 1) {
      int prev = m_out[i - 1].kind;
      bool item_start = prev == T::TOK_LPAR || prev == T::TOK_COMMA;
      if (k == T::TOK_KW_FOR || k == T::TOK_COLONEQUAL) return;
      if (item_start && (k == T::TOK_STAR || k == T::TOK_KW_YIELD)) return;
    }
  }
  if (i == 1) return;  // `with ():`
  ensure(i + 2);
  if (i + 1 < m_out.size() && m_out[i + 1].kind == T::TOK_COLON)
    m_out[0].kind = T::TOK_WITH_LPAREN;
}

// `match` is a soft keyword: `match = 3`, `match(x)` and `match[x]` stay
// expressions. CPython tries the match statement first, which needs a subject
// and a ':' ending the line (a one-line `match x: ...` is never valid).
void TokenFilter::rewrite_match(Token& t) {
  ensure(1);
  if (m_out.empty() || !(starts_expression(m_out[0].kind) || m_out[0].kind == T::TOK_STAR)) return;
  int last = 0;
  for (size_t i = 0;; ++i) {
    ensure(i + 1);
    if (i >= m_out.size()) return;
    int k = m_out[i].kind;
    if (k == T::TOK_END || k == T::TOK_YYerror) return;
    if (k == T::TOK_NEWLINE) break;  // brackets hide newlines: this ends the logical line
    last = k;
  }
  if (last != T::TOK_COLON) return;
  t.kind = T::TOK_MATCH;
  m_match_header = true;
}

void TokenFilter::track_match_blocks(Token& t) {
  if (t.kind == T::TOK_INDENT) {
    ++m_block_depth;
    if (m_match_header) m_case_blocks.push_back(m_block_depth);
    m_match_header = false;
    return;
  }
  --m_block_depth;
  while (!m_case_blocks.empty() && m_case_blocks.back() > m_block_depth) m_case_blocks.pop_back();
}

void TokenFilter::record(const Token& t) {
  int k = t.kind;
  if (m_new_line) {
    for (const Token& x : m_line) {
      if (x.kind != T::TOK_INDENT && x.kind != T::TOK_DEDENT) {
        m_prev_first = x;
        break;
      }
    }
    m_line.clear();
    m_new_line = false;
    m_line_first = 0;
    m_lambdas = 0;
  }
  m_line.push_back(t);
  if (m_line_first == 0 && k != T::TOK_INDENT && k != T::TOK_DEDENT) m_line_first = k;

  if (is_open(k) || k == T::TOK_WITH_LPAREN) ++m_out_depth;
  else if (is_close(k) && m_out_depth > 0) --m_out_depth;

  bool start = false;
  switch (k) {
    case T::TOK_NEWLINE:
      m_new_line = true;
      start = true;
      break;
    case T::TOK_INDENT: case T::TOK_DEDENT: case T::TOK_SEMI:
      start = true;
      break;
    case T::TOK_KW_LAMBDA:
      if (m_out_depth == 0) ++m_lambdas;
      break;
    case T::TOK_COLON:
      // The ':' ending a compound statement's header starts a one-line suite.
      if (m_out_depth == 0) {
        if (m_lambdas > 0) --m_lambdas;
        else start = is_compound_keyword(m_line_first);
      }
      break;
    default:
      break;
  }
  m_stmt_start = start;
}

// ---------------------------------------------------------------------------
// After a parse error

std::optional<RawError> TokenFilter::scan_rest(const ast::Loc& at) {
  // CPython reports an unclosed bracket instead only when the parser's error
  // lies on a later line than the bracket.
  auto before = [&](const ast::Loc& l) { return l.line < at.line; };
  for (;;) {
    if (m_out.empty()) {
      if (m_done) break;
      produce();
      continue;
    }
    Token t = m_out.pop();
    if (t.kind == T::TOK_END) return std::nullopt;
    if (t.kind != T::TOK_YYerror) continue;
    if (!m_error.tokenizer) return std::nullopt;
    // An unclosed bracket counts only when it was opened before the error.
    if (m_error.never_closed && !before(m_brackets.back().loc))
      return std::nullopt;
    return m_error;
  }
  return std::nullopt;
}

}  // namespace hotpy::frontend
