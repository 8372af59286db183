// What the python command and an interactive prompt use of the embedding API: running
// __main__ (a file, a folder, -m, source, PYTHONSTARTUP), one prompt input at a time,
// input() through the host's reader, and interrupts while the host waits. Every
// expectation is what /usr/bin/python3 prints and exits with for the same program
// (the program name is set to "/usr/bin/python3" so that its messages match).
#include <gtest/gtest.h>
#include <pty.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "captured_output.h"
#include "hotpy/hotpy.h"

namespace {

hotpy::Interpreter* py = nullptr;
std::string dir;  // a folder of scripts and modules, on sys.path

struct InterpreterEnvironment : ::testing::Environment {
  void SetUp() override {
    hotpy::Config config;
    config.program_name = "/usr/bin/python3";
    py = new hotpy::Interpreter(config);
    char tmpl[] = "/tmp/hotpy_console_testXXXXXX";
    dir = mkdtemp(tmpl);
    py->add_path(dir);
  }
  void TearDown() override {
    std::filesystem::remove_all(dir);
    delete py;
    py = nullptr;
  }
};
const auto* environment = ::testing::AddGlobalTestEnvironment(new InterpreterEnvironment);

std::string write_file(const std::string& name, const std::string& text) {
  std::string path = dir + "/" + name;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path) << text;
  return path;
}

std::string executable() { return py->eval("__import__('sys').executable").cast<std::string>(); }

struct RunResult {
  int status;
  std::string out, err;
};
template <class F>
RunResult run(F f) {
  int status = 0;
  CapturedOutput c = capture_output([&] { status = f(); });
  return {status, c.out, c.err};
}

// -- running __main__: python3 -c, python3 - (stdin), python3 file, python3 -m

TEST(ApiRunMain, SourceExitsWithSystemExitsCode) {
  RunResult r = run([] { return py->run_main_source("print('hi')\nimport sys\nsys.exit(3)\n"); });
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.out, "hi\n");
  EXPECT_EQ(r.err, "");
}

TEST(ApiRunMain, SystemExitWithAMessagePrintsItAndExitsOne) {
  RunResult r = run([] { return py->run_main_source("raise SystemExit('bye')"); });
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "bye\n");
}

TEST(ApiRunMain, AnUncaughtExceptionIsATracebackAndStatusOne) {
  RunResult r = run([] { return py->run_main_source("1/0"); });
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "Traceback (most recent call last):\n"
            "  File \"<string>\", line 1, in <module>\n"
            "ZeroDivisionError: division by zero\n");
  // A script piped on stdin is "<stdin>".
  r = run([] { return py->run_main_source("1/0\n", "<stdin>"); });
  EXPECT_EQ(r.err,
            "Traceback (most recent call last):\n"
            "  File \"<stdin>\", line 1, in <module>\n"
            "ZeroDivisionError: division by zero\n");
}

TEST(ApiRunMain, KeyboardInterruptExitsAsTheSignalWould) {
  RunResult r = run([] { return py->run_main_source("raise KeyboardInterrupt"); });
  EXPECT_EQ(r.status, 130);
  EXPECT_EQ(r.err,
            "Traceback (most recent call last):\n"
            "  File \"<string>\", line 1, in <module>\n"
            "KeyboardInterrupt\n");
}

TEST(ApiRunMain, TheExceptionGoesThroughSysExcepthook) {
  RunResult r = run([] {
    return py->run_main_source(
        "import sys\n"
        "sys.excepthook = lambda t, v, tb: print('hook:', t.__name__, v)\n"
        "raise ValueError('bad')\n");
  });
  py->exec("import sys\nsys.excepthook = sys.__excepthook__");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "hook: ValueError bad\n");
  EXPECT_EQ(r.err, "");
}

TEST(ApiRunMain, AScriptRunsAsMain) {
  std::string path = write_file("script.py", "print(__name__, __file__.endswith('script.py'))\n");
  RunResult r = run([&] { return py->run_main_file(path); });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "__main__ True\n");
}

TEST(ApiRunMain, AMissingScriptIsReportedWithStatusTwo) {
  std::string path = dir + "/missing.py";
  RunResult r = run([&] { return py->run_main_file(path); });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "/usr/bin/python3: can't open file '" + path + "': [Errno 2] No such file or directory\n");
}

TEST(ApiRunMain, AFolderRunsItsMainModule) {
  write_file("app/__main__.py", "print('app main', __name__)\n");
  RunResult r = run([] { return py->run_main_file(dir + "/app"); });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "app main __main__\n");
  std::filesystem::create_directories(dir + "/empty");
  r = run([] { return py->run_main_file(dir + "/empty"); });
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, executable() + ": can't find '__main__' module in '" + dir + "/empty'\n");
}

