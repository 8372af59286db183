// Line input for the REPL. On a terminal, libedit's own (not its readline
// emulation's) interface: its callback mode echoes Ctrl-D as "^D" and reads one
// byte at a time outside the editor. We give libedit the function that reads a
// character: it waits in poll() so a Ctrl-C (which wakes poll with EINTR, or is
// seen on the next timeout) ends the wait at once, and it decodes the bytes in
// the locale's encoding, so typed UTF-8 reaches the line intact.
//
// libedit (and the libtinfo, libbsd and libmd it needs) is opened only when a
// terminal first wants a line editor: linked in, every program mapped ~250 KiB of
// them at start-up. Without it, lines are read plain.
#include "line_reader.h"

#include <dlfcn.h>
#include <histedit.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <exception>

namespace hotpy {

namespace {

// libedit's functions, looked up in the library once it is opened (histedit.h gives
// their types only: nothing here links against them).
namespace edit {
#define HOTPY_LIBEDIT_FUNCTIONS(X) \
  X(el_init) X(el_end) X(el_set) X(el_wset) X(el_source) X(el_gets) X(el_line) \
  X(el_insertstr) X(el_cursor) X(el_deletestr) X(history_init) X(history_end) X(history)
#define HOTPY_DECLARE(name) decltype(&::name) name = nullptr;
HOTPY_LIBEDIT_FUNCTIONS(HOTPY_DECLARE)
#undef HOTPY_DECLARE

// Opens libedit on the first call; false (for good) when it or a function is missing.
bool load() {
  static const bool loaded = [] {
    void* lib = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!lib) lib = dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL);
    if (!lib) return false;
    bool all = true;
#define HOTPY_LOOK_UP(name) all = all && (name = reinterpret_cast<decltype(name)>(dlsym(lib, #name)));
    HOTPY_LIBEDIT_FUNCTIONS(HOTPY_LOOK_UP)
#undef HOTPY_LOOK_UP
    return all;
  }();
  return loaded;
}
#undef HOTPY_LIBEDIT_FUNCTIONS
}  // namespace edit

Interpreter* interpreter = nullptr;  // whose Ctrl-C ends a read, and whose input() reads here
EditLine* editor = nullptr;
History* history_list = nullptr;
std::string current_prompt;
Completer completer;
bool interrupted = false;  // the last read ended by Ctrl-C
std::string last_completed;  // line and cursor after the last Tab, to list on the next

bool tty() { return isatty(0) && isatty(1); }

std::string history_path() {
  const char* home = getenv("HOME");
  return std::string(home ? home : ".") + "/.hotpy_history";
}

const char* prompt_text(EditLine*) { return current_prompt.c_str(); }

// libedit's character source: 1 and a character, 0 at end of input, -1 on Ctrl-C.
int read_char(EditLine*, wchar_t* out) {
  static mbstate_t state;
  for (;;) {
    if (interpreter->take_interrupt()) {
      interrupted = true;
      state = mbstate_t{};
      return -1;
    }
    pollfd p{0, POLLIN, 0};
    // The timeout catches a Ctrl-C that lands just before poll() starts waiting.
    if (poll(&p, 1, 100) <= 0) continue;
    char byte;
    ssize_t n = read(0, &byte, 1);
    if (n == 0) return 0;
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return 0;
    }
    wchar_t wc;
    size_t r = mbrtowc(&wc, &byte, 1, &state);
    if (r == size_t(-2)) continue;  // inside a multibyte character
    if (r == size_t(-1)) {          // not in the locale's encoding: dropped, as libedit does
      state = mbstate_t{};
      continue;
    }
    *out = wc;
    return 1;
  }
}

