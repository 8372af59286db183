// libFuzzer harness for the front end: bytes -> lex/parse -> resolve, in each of the
// three modes (a module, one REPL input, an eval() expression), as compile() does.
// Nothing runs; a syntax error is an ordinary outcome (printed, to /dev/null). See tests/fuzz/README.md.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"

using namespace hotpy;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::start_runtime();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string source(reinterpret_cast<const char*>(data), size);
  for (ast::Mode mode : {ast::Mode::File, ast::Mode::Interactive, ast::Mode::Eval}) {
    // The unit (and the constants it made) is dropped at once; a failure leaves
    // SyntaxError (or MemoryError, ValueError for a bad literal) pending.
    auto unit = compile_source(source, "<fuzz>", mode);
    if (!unit && !error_pending()) {
      fprintf(stderr, "fuzz: compile_source failed without an exception\n");
      abort();
    }
    // Printing a SyntaxError places its caret by the reported columns in the line's
    // text: worth running on every error (the output goes to /dev/null).
    if (!unit) print_exception(fetch_error());
    clear_error();
  }
  fuzz::reset_runtime();
  return 0;
}
