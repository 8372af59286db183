// Line input for the REPL. On a terminal, libedit's callback interface is driven
// from a poll() loop, as CPython does with readline: a SIGINT then interrupts the
// wait (EINTR) instead of being swallowed inside the library.
#include "repl/line_reader.h"

#include <editline/readline.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "objects/errors.h"

namespace hotpy {

static bool tty() { return isatty(0) && isatty(1); }

static std::string history_path() {
  const char* home = getenv("HOME");
  return std::string(home ? home : ".") + "/.hotpy_history";
}

void line_reader_open() {
  if (!tty()) return;
  rl_catch_signals = 0;
  read_history(history_path().c_str());
}

void line_reader_close() {
  if (tty()) write_history(history_path().c_str());
}

namespace {
bool line_done = false;
char* line_read = nullptr;
void on_line(char* text) {
  line_done = true;
  line_read = text;
  rl_callback_handler_remove();
}
}  // namespace

static ReadResult read_tty(const char* prompt, std::string* line) {
  line_done = false;
  line_read = nullptr;
  rl_callback_handler_install(prompt, on_line);
  while (!line_done) {
    pollfd p{0, POLLIN, 0};
    // The timeout catches a Ctrl-C that lands just before poll() starts waiting.
    int r = poll(&p, 1, 100);
    if (ts.pending_interrupt) {
      ts.pending_interrupt = 0;
      rl_free_line_state();
      rl_callback_handler_remove();
      fputs("\n", stdout);
      fflush(stdout);
      return ReadResult::Interrupted;
    }
    if (r > 0) rl_callback_read_char();
  }
  if (!line_read) return ReadResult::Eof;
  *line = line_read;
  if (!line->empty()) add_history(line_read);
  free(line_read);
  return ReadResult::Line;
}

// Not a terminal: prompts go to stderr (as CPython's), lines come from stdin.
static ReadResult read_plain(const char* prompt, std::string* line) {
  fputs(prompt, stderr);
  fflush(stderr);
  line->clear();
  for (;;) {
    int c = getchar();
    if (c == EOF) {
      if (ts.pending_interrupt) {
        ts.pending_interrupt = 0;
        clearerr(stdin);
        return ReadResult::Interrupted;
      }
      return line->empty() ? ReadResult::Eof : ReadResult::Line;
    }
    if (c == '\n') return ReadResult::Line;
    line->push_back(char(c));
  }
}

ReadResult read_line(const char* prompt, std::string* line) {
  return tty() ? read_tty(prompt, line) : read_plain(prompt, line);
}

}  // namespace hotpy
