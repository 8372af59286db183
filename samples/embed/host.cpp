// A small embedding host: a "game" whose customization code is a Python script that
// may change while the game runs. It registers a native module (`game`), imports the
// script, calls its on_tick(n) every tick and prints what it returns, then calls the
// callbacks the script registered with game.every_tick(fn).
//
// Before each tick it asks the interpreter what changed on disk (poll_changes: file
// contents, by hash, not timestamps) and reloads it transactionally and with patching:
// a script that fails is reported and the last good code keeps running, whole; the
// callbacks the host stored are the script's old function objects, which a patching
// reload gives the new code. On Linux, inotify wakes the loop as soon as a file in the
// script's folder is written, so an edit is picked up before the next tick; the
// content hashes still decide what reloads.
//
//   embed_host <script.py> [--interval MS] [--ticks N]
//
// A tick every MS milliseconds (100 by default), N ticks (default: until told to
// quit). Commands on stdin, one a line: `r` reloads now, `t` runs a tick now, `q`
// quits. With --interval 0 ticks run only on `t`, which is how the test drives the
// host (samples/embed/drive.sh): it edits the script between ticks, no clock involved.
#include <poll.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/inotify.h>
#endif

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "hotpy/hotpy.h"

namespace {

using Clock = std::chrono::steady_clock;

// Wakes the loop when a file in a folder is written or replaced (Linux: inotify; else
// never). Only complete writes count (closed, or renamed into place), so the content
// the loop then hashes is not a half-written file.
class FolderWatch {
 public:
  explicit FolderWatch(const std::string& folder) {
#ifdef __linux__
    m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd >= 0 && inotify_add_watch(m_fd, folder.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO) < 0) {
      close(m_fd);
      m_fd = -1;
    }
#endif
  }
  ~FolderWatch() {
    if (m_fd >= 0) close(m_fd);
  }
  FolderWatch(const FolderWatch&) = delete;
  FolderWatch& operator=(const FolderWatch&) = delete;
  int fd() const { return m_fd; }  // -1: nothing to wait for
  // Reads the pending events: true if there were any. What they name does not
  // matter (the hashes decide).
  bool drain() {
    char buf[4096];
    bool any = false;
    while (m_fd >= 0 && read(m_fd, buf, sizeof buf) > 0) any = true;
    return any;
  }

 private:
  int m_fd = -1;
};

// Command lines from stdin, read without blocking the game loop.
class Commands {
 public:
  // The next command, waiting at most `timeout_ms` (-1: no limit), or less when
  // `wake_fd` (unless -1) becomes readable; nullopt on a timeout or a wake-up.
  // After the end of stdin there are no more commands: "q" once if nothing else drives
  // the host (step mode), else only timeouts.
  std::optional<std::string> next(int timeout_ms, bool quit_at_end, int wake_fd) {
    for (;;) {
      if (size_t eol = m_pending.find('\n'); eol != std::string::npos) {
        std::string line = m_pending.substr(0, eol);
        m_pending.erase(0, eol + 1);
        return line;
      }
      if (m_ended && quit_at_end) return "q";
      pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {wake_fd, POLLIN, 0}};
      pollfd* wait_for = m_ended ? fds + 1 : fds;
      nfds_t count = (m_ended ? 0 : 1) + (wake_fd >= 0 ? 1 : 0);
      if (poll(wait_for, count, timeout_ms) <= 0) return std::nullopt;  // a timeout or a signal
      if (m_ended || !(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) return std::nullopt;  // woken
      char buf[256];
      ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
      if (n > 0) m_pending.append(buf, static_cast<size_t>(n));
      else if (n == 0 || errno != EINTR) m_ended = true;
    }
  }

 private:
  std::string m_pending;
  bool m_ended = false;
};

// Writes what scripts print, each line marked as theirs (set_output hands over text in
// pieces, e.g. print's text and its "\n" separately).
class ScriptOutput {
 public:
  void write(std::string_view text) {
    m_line += text;
    for (size_t eol; (eol = m_line.find('\n')) != std::string::npos; m_line.erase(0, eol + 1))
      std::cout << "  [script] " << std::string_view(m_line).substr(0, eol + 1);
  }

