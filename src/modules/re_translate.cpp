// Python's regular-expression syntax, checked as CPython 3.11's parser checks it (its
// messages and positions) and rewritten in PCRE2's syntax where the two differ:
// groups are renumbered by us (names never reach PCRE2), \Z becomes \z, VERBOSE
// whitespace and comments are dropped here, scoped ASCII/UNICODE flags become
// explicit classes, and every escape becomes an unambiguous \x{...}.
#include <cstdio>

#include "modules/re_internal.h"
#include "objects/str.h"
#include "objects/str_unicode.h"
#include "parse/strings.h"

namespace hotpy {

namespace {

// ASCII \w \d \s and their complements, inside a class and as a whole class.
constexpr const char* kAsciiWordItems = "0-9A-Z_a-z";
constexpr const char* kAsciiNotWordItems = "\\x{0}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{5e}\\x{60}\\x{7b}-\\x{10ffff}";
constexpr const char* kAsciiDigitItems = "0-9";
constexpr const char* kAsciiNotDigitItems = "\\x{0}-\\x{2f}\\x{3a}-\\x{10ffff}";
constexpr const char* kAsciiSpaceItems = "\\t\\n\\x{b}\\f\\r\\x{20}";
constexpr const char* kAsciiNotSpaceItems = "\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{10ffff}";
// Unicode classes as Python's str.isalnum/isdecimal/isspace see them, for (?u:...)
// inside an ASCII pattern (PCRE2 then runs without UCP).
constexpr const char* kUniWordItems = "\\p{L}\\p{N}_";
constexpr const char* kUniDigitItems = "\\p{Nd}";
constexpr const char* kUniSpaceItems = "\\t\\n\\x{b}\\f\\r\\x{1c}-\\x{20}\\x{85}\\p{Z}";

bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_octal(uint32_t c) { return c >= '0' && c <= '7'; }
bool is_ascii_letter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
int hex_value(uint32_t c) {
  if (is_digit(c)) return int(c - '0');
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return int((c | 0x20) - 'a' + 10);
  return -1;
}

// Python's str.isidentifier for a group name.
bool is_identifier(std::string_view name) {
  if (name.empty()) return false;
  const char* p = name.data();
  const char* end = p + name.size();
  bool first = true;
  while (p < end) {
    uint32_t c = decode_utf8(p);
    bool ok = c == '_' || (c < 128 ? is_ascii_letter(c) || (!first && is_digit(c))
                                   : unicode::has(c, unicode::kAlpha) ||
                                         (!first && unicode::is_alnum(c)));
    if (!ok) return false;
    first = false;
  }
  return true;
}

struct Scope {
  bool verbose;
  bool ascii;  // \w \d \s \b are ASCII here
};

class Translator {
 public:
  Translator(std::string_view src, bool bytes, uint32_t flags) : s_(src), bytes_(bytes), flags_(flags) {}

  bool run(Translation* out, TranslateError* err) {
    scope_ = {bool(flags_ & kReVerbose), bytes_ || (flags_ & kReAscii)};
    bool ok = parse_alternatives(0) && check_end();
    if (ok) ok = check_forward_refs() && fix_flags();
    if (!ok) {
      err->msg = std::move(msg_);
      err->pos = pos_ == std::string::npos ? -1 : index_of(pos_);
      return false;
    }
    out->pcre = std::move(out_);
    out->flags = flags_;
    out->groups = groups_;
    out->names = std::move(names_);
    out->close_rank = std::move(close_rank_);
    return true;
  }

 private:
  enum class Last { kNone, kAt, kRepeat, kItem };

  std::string_view s_;
  size_t i_ = 0;
  bool bytes_;
  uint32_t flags_;
  Scope scope_;
  std::string out_;
  int groups_ = 0;
  int closed_ = 0;
  std::vector<int> close_rank_{0};  // index 0: the whole match
  std::vector<std::pair<std::string, int>> names_;
  int lookbehind_groups_ = -1;  // groups_ + 1 when the innermost lookbehind started
  std::vector<std::pair<int, size_t>> forward_refs_;  // (?(N)...) seen before group N
  std::string msg_;
  size_t pos_ = std::string::npos;

