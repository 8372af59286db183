// The hotpy command: `hotpy [options] [-c cmd | -m mod | file | -] [args]`, as CPython's
// command line (DESIGN.md, "Compatibility rules"); options.cpp reads the options and
// the environment, this file runs the program on a thread with a large stack.
#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <new>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/options.h"
#include "runtime/runtime.h"
#include "eval/config.h"
#include "modules/sys.h"
#include "repl/line_reader.h"
#include "repl/repl.h"

namespace {

struct Job {
  hotpy::CommandLine cl;
  int status = 0;
};

void run_program(Job* job);

// The program's thread. Failed allocations inside Python code become MemoryError at the
// statement that made them (eval/stmt.cpp); one outside any statement (reading or
// compiling a source too big for memory) ends the run as CPython's does: "MemoryError"
// on stderr, status 1.
void* run_job(void* arg) {
  auto* job = static_cast<Job*>(arg);
  try {
    run_program(job);
  } catch (const std::bad_alloc&) {
    fputs("MemoryError\n", stderr);
    job->status = 1;
  } catch (const std::length_error&) {
    fputs("MemoryError\n", stderr);
    job->status = 1;
  }
  // On the interpreter's own (large) stack, before static destructors run.
  try {
    hotpy::finalize_runtime();
  } catch (const std::exception&) {
    // Out of memory while tearing down: the process ends anyway.
  }
  return nullptr;
}

void run_program(Job* job) {
  using namespace hotpy;
  const CommandLine& cl = job->cl;
  const RuntimeConfig& c = startup_config;
  use_line_editor_for_input();
  bool from_stdin = !cl.has_command && !cl.has_module && cl.script.empty();
  // CPython's stdin_is_interactive: -i makes piped input interactive too (prompts on stderr).
  bool repl_first = from_stdin && (isatty(0) || c.interactive);
  // -v shows CPython's start-up header (an interactive session shows the REPL's banner).
  if (c.verbose && !c.quiet && !repl_first) {
    fprintf(stderr, "Python %s on linux\n", kSysVersion);
    if (!c.no_site) fputs("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", stderr);
  }
  if (repl_first) {
    init_runtime(cl.argv, "");
    // PYTHONSTARTUP runs only when the session starts at a prompt, as in CPython.
    if (!cl.startup_file.empty() && (job->status = run_startup_file(cl.startup_file)) >= 0) return;
    job->status = run_repl(main_globals(), c.quiet);
    return;
  }
  if (cl.has_command) {
    job->status = run_main_source(cl.command, "<string>", cl.argv, "");
  } else if (cl.has_module) {
    job->status = run_main_module(cl.module, cl.argv);
  } else if (from_stdin) {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    job->status = run_main_source(ss.str(), "<stdin>", cl.argv, "");
  } else {
    job->status = run_main_file(cl.script, cl.argv, cl.skip_first_line);
  }
  // -i or PYTHONINSPECT: the REPL continues in the program's namespace, also after it
  // failed, and its end decides the exit status (CPython's pymain_repl).
  if (c.inspect) {
    init_runtime(cl.argv, "");
    job->status = run_repl(main_globals(), true);
  }
}

}  // namespace

int main(int argc, char** argv) {
  Job job;
  int status = hotpy::parse_command_line(argc, argv, job.cl);
  if (status >= 0) return status;
  // The tree walker recurses on the C stack; give it a large one so deep Python
  // recursion ends in RecursionError (the limit is checked), never a crash.
  // Only address space is reserved: pages are touched as the recursion reaches them.
  // Under a `ulimit -v` the stack takes at most a quarter of it (the heap needs the
  // rest), and a refused reservation is retried smaller; the stack check then raises
  // RecursionError earlier instead of the process crashing.
  size_t stack_size = hotpy::kMainStackSize;
  struct rlimit address_space;
  if (getrlimit(RLIMIT_AS, &address_space) == 0 && address_space.rlim_cur != RLIM_INFINITY)
    stack_size = std::min(stack_size, size_t(address_space.rlim_cur / 4));
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_t thread;
  bool started = false;
  for (size_t size = stack_size; !started && size >= (size_t(16) << 20); size /= 2) {
    pthread_attr_setstacksize(&attr, size);
    started = pthread_create(&thread, &attr, run_job, &job) == 0;
  }
  pthread_attr_destroy(&attr);
  if (!started) {
    run_job(&job);
  } else {
    // Ctrl-C must reach the interpreter's thread (to wake its poll() with EINTR).
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigint, nullptr);
    pthread_join(thread, nullptr);
  }
  return job.status;
}
