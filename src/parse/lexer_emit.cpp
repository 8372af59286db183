// The Lexer's emit path and the helpers around the re2c automaton in
// grammar/lexer.re: every token leaves through emit*(), which stamps its line and
// column; every lexical error leaves through fail().
#include <array>
#include <cstdio>
#include <cstring>
#include <vector>

#include "parse/keywords.h"
#include "parse/lexer.h"
#include "parser.hpp"

namespace hotpy::frontend {

using T = Parser::token;

// ---------------------------------------------------------------------------
// Emitting tokens

Token Lexer::emit(int kind) {
  m_after_continuation = false;
  Token t;
  t.kind = kind;
  t.loc = {m_tok_line, m_tok_col, m_line, col_of(m_cur)};
  t.text = std::string_view(reinterpret_cast<const char*>(m_tok), m_cur - m_tok);
  return t;
}

Token Lexer::emit_newline() {
  m_after_continuation = false;
  Token t;
  t.kind = T::TOK_NEWLINE;
  int col = col_of(m_cur - 1);
  t.loc = {m_line, col, m_line, col};
  t.text = std::string_view(reinterpret_cast<const char*>(m_cur - 1), 1);
  m_prev_line_start = m_line_start;
  m_line_start = m_cur;
  ++m_line;
  return t;
}

// END sits where CPython puts its ENDMARKER: at the end of the last line.
Token Lexer::emit_end() {
  if (m_after_continuation) {
    RawError e;
    e.msg = "unexpected EOF while parsing";
    e.line = m_continuation_line;
    e.col = m_continuation_col + 1;
    e.end_line = e.line;
    e.at_eof = true;
    return fail(std::move(e));
  }
  Token t;
  t.kind = T::TOK_END;
  if (m_cur > m_begin && m_cur[-1] == '\n' && m_line > m_first_line) {
    int line = m_line - 1;
    int col = static_cast<int>((m_cur - 1) - m_prev_line_start) +
              (line == m_first_line ? m_first_col : 0);
    t.loc = {line, col, line, col};
  } else {
    int col = col_of(m_cur);
    t.loc = {m_line, col, m_line, col};
  }
  return t;
}

void Lexer::continuation() {
  m_continuation_line = m_line;
  m_continuation_col = col_of(m_cur - 1);  // the '\n' after the backslash
  m_prev_line_start = m_line_start;
  m_line_start = m_cur;
  ++m_line;
  m_after_continuation = true;
}

Token Lexer::bad_continuation() {
  RawError e;
  if (m_cur >= m_lim) {
    e.msg = "unexpected EOF while parsing";
    e.col = col_of(m_cur) + 1;
    e.at_eof = true;
  } else {
    e.msg = "unexpected character after line continuation character";
    e.col = col_of(m_tok) + 2;
  }
  e.line = m_line;
  e.end_line = m_line;
  return fail(std::move(e));
}

void Lexer::advance_lines(Ptr from, Ptr to) {
  while (from < to) {
    auto nl = static_cast<Ptr>(std::memchr(from, '\n', to - from));
    if (!nl) break;
    m_prev_line_start = m_line_start;
    m_line_start = nl + 1;
    ++m_line;
    from = nl + 1;
  }
}

Token Lexer::emit_string() {
  advance_lines(m_tok, m_cur);
  return emit(T::TOK_STRING);
}

// A number is followed by an identifier character: CPython's
// verify_end_of_number() lets a keyword that can follow a number in valid code
// through ("1if x else 2"), and rejects anything else.
Token Lexer::emit_number(const char* kind_word) {
  auto rest = [&](const char* s) { return std::strncmp(reinterpret_cast<const char*>(m_cur + 1), s, std::strlen(s)) == 0; };
  unsigned char c = *m_cur;
  bool ident = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c >= 128;
  if (!ident || m_cur >= m_lim) return emit(T::TOK_NUMBER);
  bool keyword = (c == 'a' && rest("nd")) || (c == 'e' && rest("lse")) ||
                 (c == 'f' && rest("or")) || (c == 'o' && rest("r")) ||
                 (c == 'n' && rest("ot")) ||
                 (c == 'i' && (m_cur[1] == 'f' || m_cur[1] == 'n' || m_cur[1] == 's'));
  if (keyword) return emit(T::TOK_NUMBER);
  RawError e;
  e.tokenizer = true;
  e.line = m_tok_line;
  int bias = m_tok_line == m_first_line ? m_first_col : 0;
  if (diagnose_number(reinterpret_cast<const char*>(m_tok),
                      reinterpret_cast<const char*>(m_line_start),
                      reinterpret_cast<const char*>(m_lim), e)) {
    if (e.col > 0) e.col += bias;
    if (e.end_col > 0) e.end_col += bias;
  } else {
    e.msg = std::string("invalid ") + kind_word + " literal";
    e.col = e.end_col = col_of(m_cur);
  }
  e.end_line = e.line;
  return fail(std::move(e));
}

Token Lexer::emit_name() {
  Ptr p = m_tok;
  while (p < m_cur && *p < 0x80) ++p;
  if (p == m_cur) {
    std::string_view word(reinterpret_cast<const char*>(m_tok), m_cur - m_tok);
    int kw = keyword_kind(word);
    return emit(kw ? kw : T::TOK_NAME);
  }
  // Beyond ASCII: every code point must be an identifier character.
  const char* end = reinterpret_cast<const char*>(m_cur);
  for (const char* q = reinterpret_cast<const char*>(m_tok); q < end;) {
    uint32_t cp;
    int n = utf8_decode(q, end, &cp);
    if (n == 0) return bad_character(reinterpret_cast<Ptr>(q));
    bool first = q == reinterpret_cast<const char*>(m_tok);
    bool ok = cp < 0x80 ? true : (first ? is_id_start(cp) : is_id_continue(cp));
    if (!ok) return bad_character(reinterpret_cast<Ptr>(q));
    q += n;
  }
  return emit(T::TOK_NAME);
}

// ---------------------------------------------------------------------------
// Errors

Token Lexer::fail(RawError err) {
  m_error = std::move(err);
  Token t;
  t.kind = T::TOK_YYerror;
  t.loc = {m_error.line, m_error.col > 0 ? m_error.col - 1 : 0, m_error.line,
           m_error.col > 0 ? m_error.col - 1 : 0};
  return t;
}

Token Lexer::unterminated_string(bool triple) {
  int detected;
  if (triple) {
    advance_lines(m_tok, m_lim);
    detected = m_line;
    if (m_lim > m_begin && m_lim[-1] == '\n' && detected > m_tok_line) --detected;
  } else {
    Ptr end = m_cur;
    if (end > m_tok && end[-1] == '\n') --end;
    advance_lines(m_tok, end);
    detected = m_line;
  }
  RawError e;
  e.msg = std::string(triple ? "unterminated triple-quoted string literal"
                             : "unterminated string literal") +
          " (detected at line " + std::to_string(detected) + ")";
  e.line = e.end_line = m_tok_line;
  e.col = e.end_col = m_tok_col + 1;
  e.tokenizer = true;
  e.at_eof = triple;
  return fail(std::move(e));
}

// The `*` rule inside a string: a backslash right before the end of the input,
// or a NUL byte in the middle of it.
Token Lexer::bad_byte_in_string(bool triple) {
  if (m_cur[-1] == 0 && m_cur <= m_lim) {
    RawError e;
    e.msg = "source code cannot contain null bytes";
    e.line = e.end_line = m_line;
    e.col = e.end_col = col_of(m_cur - 1) + 1;
    e.tokenizer = true;
    return fail(std::move(e));
  }
  return unterminated_string(triple);
}

Token Lexer::bad_character(Ptr at) {
  const char* p = reinterpret_cast<const char*>(at);
  uint32_t cp = *at;
  int n = 1;
  if (cp >= 0x80) {
    n = utf8_decode(p, reinterpret_cast<const char*>(m_lim), &cp);
    if (n == 0) cp = *at, n = 1;
  }
  RawError e;
  e.tokenizer = true;
  char hex[16];
  std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
  if (cp == 0) {
    e.msg = "source code cannot contain null bytes";
  } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0xa0) || cp == 0xad ||
             (cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) ||
             (cp >= 0x205f && cp <= 0x206f) || cp == 0x3000 || cp == 0xfeff) {
    e.msg = std::string("invalid non-printable character U+") + hex;
  } else {
    e.msg = "invalid character '" + std::string(p, n) + "' (U+" + hex + ")";
  }
  // Position the caret on the character, on its own line (it may sit inside a
  // name that started earlier on the same line).
  e.line = e.end_line = m_tok_line;
  e.col = e.end_col = col_of(at) + 1;
  return fail(std::move(e));
}