  bool fail(std::string msg, size_t pos) {
    msg_ = std::move(msg);
    pos_ = pos;
    return false;
  }
  int64_t index_of(size_t byte) const {
    return bytes_ ? int64_t(byte) : utf8_length(s_.substr(0, std::min(byte, s_.size())));
  }
  bool at_end() const { return i_ >= s_.size(); }
  // The character at byte `at` (a code point, or a byte for bytes) and its size.
  uint32_t char_at(size_t at, size_t* size) const {
    if (bytes_ || static_cast<unsigned char>(s_[at]) < 0x80) {
      *size = 1;
      return static_cast<unsigned char>(s_[at]);
    }
    const char* p = s_.data() + at;
    uint32_t c = decode_utf8(p);
    *size = size_t(p - (s_.data() + at));
    return c;
  }
  uint32_t peek() const { return at_end() ? 0 : static_cast<unsigned char>(s_[i_]); }
  bool match(char c) {
    if (!at_end() && s_[i_] == c) {
      i_++;
      return true;
    }
    return false;
  }
  // The source text of one character, as CPython quotes it in messages.
  std::string char_text(size_t at) const {
    size_t n;
    char_at(at, &n);
    return std::string(s_.substr(at, n));
  }
  bool is_group_open(int g) const { return g <= groups_ && close_rank_[g] == 0; }

  void emit_char(uint32_t c) { emit_class_char(out_, c); }

  bool check_end() {
    if (!at_end()) return fail("unbalanced parenthesis", i_);  // only ')' stops the top level
    return true;
  }
  bool check_forward_refs() {
    for (auto& [group, pos] : forward_refs_)
      if (group > groups_) return fail("invalid group reference " + std::to_string(group), pos);
    return true;
  }
  bool fix_flags() {
    if (!bytes_) {
      if (flags_ & kReLocale) return fail("cannot use LOCALE flag with a str pattern", std::string::npos);
      if (!(flags_ & kReAscii)) flags_ |= kReUnicode;
      else if (flags_ & kReUnicode) return fail("ASCII and UNICODE flags are incompatible", std::string::npos);
    } else {
      if (flags_ & kReUnicode) return fail("cannot use UNICODE flag with a bytes pattern", std::string::npos);
      if ((flags_ & kReLocale) && (flags_ & kReAscii))
        return fail("ASCII and LOCALE flags are incompatible", std::string::npos);
    }
    return true;
  }

  void skip_verbose_space() {
    while (scope_.verbose && !at_end()) {
      char c = s_[i_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
        i_++;
      } else if (c == '#') {
        while (!at_end() && s_[i_] != '\n') i_++;
      } else {
        break;
      }
    }
  }

  bool parse_alternatives(int nested) {
    bool first = true;
    for (;;) {
      if (!parse_sequence(nested, first)) return false;
      if (!match('|')) return true;
      out_ += '|';
      first = false;
    }
  }

  bool parse_sequence(int nested, bool first_branch) {
    Last last = Last::kNone;
    bool any_item = false;
    for (;;) {
      skip_verbose_space();
      if (at_end()) return true;
      size_t start = i_;
      char c = s_[i_];
      if (c == '|' || c == ')') return true;
      if (c == '*' || c == '+' || c == '?' || c == '{') {
        bool is_literal = false;
        if (!parse_quantifier(last, &is_literal)) return false;
        if (is_literal) {
          last = Last::kItem;
          any_item = true;
        } else {
          last = Last::kRepeat;
        }
        continue;
      }
      i_++;
      switch (c) {
        case '.': out_ += '.'; last = Last::kItem; break;
        case '^': out_ += '^'; last = Last::kAt; break;
        case '$': out_ += '$'; last = Last::kAt; break;
        case '[':
          if (!parse_class(start)) return false;
          last = Last::kItem;
          break;
        case '\\': {
          bool is_at = false;
          if (!parse_escape(start, &is_at)) return false;
          last = is_at ? Last::kAt : Last::kItem;
          break;
        }
        case '(': {
          bool is_item = true;
          if (!parse_group(start, nested, first_branch && !any_item, &is_item)) return false;
          if (!is_item) continue;  // a comment or global flags: nothing to repeat
          last = Last::kItem;
          break;
        }
        default: {
          size_t n;
          char_at(start, &n);
          i_ = start + n;
          if (bytes_ && static_cast<unsigned char>(c) >= 0x80) emit_char(static_cast<unsigned char>(c));
          else out_.append(s_.substr(start, n));
          last = Last::kItem;
        }
      }
      any_item = true;
    }
  }

