// f-strings: CPython 3.11's string_parser.c, ported. The literal parts are
// decoded like other strings; each replacement field's expression is parsed by a
// nested lexer and parser over its text, at its real line and column, as if it
// stood in parentheses. A field with `=` adds its own text ("x=") before the
// value and defaults to repr, as CPython does.
#include <cstring>

#include "parse/lexer.h"
#include "parse/parse_context.h"
#include "parse/strings.h"
#include "parse/token_filter.h"
#include "parser.hpp"

namespace hotpy::frontend {

using ast::Loc;
using T = Parser::token;

namespace {

// The parts of one JoinedStr, in order (CPython's FstringParser).
struct Parts {
  ParseContext& ctx;
  Loc loc;                // of the whole run of literals
  Loc end_loc;            // of the JoinedStr and its last Constant (see finish)
  std::string last;       // literal text not yet turned into a Constant
  ast::ExprList values;
  bool fmode = false;     // an f-string took part: the result is a JoinedStr

  void text(std::string_view s) { last.append(s); }
  void expr(ast::Expr* e) {
    flush();
    values.push_back(e);
  }
  void flush() {
    if (last.empty()) return;
    auto* c = ctx.make<ast::Constant>(loc, ast::Constant::Type::Str);
    c->text = std::move(last);
    last.clear();
    values.push_back(c);
  }
  // CPython 3.11 gives a format spec's JoinedStr, and the literal that ends it,
  // the position of the one literal holding it rather than of the whole run.
  ast::Expr* finish() {
    if (!fmode) {
      auto* c = ctx.make<ast::Constant>(end_loc, ast::Constant::Type::Str);
      c->text = std::move(last);
      return c;
    }
    Loc mid = loc;
    loc = end_loc;
    flush();
    loc = mid;
    auto* j = ctx.make<ast::JoinedStr>(end_loc);
    j->values = std::move(values);
    return j;
  }
};

class FStringParser {
 public:
  FStringParser(ParseContext& ctx, const Token& piece, bool raw, const Loc& loc)
      : m_ctx(ctx), m_piece(piece), m_raw(raw), m_loc(loc) {
    m_pos = piece.text.data();
    m_line = piece.loc.line;
    m_col = piece.loc.col;
  }

  // _PyPegen_FstringParser_ConcatFstring: false after an error.
  bool concat(const char*& s, const char* end, int level, Parts& parts);

 private:
  int find_literal(const char*& s, const char* end, int level, Parts& parts);
  bool find_expr(const char*& s, const char* end, int level, Parts& parts);
  ast::Expr* compile(const char* begin, const char* end);
  void locate(const char* p, int& line, int& col);
  bool fail(std::string msg) { return m_ctx.fail_here(std::move(msg)); }

