// The raw lexer: Python 3 tokens out of UTF-8 text, scanned by the re2c
// automaton in grammar/lexer.re.
//
// It knows nothing of indentation or brackets: every '\n' outside a string is a
// NEWLINE, and indent() measures the whitespace at the start of a line when the
// token filter asks. Comments, blank space and backslash continuations are
// skipped here. All state lives in the object (no globals), so the parser can
// run nested lexers: one per f-string expression, one per imported module.
#pragma once
#include <cstdint>
#include <string_view>

#include "parse/token.h"

namespace hotpy::frontend {

// The indentation of one line, measured as CPython's tokenizer does.
struct LineIndent {
  int col = 0;          // width, tabs advancing to the next multiple of 8
  int altcol = 0;       // width, tabs counting 1 (to detect inconsistent tabs)
  int width = 0;        // number of whitespace bytes
  bool blank = false;   // only whitespace and maybe a comment: no tokens on this line
  bool empty = false;   // the line is totally empty (ends an interactive block)
  bool eof = false;     // nothing but whitespace up to the end of the input
};

class Lexer {
 public:
  // [text] must be followed by a NUL byte (text.data()[text.size()] == 0), as a
  // std::string's buffer is. Tokens on the first line get [first_col] added to
  // their columns; lines are counted from [first_line].
  explicit Lexer(std::string_view text, int first_line = 1, int first_col = 0);

  // The next raw token. On a lexical error returns TOK_YYerror and error() says
  // what went wrong; at the end of the input returns TOK_END.
  Token next();

  // Skips the whitespace at the start of a line and measures it. Call only at the
  // start of a line (the filter calls it after a NEWLINE outside brackets).
  LineIndent indent();

  const RawError& error() const { return m_error; }
  int line() const { return m_line; }
  // The current scanning position, for the filter's look at what follows.
  const char* cursor() const { return reinterpret_cast<const char*>(m_cur); }
  const char* limit() const { return reinterpret_cast<const char*>(m_lim); }

 private:
  using Ptr = const unsigned char*;

  Token scan();  // the re2c automaton (grammar/lexer.re)
  Token emit(int kind);
  Token emit_newline();
  Token emit_end();
  void continuation();
  Token bad_continuation();
  Token emit_string();
  Token emit_number(const char* kind_word);
  Token emit_name();
  Token fail(RawError err);
  Token fail_at(const char* msg, Ptr at, bool tokenizer);
  Token unterminated_string(bool triple);
  Token bad_byte_in_string(bool triple);
  Token bad_character(Ptr at);
  void advance_lines(Ptr from, Ptr to);  // counts the newlines inside a token
  int col_of(Ptr p) const {
    return static_cast<int>(p - m_line_start) + (m_line == m_first_line ? m_first_col : 0);
  }

  Ptr m_cur;         // re2c YYCURSOR
  Ptr m_lim;         // re2c YYLIMIT: the NUL sentinel after the text
  Ptr m_mark = nullptr;  // re2c YYMARKER
  Ptr m_tok;         // start of the token being scanned
  Ptr m_begin;       // start of the text
  Ptr m_line_start;  // start of the current line
  Ptr m_prev_line_start;  // start of the line before it (where END is reported)
  int m_line;        // current line, 1-based
  int m_first_line;
  int m_first_col;
  int m_tok_line = 0, m_tok_col = 0;  // where the current token starts
  int m_cond = 0;    // re2c condition: inside which kind of string literal
  // The previous token was a backslash continuation: end of input here is
  // "unexpected EOF while parsing".
  bool m_after_continuation = false;
  int m_continuation_line = 0;
  int m_continuation_col = 0;  // column of the '\n' after that backslash
  RawError m_error;
};

// Keywords: the Bison token kind of a reserved word, or 0.
int keyword_kind(std::string_view word);

// UTF-8 helpers shared by the lexer and the string decoder.
// Decodes one code point at [p] (p < end); returns its length in bytes, or 0 if
// the bytes are not valid UTF-8.
int utf8_decode(const char* p, const char* end, uint32_t* cp);
void utf8_append(std::string& out, uint32_t cp);
// Identifier characters beyond ASCII (XID_Start / XID_Continue, approximated by
// blocks: letters and marks of the scripts in use, not punctuation or symbols).
bool is_id_start(uint32_t cp);
bool is_id_continue(uint32_t cp);

// The exact CPython tokenizer diagnosis of a malformed number that starts at
// [start] on a line beginning at [line_start]. Returns true and fills [err]'s
// message and columns (1-based byte offsets in the line) when it is malformed.
bool diagnose_number(const char* start, const char* line_start, const char* limit,
                     RawError& err);

}  // namespace hotpy::frontend