  // One of * + ? {m,n} (with a lazy ? or possessive + after it), or a '{' that
  // starts no repeat and so is a literal.
  bool parse_quantifier(Last last, bool* is_literal) {
    size_t here = i_;
    char c = s_[i_++];
    std::string text(1, c);
    if (c == '{') {
      size_t after_brace = i_;
      std::string lo, hi;
      bool ok = true;
      if (peek() == '}') ok = false;
      while (ok && is_digit(peek())) lo += s_[i_++];
      bool comma = ok && match(',');
      while (comma && is_digit(peek())) hi += s_[i_++];
      if (!comma) hi = lo;
      if (!ok || !match('}')) {
        i_ = after_brace;
        out_ += "\\{";
        *is_literal = true;
        return true;
      }
      // PCRE2 caps repeats at 65535; Python's cap is far higher.
      auto number = [](const std::string& d) { return d.size() > 9 ? 999999999L : std::stol(d); };
      long min = lo.empty() ? 0 : number(lo);
      if (!hi.empty() && number(hi) < min) return fail("min repeat greater than max repeat", after_brace);
      if (min > 65535 || (!hi.empty() && number(hi) > 65535))
        return fail("the repetition number is too large for this engine", after_brace);
      text = "{" + std::to_string(min) + (comma ? "," + hi : "") + "}";
    }
    if (last == Last::kNone || last == Last::kAt) return fail("nothing to repeat", here);
    if (last == Last::kRepeat) return fail("multiple repeat", here);
    out_ += text;
    if (match('?')) out_ += '?';
    else if (match('+')) out_ += '+';
    return true;
  }

  // A '(' construct; `start` is the '('. *is_item false for comments and global flags.
  bool parse_group(size_t start, int nested, bool may_set_global, bool* is_item) {
    Scope saved = scope_;
    bool capture = true;
    std::string name;
    int lookbehind_saved = lookbehind_groups_;
    bool lookbehind = false;
    if (match('?')) {
      if (at_end()) return fail("unexpected end of pattern", i_);
      size_t cpos = i_;
      char c = s_[i_++];
      if (c == 'P') {
        if (match('<')) {
          if (!read_name('>', &name) || !check_group_name(name, i_ - 1)) return false;
        } else if (match('=')) {
          if (!read_name(')', &name) || !check_group_name(name, i_ - 1)) return false;
          int g = find_name(name);
          size_t name_pos = i_ - 1 - name.size();
          if (g < 0) return fail("unknown group name '" + name + "'", name_pos);
          if (is_group_open(g)) return fail("cannot refer to an open group", name_pos);
          if (!check_lookbehind_ref(g, i_)) return false;
          out_ += "(?:\\g{" + std::to_string(g) + "})";
          return true;
        } else {
          if (at_end()) return fail("unexpected end of pattern", i_);
          return fail("unknown extension ?P" + char_text(i_), start + 1);
        }
      } else if (c == ':') {
        capture = false;
        out_ += "(?:";
      } else if (c == '#') {
        while (!at_end() && s_[i_] != ')') i_++;
        if (at_end()) return fail("missing ), unterminated comment", start);
        i_++;
        *is_item = false;
        return true;
      } else if (c == '=' || c == '!' || c == '<') {
        if (c == '<') {
          if (at_end()) return fail("unexpected end of pattern", i_);
          char d = s_[i_];
          if (d != '=' && d != '!') return fail("unknown extension ?<" + char_text(i_), start + 1);
          i_++;
          lookbehind = true;
          if (lookbehind_groups_ < 0) lookbehind_groups_ = groups_ + 1;
          out_ += d == '=' ? "(?<=" : "(?<!";
        } else {
          out_ += c == '=' ? "(?=" : "(?!";
        }
        capture = false;
      } else if (c == '(') {
        return parse_conditional(start, nested);
      } else if (c == '>') {
        capture = false;
        out_ += "(?>";
      } else if (c == '-' || strchr_flag(c)) {
        bool global = false;
        if (!parse_inline_flags(c, &global)) return false;
        if (global) {
          if (!may_set_global || nested != 0)
            return fail("global flags not at the start of the expression", start);
          *is_item = false;
          return true;
        }
        capture = false;
      } else {
        return fail("unknown extension ?" + char_text(cpos), cpos - 1);
      }
    }
    if (capture) {
      int g = ++groups_;
      close_rank_.push_back(0);
      if (!name.empty()) {
        int old = find_name(name);
        if (old >= 0)
          return fail("redefinition of group name '" + name + "' as group " + std::to_string(g) +
                          "; was group " + std::to_string(old),
                      i_ - 1 - name.size());
        names_.emplace_back(name, g);
      }
      out_ += '(';
      if (!parse_alternatives(nested + 1)) return false;
      if (!match(')')) return fail("missing ), unterminated subpattern", start);
      close_rank_[g] = ++closed_;
    } else {
      if (!parse_alternatives(nested + 1)) return false;
      if (!match(')')) return fail("missing ), unterminated subpattern", start);
    }
    out_ += ')';
    scope_ = saved;
    if (lookbehind) lookbehind_groups_ = lookbehind_saved;
    return true;
  }

