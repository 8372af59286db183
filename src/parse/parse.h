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
                       // (0 when CPython reports none)
  int end_line = 0;    // 0 when unknown
  int end_col = 0;     // 1-based, one past the last marked column; 0 when unknown
  std::string text;    // the offending source line, without its newline
  // The parser met the error at the tokens the end of the input makes (the
  // DEDENTs closing open blocks, the end itself). CPython's tokenizer reading a
  // file (a script, the REPL) has no column there: offset 0, so no caret.
  bool at_input_end = false;
  // CPython's SyntaxError.text keeps the line's newline, except for the errors its
  // tokenizer raises itself (strings, numbers, characters, unmatched brackets) and
  // errors that run over several lines.
  bool text_keeps_newline = false;
  // SyntaxError.text is None: CPython's compiler (not its parser) reads the line back
  // from the file, and a source that is no file ("<string>", "<stdin>") has none.
  bool text_unavailable = false;
  // CPython's compiler had unset its location (an "artificial" instruction): line -1,
  // offset 0, end -1 and 0, no text.
  bool artificial = false;
};

struct ParseResult {
  std::unique_ptr<ast::Unit> unit;        // set on success
  std::optional<SyntaxErrorInfo> error;   // set on failure
  // The input ended inside an unfinished construct (open bracket, triple-quoted
  // string, a compound statement whose block has not ended, a trailing backslash):
  // the REPL reads another line instead of reporting the error.
  //
  // Mode::Interactive only. The REPL passes every line typed so far, each ending
  // in '\n'. As at CPython's prompt, a compound statement ends with a totally
  // empty line ("if x:\n  y\n" is incomplete, "if x:\n  y\n\n" is not); a
  // whitespace-only line does not end it. When this is set, `unit` or `error`
  // may be set too: ignore them and read more.
  bool incomplete = false;
};

// Lexes and parses `source` named `filename` in the given mode. The source is
// UTF-8 (a BOM is skipped; a PEP 263 latin-1 or cp1252 declaration is honoured),
// with any of "\n", "\r\n" or "\r" ending lines. The Unit keeps the source.
// Mode::Eval parses one expression list into body = [ExprStmt]; like
// compile(..., 'eval') it rejects leading indentation, so eval() strips leading
// spaces and tabs first, as CPython's builtin does.
ParseResult parse(std::string source, std::string filename, ast::Mode mode);

// A source's bytes as the UTF-8 text the lexer reads: a PEP 263 latin-1 or cp1252
// declaration is transcoded, anything else left as it is (parse() does this first; the
// traceback printer reads lines back from files with it, as CPython's linecache decodes).
void transcode_declared_encoding(std::string& source);

}  // namespace hotpy
