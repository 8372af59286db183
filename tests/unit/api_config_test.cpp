// hotpy::Config: the start-up settings a command line gives, compared with what
// /usr/bin/python3 shows when given the matching options. Each test makes its
// Interpreter in a child process: SIGINT handling and the standard streams are the
// process's.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <string>

#include "captured_output.h"
#include "hotpy/hotpy.h"

namespace {

// What `body` returns when run on an Interpreter made from `config` in a child process
// ("Error: ..." when it threw).
std::string with_config(const hotpy::Config& config, const std::function<std::string(hotpy::Interpreter&)>& body) {
  int fds[2];
  if (pipe(fds) != 0) return "no pipe";
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    std::string result;
    try {
      hotpy::Interpreter py(config);
      result = body(py);
    } catch (const hotpy::Error& e) {
      result = std::string("Error: ") + e.what();
    }
    for (size_t done = 0; done < result.size();) {
      ssize_t n = write(fds[1], result.data() + done, result.size() - done);
      if (n <= 0) break;
      done += size_t(n);
    }
    _exit(0);
  }
  close(fds[1]);
  std::string result;
  char buf[4096];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) result.append(buf, size_t(n));
  close(fds[0]);
  waitpid(pid, nullptr, 0);
  return result;
}

std::string eval_repr(hotpy::Interpreter& py, const std::string& setup, const std::string& expr) {
  py.exec(setup);
  return py.eval(expr).repr();
}

// cd /tmp/p0 && PYTHONPATH=/tmp/e1:/tmp/e2 python3 prog.py a
TEST(ApiConfig, ArgvPathZeroAndSearchPaths) {
  hotpy::Config config;
  config.argv = {"prog.py", "a"};
  config.path0 = "/tmp/p0";
  config.module_search_paths = {"/tmp/e1", "/tmp/e2"};
  EXPECT_EQ(with_config(config, [](hotpy::Interpreter& py) { return eval_repr(py, "import sys", "(sys.argv, sys.path[:3])"); }),
            "(['prog.py', 'a'], ['/tmp/p0', '/tmp/e1', '/tmp/e2'])");
}

// PYTHONPATH=/tmp/e1 python3 -P prog.py a: no script folder first.
TEST(ApiConfig, SafePathLeavesPathZeroOut) {
  hotpy::Config config;
  config.path0 = "/tmp/p0";
  config.safe_path = true;
  config.module_search_paths = {"/tmp/e1"};
  EXPECT_EQ(with_config(config, [](hotpy::Interpreter& py) { return eval_repr(py, "import sys", "sys.path[0]"); }),
            "'/tmp/e1'");
}

// A host (the default): neither a script folder nor '' on sys.path.
TEST(ApiConfig, AHostHasNoPathZero) {
  hotpy::Config config;
  config.module_search_paths = {"/tmp/e1"};
  EXPECT_EQ(with_config(config, [](hotpy::Interpreter& py) {
              return eval_repr(py, "import sys", "(sys.path[0], '' in sys.path, sys.argv)");
            }),
            "('/tmp/e1', False, [''])");
}

// PYTHONHASHSEED=0 python3 -OO -d -b -B -s -q -W ignore::DeprecationWarning -X a=b
//   -X flag -X int_max_str_digits=1000 -X utf8 -c ...
TEST(ApiConfig, FlagsWarnoptionsAndXoptionsReachSys) {
  hotpy::Config config;
  config.optimize = 2;
  config.debug = 1;
  config.bytes_warning = 1;
  config.dont_write_bytecode = true;
  config.no_user_site = true;
  config.quiet = true;
  config.hash_randomization = false;
  config.utf8_mode = 1;
  config.int_max_str_digits = 1000;
  config.warnoptions = {"ignore::DeprecationWarning", "default::BytesWarning"};
  config.xoptions = {{"a", "b"}, {"flag", std::nullopt}, {"int_max_str_digits", "1000"}, {"utf8", std::nullopt}};
  EXPECT_EQ(with_config(config,
                        [](hotpy::Interpreter& py) {
                          return eval_repr(py, "import sys\nf = sys.flags",
                                           "(f.optimize, f.debug, f.bytes_warning, f.dont_write_bytecode, "
                                           "f.no_user_site, f.quiet, f.hash_randomization, f.utf8_mode, "
                                           "f.int_max_str_digits, sys._xoptions, sys.warnoptions, __debug__)");
                        }),
            "(2, 1, 1, 1, 1, 1, 0, 1, 1000, {'a': 'b', 'flag': True, 'int_max_str_digits': '1000', 'utf8': True}, "
            "['ignore::DeprecationWarning', 'default::BytesWarning'], False)");
}