  static bool strchr_flag(char c) { return c && std::string_view("aiLmsux").find(c) != std::string_view::npos; }
  static uint32_t flag_bit(char c) {
    switch (c) {
      case 'a': return kReAscii;
      case 'i': return kReIgnoreCase;
      case 'L': return kReLocale;
      case 'm': return kReMultiline;
      case 's': return kReDotAll;
      case 'u': return kReUnicode;
      case 'x': return kReVerbose;
    }
    return 0;
  }

  // The character just read where a flag letter should be: "unknown flag" when it is
  // a letter, else `otherwise`.
  bool bad_flag(const char* otherwise) {
    size_t n;
    uint32_t cp = char_at(i_ - 1, &n);
    i_ = i_ - 1 + n;
    bool alpha = cp < 128 ? is_ascii_letter(cp) : unicode::has(cp, unicode::kAlpha);
    return fail(alpha ? "unknown flag" : otherwise, i_ - n);
  }

  // (?flags) or (?flags-flags: ; `c` is the first flag letter or '-', just read.
  bool parse_inline_flags(char c, bool* global) {
    constexpr uint32_t kTypeFlags = kReAscii | kReLocale | kReUnicode;
    uint32_t add = 0, del = 0;
    if (c != '-') {
      for (;;) {
        uint32_t f = flag_bit(c);
        if (!bytes_ && c == 'L') return fail("bad inline flags: cannot use 'L' flag with a str pattern", i_);
        if (bytes_ && c == 'u') return fail("bad inline flags: cannot use 'u' flag with a bytes pattern", i_);
        add |= f;
        if ((f & kTypeFlags) && (add & kTypeFlags) != f)
          return fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", i_);
        if (at_end()) return fail("missing -, : or )", i_);
        c = s_[i_++];
        if (c == ')' || c == '-' || c == ':') break;
        if (!strchr_flag(c)) return bad_flag("missing -, : or )");
      }
    }
    if (c == ')') {
      flags_ |= add;
      if (add & kReVerbose) scope_.verbose = true;
      if (add & kReAscii) scope_.ascii = true;
      *global = true;
      return true;
    }
    if (c == '-') {
      if (at_end()) return fail("missing flag", i_);
      c = s_[i_++];
      if (!strchr_flag(c)) return bad_flag("missing flag");
      for (;;) {
        uint32_t f = flag_bit(c);
        if (f & kTypeFlags) return fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i_);
        del |= f;
        if (at_end()) return fail("missing :", i_);
        c = s_[i_++];
        if (c == ':') break;
        if (!strchr_flag(c)) return bad_flag("missing :");
      }
    }
    if (add & del) return fail("bad inline flags: flag turned on and off", i_ - 1);
    // PCRE2 takes i, m and s; the others are ours.
    std::string on, off;
    for (char f : std::string_view("ims")) {
      if (add & flag_bit(f)) on += f;
      if (del & flag_bit(f)) off += f;
    }
    out_ += "(?" + on + (off.empty() ? "" : "-" + off) + ":";
    if (add & kReVerbose) scope_.verbose = true;
    if (del & kReVerbose) scope_.verbose = false;
    if (add & kReAscii) scope_.ascii = true;
    if (add & kReUnicode) scope_.ascii = false;
    return true;
  }