  ParseContext& m_ctx;
  const Token& m_piece;
  bool m_raw;
  Loc m_loc;
  // A cursor over the token's text that knows its line and column.
  const char* m_pos;
  int m_line, m_col;
};

void FStringParser::locate(const char* p, int& line, int& col) {
  if (p < m_pos) {
    m_pos = m_piece.text.data();
    m_line = m_piece.loc.line;
    m_col = m_piece.loc.col;
  }
  for (; m_pos < p; ++m_pos) {
    if (*m_pos == '\n') {
      ++m_line;
      m_col = 0;
    } else {
      ++m_col;
    }
  }
  line = m_line;
  col = m_col;
}

// Returns 1 after a doubled brace (the caller comes back for more), 0 at an
// expression or the end, -1 after an error.
int FStringParser::find_literal(const char*& str, const char* end, int level, Parts& parts) {
  const char* s = str;
  const char* literal_start = s;
  const char* literal_end = nullptr;
  int result = 0;
  while (s < end) {
    char ch = *s++;
    if (!m_raw && ch == '\\' && s < end) {
      ch = *s++;
      if (ch == 'N') {
        // "\N{name}": its braces do not start an expression.
        if (s < end && *s++ == '{') {
          while (s < end && *s++ != '}') {
          }
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      // Doubled braces are literal only at the top level: f'{0:{3}}' needs its
      // two closing braces.
      if (level == 0) {
        if (s < end && *s == ch) {
          literal_end = s;
          str = s + 1;
          result = 1;
          break;
        }
        if (ch == '}') {
          str = s - 1;
          fail("f-string: single '}' is not allowed");
          return -1;
        }
      }
      --s;
      break;
    }
  }
  if (!literal_end) {
    str = s;
    literal_end = s;
  }
  if (literal_start != literal_end) {
    std::string_view chunk(literal_start, literal_end - literal_start);
    if (m_raw) {
      parts.text(chunk);
    } else {
      std::string decoded, err;
      if (!decode_str_escapes(chunk, decoded, err)) {
        fail(err);
        return -1;
      }
      parts.text(decoded);
    }
  }
  return result;
}

bool FStringParser::find_expr(const char*& str, const char* end, int level, Parts& parts) {
  if (level >= 2) return fail("f-string: expressions nested too deeply");
  ++str;  // the '{'
  const char* expr_start = str;
  char quote_char = 0;
  int string_type = 0;
  int nested_depth = 0;
  char parenstack[200];
  for (; str < end; ++str) {
    char ch = *str;
    if (ch == '\\') return fail("f-string expression part cannot include a backslash");
    if (quote_char) {
      if (ch == quote_char) {
        if (string_type == 3) {
          if (str + 2 < end && str[1] == ch && str[2] == ch) {
            str += 2;
            string_type = 0;
            quote_char = 0;
            continue;
          }
        } else {
          quote_char = 0;
          string_type = 0;
          continue;
        }
      }
    } else if (ch == '\'' || ch == '"') {
      if (str + 2 < end && str[1] == ch && str[2] == ch) {
        string_type = 3;
        str += 2;
      } else {
        string_type = 1;
      }
      quote_char = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (nested_depth >= 200) return fail("f-string: too many nested parenthesis");
      parenstack[nested_depth++] = ch;
    } else if (ch == '#') {
      return fail("f-string expression part cannot include '#'");
    } else if (nested_depth == 0 &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (str + 1 < end) {
        char next = str[1];
        if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
            (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
          ++str;
          continue;
        }
        if (ch == '>' || ch == '<') continue;
      }
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (!nested_depth) return fail(std::string("f-string: unmatched '") + ch + "'");
      char opening = parenstack[--nested_depth];
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
            (opening == '{' && ch == '}')))
        return fail(std::string("f-string: closing parenthesis '") + ch +
                    "' does not match opening parenthesis '" + opening + "'");
    }
  }
  const char* expr_end = str;
  if (quote_char) return fail("f-string: unterminated string");
  if (nested_depth)
    return fail(std::string("f-string: unmatched '") + parenstack[nested_depth - 1] + "'");
  if (str >= end) return fail("f-string: expecting '}'");

  ast::Expr* value = compile(expr_start, expr_end);
  if (!value) return false;

  // `=`: the field's own text goes into the literal before the value.
  bool debug = false;
  if (*str == '=') {
    ++str;
    while (str < end && (*str == ' ' || *str == '\t' || *str == '\n' || *str == '\r' ||
                         *str == '\f' || *str == '\v'))
      ++str;
    parts.text(std::string_view(expr_start, str - expr_start));
    debug = true;
  }
  char conversion = 0;
  if (str < end && *str == '!') {
    ++str;
    if (str >= end) return fail("f-string: expecting '}'");
    conversion = *str++;
    if (conversion != 's' && conversion != 'r' && conversion != 'a')
      return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
  }
  if (str >= end) return fail("f-string: expecting '}'");
  ast::Expr* spec = nullptr;
  if (*str == ':') {
    ++str;
    if (str >= end) return fail("f-string: expecting '}'");
    Parts spec_parts{m_ctx, m_loc, m_piece.loc, {}, {}, false};
    if (!concat(str, end, level + 1, spec_parts)) return false;
    spec = spec_parts.finish();
  }
  if (str >= end || *str != '}') return fail("f-string: expecting '}'");
  ++str;
  if (debug && !spec && conversion == 0) conversion = 'r';
  auto* fv = m_ctx.make<ast::FormattedValue>(m_loc, value);
  fv->conversion = conversion;
  fv->format_spec = spec;
  parts.expr(fv);
  return true;
}

bool FStringParser::concat(const char*& s, const char* end, int level, Parts& parts) {
  parts.fmode = true;
  for (;;) {
    int r = find_literal(s, end, level, parts);
    if (r < 0) return false;
    if (r == 1) continue;
    if (s >= end || *s == '}') break;
    if (!find_expr(s, end, level, parts)) return false;
  }
  if (level != 0 && (s >= end || *s != '}')) return fail("f-string: expecting '}'");
  return true;
}

// The expression of one replacement field, parsed by a nested parser. Errors are
// reported the way CPython 3.11 does: "f-string: " before the parser's message,
// columns counted in the text "(expr)".
ast::Expr* FStringParser::compile(const char* begin, const char* end) {
  bool blank = true;
  for (const char* p = begin; p < end && blank; ++p)
    blank = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\f' || *p == '\r';
  if (blank) {
    fail("f-string: empty expression not allowed");
    return nullptr;
  }
  int line, col;
  locate(begin, line, col);
  std::string text(begin, end);  // a NUL-terminated copy for the lexer
  Lexer lexer(text, line, col);
  TokenFilter filter(lexer, ast::Mode::Eval, /*fexpr=*/true);
  ParseContext sub(m_ctx.unit(), filter, ast::Mode::Eval, /*fexpr=*/true);
  Parser parser(sub);
  if (parser.parse() == 0 && sub.result() && !sub.error()) {
    ast::Expr* e = sub.result();
    if (sub.bare_result()) {
      // CPython parses "(" + text + ")": the parentheses stand on the braces.
      int end_line, end_col;
      locate(end, end_line, end_col);
      e->loc = {line, col - 1, end_line, end_col + 1};
    }
    return e;
  }

  RawError e;
  if (sub.error()) {
    e = *sub.error();
  } else {
    e = error_at_token(sub.lookahead(), "invalid syntax");
  }
  if (e.has_text_override) {
    m_ctx.fail(std::move(e));  // from a nested f-string: already in its final form
    return nullptr;
  }
  bool from_lexer = sub.lookahead().kind == T::TOK_YYerror;
  if (!from_lexer) e.msg = "f-string: " + e.msg;
  if (sub.lookahead().kind == T::TOK_END && e.end_col == 0) e.end_col = e.col + 1;  // the ')'
  if (e.line == line && e.col > 0) e.col = e.col - col + 1;
  if (e.end_line == line && e.end_col > 0) e.end_col = e.end_col - col + 1;
  e.text_override = "(" + text + ")";
  e.has_text_override = true;
  m_ctx.fail(std::move(e));
  return nullptr;
}

}  // namespace

// Adjacent literals of which at least one is an f-string: one JoinedStr whose
// Constant and FormattedValue parts all carry the position of the whole run of
// literals, as in CPython 3.11.
ast::Expr* ParseContext::join_fstrings(std::vector<Token>& pieces, const Loc& loc) {
  Parts parts{*this, loc, loc, {}, {}, false};
  std::string err;
  for (const Token& t : pieces) {
    StringForm f = string_form(t.text);
    if (f.fstring) {
      FStringParser fp(*this, t, f.raw, loc);
      const char* s = f.body.data();
      if (!fp.concat(s, s + f.body.size(), 0, parts)) return nullptr;
    } else if (f.raw) {
      parts.text(f.body);
    } else {
      std::string decoded;
      if (!decode_str_escapes(f.body, decoded, err)) {
        fail_here(err);
        return nullptr;
      }
      parts.text(decoded);
    }
  }
  return parts.finish();
}

}  // namespace hotpy::frontend
