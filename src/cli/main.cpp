// The hotpy command: `hotpy [options] [-c cmd | script | -] [args]`, as CPython's
// command line (DESIGN.md, "Compatibility rules").
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

#include "cli/runtime.h"
#include "repl/line_reader.h"
#include "repl/repl.h"

namespace {

const char* kUsage =
    "usage: hotpy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

struct Options {
  std::string command;     // -c
  bool has_command = false;
  std::string module;      // -m
  bool interactive = false;  // -i
  std::string script;      // file or "-"
  std::vector<std::string> args;
  bool quiet = false;
};

struct Job {
  Options opts;
  int status = 0;
};

// Parses options; returns -1 to go on, else the exit status.
int parse_options(int argc, char** argv, Options& o) {
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "-c") {
      if (i + 1 >= argc) {
        fprintf(stderr, "Argument expected for the -c option\n%s", "usage: hotpy [option] ... [-c cmd | file | -] [arg] ...\nTry `hotpy -h' for more information.\n");
        return 2;
      }
      o.has_command = true;
      o.command = argv[i + 1];
      o.args.push_back("-c");
      for (int j = i + 2; j < argc; j++) o.args.push_back(argv[j]);
      return -1;
    }
    if (a == "-V" || a == "--version") {
      printf("Python 3.11.0 (hotpy %s)\n", hotpy::kVersion);
      return 0;
    }
    if (a == "-h" || a == "-?" || a == "--help") {
      fputs(kUsage, stdout);
      return 0;
    }
    if (a == "-q") {
      o.quiet = true;
      continue;
    }
    if (a == "-i") {
      o.interactive = true;
      continue;
    }
    if (a == "-m") {
      if (i + 1 >= argc) {
        fprintf(stderr, "Argument expected for the -m option\nusage: hotpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `hotpy -h' for more information.\n");
        return 2;
      }
      o.module = argv[i + 1];
      o.args.push_back("");
      for (int j = i + 2; j < argc; j++) o.args.push_back(argv[j]);
      return -1;
    }
    if (a == "-") break;
    if (a.size() > 1 && a[0] == '-') {
      fprintf(stderr, "Unknown option: %s\nusage: hotpy [option] ... [-c cmd | file | -] [arg] ...\nTry `hotpy -h' for more information.\n",
              a.c_str());
      return 2;
    }
    break;
  }
  if (i < argc) {
    o.script = argv[i];
    for (int j = i; j < argc; j++) o.args.push_back(argv[j]);
  } else {
    o.script = "-";
    o.args.push_back("");
  }
  return -1;
}

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
  const Options& o = job->opts;
  hotpy::use_line_editor_for_input();
  bool repl_only = !o.has_command && o.module.empty() && o.script == "-" && isatty(0);
  if (repl_only) {
    hotpy::init_runtime(o.args, "");
    job->status = hotpy::run_repl(hotpy::main_globals(), o.quiet);
    return;
  }
  if (o.has_command) {
    job->status = hotpy::run_main_source(o.command, "<string>", o.args, "");
  } else if (!o.module.empty()) {
    job->status = hotpy::run_main_module(o.module, o.args);
  } else if (o.script == "-") {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    job->status = hotpy::run_main_source(ss.str(), "<stdin>", o.args, "");
  } else {
    job->status = hotpy::run_main_file(o.script, o.args);
  }
  // -i: the REPL continues in the script's namespace (unless the script could not start).
  if (o.interactive && job->status != 2) job->status = hotpy::run_repl(hotpy::main_globals(), true);
}

}  // namespace

int main(int argc, char** argv) {
  Job job;
  int status = parse_options(argc, argv, job.opts);
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