  // (?(id/name)yes|no): `start` is the '('.
  bool parse_conditional(size_t start, int nested) {
    std::string cond;
    if (!read_name(')', &cond)) return false;
    size_t cond_pos = i_ - 1 - cond.size();
    int g;
    if (is_identifier(cond)) {
      g = find_name(cond);
      if (g < 0) return fail("unknown group name '" + cond + "'", cond_pos);
    } else {
      bool digits = !cond.empty() && cond.size() < 10;
      for (char d : cond) digits = digits && is_digit(static_cast<unsigned char>(d));
      if (!digits) return fail("bad character in group name " + quote_name(cond), cond_pos);
      g = std::stoi(cond);
      if (g == 0) return fail("bad group number", cond_pos);
      if (g > groups_) forward_refs_.emplace_back(g, cond_pos);
    }
    if (!check_lookbehind_ref(g, i_)) return false;
    out_ += "(?(" + std::to_string(g) + ")";
    Scope saved = scope_;
    if (!parse_sequence(nested + 1, false)) return false;
    if (match('|')) {
      out_ += '|';
      if (!parse_sequence(nested + 1, false)) return false;
      if (peek() == '|') return fail("conditional backref with more than two branches", i_);
    }
    if (!match(')')) return fail("missing ), unterminated subpattern", start);
    out_ += ')';
    scope_ = saved;
    return true;
  }

  bool check_lookbehind_ref(int g, size_t pos) {
    if (lookbehind_groups_ < 0) return true;
    if (g > groups_ || is_group_open(g)) return fail("cannot refer to an open group", pos);
    if (g >= lookbehind_groups_) return fail("cannot refer to group defined in the same lookbehind subpattern", pos);
    return true;
  }

  static std::string quote_name(const std::string& name) { return str_repr(name); }
  int find_name(const std::string& name) const {
    for (auto& [n, g] : names_)
      if (n == name) return g;
    return -1;
  }
  // The text up to `terminator` (consumed): CPython's Tokenizer.getuntil.
  bool read_name(char terminator, std::string* name) {
    size_t begin = i_;
    while (!at_end() && s_[i_] != terminator) i_++;
    *name = std::string(s_.substr(begin, i_ - begin));
    if (at_end()) {
      if (name->empty()) return fail("missing group name", i_);
      return fail(std::string("missing ") + terminator + ", unterminated name", begin);
    }
    i_++;
    if (name->empty()) return fail("missing group name", i_ - 1);
    return true;
  }
  bool check_group_name(const std::string& name, size_t end) {
    if (!is_identifier(name)) return fail("bad character in group name " + str_repr(name), end - name.size());
    return true;
  }

  // ---- escapes

  // Reads \x.. \u.... \U........ \N{...} and octal/control escapes shared by both
  // contexts. Returns 1 with *cp set, 0 when `c` is none of them, -1 on error.
  int char_escape(size_t start, char c, uint32_t* cp) {
    auto hex_digits = [&](int n) -> int {
      uint32_t v = 0;
      for (int k = 0; k < n; k++) {
        int h = at_end() ? -1 : hex_value(static_cast<unsigned char>(s_[i_]));
        if (h < 0) {
          fail(std::string("incomplete escape ") + std::string(s_.substr(start, i_ - start)), start);
          return -1;
        }
        v = v * 16 + uint32_t(h);
        i_++;
      }
      *cp = v;
      return 1;
    };
    switch (c) {
      case 'a': *cp = 7; return 1;
      case 'f': *cp = 12; return 1;
      case 'n': *cp = 10; return 1;
      case 'r': *cp = 13; return 1;
      case 't': *cp = 9; return 1;
      case 'v': *cp = 11; return 1;
      case '\\': *cp = '\\'; return 1;
      case 'x': return hex_digits(2);
      case 'u':
      case 'U': {
        if (bytes_) return 0;
        if (hex_digits(c == 'u' ? 4 : 8) < 0) return -1;
        if (*cp > 0x10FFFF) {
          fail("bad escape " + std::string(s_.substr(start, i_ - start)), start);
          return -1;
        }
        return 1;
      }
      case 'N': {
        if (bytes_) return 0;
        if (!match('{')) {
          fail("missing {", i_);
          return -1;
        }
        std::string name;
        if (!read_name('}', &name)) {
          if (msg_ == "missing group name") msg_ = "missing character name";
          return -1;
        }
        long v = frontend::unicode_lookup(name);
        if (v < 0) {
          fail("undefined character name " + str_repr(name), start);
          return -1;
        }
        *cp = uint32_t(v);
        return 1;
      }
    }
    return 0;
  }

