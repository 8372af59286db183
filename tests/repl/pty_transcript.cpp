// Terminal tests: plays the keystrokes of tests/repl/<name>.keys to an interpreter
// on a pseudo-terminal (UTF-8 locale, 100x24 xterm) and compares what a person
// would see with <name>.expected, which CPython wrote through this same program:
//
//   pty_transcript BINARY KEYS EXPECTED            # check (exit 1 on a difference)
//   pty_transcript --record BINARY KEYS EXPECTED   # write EXPECTED (from CPython only)
//
// The screen is compared, not the bytes: GNU readline and libedit draw the same
// line with different escape sequences, so the output goes through a small
// terminal model first. KEYS holds one chunk of keystrokes per line, sent at once
// (so a line holding several "\r" is a paste), then the program waits until the
// output settles. Escapes: \r \n \t \e \a \\ \xHH. Lines starting with "#" are
// comments; "#args: ..." gives the interpreter's arguments (default "-q"). Files
// in the folder files/ beside KEYS are copied into the scratch folder the session
// runs in. "#shell: COMMAND" runs COMMAND with /bin/sh in that folder at its place
// among the chunks, once the output settled (a file edited mid-session, as in
// another editor window); its text is taken as is, no escapes. The scratch folder's
// path shows as <scratch> on the compared screen (tracebacks name files in it).
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <climits>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kColumns = 100, kRows = 24;

std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    switch (c) {
      case 'r': out += '\r'; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'e': out += '\x1b'; break;
      case 'a': out += '\a'; break;
      case 'x': out += char(std::stoi(s.substr(i + 1, 2), nullptr, 16)); i += 2; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '\n') out += "\\n\n";
    else if (c < 0x20 || c == 0x7f) { char b[8]; snprintf(b, sizeof b, "\\x%02x", c); out += b; }
    else out += char(c);
  }
  return out;
}

// What the terminal shows: the text of every line written, scrolled-off lines
// kept, the cursor moved by the control sequences line editors use.
class Screen {
 public:
  void feed(const std::string& bytes) {
    mbstate_t state{};
    for (size_t i = 0; i < bytes.size();) {
      unsigned char c = bytes[i];
      if (c == 0x1b) {
        i = escape_sequence(bytes, i + 1);
        continue;
      }
      if (c < 0x20 || c == 0x7f) {
        control(c);
        i++;
        continue;
      }
      wchar_t wc;
      size_t n = mbrtowc(&wc, bytes.data() + i, bytes.size() - i, &state);
      if (n == size_t(-1) || n == size_t(-2) || n == 0) {
        state = mbstate_t{};
        wc = 0xfffd;
        n = 1;
      }
      put(wc);
      i += n;
    }
  }
  std::string text() const {
    std::string out;
    size_t last = m_lines.size();
    while (last > 0 && trimmed(m_lines[last - 1]).empty()) last--;
    for (size_t r = 0; r < last; r++) out += trimmed(m_lines[r]) + "\n";
    return out;
  }
  // The text before the cursor on its line.
  std::string before_cursor() const {
    const auto& line = m_lines[m_row];
    return encode(std::wstring(line.begin(), line.begin() + std::min<size_t>(m_col, line.size())));
  }

 private:
  static constexpr wchar_t kWideTail = 0xffff;  // the second cell of a wide character

