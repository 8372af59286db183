// Malformed number literals, diagnosed exactly as CPython 3.11's tokenizer does.
//
// The re2c rules in grammar/lexer.re match the valid forms; when a match is
// followed by an identifier character, this port of tok_get()'s number section
// re-scans the literal to find CPython's message and caret position. Only error
// paths come here, so it favours faithfulness over speed.
#include <cctype>
#include <cstring>
#include <string>

#include "parse/lexer.h"

namespace hotpy::frontend {
namespace {

constexpr int kEof = -1;

// CPython's tok_state reduced to what the number scanner touches.
class Scan {
 public:
  Scan(const char* start, const char* line_start, const char* limit, RawError& err)
      : m_cur(start), m_line_start(line_start), m_limit(limit), m_err(err) {}

  bool run();  // true when the literal is malformed (m_err filled)

 private:
  int nextc() {
    if (m_cur >= m_limit) return kEof;
    return static_cast<unsigned char>(*m_cur++);
  }
  void backup(int c) {
    if (c != kEof) --m_cur;
  }
  // syntaxerror(tok, msg): the caret goes where the cursor is.
  bool error(std::string msg) {
    m_err.msg = std::move(msg);
    m_err.col = m_err.end_col = static_cast<int>(m_cur - m_line_start);
    return true;
  }
  bool error_range(int col, int end_col, std::string msg) {
    m_err.msg = std::move(msg);
    m_err.col = col;
    m_err.end_col = end_col;
    return true;
  }
  bool lookahead(const char* rest) {
    const char* p = m_cur;
    for (; *rest; ++rest, ++p)
      if (p >= m_limit || *p != *rest) return false;
    return true;
  }
  static bool is_ident_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 128;
  }
  // verify_end_of_number(): returns false after reporting an error.
  bool end_ok(int c, const char* kind) {
    bool kw = false;
    if (c == 'a') kw = lookahead("nd");
    else if (c == 'e') kw = lookahead("lse");
    else if (c == 'f') kw = lookahead("or");
    else if (c == 'o') kw = lookahead("r");
    else if (c == 'n') kw = lookahead("ot");
    else if (c == 'i') kw = m_cur < m_limit && (*m_cur == 'f' || *m_cur == 'n' || *m_cur == 's');
    if (kw) return true;
    if (is_ident_char(c)) {
      backup(c);
      error(std::string("invalid ") + kind + " literal");
      return false;
    }
    return true;
  }
  // tok_decimal_tail(): returns 0 after reporting an error.
  int decimal_tail() {
    int c;
    for (;;) {
      do c = nextc();
      while (c != kEof && std::isdigit(c));
      if (c != '_') break;
      c = nextc();
      if (c == kEof || !std::isdigit(c)) {
        backup(c);
        error("invalid decimal literal");
        return 0;
      }
    }
    return c;
  }
  bool radix(int c, const char* kind, bool (*digit)(int), bool digit_error);
  bool fraction(int c);
  bool exponent(int c);
  bool imaginary();

  const char* m_cur;
  const char* m_line_start;
  const char* m_limit;
  RawError& m_err;
};

bool is_hex(int c) { return c != kEof && std::isxdigit(c); }
bool is_oct(int c) { return c >= '0' && c < '8'; }
bool is_bin(int c) { return c == '0' || c == '1'; }

// 0x, 0o, 0b literals; [c] is the first character after the prefix letter.
bool Scan::radix(int c, const char* kind, bool (*digit)(int), bool digit_error) {
  do {
    if (c == '_') c = nextc();
    if (!digit(c)) {
      if (digit_error && c != kEof && std::isdigit(c))
        return error(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind +
                     " literal");
      backup(c);
      return error(std::string("invalid ") + kind + " literal");
    }
    do c = nextc();
    while (digit(c));
  } while (c == '_');
  if (digit_error && c != kEof && std::isdigit(c))
    return error(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind +
                 " literal");
  return !end_ok(c, kind);
}

bool Scan::imaginary() {
  int c = nextc();
  return !end_ok(c, "imaginary");
}

bool Scan::exponent(int e) {
  int c = nextc();
  if (c == '+' || c == '-') {
    c = nextc();
    if (c == kEof || !std::isdigit(c)) {
      backup(c);
      return error("invalid decimal literal");
    }
  } else if (c == kEof || !std::isdigit(c)) {
    backup(c);
    return !end_ok(e, "decimal");
  }
  c = decimal_tail();
  if (c == 0) return true;
  if (c == 'j' || c == 'J') return imaginary();
  return !end_ok(c, "decimal");
}

// After the '.': [c] is the character following it.
bool Scan::fraction(int c) {
  if (c != kEof && std::isdigit(c)) {
    c = decimal_tail();
    if (c == 0) return true;
  }
  if (c == 'e' || c == 'E') return exponent(c);
  if (c == 'j' || c == 'J') return imaginary();
  return !end_ok(c, "decimal");
}

bool Scan::run() {
  const char* start = m_cur;
  int c = nextc();
  if (c == '.') return fraction(nextc());
  if (c == '0') {
    c = nextc();
    if (c == 'x' || c == 'X') return radix(nextc(), "hexadecimal", is_hex, false);
    if (c == 'o' || c == 'O') return radix(nextc(), "octal", is_oct, true);
    if (c == 'b' || c == 'B') return radix(nextc(), "binary", is_bin, true);
    bool nonzero = false;
    for (;;) {
      if (c == '_') {
        c = nextc();
        if (c == kEof || !std::isdigit(c)) {
          backup(c);
          return error("invalid decimal literal");
        }
      }
      if (c != '0') break;
      c = nextc();
    }
    const char* zeros_end = m_cur;
    if (c != kEof && std::isdigit(c)) {
      nonzero = true;
      c = decimal_tail();
      if (c == 0) return true;
    }
    if (c == '.') return fraction(nextc());
    if (c == 'e' || c == 'E') return exponent(c);
    if (c == 'j' || c == 'J') return imaginary();
    if (nonzero) {
      backup(c);
      return error_range(static_cast<int>(start + 1 - m_line_start),
                         static_cast<int>(zeros_end - m_line_start),
                         "leading zeros in decimal integer literals are not permitted; "
                         "use an 0o prefix for octal integers");
    }
    return !end_ok(c, "decimal");
  }
  // A decimal starting with 1-9.
  c = decimal_tail();
  if (c == 0) return true;
  if (c == '.') return fraction(nextc());
  if (c == 'e' || c == 'E') return exponent(c);
  if (c == 'j' || c == 'J') return imaginary();
  return !end_ok(c, "decimal");
}

}  // namespace

bool diagnose_number(const char* start, const char* line_start, const char* limit,
                     RawError& err) {
  Scan scan(start, line_start, limit, err);
  return scan.run();
}

}  // namespace hotpy::frontend