 private:
  std::string m_line;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: embed_host <script.py> [--interval MS] [--ticks N]\n";
    return 2;
  }
  std::filesystem::path script = std::filesystem::absolute(argv[1]);
  int interval_ms = 100;
  long max_ticks = -1;
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string option = argv[i];
    if (option == "--interval") interval_ms = std::stoi(argv[i + 1]);
    else if (option == "--ticks") max_ticks = std::stol(argv[i + 1]);
  }

  std::cout << std::unitbuf;  // each line as it happens, also through a pipe
  int score = 0;
  ScriptOutput script_output;  // before py: it is written to until py is gone
  hotpy::Interpreter py;
  py.add_path(script.parent_path().string());
  py.set_argv({"embed_host"});
  py.set_output([&](std::string_view text, bool is_stderr) { script_output.write(text); });
  hotpy::Module game = py.add_module("game");
  game.set("VERSION", "1.0");
  game.def("add_score", [&score](int points) {
    score += points;
    return score;
  });
  // What the script registers: C++ functions calling the Python objects it gave
  // (declared after py, so they go before it).
  std::vector<std::function<std::string(long)>> tick_callbacks;
  game.def("every_tick", [&tick_callbacks](hotpy::Object fn) {
    tick_callbacks.push_back(fn.cast<std::function<std::string(long)>>());
  });

  std::string name = script.stem().string();
  hotpy::Object module;
  try {
    module = py.import(name);
  } catch (const hotpy::Error& e) {
    std::cout << "cannot load " << name << ":\n" << e.traceback();
    return 1;
  }
  // Every reload that succeeds says what it changed: "<reload custom: 1 changed (on_tick), ...>".
  py.on_reload([](const hotpy::ReloadReport& report) { std::cout << report.summary << "\n"; });
  hotpy::ReloadOptions options;
  options.transactional = true;  // a failing script leaves the last good code, whole
  options.patch = true;          // the callbacks stored above run the new code
  // A reload (`step`) that fails leaves everything as it was; the host goes on.
  auto reload = [&](const std::function<void()>& step) {
    try {
      step();
    } catch (const hotpy::Error& e) {
      std::cout << "reload failed, keeping the last good code: " << e.what() << "\n";
    }
  };
  auto reload_changes = [&] { reload([&] { py.poll_changes(options); }); };

  FolderWatch watch(script.parent_path().string());
  Commands commands;
  Clock::time_point next_tick = Clock::now();
  for (long n = 1; max_ticks < 0 || n <= max_ticks;) {
    bool tick_now = false;
    if (interval_ms > 0 && Clock::now() >= next_tick) {
      tick_now = true;
      next_tick += std::chrono::milliseconds(interval_ms);
    } else {
      int wait_ms = -1;
      if (interval_ms > 0)
        wait_ms = int(std::chrono::ceil<std::chrono::milliseconds>(next_tick - Clock::now()).count());
      std::optional<std::string> command = commands.next(wait_ms, interval_ms == 0, watch.fd());
      if (watch.drain()) reload_changes();
      if (!command) continue;  // time for the next tick, or a file was written
      if (*command == "q") break;
      if (*command == "r") reload([&] { py.reload(module, options); });
      tick_now = *command == "t";
    }
    if (!tick_now) continue;
    reload_changes();
    try {
      hotpy::Object result = module.attr("on_tick")(n);
      std::cout << "tick " << n << ": " << result.str() << "\n";
      for (const auto& callback : tick_callbacks) std::cout << "  callback: " << callback(n) << "\n";
    } catch (const hotpy::Error& e) {
      std::cout << "tick " << n << " failed:\n" << e.traceback();
      if (e.type_name() == "KeyboardInterrupt") break;  // Ctrl-C
    }
    ++n;
  }
  std::cout << "score " << score << "\n";
  return 0;
}
