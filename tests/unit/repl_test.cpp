// The REPL driven the way a person uses it: through a pseudo-terminal, keystrokes
// in, screen out. Each test starts build/hotpy on a fresh pty in a scratch folder.
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;

class ReplSession {
 public:
  explicit ReplSession(const std::string& dir, std::vector<std::string> args = {"-q"}) {
    winsize ws{24, 100, 0, 0};
    m_pid = forkpty(&m_fd, nullptr, nullptr, &ws);
    if (m_pid == 0) {
      if (chdir(dir.c_str()) != 0) _exit(126);
      setenv("HOME", dir.c_str(), 1);  // the history file goes to the scratch folder
      std::vector<char*> argv = {const_cast<char*>(HOTPY_BINARY)};
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(HOTPY_BINARY, argv.data());
      _exit(127);
    }
  }
  ~ReplSession() {
    if (m_pid > 0 && !m_exited) {
      kill(m_pid, SIGKILL);
      waitpid(m_pid, nullptr, 0);
    }
    if (m_fd >= 0) close(m_fd);
  }

  // Reads until `text` has appeared after the last match (or 10 s pass); the
  // output read on the way is kept in `seen`.
  bool expect(const std::string& text, std::string* seen = nullptr) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (;;) {
      size_t at = m_output.find(text, m_mark);
      if (at != std::string::npos) {
        if (seen) *seen = m_output.substr(m_mark, at - m_mark);
        m_mark = at + text.size();
        return true;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0 || !read_some(int(left.count()))) {
        if (seen) *seen = m_output.substr(m_mark);
        return false;
      }
    }
  }
  void send(const std::string& keys) { ASSERT_EQ(write(m_fd, keys.data(), keys.size()), ssize_t(keys.size())); }
  // Waits for the process to end; its exit status, or -1.
  int wait_exit() {
    for (int i = 0; i < 500; i++) {  // up to 10 s
      int status;
      if (!read_some(20)) usleep(20000);  // after exit a read fails at once (EIO)
      if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_exited = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
    }
    return -1;
  }
  const std::string& output() const { return m_output; }

 private:
  bool read_some(int timeout_ms) {
    pollfd p{m_fd, POLLIN, 0};
    if (poll(&p, 1, timeout_ms) <= 0) return false;
    char buf[4096];
    ssize_t n = read(m_fd, buf, sizeof buf);
    if (n <= 0) return false;
    m_output.append(buf, size_t(n));
    return true;
  }
  pid_t m_pid = -1;
  int m_fd = -1;
  bool m_exited = false;
  std::string m_output;
  size_t m_mark = 0;
};

class ReplTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/hotpy-repl-XXXXXX";
    m_dir = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  void write(const std::string& name, const std::string& text) { std::ofstream(m_dir + "/" + name) << text; }
  std::string m_dir;
};

