// Start-up and running the __main__ module: what the command line (and later the
// REPL and embedding hosts) share.
#pragma once
#include <cstddef>
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "eval/config.h"
#include "objects/dict.h"

namespace hotpy {

constexpr const char* kVersion = "0.1.0";
// The interpreter thread's stack: room for sys.setrecursionlimit(100000) in every
// common shape of recursion (about 1 KB a level in a release build; AddressSanitizer's
// frames take up to six times that). Only address space: pages are used as touched.
#ifdef HOTPY_ASAN  // objects/value.h
#define HOTPY_STACK_SCALE 8
#endif
#ifndef HOTPY_STACK_SCALE
#define HOTPY_STACK_SCALE 1
#endif
constexpr size_t kMainStackSize = (size_t(512) << 20) * HOTPY_STACK_SCALE;
// Stack kept free below the recursion check for raising the error and unwinding.
constexpr size_t kStackHeadroom = (size_t(256) << 10) * HOTPY_STACK_SCALE;

// The runtime stage's part of an interpreter (InterpreterState::host).
struct HostState {
  Value main;  // the __main__ module, made on first use
  // Where sys.stdout and sys.stderr go when a host captures them (Interpreter::set_output).
  std::function<void(std::string_view text, bool is_stderr)> output;
  // False once the interpreter has ended: what the embedding API's Objects check.
  std::shared_ptr<std::atomic<bool>> alive = std::make_shared<std::atomic<bool>>(true);
};

// Makes an interpreter: its own builtins, sys (sys.argv = argv; sys.path = path0
// unless config.safe_path, config.extra_path, hotpy's stdlib), sys.modules. The
// builtin types are readied by the first one. The running interpreter (ts) is the
// same after as before.
InterpreterState* new_interpreter(const RuntimeConfig& config, const std::vector<std::string>& argv,
                                  const std::string& path0);
// Ends an interpreter as CPython's finalization does: flushes the standard streams,
// then empties every module's namespace (most objects a program made are reachable
// only from there), sys.modules, every class's namespace (the cycles through methods),
// builtins last; then frees what the interpreter itself holds and `state`. Python
// code must not run afterwards.
void finalize_interpreter(InterpreterState* state);
// Makes `state` the interpreter running on this thread (null: none) and returns the
// one that was.
InterpreterState* enter_interpreter(InterpreterState* state);
// Ctrl-C (SIGINT) interrupts `state` from now on (Interpreter::interrupt); the handler
// is installed on the first call. Stopping is for the interpreter that was the target.
void interrupt_on_sigint(InterpreterState* state);
void stop_interrupting_on_sigint(InterpreterState* state);
// The unit tests' interpreter: made by the first call, from startup_config, and made
// the running one on this thread. Does nothing when an interpreter runs already (the
// run_main functions below call it for the tests; a host's is running then).
void init_runtime(const std::vector<std::string>& argv, const std::string& path0);
// Finalizes the init_runtime interpreter (finalize_interpreter). Idempotent; also
// registered with atexit by init_runtime, so every client (the CLI, the REPL, a test
// binary) ends clean.
void finalize_runtime();
// Runs `source` as the __main__ module; returns the process exit status.
int run_main_source(const std::string& source, const std::string& filename, const std::vector<std::string>& argv,
                    const std::string& path0);
// Runs a script file as __main__ (its folder first on sys.path, unless -P); with
// skip_first_line (-x) its first line is left out, line numbers staying as in the file.
// A folder runs its __main__.py (main_module.cpp).
int run_main_file(const std::string& path, const std::vector<std::string>& argv, bool skip_first_line = false);
// `hotpy -m name`: runs the module found on sys.path (a package's __main__.py) as __main__,
// as CPython's runpy does (main_module.cpp).
int run_main_module(const std::string& name, const std::vector<std::string>& argv);
// A folder given as the script: its __main__.py runs, the folder first on sys.path.
int run_main_folder(const std::string& path, const std::vector<std::string>& argv);
// PYTHONSTARTUP: runs the file in __main__'s namespace; an error is printed, not fatal.
// Returns -1, or the exit status a SystemExit in it asks for.
int run_startup_file(const std::string& path);
// The path joined to the current folder when relative, not normalised: how CPython shows
// the script in "can't open file" and "can't find '__main__'" (its _Py_abspath).
std::string joined_to_cwd(const std::string& path);
// "<sys.executable>: message" on stderr, as CPython reports a failed -m or folder; status 1.
int main_module_error(const std::string& message);
// The __main__ module's namespace (made on first use): the REPL runs in it.
DictObject* main_globals();
// The __main__ module itself (made on first use).
Value main_module();
// Shows an exception nothing caught, as CPython's PyErr_PrintEx: sys.last_type,
// last_value and last_traceback keep it, then sys.excepthook(type, value, traceback)
// shows it (a hook that fails is reported, then the exception the built-in way).
void display_uncaught(const Value& exc);
// The exit status an uncaught SystemExit asks for (printing a non-integer code).
int exit_status_of(const Value& exc);
// Reports an exception that ended the program (a traceback on stderr, or SystemExit's
// code) and returns the exit status.
int handle_uncaught(const Value& exc);

}  // namespace hotpy