  // An escape outside a class; `start` is the backslash.
  bool parse_escape(size_t start, bool* is_at) {
    if (at_end()) return fail("bad escape (end of pattern)", start);
    size_t n;
    uint32_t c = char_at(i_, &n);
    i_ += n;
    switch (c) {
      case 'A': out_ += "\\A"; *is_at = true; return true;
      case 'Z': out_ += "\\z"; *is_at = true; return true;
      case 'b':
      case 'B': {
        *is_at = true;
        std::string cls = class_items('w');
        if (!cls.empty()) {
          std::string w = "[" + cls + "]";
          out_ += c == 'b' ? "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))"
                           : "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))";
        } else {
          out_ += '\\';
          out_ += char(c);
        }
        return true;
      }
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W': {
        std::string cls = class_items(char(c | 0x20));
        if (cls.empty()) {
          out_ += '\\';
          out_ += char(c);
        } else {
          out_ += (c & 0x20) ? "[" + cls + "]" : "[^" + cls + "]";
        }
        return true;
      }
    }
    if (c == '0') {
      uint32_t v = 0;
      for (int k = 0; k < 2 && is_octal(peek()); k++) v = v * 8 + (s_[i_++] - '0');
      emit_char(v);
      return true;
    }
    if (is_digit(c)) {
      if (is_digit(peek())) {
        i_++;
        if (is_octal(c) && is_octal(uint32_t(s_[i_ - 1])) && is_octal(peek())) {
          i_++;
          uint32_t v = (c - '0') * 64 + (s_[i_ - 2] - '0') * 8 + (s_[i_ - 1] - '0');
          if (v > 0377)
            return fail("octal escape value " + std::string(s_.substr(start, 4)) + " outside of range 0-0o377",
                        start);
          emit_char(v);
          return true;
        }
      }
      int g = std::stoi(std::string(s_.substr(start + 1, i_ - start - 1)));
      if (g <= groups_) {
        if (is_group_open(g)) return fail("cannot refer to an open group", start);
        if (!check_lookbehind_ref(g, i_)) return false;
        out_ += "(?:\\g{" + std::to_string(g) + "})";
        return true;
      }
      return fail("invalid group reference " + std::to_string(g), start + 1);
    }
    uint32_t cp;
    int r = c < 128 ? char_escape(start, char(c), &cp) : 0;
    if (r < 0) return false;
    if (r == 0) {
      if (c < 128 && is_ascii_letter(c)) return fail("bad escape " + std::string(s_.substr(start, i_ - start)), start);
      cp = c;
    }
    emit_char(cp);
    return true;
  }