  static std::string encode(const std::wstring& cells) {
    std::string out;
    char buf[MB_LEN_MAX];
    mbstate_t state{};
    for (wchar_t wc : cells) {
      if (wc == kWideTail) continue;
      size_t n = wcrtomb(buf, wc, &state);
      if (n != size_t(-1)) out.append(buf, n);
    }
    return out;
  }
  static std::string trimmed(const std::wstring& line) {
    std::wstring l = line;
    while (!l.empty() && l.back() == L' ') l.pop_back();
    return encode(l);
  }
  std::wstring& line() {
    while (m_lines.size() <= size_t(m_row)) m_lines.emplace_back();
    return m_lines[m_row];
  }
  void put(wchar_t wc) {
    int width = wcwidth(wc) == 2 ? 2 : 1;
    if (m_col + width > kColumns) {
      m_row++;
      m_col = 0;
    }
    std::wstring& l = line();
    if (l.size() < size_t(m_col + width)) l.resize(m_col + width, L' ');
    l[m_col] = wc;
    if (width == 2) l[m_col + 1] = kWideTail;
    m_col += width;
  }
  void control(unsigned char c) {
    switch (c) {
      case '\r': m_col = 0; break;
      case '\n': m_row++; line(); break;
      case '\b': if (m_col > 0) m_col--; break;
      case '\t': m_col = std::min(kColumns - 1, (m_col / 8 + 1) * 8); break;
      default: break;  // BEL and the rest show nothing
    }
  }
  // Returns the index after the sequence that starts at bytes[i] (after ESC).
  size_t escape_sequence(const std::string& bytes, size_t i) {
    if (i >= bytes.size()) return i;
    if (bytes[i] != '[') return i + 1;  // ESC =, ESC >, ESC 7 ... change nothing shown
    size_t j = i + 1;
    std::string params;
    while (j < bytes.size() && (bytes[j] < 0x40 || bytes[j] > 0x7e)) params += bytes[j++];
    if (j >= bytes.size()) return j;
    char final = bytes[j];
    if (!params.empty() && params[0] == '?') return j + 1;  // modes (bracketed paste...)
    int n = params.empty() ? 0 : atoi(params.c_str());
    int count = n == 0 ? 1 : n;
    std::wstring& l = line();
    switch (final) {
      case 'A': m_row = std::max(0, m_row - count); break;
      case 'B': m_row += count; line(); break;
      case 'C': m_col = std::min(kColumns - 1, m_col + count); break;
      case 'D': m_col = std::max(0, m_col - count); break;
      case 'G': m_col = std::min(kColumns - 1, count - 1); break;
      case 'K':
        if (n == 0 && l.size() > size_t(m_col)) l.resize(m_col);
        if (n == 1) for (int k = 0; k <= m_col && k < int(l.size()); k++) l[k] = L' ';
        if (n == 2) l.clear();
        break;
      case 'J':
        if (n == 0) {
          if (l.size() > size_t(m_col)) l.resize(m_col);
          m_lines.resize(m_row + 1);
        }
        break;
      case 'P':
        if (size_t(m_col) < l.size()) l.erase(m_col, std::min<size_t>(count, l.size() - m_col));
        break;
      case '@':
        if (size_t(m_col) < l.size()) l.insert(size_t(m_col), size_t(count), L' ');
        break;
      case 'X':
        for (int k = m_col; k < m_col + count && k < int(l.size()); k++) l[k] = L' ';
        break;
      default: break;  // colours and the rest change no text
    }
    return j + 1;
  }

  std::vector<std::wstring> m_lines{std::wstring()};
  int m_row = 0, m_col = 0;
};

struct Session {
  pid_t pid = -1;
  int fd = -1;
  std::string output;

  // Reads what is there within `ms`; false when nothing came (or the child is gone).
  bool read_some(int ms) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, ms) <= 0) return false;
    char buf[4096];
    ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0) return false;
    output.append(buf, size_t(n));
    return true;
  }
  // Waits until the output settles: quiet for a moment after a prompt, longer
  // otherwise (a program prompting with input()), at most 15 s.
  void settle() {
    auto deadline = Clock::now() + std::chrono::seconds(15);
    while (Clock::now() < deadline) {
      Screen screen;
      screen.feed(output);
      std::string line = screen.before_cursor();
      bool at_prompt = line.size() >= 4 &&
                       (line.compare(line.size() - 4, 4, ">>> ") == 0 || line.compare(line.size() - 4, 4, "... ") == 0);
      if (!read_some(at_prompt ? 150 : 600)) return;
    }
  }
};

