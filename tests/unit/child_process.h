// Running the hotpy executable from a test: the child's last step and the parent's wait.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

// In the forked child, after its set-up: becomes `hotpy args...` (127 if that fails).
[[noreturn]] inline void exec_hotpy(const std::vector<std::string>& args) {
  std::vector<char*> argv{const_cast<char*>(HOTPY_BINARY)};
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  execv(HOTPY_BINARY, argv.data());
  _exit(127);
}

// Waits for the child: its exit status, or 128 + the signal that ended it.
inline int wait_status(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