  // The items of \w/\d/\s (`kind`) when they must be spelled out here (a scoped
  // ASCII or UNICODE flag that differs from PCRE2's global mode), else "".
  std::string class_items(char kind) const {
    bool pcre_ascii = bytes_ || (flags_ & kReAscii);  // PCRE2 without UCP
    // Python's str.isspace also counts \x1c-\x1f, which Unicode's White_Space does not.
    if (!scope_.ascii && !pcre_ascii && kind == 's') return "\\s\\x{1c}-\\x{1f}";
    if (scope_.ascii == pcre_ascii) return "";
    if (scope_.ascii) return kind == 'w' ? kAsciiWordItems : kind == 'd' ? kAsciiDigitItems : kAsciiSpaceItems;
    return kind == 'w' ? kUniWordItems : kind == 'd' ? kUniDigitItems : kUniSpaceItems;
  }
  std::string class_escape_items(char c) const {
    std::string items = class_items(char(c | 0x20));
    if (items.empty()) return std::string("\\") + c;
    if (c & 0x20) return items;
    if (scope_.ascii) return c == 'W' ? kAsciiNotWordItems : c == 'D' ? kAsciiNotDigitItems : kAsciiNotSpaceItems;
    if (c == 'S' && !(bytes_ || (flags_ & kReAscii))) return "\\S";  // (misses \x1c-\x1f's exclusion)
    // A negated Unicode class inside a class: PCRE2's POSIX-free spelling.
    return c == 'D' ? "\\P{Nd}" : std::string("\\") + c;
  }

  // One class member: a literal (*cp) or a category (*items); false on error.
  bool class_member(size_t start, uint32_t* cp, std::string* items) {
    size_t n;
    uint32_t c = char_at(i_, &n);
    i_ += n;
    if (c != '\\') {
      *cp = c;
      return true;
    }
    if (at_end()) return fail("bad escape (end of pattern)", start);
    c = char_at(i_, &n);
    i_ += n;
    if (c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W') {
      *items = class_escape_items(char(c));
      return true;
    }
    if (c == 'b') {
      *cp = 8;
      return true;
    }
    if (is_octal(c)) {
      uint32_t v = c - '0';
      for (int k = 0; k < 2 && is_octal(peek()); k++) v = v * 8 + (s_[i_++] - '0');
      if (v > 0377)
        return fail("octal escape value " + std::string(s_.substr(start, i_ - start)) + " outside of range 0-0o377",
                    start);
      *cp = v;
      return true;
    }
    int r = c < 128 ? char_escape(start, char(c), cp) : 0;
    if (r < 0) return false;
    if (r == 0) {
      if (c < 128 && (is_ascii_letter(c) || is_digit(c)))
        return fail("bad escape " + std::string(s_.substr(start, i_ - start)), start);
      *cp = c;
    }
    return true;
  }

  // A character class; `start` is the '['.
  bool parse_class(size_t start) {
    std::string body;
    bool negate = match('^');
    bool any = false;
    for (;;) {
      if (at_end()) return fail("unterminated character set", start);
      size_t here = i_;
      if (s_[i_] == ']' && any) {
        i_++;
        break;
      }
      uint32_t lo = 0;
      std::string items;
      if (!class_member(here, &lo, &items)) return false;
      any = true;
      if (!at_end() && s_[i_] == '-') {
        i_++;
        if (at_end()) return fail("unterminated character set", start);
        if (s_[i_] == ']') {
          i_++;
          if (items.empty()) emit_class_char(body, lo);
          else body += items;
          body += "\\-";
          break;
        }
        size_t that = i_;
        uint32_t hi = 0;
        std::string hi_items;
        if (!class_member(that, &hi, &hi_items)) return false;
        std::string range_text = std::string(s_.substr(here, i_ - here));
        if (!items.empty() || !hi_items.empty() || hi < lo) return fail("bad character range " + range_text, here);
        emit_class_char(body, lo);
        body += '-';
        emit_class_char(body, hi);
        continue;
      }
      if (items.empty()) emit_class_char(body, lo);
      else body += items;
    }
    out_ += negate ? "[^" : "[";
    out_ += body;
    out_ += ']';
    return true;
  }
  // A literal character: letters and digits as they are, anything else as \x{...},
  // which means the character itself both inside and outside a class.
  static void emit_class_char(std::string& body, uint32_t c) {
    if (c < 128 && (is_ascii_letter(c) || is_digit(c))) {
      body += char(c);
    } else {
      char buf[16];
      snprintf(buf, sizeof buf, "\\x{%x}", c);
      body += buf;
    }
  }
};

}  // namespace

bool translate_pattern(std::string_view pattern, bool is_bytes, uint32_t flags, Translation* out,
                       TranslateError* err) {
  return Translator(pattern, is_bytes, flags).run(out, err);
}

}  // namespace hotpy
