// The front end as one call: source text to a resolved Unit, or the SyntaxError
// CPython's compiler raises for it.
#pragma once
#include <memory>
#include <string>

#include "ast/ast.h"

namespace hotpy {

// Lexes, parses and resolves `source`; on failure raises SyntaxError (or
// IndentationError/TabError) and returns null. `read_from_file`: the source is
// what CPython reads with its file tokenizer (a script run as __main__, the REPL's
// input), not a string (compile(), -c, import), which changes some error columns.
std::shared_ptr<ast::Unit> compile_source(std::string source, const std::string& filename,
                                          ast::Mode mode, bool read_from_file = false);

// Lexes and parses `source` without resolving it (ast.parse: no scope checks, no
// literal objects); on failure raises SyntaxError and returns null.
std::shared_ptr<ast::Unit> parse_source(std::string source, const std::string& filename, ast::Mode mode);

}  // namespace hotpy
