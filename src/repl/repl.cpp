// The REPL (DESIGN.md, "Compatibility rules"): `>>> ` and `... ` prompts,
// completeness decided by codeop's rules (Interpreter::check_input), echo through
// sys.displayhook, tracebacks for "<stdin>", Ctrl-C and Ctrl-D as in CPython. A client
// of the public API, as any host's prompt could be.
#include "repl.h"

#include <unistd.h>

#include <cstdio>
#include <new>
#include <stdexcept>
#include <string>

#include "completion.h"
#include "line_reader.h"

namespace hotpy {

namespace {

// Shows a new instance of the builtin exception `name` as one nothing caught.
void show_builtin_exception(Interpreter& py, const char* name) {
  try {
    py.show_exception(py.import("builtins").attr(name)());
  } catch (const Error&) {
    // The program replaced or broke the class: nothing to show it with.
  }
}

// The prompt is str(sys.ps1) or str(sys.ps2), read each time (a program may change
// them); none when it is missing or its str() fails, as in CPython.
std::string prompt_text(const Object& sys, const char* name) {
  try {
    return sys.attr(name).str();
  } catch (const Error&) {
    return "";
  }
}

}  // namespace

int run_repl(Interpreter& py, bool quiet, bool no_site) {
  if (!quiet) {
    fprintf(stderr, "hotpy %s (Python 3.11 compatible) on linux\n", version());
    // -S leaves out the site module, and with it the names this line promises.
    if (!no_site) fputs("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", stderr);
  }
  line_reader_open(py, [&py](const std::string& word) { return python_completions(py, word); });
  int status = 0;
  {
    Object sys = py.sys_module();
    if (!sys.has_attr("ps1")) sys.set_attr("ps1", Object(">>> "));
    if (!sys.has_attr("ps2")) sys.set_attr("ps2", Object("... "));
    std::string buffer;
    for (;;) {
      std::string line;
      std::string prompt = prompt_text(sys, buffer.empty() ? "ps1" : "ps2");
      ReadResult r = read_line(prompt.c_str(), &line);
      if (r == ReadResult::Interrupted) {
        buffer.clear();
        show_builtin_exception(py, "KeyboardInterrupt");
        continue;
      }
      if (r == ReadResult::Eof) {
        FILE* prompts = isatty(0) ? stdout : stderr;  // where the prompt went
        fputs("\n", prompts);
        fflush(prompts);
        // End of input at "... " ends the statement (CPython 3.11): it runs, or its
        // error is reported, and the prompt comes back (a pipe then ends at once).
        if (buffer.empty()) break;
      } else {
        try {
          buffer += line + "\n";
        } catch (const std::bad_alloc&) {  // a line too big to hold
          buffer = std::string();
          show_builtin_exception(py, "MemoryError");
          continue;
        } catch (const std::length_error&) {
          buffer = std::string();
          show_builtin_exception(py, "MemoryError");
          continue;
        }
        if (py.check_input(buffer) == Interpreter::InputStatus::Incomplete) continue;
      }
      std::string source = std::move(buffer);
      buffer.clear();
      int exit_status = py.run_input(source);
      if (exit_status >= 0) {
        status = exit_status;
        break;
      }
    }
  }
  line_reader_close();
  py.flush_output();
  return status;
}

}  // namespace hotpy
