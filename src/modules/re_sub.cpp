// sub, subn, split and match.expand: replacement templates parsed as CPython 3.11's
// parse_template (group references \1 \g<name> \g<0>, the escapes it knows, its
// messages), and the scanning loop with CPython 3.7's rules for empty matches.
#include "modules/re_internal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

// A parsed template: literal text and group references, in order.
struct Piece {
  std::string text;  // used when group < 0
  int group = -1;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_octal(char c) { return c >= '0' && c <= '7'; }

class TemplateParser {
 public:
  TemplateParser(PatternObject* p, const Value& templ, std::string_view text, bool bytes)
      : p_(p), templ_(templ), s_(text), bytes_(bytes) {}

  bool parse(std::vector<Piece>* out) {
    std::string lit;
    auto flush = [&] {
      if (!lit.empty()) out->push_back({std::move(lit), -1});
      lit.clear();
    };
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c != '\\' || i_ + 1 >= s_.size()) {
        lit += c;
        i_++;
        continue;
      }
      size_t start = i_;
      char e = s_[i_ + 1];
      i_ += 2;
      if (e == 'g') {
        int g;
        if (!group_name(start, &g)) return false;
        flush();
        out->push_back({std::string(), g});
      } else if (e == '0') {
        int v = 0;
        for (int k = 0; k < 2 && i_ < s_.size() && is_octal(s_[i_]); k++) v = v * 8 + (s_[i_++] - '0');
        append_char(lit, uint32_t(v & 0xff));
      } else if (is_digit(e)) {
        if (i_ < s_.size() && is_digit(s_[i_])) {
          i_++;
          if (is_octal(e) && is_octal(s_[i_ - 1]) && i_ < s_.size() && is_octal(s_[i_])) {
            i_++;
            int v = (e - '0') * 64 + (s_[i_ - 2] - '0') * 8 + (s_[i_ - 1] - '0');
            if (v > 0377)
              return error("octal escape value " + std::string(s_.substr(start, 4)) + " outside of range 0-0o377",
                           start);
            append_char(lit, uint32_t(v));
            continue;
          }
        }
        int g = std::stoi(std::string(s_.substr(start + 1, i_ - start - 1)));
        if (g > p_->m_groups) return error("invalid group reference " + std::to_string(g), start + 1);
        flush();
        out->push_back({std::string(), g});
      } else {
        const char* known = "a\af\fn\nr\rt\tv\vb\b\\\\";
        const char* k = nullptr;
        for (const char* q = known; *q; q += 2)
          if (*q == e) k = q;
        if (k) {
          lit += k[1];
        } else if ((e | 0x20) >= 'a' && (e | 0x20) <= 'z') {
          return error(std::string("bad escape \\") + e, start);
        } else {
          lit += s_.substr(start, 2);
        }
      }
    }
    flush();
    return true;
  }

 private:
  PatternObject* p_;
  Value templ_;
  std::string_view s_;
  bool bytes_;
  size_t i_ = 0;

  int64_t index_of(size_t byte) const {
    return bytes_ ? int64_t(byte) : utf8_length(s_.substr(0, byte));
  }
  bool error(const std::string& msg, size_t pos) {
    raise_re_error(msg, templ_, index_of(pos));
    return false;
  }
  void append_char(std::string& lit, uint32_t c) {
    if (bytes_) lit += char(c);
    else append_utf8(lit, c);
  }

  // \g<name> or \g<number>; `start` is the backslash.
  bool group_name(size_t start, int* g) {
    if (i_ >= s_.size() || s_[i_] != '<') return error("missing <", i_);
    i_++;
    size_t begin = i_;
    while (i_ < s_.size() && s_[i_] != '>') i_++;
    std::string name(s_.substr(begin, i_ - begin));
    if (i_ >= s_.size()) {
      if (name.empty()) return error("missing group name", i_);
      return error("missing >, unterminated name", begin);
    }
    i_++;
    if (name.empty()) return error("missing group name", i_ - 1);
    bool digits = name.size() < 10;
    for (char c : name) digits = digits && is_digit(c);
    if (digits) {
      *g = std::stoi(name);
      if (*g > p_->m_groups) return error("invalid group reference " + std::to_string(*g), begin);
      return true;
    }
    Value v = dict_get(as_dict(p_->m_groupindex), new_str(name));
    if (!v.is_null()) {
      *g = int(v.as_int());
      return true;
    }
    bool identifier = !is_digit(name[0]);
    for (char c : name)
      identifier = identifier && (is_digit(c) || c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
                                  static_cast<unsigned char>(c) >= 0x80);
    if (identifier) {
      raise(&IndexErrorType, "unknown group name " + str_repr(name));
      return false;
    }
    return error("bad character in group name " + str_repr(name), begin);
  }
};

// The text of a template or replacement: str for str patterns, any bytes-like
// object for bytes patterns; false (no exception) when it is of the other kind.
bool template_text(PatternObject* p, const Value& v, std::string_view* out) {
  if (!p->m_bytes) {
    if (!is_str(v)) return false;
    *out = as_str(v)->view();
    return true;
  }
  return !is_str(v) && buffer_view(v, out);
}

bool parse_template(PatternObject* p, const Value& templ, std::vector<Piece>* pieces) {
  std::string_view text;
  if (!template_text(p, templ, &text)) {
    if (error_pending()) return false;
    raise(&TypeErrorType, p->m_bytes ? format("expected a bytes-like object, %s found", type_name(templ).c_str())
                                     : format("expected str instance, %s found", type_name(templ).c_str()));
    return false;
  }
  return TemplateParser(p, templ, text, p->m_bytes).parse(pieces);
}

