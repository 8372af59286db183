// What the python command and an interactive prompt need from hotpy::Interpreter:
// running __main__ (thin wrappers over runtime.h), one interactive input at a time
// (after reloading what changed on disk when hotreload.autoreload is on), input()
// through the host's line editor, and Ctrl-C while the host waits.
#include <new>
#include <stdexcept>

#include "builtins/builtins.h"
#include "modules/hotreload.h"
#include "modules/io.h"
#include "modules/modules_state.h"
#include "parse/parse.h"
#include "runtime/internal.h"

namespace hotpy::api {

namespace {

// sys.argv as strings (what runpy sees; a program may have changed it).
std::vector<std::string> sys_argv_strings() {
  std::vector<std::string> out;
  Value argv = sys_get(intern("argv"));
  if (argv.is_null()) clear_error();
  else if (is_list(argv))
    for (const Value& item : argv.as<ItemsObject>()->m_items)
      out.push_back(is_str(item) ? as_str(item)->m_data : "");
  return out;
}

// Shows MemoryError for an input too big to hold or compile; what an input runs is
// guarded statement by statement (eval/stmt.cpp).
void show_memory_error() {
  raise_memory_error();
  display_uncaught(fetch_error());
}

// hotreload.autoreload(True) or -X autoreload. Read without making the reload
// bookkeeping, so that a prompt without it costs one test per input.
bool autoreload_on() {
  const HotReloadState* hot = modules_state().hot;
  return hot && hot->autoreload;
}

// Autoreload's step before an input: hotreload.poll() with hotreload.defaults'
// options, each report's summary written on sys.stdout as soon as its reload is done
// (so a later failure does not hide it). Returns false with the error raised (the
// failed reload left the last good code; the modules after it wait for the next input).
bool reload_changed_modules() {
  bool ok = hot_poll_each(hot_state().defaults, [](const Value& report) {
    ReloadReportData data;
    if (!report_data(report, &data)) return false;
    Value out = sys_get(intern("stdout"));
    if (out.is_null() || out.is_none()) return true;  // print() would write nothing either
    Value line = new_str(report_summary(data) + "\n");
    return !call_method(out, intern("write"), &line, 1).is_null();
  });
  flush_std_streams();
  return ok;
}

// The prompt's end of an input that raised: the exit status a SystemExit asks for, or
// -1 after showing the exception as uncaught.
int show_uncaught_input_error() {
  Value exc = fetch_error();
  if (exc.type()->is_subtype(&SystemExitType)) return exit_status_of(exc);
  display_uncaught(exc);
  return -1;
}

}  // namespace

const char* version() { return kVersion; }
const char* sys_version() { return kSysVersion; }
size_t recommended_stack_size() { return kMainStackSize; }

int Interpreter::run_main_file(std::string_view path, bool skip_first_line) {
  Scope scope(m_state);
  return hotpy::run_main_file(std::string(path), sys_argv_strings(), skip_first_line);
}

int Interpreter::run_main_module(std::string_view name) {
  Scope scope(m_state);
  return hotpy::run_main_module(std::string(name), sys_argv_strings());
}

int Interpreter::run_main_source(std::string_view source, std::string_view filename) {
  Scope scope(m_state);
  return hotpy::run_main_source(std::string(source), std::string(filename), sys_argv_strings(), "");
}

int Interpreter::run_startup_file(std::string_view path) {
  Scope scope(m_state);
  return hotpy::run_startup_file(std::string(path));
}

Interpreter::InputStatus Interpreter::check_input(std::string_view source) {
  Scope scope(m_state);
  try {
    ParseResult parsed = parse(std::string(source), "<stdin>", ast::Mode::Interactive);
    if (parsed.incomplete) return InputStatus::Incomplete;
    return parsed.error ? InputStatus::Invalid : InputStatus::Complete;
  } catch (const std::bad_alloc&) {
    return InputStatus::Invalid;  // run_input reports it
  } catch (const std::length_error&) {
    return InputStatus::Invalid;
  }
}

int Interpreter::run_input(std::string_view source) {
  Scope scope(m_state);
  try {
    // A failed auto-reload is shown as the prompt shows an error; the input still runs.
    if (autoreload_on() && !reload_changed_modules()) {
      int status = show_uncaught_input_error();
      if (status >= 0) return status;
    }
    auto unit = compile_source(std::string(source), "<stdin>", ast::Mode::Interactive, true);
    if (unit && !run_unit(unit, main_globals()).is_null()) {
      flush_std_streams();
      return -1;
    }
  } catch (const std::bad_alloc&) {
    show_memory_error();
    return -1;
  } catch (const std::length_error&) {
    show_memory_error();
    return -1;
  }
  return show_uncaught_input_error();
}

void Interpreter::show_exception(const Object& exception) {
  Scope scope(m_state);
  display_uncaught(value_of(exception));
}

void Interpreter::flush_output() {
  Scope scope(m_state);
  end_print_statements();
  flush_std_streams();
}

void Interpreter::set_input(InputReader reader) { m_state->terminal_input = reader; }

bool Interpreter::take_interrupt() { return m_state->pending_interrupt.fetch_and(~(kInterruptOnce | kInterruptUntilCleared)) &
         (kInterruptOnce | kInterruptUntilCleared); }

}  // namespace hotpy::api
