// String literals: decoding escapes to UTF-8 (str) or bytes, and joining
// adjacent literals into one Constant, as CPython's _PyPegen_concatenate_strings
// does. Literals with an `f` prefix go on to fstring.cpp.
#include "parse/strings.h"

#include <algorithm>
#include <cstring>

#include "parse/lexer.h"
#include "parse/parse_context.h"

namespace hotpy::frontend {

StringForm string_form(std::string_view tok) {
  StringForm f;
  size_t p = 0;
  for (; p < tok.size() && tok[p] != '\'' && tok[p] != '"'; ++p) {
    char c = tok[p];
    if (c == 'r' || c == 'R') f.raw = true;
    else if (c == 'b' || c == 'B') f.bytes = true;
    else if (c == 'f' || c == 'F') f.fstring = true;
  }
  char q = tok[p];
  size_t quote = (tok.size() - p >= 6 && tok[p + 1] == q && tok[p + 2] == q) ? 3 : 1;
  f.body = tok.substr(p + quote, tok.size() - p - 2 * quote);
  return f;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// CPython decodes str escapes after rewriting each non-ASCII character as a
// 10-character \UXXXXXXXX escape (and a backslash before one as "\u005c"), so
// the positions in its messages count that rewritten text.
class EscapePositions {
 public:
  explicit EscapePositions(std::string_view body) : m_body(body) {}
  size_t at(size_t byte) {
    while (m_byte < byte) {
      auto c = static_cast<unsigned char>(m_body[m_byte]);
      if (c < 0x80) {
        m_pos += (c == '\\' && m_byte + 1 < m_body.size() &&
                  static_cast<unsigned char>(m_body[m_byte + 1]) >= 0x80)
                     ? 6
                     : 1;
        ++m_byte;
      } else {
        uint32_t cp;
        int n = utf8_decode(m_body.data() + m_byte, m_body.data() + m_body.size(), &cp);
        m_byte += n > 0 ? n : 1;
        m_pos += 10;
      }
    }
    return m_pos;
  }

 private:
  std::string_view m_body;
  size_t m_byte = 0, m_pos = 0;
};

std::string unicode_error(EscapePositions& pos, size_t start, size_t end, const char* what) {
  size_t a = pos.at(start), b = pos.at(end);
  std::string msg = "(unicode error) 'unicodeescape' codec can't decode ";
  if (b - a <= 1) {
    msg += "byte 0x5c in position " + std::to_string(a);
  } else {
    msg += "bytes in position " + std::to_string(a) + "-" + std::to_string(b - 1);
  }
  return msg + ": " + what;
}

}  // namespace

bool decode_str_escapes(std::string_view body, std::string& out, std::string& err) {
  EscapePositions pos(body);
  size_t i = 0, n = body.size();
  while (i < n) {
    const char* bs = static_cast<const char*>(std::memchr(body.data() + i, '\\', n - i));
    size_t stop = bs ? static_cast<size_t>(bs - body.data()) : n;
    out.append(body.data() + i, stop - i);
    if (stop >= n) break;
    size_t start = stop;
    i = stop + 1;
    if (i >= n) {  // cannot happen: the lexer never ends a literal on a backslash
      out += '\\';
      break;
    }
    char c = body[i++];
    switch (c) {
      case '\n': break;  // backslash-newline continues the line
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = c - '0';
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k)
          v = v * 8 + (body[i++] - '0');
        utf8_append(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* what = c == 'x'   ? "truncated \\xXX escape"
                           : c == 'u' ? "truncated \\uXXXX escape"
                                      : "truncated \\UXXXXXXXX escape";
        uint32_t v = 0;
        for (; count > 0; --count, ++i) {
          int h = i < n ? hex_value(body[i]) : -1;
          if (h < 0) {
            err = unicode_error(pos, start, i, what);
            return false;
          }
          v = v * 16 + h;
        }
        if (v > 0x10ffff) {
          err = unicode_error(pos, start, i, "illegal Unicode character");
          return false;
        }
        utf8_append(out, v);
        break;
      }
      case 'N': {
        const char* what = "malformed \\N character escape";
        if (i < n && body[i] == '{') {
          size_t name_start = ++i;
          while (i < n && body[i] != '}') ++i;
          if (i < n && i > name_start) {
            std::string_view name = body.substr(name_start, i - name_start);
            ++i;
            long cp = unicode_lookup(name);
            if (cp >= 0) {
              utf8_append(out, static_cast<uint32_t>(cp));
              break;
            }
            what = "unknown Unicode character name";
          }
        }
        err = unicode_error(pos, start, i, what);
        return false;
      }
      default:
        // Unknown escapes stay as written (CPython only warns).
        out += '\\';
        out += c;
        break;
    }
  }
  return true;
}

bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& err) {
  size_t i = 0, n = body.size();
  while (i < n) {
    const char* bs = static_cast<const char*>(std::memchr(body.data() + i, '\\', n - i));
    size_t stop = bs ? static_cast<size_t>(bs - body.data()) : n;
    out.append(body.data() + i, stop - i);
    if (stop >= n) break;
    size_t start = stop;
    i = stop + 1;
    if (i >= n) {
      out += '\\';
      break;
    }
    char c = body[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = c - '0';
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k)
          v = v * 8 + (body[i++] - '0');
        out += static_cast<char>(v & 0xff);
        break;
      }
      case 'x': {
        int h1 = i < n ? hex_value(body[i]) : -1;
        int h2 = i + 1 < n ? hex_value(body[i + 1]) : -1;
        if (h1 < 0 || h2 < 0) {
          err = "(value error) invalid \\x escape at position " + std::to_string(start);
          return false;
        }
        out += static_cast<char>(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        out += '\\';
        out += c;
        break;
    }
  }
  return true;
}

long unicode_lookup(std::string_view name) {
  struct Entry {
    const char* name;
    long cp;
  };
  static constexpr Entry kNames[] = {
#include "parse/unicode_names.inc"
  };
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  // Names computed from the code point.
  constexpr std::string_view kCjk = "CJK UNIFIED IDEOGRAPH-";
  if (upper.size() > kCjk.size() && upper.compare(0, kCjk.size(), kCjk) == 0) {
    long cp = 0;
    for (size_t i = kCjk.size(); i < upper.size(); ++i) {
      int h = hex_value(upper[i]);
      if (h < 0 || upper.size() - kCjk.size() > 5) return -1;
      cp = cp * 16 + h;
    }
    bool cjk = (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
               (cp >= 0x20000 && cp <= 0x2a6df);
    return cjk ? cp : -1;
  }
  auto it = std::lower_bound(std::begin(kNames), std::end(kNames), upper,
                             [](const Entry& e, const std::string& k) { return k.compare(e.name) > 0; });
  if (it != std::end(kNames) && upper == it->name) return it->cp;
  return -1;
}

// ---------------------------------------------------------------------------
// Adjacent literals

ast::Expr* ParseContext::strings(std::vector<Token>&& pieces, const ast::Loc& loc) {
  bool any_bytes = false, any_text = false, any_f = false;
  size_t total = 0;
  for (const Token& t : pieces) {
    StringForm f = string_form(t.text);
    (f.bytes ? any_bytes : any_text) = true;
    any_f |= f.fstring;
    total += f.body.size();
  }
  if (any_bytes && any_text) {
    fail_here("cannot mix bytes and nonbytes literals");
    return nullptr;
  }
  if (any_f) return join_fstrings(pieces, loc);
  auto* c = make<ast::Constant>(loc, any_bytes ? ast::Constant::Type::Bytes
                                               : ast::Constant::Type::Str);
  c->text.reserve(total);
  std::string err;
  for (const Token& t : pieces) {
    StringForm f = string_form(t.text);
    if (f.bytes) {
      for (unsigned char ch : f.body)
        if (ch >= 0x80) {
          fail_at(t.loc, "bytes can only contain ASCII literal characters");
          return nullptr;
        }
    }
    if (f.raw) {
      c->text.append(f.body);
    } else if (!(f.bytes ? decode_bytes_escapes(f.body, c->text, err)
                         : decode_str_escapes(f.body, c->text, err))) {
      fail_here(err);
      return nullptr;
    }
  }
  return c;
}

}  // namespace hotpy::frontend