// python3 -OO: asserts are skipped and docstrings dropped; the digit limit holds.
TEST(ApiConfig, OptimizeAndTheDigitLimitChangeWhatCodeDoes) {
  hotpy::Config config;
  config.optimize = 2;
  config.int_max_str_digits = 1000;
  EXPECT_EQ(with_config(config,
                        [](hotpy::Interpreter& py) {
                          return eval_repr(py,
                                           "assert False\n"
                                           "def f():\n  'doc'\n"
                                           "try:\n  str(10 ** 1000)\n  e = None\n"
                                           "except ValueError as x:\n  e = str(x)\n",
                                           "(f.__doc__, e)");
                        }),
            "(None, 'Exceeds the limit (1000 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit')");
}

// /usr/bin/python3 missing.py: the program name as typed starts the message.
TEST(ApiConfig, ProgramNameStartsTheCommandsMessages) {
  hotpy::Config config;
  config.program_name = "/usr/bin/python3";
  EXPECT_EQ(with_config(config,
                        [](hotpy::Interpreter& py) {
                          int status = 0;
                          CapturedOutput c = capture_output([&] { status = py.run_main_file("/nonexistent/missing.py"); });
                          return std::to_string(status) + " " + c.err;
                        }),
            "2 /usr/bin/python3: can't open file '/nonexistent/missing.py': [Errno 2] No such file or directory\n");
}

// python3 -i -c "raise SystemExit(3)": under inspect SystemExit is shown, as the
// prompt follows.
TEST(ApiConfig, InspectShowsSystemExitAsATraceback) {
  hotpy::Config config;
  config.inspect = 1;
  EXPECT_EQ(with_config(config,
                        [](hotpy::Interpreter& py) {
                          int status = 0;
                          CapturedOutput c = capture_output([&] { status = py.run_main_source("raise SystemExit(3)"); });
                          return std::to_string(status) + " " + c.err;
                        }),
            "1 Traceback (most recent call last):\n"
            "  File \"<string>\", line 1, in <module>\n"
            "SystemExit: 3\n");
}

// python3 -c "import os, signal; os.kill(os.getpid(), signal.SIGINT); x = 1" ends in
// KeyboardInterrupt; a host that keeps its own SIGINT handler gets the signal itself.
volatile sig_atomic_t host_sigints = 0;
void host_handler(int) { host_sigints = host_sigints + 1; }

std::string after_sigint(hotpy::Interpreter& py) {
  raise(SIGINT);
  try {
    py.exec("x = 1\nwhile x < 3:\n    x += 1\n");
  } catch (const hotpy::Error& e) {
    return e.type_name();
  }
  return "ran; host handler calls: " + std::to_string(host_sigints);
}

TEST(ApiConfig, SigintIsKeyboardInterruptUnlessTheHostKeepsItsHandler) {
  struct sigaction host {}, old {};
  host.sa_handler = host_handler;
  sigaction(SIGINT, &host, &old);
  hotpy::Config config;
  EXPECT_EQ(with_config(config, after_sigint), "KeyboardInterrupt");
  config.install_signal_handlers = false;
  EXPECT_EQ(with_config(config, after_sigint), "ran; host handler calls: 1");
  sigaction(SIGINT, &old, nullptr);
}

}  // namespace
