// A small embedding host: a "game" whose customization code is a Python script that
// may change while the game runs. It registers a native module (`game`), imports the
// script, calls its on_tick(n) every tick, and reloads the script when its file
// changes; a script with an error is reported and the last good code keeps running.
//
//   embed_host <script.py> [ticks] [interval_ms] [--edit TICK FILE]...
//
// --edit copies FILE over the script before tick TICK, as a user editing it would
// (the ctest drives the edits this way, so the run is the same every time).
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <thread>

#include "hotpy/hotpy.h"

namespace {

// What identifies a version of the file: its modification time and size.
std::string file_stamp(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return "";
  return std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + "/" +
         std::to_string(st.st_size);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: embed_host <script.py> [ticks] [interval_ms] [--edit TICK FILE]...\n";
    return 2;
  }
  std::filesystem::path script = std::filesystem::absolute(argv[1]);
  int ticks = argc > 2 ? std::stoi(argv[2]) : 10;
  int interval_ms = argc > 3 ? std::stoi(argv[3]) : 100;
  std::map<int, std::string> edits;
  for (int i = 4; i + 2 < argc && std::string(argv[i]) == "--edit"; i += 3)
    edits[std::stoi(argv[i + 1])] = argv[i + 2];

  int score = 0;
  hotpy::Interpreter py;
  py.add_path(script.parent_path().string());
  py.set_argv({"embed_host"});
  hotpy::Module game = py.add_module("game");
  game.set("VERSION", "1.0");
  game.def("add_score", [&score](int points) {
    score += points;
    return score;
  });
  game.def("log", [](std::string text) { std::cout << "  [script] " << text << "\n"; });

  std::string name = script.stem().string();
  std::string stamp = file_stamp(script.string());
  hotpy::Object module;
  try {
    module = py.import(name);
  } catch (const hotpy::Error& e) {
    std::cout << "cannot load " << name << ":\n" << e.traceback();
    return 1;
  }
  for (int n = 1; n <= ticks; ++n) {
    if (auto edit = edits.find(n); edit != edits.end())
      std::filesystem::copy_file(edit->second, script, std::filesystem::copy_options::overwrite_existing);
    if (std::string now = file_stamp(script.string()); now != stamp) {
      stamp = now;
      try {
        py.reload(module);
        std::cout << "reloaded " << name << "\n";
      } catch (const hotpy::Error& e) {
        std::cout << "reload failed, keeping the last good code: " << e.what() << "\n";
      }
    }
    try {
      hotpy::Object result = module.attr("on_tick")(n);
      std::cout << "tick " << n << ": " << result.str() << "\n";
    } catch (const hotpy::Error& e) {
      std::cout << "tick " << n << " failed:\n" << e.traceback();
    }
    std::cout.flush();
    std::this_thread::sleep_for(std::chrono::milliseconds(interval_ms));
  }
  std::cout << "score " << score << "\n";
  return 0;
}