int terminal_width() {
  winsize ws{};
  if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

// readline's listing of several matches: sorted, in columns filled top to bottom.
void list_matches(const std::vector<std::string>& matches) {
  size_t widest = 0;
  for (const auto& m : matches) widest = std::max(widest, m.size());
  size_t column = widest + 2;
  size_t columns = std::max<size_t>(1, size_t(terminal_width()) / column);
  size_t rows = (matches.size() + columns - 1) / columns;
  std::string out = "\n";
  for (size_t r = 0; r < rows; r++) {
    for (size_t c = 0; c < columns; c++) {
      size_t i = c * rows + r;
      if (i >= matches.size()) break;
      out += matches[i];
      out.append(column - matches[i].size(), ' ');
    }
    out += "\n";
  }
  fputs(out.c_str(), stdout);
  fflush(stdout);
}

// Tab: complete the Python name before the cursor as far as all matches agree;
// a second Tab with nothing more to add lists them. Blank text gets a tab, so Tab
// still indents (CPython's rlcompleter).
unsigned char complete_key(EditLine* el, int key);

// libedit calls in from C: nothing may unwind through it.
unsigned char complete_key_guarded(EditLine* el, int key) {
  try {
    return complete_key(el, key);
  } catch (const std::exception&) {
    return CC_REFRESH_BEEP;
  }
}

unsigned char complete_key(EditLine* el, int) {
  const LineInfo* li = edit::el_line(el);
  std::string before(li->buffer, li->cursor);
  // CPython's readline module's word delimiters: a dotted name is one word.
  static const char* kDelims = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
  size_t start = before.find_last_of(kDelims);
  std::string text = before.substr(start == std::string::npos ? 0 : start + 1);
  if (text.find_first_not_of(" \t") == std::string::npos) {
    edit::el_insertstr(el, "\t");
    last_completed.clear();
    return CC_REFRESH;
  }
  std::vector<std::string> matches = completer ? completer(text) : std::vector<std::string>{};
  std::sort(matches.begin(), matches.end());
  matches.erase(std::unique(matches.begin(), matches.end()), matches.end());
  if (matches.empty()) {
    last_completed.clear();
    return CC_REFRESH_BEEP;
  }
  std::string common = matches[0];
  for (const auto& m : matches) {
    size_t i = 0;
    while (i < common.size() && i < m.size() && common[i] == m[i]) i++;
    common.resize(i);
  }
  std::string state = std::string(li->buffer, li->lastchar) + '\0' + std::to_string(li->cursor - li->buffer);
  if (common.size() > text.size()) {
    // As GNU readline: a Tab that added text does not count towards the listing.
    edit::el_insertstr(el, common.substr(text.size()).c_str());
    last_completed.clear();
    return matches.size() == 1 ? CC_REFRESH : CC_REFRESH_BEEP;
  }
  if (matches.size() == 1) return CC_REFRESH;  // already complete
  if (state == last_completed) {
    list_matches(matches);
    return CC_REDISPLAY;
  }
  last_completed = state;
  return CC_REFRESH_BEEP;
}

// Ctrl-D: end of input on an empty line (without libedit's echo of "^D", which
// CPython's prompt does not show), else delete the character under the cursor.
unsigned char delete_or_eof(EditLine* el, int) {
  const LineInfo* li = edit::el_line(el);
  if (li->buffer == li->lastchar) return CC_EOF;
  if (li->cursor == li->lastchar) return CC_ERROR;
  edit::el_cursor(el, 1);
  edit::el_deletestr(el, 1);
  return CC_REFRESH;
}

void open_editor() {
  // PEP 538: the C locale is taken as UTF-8, as CPython does, so typed text is decoded.
  if (!edit::load()) return;
  const char* locale = setlocale(LC_CTYPE, "");
  if (!locale || !strcmp(locale, "C") || !strcmp(locale, "POSIX")) setlocale(LC_CTYPE, "C.UTF-8");
  editor = edit::el_init("hotpy", stdin, stdout, stderr);
  if (!editor) return;
  history_list = edit::history_init();
  HistEvent ev;
  edit::history(history_list, &ev, H_SETSIZE, 1000);
  edit::history(history_list, &ev, H_SETUNIQUE, 1);
  edit::history(history_list, &ev, H_LOAD, history_path().c_str());
  edit::el_set(editor, EL_EDITOR, "emacs");
  edit::el_set(editor, EL_HIST, edit::history, history_list);
  edit::el_set(editor, EL_PROMPT, prompt_text);
  edit::el_set(editor, EL_GETCFN, read_char);
  // The wide calls keep these names as given; the narrow ones copy them, and
  // el_end never frees the copies.
  edit::el_wset(editor, EL_ADDFN, L"hotpy-complete", L"complete a Python name", complete_key_guarded);
  edit::el_set(editor, EL_BIND, "^I", "hotpy-complete", nullptr);
  edit::el_wset(editor, EL_ADDFN, L"hotpy-delete-or-eof", L"delete a character, or end the input", delete_or_eof);
  edit::el_set(editor, EL_BIND, "^D", "hotpy-delete-or-eof", nullptr);
  edit::el_source(editor, nullptr);  // the user's ~/.editrc, as every libedit program reads
}

ReadResult read_tty(const char* prompt, std::string* line) {
  current_prompt = prompt;
  interrupted = false;
  last_completed.clear();
  int count = 0;
  // Raw mode before the prompt shows: el_gets would set it after, and a key typed in
  // between is read by the terminal's cooked mode (a Ctrl-D there is lost).
  edit::el_set(editor, EL_PREP_TERM, 1);
  const char* text = edit::el_gets(editor, &count);
  if (interrupted) return ReadResult::Interrupted;
  if (!text || count <= 0) return ReadResult::Eof;
  line->assign(text, count);
  if (!line->empty() && line->back() == '\n') line->pop_back();
  if (!line->empty()) {
    HistEvent ev;
    edit::history(history_list, &ev, H_ENTER, line->c_str());
  }
  return ReadResult::Line;
}

// Not a terminal: prompts go to stderr (as CPython's), lines come from stdin.
ReadResult read_plain(const char* prompt, std::string* line) {
  fputs(prompt, stderr);
  fflush(stderr);
  line->clear();
  for (;;) {
    int c = getchar();
    if (c == EOF) {
      if (interpreter->take_interrupt()) {
        clearerr(stdin);
        return ReadResult::Interrupted;
      }
      return line->empty() ? ReadResult::Eof : ReadResult::Line;
    }
    if (c == '\n') return ReadResult::Line;
    line->push_back(char(c));
  }
}

}  // namespace