void expand_into(std::string& out, const std::vector<Piece>& pieces, const Subject& s,
                 const std::vector<size_t>& ov) {
  for (const Piece& piece : pieces) {
    if (piece.group < 0) {
      out += piece.text;
    } else {
      size_t b = ov[2 * size_t(piece.group)];
      if (b != PCRE2_UNSET) out.append(s.data.substr(b, ov[2 * size_t(piece.group) + 1] - b));
    }
  }
}

Value finish_text(PatternObject* p, std::string out) {
  return p->m_bytes ? new_bytes(std::move(out)) : new_str(std::move(out));
}

// sub and subn: the new text, and the number of replacements in *count.
Value substitute(const char* fname, const Value* args, size_t nargs, KwNames* kw, int64_t* nsubs) {
  Value a[3];
  if (!bind_args(fname, args + 1, nargs - 1, kw, {"repl", "string", "count"}, 3, a)) return Value();
  if (a[0].is_null() || a[1].is_null())
    return raise(&TypeErrorType, format("%s() missing required argument '%s' (pos %d)", fname,
                                        a[0].is_null() ? "repl" : "string", a[0].is_null() ? 1 : 2));
  PatternObject* p = args[0].as<PatternObject>();
  Subject s;
  if (!subject_for(p, a[1], &s)) return Value();
  int64_t count = 0;
  if (!a[2].is_null() && !index_ssize(a[2], &count, &OverflowErrorType)) return Value();
  *nsubs = 0;
  if (count < 0) return a[1];
  Value callable;
  std::vector<Piece> pieces;
  std::string_view literal;
  bool is_literal = false;
  if (template_text(p, a[0], &literal) && literal.find('\\') == std::string_view::npos) {
    is_literal = true;
  } else if (is_callable(a[0])) {
    callable = a[0];
  } else if (!parse_template(p, a[0], &pieces)) {
    return Value();
  }
  std::string out;
  size_t last = 0, start = 0, end = s.data.size();
  int64_t items = 0;  // CPython's join list, for its "sequence item N" message
  bool was_empty = false;
  std::vector<size_t> ov;
  while (start <= end && (count == 0 || *nsubs < count)) {
    int rc = pattern_exec(p, Anchor::kSearch, s, start, end, was_empty ? PCRE2_NOTEMPTY_ATSTART : 0, ov);
    if (rc < 0) return Value();
    if (rc == 0) break;
    if (ov[0] > last) items++;
    out.append(s.data.substr(last, ov[0] - last));
    if (is_literal) {
      out.append(literal);
      items++;
    } else if (!callable.is_null()) {
      Value m = new_match(p, s, ov, 0, s.length());
      if (m.is_null()) return Value();
      Value r = call(callable, &m, 1);
      if (r.is_null()) return Value();
      if (!r.is_none()) {
        std::string_view text;
        if (!template_text(p, r, &text)) {
          if (error_pending()) return Value();
          return raise(&TypeErrorType,
                       format(p->m_bytes ? "sequence item %lld: expected a bytes-like object, %s found"
                                         : "sequence item %lld: expected str instance, %s found",
                              (long long)items, type_name(r).c_str()));
        }
        out.append(text);
        items++;
      }
    } else {
      expand_into(out, pieces, s, ov);
      items++;
    }
    ++*nsubs;
    last = ov[1];
    was_empty = ov[0] == ov[1];
    start = ov[1];
  }
  if (*nsubs == 0 && (is_exact_str(a[1]) || is_type(a[1], &BytesType))) return a[1];
  out.append(s.data.substr(last));
  return finish_text(p, std::move(out));
}

}  // namespace

Value pattern_sub(const Value* args, size_t nargs, KwNames* kw) {
  int64_t n;
  return substitute("sub", args, nargs, kw, &n);
}

Value pattern_subn(const Value* args, size_t nargs, KwNames* kw) {
  int64_t n;
  Value text = substitute("subn", args, nargs, kw, &n);
  if (text.is_null()) return Value();
  return new_tuple({text, Value::integer(n)});
}

Value pattern_split(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("split", args + 1, nargs - 1, kw, {"string", "maxsplit"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "split() missing required argument 'string' (pos 1)");
  PatternObject* p = args[0].as<PatternObject>();
  Subject s;
  if (!subject_for(p, a[0], &s)) return Value();
  int64_t maxsplit = 0;
  if (!a[1].is_null() && !index_ssize(a[1], &maxsplit, &OverflowErrorType)) return Value();
  std::vector<Value> items;
  if (maxsplit < 0) return new_list({s.slice(0, s.data.size())});
  size_t last = 0, start = 0, end = s.data.size();
  int64_t n = 0;
  bool was_empty = false;
  std::vector<size_t> ov;
  while (start <= end && (maxsplit == 0 || n < maxsplit)) {
    int rc = pattern_exec(p, Anchor::kSearch, s, start, end, was_empty ? PCRE2_NOTEMPTY_ATSTART : 0, ov);
    if (rc < 0) return Value();
    if (rc == 0) break;
    items.push_back(s.slice(last, ov[0]));
    for (int g = 1; g <= p->m_groups; g++) {
      size_t b = ov[2 * size_t(g)];
      items.push_back(b == PCRE2_UNSET ? Value::none() : s.slice(b, ov[2 * size_t(g) + 1]));
    }
    n++;
    last = ov[1];
    was_empty = ov[0] == ov[1];
    start = ov[1];
  }
  items.push_back(s.slice(last, s.data.size()));
  return new_list(std::move(items));
}

Value match_expand_template(const Value& match, const Value& templ) {
  auto* m = match.as<MatchObject>();
  std::vector<Piece> pieces;
  if (!parse_template(m->pattern(), templ, &pieces)) return Value();
  std::string out;
  expand_into(out, pieces, m->m_subject, m->m_bytes);
  return finish_text(m->pattern(), std::move(out));
}

}  // namespace hotpy