TEST(ApiRunMain, AModuleRunsAsMainWithItsFileAsArgvZero) {
  write_file("console_mod.py", "import sys\nprint(__name__, sys.argv[0].endswith('console_mod.py'))\n");
  RunResult r = run([] { return py->run_main_module("console_mod"); });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "__main__ True\n");
  r = run([] { return py->run_main_module("no_such_module"); });
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, executable() + ": No module named no_such_module\n");
}

TEST(ApiRunMain, AStartupFilesErrorIsPrintedNotFatal) {
  std::string bad = write_file("bad_startup.py", "1/0\n");
  RunResult r = run([&] { return py->run_startup_file(bad); });
  EXPECT_EQ(r.status, -1);
  EXPECT_EQ(r.err,
            "Traceback (most recent call last):\n"
            "  File \"" + bad + "\", line 1, in <module>\n"
            "    1/0\n"
            "    ~^~\n"
            "ZeroDivisionError: division by zero\n");
  std::string exits = write_file("exit_startup.py", "raise SystemExit(4)\n");
  EXPECT_EQ(run([&] { return py->run_startup_file(exits); }).status, 4);
  r = run([] { return py->run_startup_file(dir + "/nostartup"); });
  EXPECT_EQ(r.status, -1);
  EXPECT_EQ(r.err, "Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: '" + dir +
                       "/nostartup'\n");
}

// -- the prompt: check_input's verdicts are codeop.compile_command's where CPython's
// prompt agrees with it, else the prompt's (an empty line must end a compound statement,
// even a one-line one, and a backslash asks for the next line).

using Status = hotpy::Interpreter::InputStatus;

TEST(ApiPrompt, CheckInputGivesThePromptsVerdict) {
  EXPECT_EQ(py->check_input("1 + 1\n"), Status::Complete);
  EXPECT_EQ(py->check_input("[1,\n 2]\n"), Status::Complete);
  EXPECT_EQ(py->check_input("if True:\n    x = 1\n\n"), Status::Complete);
  EXPECT_EQ(py->check_input("(1 +\n"), Status::Incomplete);
  EXPECT_EQ(py->check_input("if True:\n"), Status::Incomplete);
  EXPECT_EQ(py->check_input("'''abc\n"), Status::Incomplete);
  EXPECT_EQ(py->check_input("1 +\n"), Status::Invalid);
  EXPECT_EQ(py->check_input(")\n"), Status::Invalid);
  EXPECT_EQ(py->check_input("def f(:\n"), Status::Invalid);
  // Where codeop says Complete or Invalid, CPython's prompt shows "... ".
  EXPECT_EQ(py->check_input("if True:\n    x = 1\n"), Status::Incomplete);
  EXPECT_EQ(py->check_input("x = \\\n"), Status::Incomplete);
  EXPECT_EQ(py->check_input("for x in []: pass\n"), Status::Incomplete);
}