// input() at the terminal, in a script as at the prompt.
static int editor_input(const std::string& prompt, std::string* line) {
  if (!editor) open_editor();
  if (!editor) {  // no line editor for this terminal: a plain read
    fputs(prompt.c_str(), stdout);
    fflush(stdout);
    ReadResult r = read_plain("", line);
    return r == ReadResult::Line ? 1 : r == ReadResult::Eof ? 0 : -1;
  }
  switch (read_tty(prompt.c_str(), line)) {
    case ReadResult::Line: return 1;
    case ReadResult::Eof: return 0;
    case ReadResult::Interrupted: return -1;
  }
  return 0;
}

void use_line_editor_for_input(Interpreter& py) {
  interpreter = &py;
  if (tty()) py.set_input(editor_input);
}

void line_reader_open(Interpreter& py, Completer complete) {
  completer = std::move(complete);
  use_line_editor_for_input(py);
  if (tty() && !editor) open_editor();
}

void line_reader_close() {
  if (!editor) return;
  HistEvent ev;
  edit::history(history_list, &ev, H_SAVE, history_path().c_str());
  edit::el_end(editor);
  edit::history_end(history_list);
  editor = nullptr;
  history_list = nullptr;
  completer = nullptr;
}

ReadResult read_line(const char* prompt, std::string* line) {
  if (!editor || !tty()) return read_plain(prompt, line);
  ReadResult r = read_tty(prompt, line);
  if (r == ReadResult::Interrupted) {  // the prompt's Ctrl-C leaves the line (input()'s does not)
    fputs("\n", stdout);
    fflush(stdout);
  }
  return r;
}

}  // namespace hotpy
