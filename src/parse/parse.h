// The front end's entry point: source text in, an AST Unit or a syntax error out.
// Pure C++: nothing here touches the object runtime, so the driver decides how a
// SyntaxErrorInfo becomes a Python SyntaxError.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "ast/ast.h"

namespace hotpy {

// Everything CPython puts in a SyntaxError, ready to print as
//     File "x.py", line 3
//       if x = 1:
//            ^
//   SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string msg;                   // CPython 3.11's message text
  std::string filename;
  int line = 0;        // 1-based
  int col = 0;         // 1-based column of the caret, in characters, as CPython's offset
  int end_line = 0;    // 0 when unknown
  int end_col = 0;     // 1-based, one past the last marked column; 0 when unknown
  std::string text;    // the offending source line, without its newline
};

struct ParseResult {
  std::unique_ptr<ast::Unit> unit;        // set on success
  std::optional<SyntaxErrorInfo> error;   // set on failure
  // The input ended inside an unfinished construct (open bracket, triple-quoted
  // string, a compound statement whose block has not ended, a trailing backslash):
  // the REPL reads another line instead of reporting the error.
  bool incomplete = false;
};

// Lexes and parses `source` (UTF-8) named `filename` in the given mode.
ParseResult parse(std::string source, std::string filename, ast::Mode mode);

}  // namespace hotpy
