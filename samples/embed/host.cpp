// A small embedding host: a "game" whose customization code is a Python script that
// may change while the game runs. It registers a native module (`game`), imports the
// script, calls its on_tick(n) every tick and prints what it returns. Before each
// tick it reloads the script if the file changed; a script with an error is reported
// and the last good code keeps running.
//
//   embed_host <script.py> [--interval MS] [--ticks N]
//
// A tick every MS milliseconds (100 by default), N ticks (default: until told to
// quit). Commands on stdin, one a line: `r` reloads now, `t` runs a tick now, `q`
// quits. With --interval 0 ticks run only on `t`, which is how the test drives the
// host (samples/embed/drive.sh): it edits the script between ticks, no clock involved.
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include "hotpy/hotpy.h"

namespace {

using Clock = std::chrono::steady_clock;

// What identifies a version of the file: its modification time and size (the size
// tells apart two edits made within the file system's timestamp granularity).
std::string file_stamp(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return "";
  return std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + "/" +
         std::to_string(st.st_size);
}

// Command lines from stdin, read without blocking the game loop.
class Commands {
 public:
  // The next command, waiting at most `timeout_ms` (-1: no limit); nullopt on timeout.
  // After the end of stdin there are no more commands: "q" once if nothing else drives
  // the host (step mode), else only timeouts.
  std::optional<std::string> next(int timeout_ms, bool quit_at_end) {
    for (;;) {
      if (size_t eol = m_pending.find('\n'); eol != std::string::npos) {
        std::string line = m_pending.substr(0, eol);
        m_pending.erase(0, eol + 1);
        return line;
      }
      if (m_ended) {
        if (quit_at_end) return "q";
        poll(nullptr, 0, timeout_ms);
        return std::nullopt;
      }
      pollfd in{STDIN_FILENO, POLLIN, 0};
      if (poll(&in, 1, timeout_ms) <= 0) return std::nullopt;  // a timeout or a signal
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

  std::string name = script.stem().string();
  std::string stamp = file_stamp(script.string());
  hotpy::Object module;
  try {
    module = py.import(name);
  } catch (const hotpy::Error& e) {
    std::cout << "cannot load " << name << ":\n" << e.traceback();
    return 1;
  }
  auto reload = [&] {
    stamp = file_stamp(script.string());
    try {
      py.reload(module);
      std::cout << "reloaded " << name << "\n";
    } catch (const hotpy::Error& e) {
      std::cout << "reload failed, keeping the last good code: " << e.what() << "\n";
    }
  };

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
      std::optional<std::string> command = commands.next(wait_ms, interval_ms == 0);
      if (!command) continue;  // time for the next tick
      if (*command == "q") break;
      if (*command == "r") reload();
      tick_now = *command == "t";
    }
    if (!tick_now) continue;
    if (file_stamp(script.string()) != stamp) reload();
    try {
      hotpy::Object result = module.attr("on_tick")(n);
      std::cout << "tick " << n << ": " << result.str() << "\n";
    } catch (const hotpy::Error& e) {
      std::cout << "tick " << n << " failed:\n" << e.traceback();
      if (e.type_name() == "KeyboardInterrupt") break;  // Ctrl-C
    }
    ++n;
  }
  std::cout << "score " << score << "\n";
  return 0;
}