// The classic walkthrough: import, edit the file, import again (nothing happens),
// reload (the module echoes), and the client sees the new code.
TEST_F(ReplTest, ChangerWalkthrough) {
  std::ifstream sample(HOTPY_SOURCE_DIR "/samples/changer/changer.py");
  std::string original((std::istreambuf_iterator<char>(sample)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(original.empty());
  write("changer.py", original);
  ReplSession s(m_dir);
  std::string seen;
  ASSERT_TRUE(s.expect(">>> "));
  s.send("import changer\r");
  ASSERT_TRUE(s.expect(">>> "));
  s.send("changer.printer(  )\r");
  ASSERT_TRUE(s.expect("First version\r\n"));
  ASSERT_TRUE(s.expect(">>> "));
  write("changer.py", "message = \"After editing\"\n\ndef printer(  ):\n    print 'reloaded:', message\n");
  s.send("import changer\r");
  ASSERT_TRUE(s.expect(">>> ", &seen));
  EXPECT_EQ(seen.find("Traceback"), std::string::npos) << seen;
  s.send("changer.printer(  )\r");
  ASSERT_TRUE(s.expect("First version\r\n"));
  ASSERT_TRUE(s.expect(">>> "));
  s.send("reload(changer)\r");
  ASSERT_TRUE(s.expect("<module 'changer' from '" + fs::canonical(m_dir).string() + "/changer.py'>\r\n"))
      << s.output();
  ASSERT_TRUE(s.expect(">>> "));
  s.send("changer.printer(  )\r");
  ASSERT_TRUE(s.expect("reloaded: After editing\r\n")) << s.output();
  ASSERT_TRUE(s.expect(">>> "));
  s.send("\x04");  // Ctrl-D
  EXPECT_EQ(s.wait_exit(), 0);
}

TEST_F(ReplTest, ContinuationLinesEndWithABlankLine) {
  ReplSession s(m_dir);
  ASSERT_TRUE(s.expect(">>> "));
  s.send("for i in range(3):\r");
  ASSERT_TRUE(s.expect("... "));
  s.send("    print(i * 10)\r");
  ASSERT_TRUE(s.expect("... "));
  s.send("\r");
  ASSERT_TRUE(s.expect("0\r\n10\r\n20\r\n")) << s.output();
  ASSERT_TRUE(s.expect(">>> "));
  s.send("(1,\r");
  ASSERT_TRUE(s.expect("... "));
  s.send(" 2)\r");
  ASSERT_TRUE(s.expect("(1, 2)\r\n"));
  ASSERT_TRUE(s.expect(">>> "));
  s.send("\x04");
  EXPECT_EQ(s.wait_exit(), 0);
}

TEST_F(ReplTest, ValuesEchoAndUnderscoreHoldsTheLast) {
  ReplSession s(m_dir);
  ASSERT_TRUE(s.expect(">>> "));
  s.send("6 * 7\r");
  ASSERT_TRUE(s.expect("42\r\n"));
  ASSERT_TRUE(s.expect(">>> "));
  s.send("None\r");
  ASSERT_TRUE(s.expect("None"));  // the terminal's echo of the input
  std::string seen;
  ASSERT_TRUE(s.expect(">>> ", &seen));
  EXPECT_EQ(seen, "\r\n");  // None itself is not echoed as a value
  s.send("_ + 1\r");
  ASSERT_TRUE(s.expect("43\r\n"));
  ASSERT_TRUE(s.expect(">>> "));
  s.send("\x04");
  EXPECT_EQ(s.wait_exit(), 0);
}

TEST_F(ReplTest, TracebacksLeaveTheReplRunning) {
  ReplSession s(m_dir);
  ASSERT_TRUE(s.expect(">>> "));
  s.send("1 / 0\r");
  ASSERT_TRUE(s.expect("Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n"));
  ASSERT_TRUE(s.expect("ZeroDivisionError: division by zero\r\n"));
  s.send("x = (\r");
  s.send("]\r");
  ASSERT_TRUE(s.expect("SyntaxError: closing parenthesis ']' does not match opening parenthesis '('")) << s.output();
  s.send("'still here'\r");
  ASSERT_TRUE(s.expect("'still here'\r\n"));
  ASSERT_TRUE(s.expect(">>> "));
  s.send("\x04");
  EXPECT_EQ(s.wait_exit(), 0);
}

TEST_F(ReplTest, CtrlCCancelsInputAndInterruptsRunningCode) {
  ReplSession s(m_dir);
  ASSERT_TRUE(s.expect(">>> "));
  s.send("unfinished = (1,");
  ASSERT_TRUE(s.expect("unfinished = (1,"));  // on the screen, as a person would see it
  s.send("\x03");  // Ctrl-C while typing: the line is dropped
  ASSERT_TRUE(s.expect("KeyboardInterrupt\r\n")) << s.output();
  ASSERT_TRUE(s.expect(">>> "));
  s.send("while True: pass\r");
  s.send("\r");
  usleep(300000);
  s.send("\x03");  // Ctrl-C while running
  ASSERT_TRUE(s.expect("KeyboardInterrupt\r\n")) << s.output();
  ASSERT_TRUE(s.expect(">>> "));
  s.send("'unfinished' in dir()\r");
  ASSERT_TRUE(s.expect("False\r\n"));
  ASSERT_TRUE(s.expect(">>> "));
  s.send("\x04");
  EXPECT_EQ(s.wait_exit(), 0);
}

// Ctrl-C ends a call blocked in the kernel at once: a sleep, input() waiting for
// a line, a read from a pipe (opening a FIFO waits for its writer, then reading it
// waits for data). Each raises KeyboardInterrupt and the prompt comes back.
TEST_F(ReplTest, CtrlCInterruptsBlockingCalls) {
  ASSERT_EQ(mkfifo((m_dir + "/fifo").c_str(), 0600), 0);
  ReplSession s(m_dir);
  ASSERT_TRUE(s.expect(">>> "));
  s.send("import time\r");
  ASSERT_TRUE(s.expect(">>> "));
  const char* blocking[] = {"time.sleep(30)\r", "input('? ')\r", "open('fifo').read()\r"};
  for (const char* call : blocking) {
    s.send(call);
    usleep(300000);
    auto sent = std::chrono::steady_clock::now();
    s.send("\x03");
    ASSERT_TRUE(s.expect("KeyboardInterrupt\r\n")) << call << s.output();
    EXPECT_LT(std::chrono::steady_clock::now() - sent, std::chrono::seconds(5)) << call;
    ASSERT_TRUE(s.expect(">>> ")) << call;
  }
  // The FIFO's writer is there, but nothing is written: the read itself blocks.
  int writer = -1;
  std::thread opener([&] { writer = open((m_dir + "/fifo").c_str(), O_WRONLY); });
  s.send("f = open('fifo')\r");
  opener.join();
  ASSERT_TRUE(s.expect(">>> ")) << s.output();
  s.send("f.read()\r");
  usleep(300000);
  s.send("\x03");
  ASSERT_TRUE(s.expect("KeyboardInterrupt\r\n")) << s.output();
  ASSERT_TRUE(s.expect(">>> "));
  close(writer);
  s.send("\x04");
  EXPECT_EQ(s.wait_exit(), 0);
}

// -i: the script runs first, then the REPL continues in its namespace.
TEST_F(ReplTest, DashIEntersTheReplInTheScriptsNamespace) {
  write("script.py", "greeting = 'hi from the script'\nprint('script ran')\n");
  ReplSession s(m_dir, {"-i", "script.py"});
  ASSERT_TRUE(s.expect("script ran\r\n"));
  ASSERT_TRUE(s.expect(">>> "));
  s.send("greeting\r");
  ASSERT_TRUE(s.expect("'hi from the script'\r\n"));
  ASSERT_TRUE(s.expect(">>> "));
  s.send("\x04");
  EXPECT_EQ(s.wait_exit(), 0);
}

// -m: a module found on sys.path runs as __main__ with the remaining arguments;
// a package runs its __main__.py; sys.exit(n) gives the status.
TEST_F(ReplTest, DashMRunsAModuleAsMain) {
  write("tool.py", "import sys\nprint(__name__, sys.argv[1:])\nsys.exit(3)\n");
  ReplSession s(m_dir, {"-m", "tool", "a", "b"});
  ASSERT_TRUE(s.expect("__main__ ['a', 'b']\r\n")) << s.output();
  EXPECT_EQ(s.wait_exit(), 3);
  std::filesystem::create_directories(m_dir + "/app");
  write("app/__init__.py", "");
  write("app/__main__.py", "print('package main', __name__)\n");
  ReplSession p(m_dir, {"-m", "app"});
  ASSERT_TRUE(p.expect("package main __main__\r\n")) << p.output();
  EXPECT_EQ(p.wait_exit(), 0);
  ReplSession missing(m_dir, {"-m", "no_such_module"});
  ASSERT_TRUE(missing.expect("No module named no_such_module"));
  EXPECT_EQ(missing.wait_exit(), 1);
}

TEST_F(ReplTest, CtrlDExitsWithStatusZero) {
  ReplSession s(m_dir);
  ASSERT_TRUE(s.expect(">>> "));
  s.send("\x04");
  EXPECT_EQ(s.wait_exit(), 0);
}

}  // namespace