// printf '1 +\n1 + 1\n_\nx = 5\n1/0\n' | python3 -q -i, without the prompts.
TEST(ApiPrompt, RunInputEchoesValuesAndShowsErrorsAsThePromptDoes) {
  RunResult r = run([] {
    for (const char* input : {"1 +\n", "1 + 1\n", "_\n", "x = 5\n", "1/0\n"})
      if (py->run_input(input) != -1) return 1;
    return 0;
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "2\n2\n");
  EXPECT_EQ(r.err,
            "  File \"<stdin>\", line 1\n"
            "    1 +\n"
            "       ^\n"
            "SyntaxError: invalid syntax\n"
            "Traceback (most recent call last):\n"
            "  File \"<stdin>\", line 1, in <module>\n"
            "ZeroDivisionError: division by zero\n");
  EXPECT_EQ(py->eval("__import__('sys').last_type.__name__").cast<std::string>(), "ZeroDivisionError");
}

TEST(ApiPrompt, RunInputUsesSysDisplayhookAndEndsOnSystemExit) {
  RunResult r = run([] {
    py->run_input("import sys\n");
    py->run_input("sys.displayhook = lambda v: print('shown', v)\n");
    py->run_input("42\n");
    py->run_input("sys.displayhook = sys.__displayhook__\n");
    return py->run_input("raise SystemExit(5)\n");
  });
  EXPECT_EQ(r.status, 5);
  EXPECT_EQ(r.out, "shown 42\n");
  EXPECT_EQ(r.err, "");
}

TEST(ApiPrompt, ShowExceptionIsAsUncaughtAtThePrompt) {
  hotpy::Object interrupt = py->eval("KeyboardInterrupt()");
  RunResult r = run([&] {
    py->show_exception(interrupt);
    return 0;
  });
  EXPECT_EQ(r.err, "KeyboardInterrupt\n");
  EXPECT_TRUE(py->eval("__import__('sys').last_value").is(interrupt));
  py->exec("import sys\nsys.excepthook = lambda t, v, tb: print('hook:', t.__name__)");
  r = run([] {
    py->show_exception(py->eval("ValueError('x')"));
    return 0;
  });
  py->exec("sys.excepthook = sys.__excepthook__");
  EXPECT_EQ(r.out, "hook: ValueError\n");
}

// CPython's prompt reads sys.ps1 from its own sys, whatever sys.modules['sys'] holds.
TEST(ApiPrompt, SysModuleIsTheInterpretersOwn) {
  hotpy::Object sys = py->import("sys");
  py->exec("import sys\nsys.modules['sys'] = 5");
  EXPECT_TRUE(py->sys_module().is(sys));
  py->exec("sys.modules['sys'] = sys");
}

TEST(ApiPrompt, FlushOutputWritesWhatSysStdoutHolds) {
  RunResult r = run([] {
    py->exec("import sys\nsys.stdout.write('partial')");
    struct stat st;
    fstat(1, &st);
    int written_before = int(st.st_size);
    py->flush_output();
    return written_before;
  });
  EXPECT_EQ(r.status, 0);  // a file, not a terminal: sys.stdout held it
  EXPECT_EQ(r.out, "partial");
}

// -- input() through the host's reader while stdin and stdout are a terminal

std::string seen_prompt;
int reply_kind = 1;
int reader(const std::string& prompt, std::string* line) {
  seen_prompt = prompt;
  if (reply_kind == 1) *line = "Ada";
  return reply_kind;
}

// Runs `code` with fds 0 and 1 on a pseudo-terminal: what it raised, else "".
std::string on_terminal(const std::string& code) {
  int master, slave;
  if (openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) return "no pty";
  int saved_in = dup(0), saved_out = dup(1);
  dup2(slave, 0);
  dup2(slave, 1);
  std::string error;
  try {
    py->exec(code);
  } catch (const hotpy::Error& e) {
    error = e.type_name();
  }
  dup2(saved_in, 0);
  dup2(saved_out, 1);
  for (int fd : {saved_in, saved_out, slave, master}) close(fd);
  return error;
}

TEST(ApiInput, InputReadsThroughTheHostsReaderOnATerminal) {
  py->set_input(reader);
  reply_kind = 1;
  EXPECT_EQ(on_terminal("name = input('name? ')"), "");
  EXPECT_EQ(seen_prompt, "name? ");
  EXPECT_EQ(py->eval("name").cast<std::string>(), "Ada");
  // As CPython's input(): end of input is EOFError, Ctrl-C is KeyboardInterrupt.
  reply_kind = 0;
  EXPECT_EQ(on_terminal("input()"), "EOFError");
  reply_kind = -1;
  EXPECT_EQ(on_terminal("input()"), "KeyboardInterrupt");
  py->set_input(nullptr);
}

TEST(ApiInput, InputReadsSysStdinWhenItIsNoTerminal) {
  py->set_input(reader);
  seen_prompt = "unused";
  EXPECT_EQ(on_terminal("import sys, io\nsys.stdin = io.StringIO('piped\\n')\nname = input()\nsys.stdin = sys.__stdin__"),
            "");
  py->set_input(nullptr);
  EXPECT_EQ(seen_prompt, "unused");
  EXPECT_EQ(py->eval("name").cast<std::string>(), "piped");
}

// -- interrupts while the host waits

void on_signal(int) { py->interrupt(); }

TEST(ApiInterruptWhileWaiting, TakeInterruptConsumesIt) {
  EXPECT_FALSE(py->take_interrupt());
  py->interrupt();
  EXPECT_TRUE(py->take_interrupt());
  EXPECT_FALSE(py->take_interrupt());
  EXPECT_NO_THROW(py->exec("x = 1"));  // no KeyboardInterrupt left behind
  // From a signal handler, as the hotpy command's Ctrl-C.
  struct sigaction sa {}, old {};
  sa.sa_handler = on_signal;
  sigaction(SIGUSR1, &sa, &old);
  raise(SIGUSR1);
  sigaction(SIGUSR1, &old, nullptr);
  EXPECT_TRUE(py->take_interrupt());
}

TEST(ApiVersion, VersionsAreSysVersionsAndHotpys) {
  EXPECT_EQ(py->eval("__import__('sys').version").cast<std::string>(), hotpy::sys_version());
  EXPECT_EQ(std::string(hotpy::sys_version()).substr(0, 5), "3.11.");
  EXPECT_FALSE(std::string(hotpy::version()).empty());
  EXPECT_GE(hotpy::recommended_stack_size(), size_t(64) << 20);
}

}  // namespace