// ---------------------------------------------------------------------------
// Indentation

LineIndent Lexer::indent() {
  LineIndent r;
  Ptr p = m_cur;
  for (;; ++p) {
    if (*p == ' ') {
      ++r.col;
      ++r.altcol;
    } else if (*p == '\t') {
      r.col = (r.col / 8 + 1) * 8;
      ++r.altcol;
    } else if (*p == '\f') {
      r.col = r.altcol = 0;
    } else {
      break;
    }
  }
  r.width = static_cast<int>(p - m_cur);
  r.eof = p >= m_lim;
  r.blank = r.eof || *p == '#' || *p == '\n';
  r.empty = *p == '\n' && p == m_cur;
  m_cur = p;
  return r;
}

// ---------------------------------------------------------------------------
// Keywords

namespace {
struct KeywordEntry {
  std::string_view word;
  int kind;
};
constexpr KeywordEntry kKeywords[] = {
#define HOTPY_KW_ENTRY(tok, spelling) {spelling, T::TOK_##tok},
    HOTPY_KEYWORDS(HOTPY_KW_ENTRY)
#undef HOTPY_KW_ENTRY
};
}  // namespace

int keyword_kind(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return 0;
  // Bucketed by first letter: most names are rejected by an empty bucket.
  static const auto buckets = [] {
    std::array<std::vector<KeywordEntry>, 128> b;
    for (const auto& k : kKeywords) b[static_cast<unsigned char>(k.word[0])].push_back(k);
    return b;
  }();
  auto c = static_cast<unsigned char>(word[0]);
  if (c >= 128) return 0;
  for (const auto& k : buckets[c])
    if (k.word == word) return k.kind;
  return 0;
}

