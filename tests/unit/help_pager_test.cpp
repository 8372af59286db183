// help() on a terminal: text longer than the screen goes through $PAGER, less or
// the built-in "-- More --" pager; shorter text is written as it is. (Through a
// pipe nothing is paged: the golden tests under tests/scripts/help/ run that way.)
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

// A script whose help() text is 70 lines: longer than the 24-row terminal.
const char kLongDocScript[] =
    "def documented():\n"
    "    pass\n"
    "documented.__doc__ = ('First line of the doc.\\n\\nMany lines follow.\\n' +\n"
    "                      '\\n'.join('line %d' % i for i in range(64)) + '\\nLast line of the "
    "doc.')\n"
    "help(documented)\n"
    "print('after help')\n";

const char kShortDocScript[] =
    "def short():\n"
    "    'A short doc.'\n"
    "help(short)\n"
    "print('after help')\n";

// Runs `hotpy script.py` in `dir` on a 24x80 pseudo-terminal with `env` set
// (an empty value unsets), typing `answers[i]` once `prompts[i]` has appeared.
// Returns everything the terminal showed.
std::string run_on_terminal(const std::string& dir, const std::map<std::string, std::string>& env,
                            const std::vector<std::pair<std::string, std::string>>& dialogue,
                            int* status) {
  winsize ws{24, 80, 0, 0};
  int fd = -1;
  pid_t pid = forkpty(&fd, nullptr, nullptr, &ws);
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(126);
    for (const auto& [name, value] : env) {
      if (value.empty()) {
        unsetenv(name.c_str());
      } else {
        setenv(name.c_str(), value.c_str(), 1);
      }
    }
    execl(HOTPY_BINARY, HOTPY_BINARY, "script.py", static_cast<char*>(nullptr));
    _exit(127);
  }
  std::string screen;
  size_t next = 0, searched_from = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  for (;;) {
    if (next < dialogue.size()) {
      size_t at = screen.find(dialogue[next].first, searched_from);
      if (at != std::string::npos) {
        searched_from = at + dialogue[next].first.size();
        const std::string& keys = dialogue[next].second;
        if (write(fd, keys.data(), keys.size()) != ssize_t(keys.size())) break;
        next++;
        continue;
      }
    }
    pollfd p{fd, POLLIN, 0};
    if (std::chrono::steady_clock::now() > deadline || poll(&p, 1, 200) < 0) break;
    char buf[4096];
    ssize_t n = (p.revents & (POLLIN | POLLHUP)) ? read(fd, buf, sizeof buf) : 0;
    if (n > 0) {
      screen.append(buf, size_t(n));
    } else if (n < 0 || waitpid(pid, status, WNOHANG) == pid) {
      break;  // EIO once the child is gone
    }
  }
  if (waitpid(pid, status, WNOHANG) == 0) {
    kill(pid, SIGKILL);
    waitpid(pid, status, 0);
  }
  close(fd);
  return screen;
}

class HelpPagerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/hotpy-help-XXXXXX";
    m_dir = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  void write_script(const char* text) { std::ofstream(m_dir + "/script.py") << text; }
  std::string read_file(const std::string& name) {
    std::ifstream in(m_dir + "/" + name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::string m_dir;
};

TEST_F(HelpPagerTest, LongTextGoesThroughPager) {
  write_script(kLongDocScript);
  int status = -1;
  std::string screen = run_on_terminal(m_dir, {{"PAGER", "cat > paged.txt"}}, {}, &status);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << screen;
  std::string paged = read_file("paged.txt");
  EXPECT_EQ(paged.find("Help on function documented in module __main__:\n\ndocumented()\n"), 0u)
      << paged;
  EXPECT_NE(paged.find("    Last line of the doc.\n"), std::string::npos) << paged;
  EXPECT_EQ(screen.find("line 10"), std::string::npos) << screen;  // only in the pager
  EXPECT_NE(screen.find("after help"), std::string::npos) << screen;
}

TEST_F(HelpPagerTest, ShortTextIsNotPaged) {
  write_script(kShortDocScript);
  int status = -1;
  std::string screen = run_on_terminal(m_dir, {{"PAGER", "cat > paged.txt"}}, {}, &status);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << screen;
  EXPECT_FALSE(fs::exists(m_dir + "/paged.txt"));
  EXPECT_NE(screen.find("short()\r\n    A short doc.\r\n"), std::string::npos) << screen;
}

// Without $PAGER and without less on PATH: a screenful, "-- More --", Return for the
// next screenful, q to stop.
TEST_F(HelpPagerTest, BuiltInPagerShowsAScreenfulAtATime) {
  write_script(kLongDocScript);
  int status = -1;
  std::string screen = run_on_terminal(m_dir, {{"PAGER", ""}, {"PATH", m_dir}},
                                       {{"-- More --", "\r"}, {"-- More --", "q\r"}}, &status);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << screen;
  size_t first = screen.find("-- More --");
  ASSERT_NE(first, std::string::npos) << screen;
  // 23 lines, then the prompt: the first page ends at "line 16".
  EXPECT_NE(screen.rfind("line 16\r\n", first), std::string::npos) << screen;
  EXPECT_EQ(screen.find("line 17"), screen.find("line 17", first)) << screen;
  size_t second = screen.find("-- More --", first + 1);
  ASSERT_NE(second, std::string::npos) << screen;
  EXPECT_NE(screen.find("line 39\r\n", first), std::string::npos) << screen;
  EXPECT_EQ(screen.find("line 40"), std::string::npos) << screen;  // q stopped it
  EXPECT_NE(screen.find("after help", second), std::string::npos) << screen;
}

}  // namespace
