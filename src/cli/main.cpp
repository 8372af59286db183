// The hotpy command: `hotpy [options] [-c cmd | -m mod | file | -] [args]`, as CPython's
// command line (DESIGN.md, "Compatibility rules"); options.cpp reads the options and
// the environment, this file runs the program on a thread with a large stack.
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <new>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>

#include "options.h"
#include "line_reader.h"
#include "repl.h"

namespace {

struct Job {
  hotpy::CommandLine cl;
  int status = 0;
};

void run_program(std::optional<hotpy::Interpreter>& py, Job* job);

// The program's thread. Failed allocations inside Python code become MemoryError at the
// statement that made them (eval/stmt.cpp); one outside any statement (reading or
// compiling a source too big for memory) ends the run as CPython's does: "MemoryError"
// on stderr, status 1.
void* run_job(void* arg) {
  auto* job = static_cast<Job*>(arg);
  std::optional<hotpy::Interpreter> py;
  try {
    run_program(py, job);
  } catch (const std::bad_alloc&) {
    fputs("MemoryError\n", stderr);
    job->status = 1;
  } catch (const std::length_error&) {
    fputs("MemoryError\n", stderr);
    job->status = 1;
  } catch (const hotpy::Error& e) {
    // The prompt's set-up failed (a program broke sys): shown as an uncaught error.
    fputs(e.traceback().empty() ? (std::string(e.what()) + "\n").c_str() : e.traceback().c_str(), stderr);
    job->status = 1;
  }
  // On the interpreter's own (large) stack, before static destructors run.
  py.reset();
  return nullptr;
}

// The current folder, or "." when it cannot be named.
std::string current_folder() {
  char cwd[PATH_MAX];
  return getcwd(cwd, sizeof cwd) ? cwd : ".";
}

// sys.path[0] as CPython's command computes it (pymain_run_python): '' for -c, stdin and
// the prompt; the current folder for -m; a script's own folder (links resolved); a
// folder given as the script, joined to the current one as typed. A script that cannot
// be found gets '' (its run reports it).
std::string main_path0(const hotpy::CommandLine& cl) {
  if (cl.has_command) return "";
  if (cl.has_module) return current_folder();
  if (cl.script.empty()) return "";
  struct stat st;
  if (stat(cl.script.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
    return cl.script[0] == '/' ? cl.script : current_folder() + "/" + cl.script;
  char real[PATH_MAX];
  if (!realpath(cl.script.c_str(), real)) return "";
  std::string dir = real;
  dir.resize(dir.rfind('/'));
  return dir.empty() ? "/" : dir;
}

void run_program(std::optional<hotpy::Interpreter>& py, Job* job) {
  using namespace hotpy;
  CommandLine& cl = job->cl;
  const Config& c = cl.config;
  bool from_stdin = !cl.has_command && !cl.has_module && cl.script.empty();
  // CPython's stdin_is_interactive: -i makes piped input interactive too (prompts on stderr).
  bool repl_first = from_stdin && (isatty(0) || c.interactive);
  // -v shows CPython's start-up header (an interactive session shows the REPL's banner).
  if (c.verbose && !c.quiet && !repl_first) {
    fprintf(stderr, "Python %s on linux\n", sys_version());
    if (!c.no_site) fputs("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", stderr);
  }
  // A program piped on stdin is read before the interpreter (and its Ctrl-C handler) starts.
  std::string piped;
  if (from_stdin && !repl_first) {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    piped = ss.str();
  }
  cl.config.path0 = main_path0(cl);
  py.emplace(cl.config);
  use_line_editor_for_input(*py);
  if (repl_first) {
    // PYTHONSTARTUP runs only when the session starts at a prompt, as in CPython.
    if (!cl.startup_file.empty() && (job->status = py->run_startup_file(cl.startup_file)) >= 0) return;
    job->status = run_repl(*py, c.quiet, c.no_site);
    return;
  }
  if (cl.has_command) {
    job->status = py->run_main_source(cl.command, "<string>");
  } else if (cl.has_module) {
    job->status = py->run_main_module(cl.module);
  } else if (from_stdin) {
    job->status = py->run_main_source(piped, "<stdin>");
  } else {
    job->status = py->run_main_file(cl.script, cl.skip_first_line);
  }
  // -i or PYTHONINSPECT: the REPL continues in the program's namespace, also after it
  // failed, and its end decides the exit status (CPython's pymain_repl).
  if (c.inspect) job->status = run_repl(*py, true, c.no_site);
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
  size_t stack_size = hotpy::recommended_stack_size();
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
