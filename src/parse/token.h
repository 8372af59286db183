// What flows between the lexer, the token filter and the parser: tokens with
// positions, and errors with CPython's wording and position.
#pragma once
#include <string>
#include <string_view>

#include "ast/ast.h"

namespace hotpy::frontend {

// One token. `kind` is a Bison token kind (Parser::token::TOK_*); `loc` uses the
// AST's convention (1-based lines, 0-based byte columns, end one past the last
// byte). NEWLINE sits on its '\n' with zero width; INDENT and DEDENT sit at the
// first character of their line, their column being the indentation width.
struct Token {
  int kind = 0;
  ast::Loc loc;
  std::string_view text;  // the spelling in the source buffer (empty for synthetic tokens)
};

// A syntax error before it becomes a SyntaxErrorInfo. Columns here are CPython's
// 1-based `offset`s counted in BYTES of the line; finish_error() converts them to
// characters. A column of 0 means "unknown" (CPython's -1 or 0).
struct RawError {
  std::string type = "SyntaxError";  // or IndentationError, TabError
  std::string msg;
  int line = 0, col = 0, end_line = 0, end_col = 0;
  // Set when the error comes from the tokenizer in CPython with an exception
  // (strings, numbers, brackets, bad characters): such an error found while
  // scanning the rest of the file replaces a parser error (CPython's
  // _PyPegen_tokenize_full_source_to_check_for_errors).
  bool tokenizer = false;
  // Placed by a grammar action on the construct it rejects, never "at the end of
  // the input" even when the input's end was what completed the construct.
  bool known_location = false;
  // The line text to show, when it is not the source line `line` (f-string
  // expressions are reported against their "(expr)" text, as CPython 3.11 does).
  std::string text_override;
  bool has_text_override = false;
  // The lexer stopped at the end of the input inside an unfinished construct
  // (bracket, triple-quoted string, backslash continuation): the REPL asks for
  // more input instead of reporting it.
  bool at_eof = false;
  bool never_closed = false;  // "'(' was never closed"
  // The line of the furthest token the parser read to find this error; a
  // bracket left open before that line is reported instead (see scan_rest).
  int read_line = 0;
};

}  // namespace hotpy::frontend