int play(bool record, const std::string& binary, const std::string& keys_path, const std::string& expected_path) {
  std::ifstream keys_file(keys_path);
  if (!keys_file) {
    std::cerr << "cannot read " << keys_path << "\n";
    return 2;
  }
  struct Step {
    bool shell;        // a command for /bin/sh, else keystrokes
    std::string text;
  };
  std::vector<std::string> args = {"-q"};
  std::vector<Step> steps;
  for (std::string l; std::getline(keys_file, l);) {
    if (l.rfind("#args:", 0) == 0) {
      std::istringstream words(l.substr(6));
      args.clear();
      for (std::string w; words >> w;) args.push_back(w);
    } else if (l.rfind("#shell:", 0) == 0) {
      steps.push_back({true, l.substr(7)});
    } else if (!l.empty() && l[0] != '#') {
      steps.push_back({false, unescape(l)});
    }
  }
  char tmpl[] = "/tmp/hotpy-pty-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  fs::path files = fs::path(keys_path).parent_path() / "files";
  if (fs::is_directory(files)) fs::copy(files, dir, fs::copy_options::recursive);

  Session s;
  winsize ws{kRows, kColumns, 0, 0};
  s.pid = forkpty(&s.fd, nullptr, nullptr, &ws);
  if (s.pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(126);
    for (const char* v : {"LC_ALL", "LC_CTYPE", "LANGUAGE", "PYTHONSTARTUP", "PYTHONPATH", "HOTPY_PATH",
                          "PYTHONINSPECT", "INPUTRC", "EDITRC"})
      unsetenv(v);
    setenv("LANG", "C.UTF-8", 1);
    setenv("TERM", "xterm", 1);
    setenv("HOME", dir.c_str(), 1);  // history files land in the scratch folder
    setenv("PYTHONDONTWRITEBYTECODE", "1", 1);
    std::vector<char*> argv = {const_cast<char*>(binary.c_str())};
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  s.settle();
  bool shell_failed = false;
  for (const Step& step : steps) {
    if (step.shell) {
      std::string command = "cd '" + dir + "' &&" + step.text;
      if (std::system(command.c_str()) != 0) {
        std::cerr << "#shell:" << step.text << " failed\n";
        shell_failed = true;
        break;
      }
      continue;
    }
    if (write(s.fd, step.text.data(), step.text.size()) != ssize_t(step.text.size())) break;
    s.settle();
  }
  int status = -1;
  for (int i = 0; i < 250; i++) {  // up to 5 s for the interpreter to leave
    int st;
    if (waitpid(s.pid, &st, WNOHANG) == s.pid) {
      status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
      break;
    }
    if (!s.read_some(20)) usleep(20000);
  }
  while (s.read_some(50)) {
  }
  if (status == -1) {
    kill(s.pid, SIGKILL);
    waitpid(s.pid, nullptr, 0);
  }
  close(s.fd);
  fs::remove_all(dir);
  if (shell_failed) return 2;

  Screen screen;
  screen.feed(s.output);
  std::string seen = screen.text() + (status == -1 ? "[still running]\n" : "[exit " + std::to_string(status) + "]\n");
  for (size_t at; (at = seen.find(dir)) != std::string::npos;) seen.replace(at, dir.size(), "<scratch>");
  if (record) {
    std::ofstream(expected_path) << seen;
    std::cout << "wrote " << expected_path << "\n";
    return 0;
  }
  std::ifstream expected_file(expected_path);
  std::stringstream expected;
  expected << expected_file.rdbuf();
  if (expected_file && expected.str() == seen) return 0;
  std::cerr << "screen differs from " << expected_path << "\n--- expected\n"
            << expected.str() << "--- seen\n"
            << seen << "--- bytes the interpreter wrote\n"
            << escape(s.output) << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  setlocale(LC_CTYPE, "C.UTF-8");
  bool record = argc > 1 && std::string(argv[1]) == "--record";
  if (argc != (record ? 5 : 4)) {
    std::cerr << "usage: pty_transcript [--record] BINARY KEYS EXPECTED\n";
    return 2;
  }
  std::string binary = fs::absolute(argv[record ? 2 : 1]).string();  // the session runs elsewhere
  return play(record, binary, argv[record ? 3 : 2], argv[record ? 4 : 3]);
}
