// The REPL (DESIGN.md, "Compatibility rules"): `>>> ` and `... ` prompts,
// completeness decided by the parser (ParseResult::incomplete), echo through
// sys.displayhook, tracebacks for "<stdin>", Ctrl-C and Ctrl-D as in CPython.
#include "repl/repl.h"

#include <cstdio>
#include <new>
#include <stdexcept>
#include <string>

#include "runtime/runtime.h"
#include "eval/config.h"
#include "eval/eval.h"
#include "modules/io.h"
#include "modules/sys.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "parse/parse.h"
#include "repl/completion.h"
#include "repl/line_reader.h"
#include "resolve/compile.h"
#include "resolve/resolver.h"

namespace hotpy {

// Raises what the front end reported (compile_source does the same for files).
static void report(const Value& exc) { display_uncaught(exc); }

// Runs one complete input; false when it raised SystemExit (status in *exit_status).
static bool run_input(const std::string& source, DictObject* globals, int* exit_status) {
  auto unit = compile_source(source, "<stdin>", ast::Mode::Interactive, true);
  if (unit && !run_unit(unit, globals).is_null()) {
    flush_std_streams();
    return true;
  }
  Value exc = fetch_error();
  if (exc.type()->is_subtype(&SystemExitType)) {
    *exit_status = exit_status_of(exc);
    return false;
  }
  report(exc);
  return true;
}

// The prompt is str(sys.ps1) or str(sys.ps2), read each time (a program may change
// them); none when it is missing or its str() fails, as in CPython.
static std::string prompt_text(DictObject* sys, const char* name) {
  Value v = dict_get_str(sys, intern(name));
  if (v.is_null()) return "";
  Value text = to_str(v);
  if (text.is_null()) {
    clear_error();
    return "";
  }
  return std::string(as_str(text)->view());
}

int run_repl(DictObject* globals, bool quiet) {
  if (!quiet) {
    fprintf(stderr, "hotpy %s (Python 3.11 compatible) on linux\n", kVersion);
    // -S leaves out the site module, and with it the names this line promises.
    if (!runtime_config.no_site)
      fputs("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", stderr);
  }
  line_reader_open([globals](const std::string& word) { return python_completions(word, globals); });
  DictObject* sys = sys_module().as<ModuleObject>()->m_dict;
  if (dict_get_str(sys, intern("ps1")).is_null()) dict_set_str(sys, intern("ps1"), new_str(">>> "));
  if (dict_get_str(sys, intern("ps2")).is_null()) dict_set_str(sys, intern("ps2"), new_str("... "));
  int status = 0;
  std::string buffer;
  for (;;) {
    std::string line;
    std::string prompt = prompt_text(sys, buffer.empty() ? "ps1" : "ps2");
    ReadResult r = read_line(prompt.c_str(), &line);
    if (r == ReadResult::Interrupted) {
      buffer.clear();
      report(new_exception(&KeyboardInterruptType, ""));
      continue;
    }
    try {
      if (r == ReadResult::Eof) {
        FILE* prompts = isatty(0) ? stdout : stderr;  // where the prompt went
        fputs("\n", prompts);
        fflush(prompts);
        // End of input at "... " ends the statement (CPython 3.11): it runs, or its
        // error is reported, and the prompt comes back (a pipe then ends at once).
        if (buffer.empty()) break;
        std::string source = std::move(buffer);
        buffer.clear();
        if (!run_input(source, globals, &status)) break;
        continue;
      }
      buffer += line + "\n";
      ParseResult parsed = parse(buffer, "<stdin>", ast::Mode::Interactive);
      if (parsed.incomplete) continue;
      std::string source = std::move(buffer);
      buffer.clear();
      if (!run_input(source, globals, &status)) break;
    } catch (const std::bad_alloc&) {
      // An input too big to hold or compile; what it runs is guarded per statement.
      buffer = std::string();
      raise_memory_error();
      report(fetch_error());
    } catch (const std::length_error&) {
      buffer = std::string();
      raise_memory_error();
      report(fetch_error());
    }
  }
  line_reader_close();
  end_print_statements();
  flush_std_streams();
  return status;
}

}  // namespace hotpy