// ---------------------------------------------------------------------------
// UTF-8

int utf8_decode(const char* p, const char* end, uint32_t* cp) {
  auto b = [&](int i) { return static_cast<unsigned char>(p[i]); };
  unsigned char c = b(0);
  int n;
  uint32_t v;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if (c >= 0xc2 && c <= 0xdf) {
    n = 2, v = c & 0x1f;
  } else if (c >= 0xe0 && c <= 0xef) {
    n = 3, v = c & 0x0f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4, v = c & 0x07;
  } else {
    return 0;
  }
  if (end - p < n) return 0;
  for (int i = 1; i < n; ++i) {
    if ((b(i) & 0xc0) != 0x80) return 0;
    v = (v << 6) | (b(i) & 0x3f);
  }
  if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10ffff))) return 0;
  if (v >= 0xd800 && v <= 0xdfff) return 0;
  *cp = v;
  return n;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xc0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    // Lone surrogates ("\ud800") are kept as their 3-byte form, as CPython's
    // surrogatepass would write them.
    out += static_cast<char>(0xe0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

// Identifier characters beyond ASCII. A table of the Unicode database's
// XID_Start would be exact; these blocks cover the letters of the scripts in
// use and leave out punctuation, symbols, spaces and emoji, which is what the
// error messages need. FIXME: NFKC normalization of identifiers (PEP 3131).
bool is_id_start(uint32_t cp) {
  struct Range { uint32_t lo, hi; };
  static constexpr Range kLetters[] = {
      {0xaa, 0xaa},       {0xb5, 0xb5},       {0xba, 0xba},       {0xc0, 0xd6},
      {0xd8, 0xf6},       {0xf8, 0x2c1},      {0x2c6, 0x2d1},     {0x2e0, 0x2e4},
      {0x370, 0x374},     {0x376, 0x37d},     {0x37f, 0x386},     {0x388, 0x3ff},
      {0x400, 0x481},     {0x48a, 0x52f},     {0x531, 0x556},     {0x560, 0x588},
      {0x5d0, 0x5f2},     {0x620, 0x64a},     {0x671, 0x6d3},     {0x900, 0x963},
      {0x971, 0xdff},     {0xe01, 0xe30},     {0xe40, 0xe46},     {0x10a0, 0x10ff},
      {0x1100, 0x11ff},   {0x1e00, 0x1fbc},   {0x1fc2, 0x1ffc},   {0x2071, 0x2071},
      {0x207f, 0x207f},   {0x2090, 0x209c},   {0x2102, 0x2102},   {0x210a, 0x2113},
      {0x2115, 0x2115},   {0x2119, 0x211d},   {0x2124, 0x2124},   {0x212a, 0x212d},
      {0x212f, 0x2139},   {0x2c00, 0x2ce4},   {0x2d00, 0x2d25},   {0x3005, 0x3007},
      {0x3041, 0x3096},   {0x309d, 0x309f},   {0x30a1, 0x30fa},   {0x30fc, 0x30ff},
      {0x3105, 0x312f},   {0x3131, 0x318e},   {0x3400, 0x4dbf},   {0x4e00, 0x9fff},
      {0xa000, 0xa48c},   {0xa640, 0xa66e},   {0xac00, 0xd7a3},   {0xf900, 0xfaff},
      {0xfb00, 0xfb06},   {0xff21, 0xff3a},   {0xff41, 0xff5a},   {0xff66, 0xffdc},
      {0x10000, 0x1d3ff}, {0x1d400, 0x1d7cb}, {0x1e800, 0x1efff}, {0x20000, 0x3134f},
  };
  for (const auto& r : kLetters)
    if (cp >= r.lo && cp <= r.hi) return true;
  return false;
}

bool is_id_continue(uint32_t cp) {
  if (is_id_start(cp)) return true;
  struct Range { uint32_t lo, hi; };
  static constexpr Range kMore[] = {
      {0xb7, 0xb7},     {0x300, 0x36f},   {0x387, 0x387},   {0x483, 0x487},
      {0x591, 0x5c7},   {0x610, 0x61a},   {0x64b, 0x669},   {0x6d4, 0x6ff},
      {0x964, 0x970},   {0xe31, 0xe3a},   {0xe47, 0xe5b},   {0x203f, 0x2040},
      {0x2054, 0x2054}, {0xfe00, 0xfe0f}, {0xfe20, 0xfe2f}, {0xfe33, 0xfe34},
      {0xfe4d, 0xfe4f}, {0xff10, 0xff19}, {0xff3f, 0xff3f}, {0x1d7ce, 0x1d7ff},
      {0xe0100, 0xe01ef},
  };
  for (const auto& r : kMore)
    if (cp >= r.lo && cp <= r.hi) return true;
  return false;
}

}  // namespace hotpy::frontend
