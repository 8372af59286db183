// str's methods that search, cut and pad: split, join, strip, replace, find, count,
// startswith, partition, center, ... (case mapping and predicates: str_case.cpp).
// Searching works on the UTF-8 bytes (a code-point match is a byte match) and
// converts offsets to code-point indices only at the edges.
#include <algorithm>
#include <bit>
#include <cstring>
#include <vector>

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str_internal.h"
#include "objects/str_unicode.h"
#include "objects/tuple.h"

namespace hotpy::str_impl {

// ---- argument helpers

namespace {

bool refuse_keywords(const char* qualname, KwNames* kw) {
  if (kw && kw->size()) {
    raise(&TypeErrorType, format("%s takes no keyword arguments", qualname));
    return false;
  }
  return true;
}

const char* plural(size_t n) { return n == 1 ? "argument" : "arguments"; }

StrObject* has_index_name() {
  static StrObject* name = intern("__index__");
  return name;
}

}  // namespace

bool check_noargs(const char* qualname, size_t n, KwNames* kw) {
  if (!refuse_keywords(qualname, kw)) return false;
  if (n == 0) return true;
  raise(&TypeErrorType, format("%s takes no arguments (%zu given)", qualname, n));
  return false;
}

bool check_onearg(const char* qualname, size_t n, KwNames* kw) {
  if (!refuse_keywords(qualname, kw)) return false;
  if (n == 1) return true;
  raise(&TypeErrorType, format("%s takes exactly one argument (%zu given)", qualname, n));
  return false;
}

bool check_clinic(const char* name, const char* qualname, size_t n, KwNames* kw, size_t min,
                  size_t max) {
  if (!refuse_keywords(qualname, kw)) return false;
  if (n < min) {
    raise(&TypeErrorType, format("%s expected at least %zu %s, got %zu", name, min, plural(min), n));
    return false;
  }
  if (n > max) {
    raise(&TypeErrorType, format("%s expected at most %zu %s, got %zu", name, max, plural(max), n));
    return false;
  }
  return true;
}

bool check_oldstyle(const char* name, const char* qualname, size_t n, KwNames* kw, size_t min,
                    size_t max) {
  if (!refuse_keywords(qualname, kw)) return false;
  if (n < min) {
    raise(&TypeErrorType,
          format("%s() takes at least %zu %s (%zu given)", name, min, plural(min), n));
    return false;
  }
  if (n > max) {
    raise(&TypeErrorType, format("%s() takes at most %zu %s (%zu given)", name, max, plural(max), n));
    return false;
  }
  return true;
}

bool bind_method_args(const char* name, const Value* args, size_t n, KwNames* kw,
                      std::initializer_list<const char*> names, Value* out) {
  size_t nkw = kw ? kw->size() : 0;
  if (n > names.size()) {
    raise(&TypeErrorType, format("%s() takes at most %zu %s (%zu given)", name, names.size(),
                                 plural(names.size()), n + nkw));
    return false;
  }
  for (size_t i = 0; i < n; ++i) out[i] = args[i];
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = as_str(kw->m_items[k])->view();
    size_t i = 0;
    for (const char* param : names) {
      if (key == param) break;
      ++i;
    }
    if (i == names.size()) {
      raise(&TypeErrorType, format("'%.*s' is an invalid keyword argument for %s()",
                                   static_cast<int>(key.size()), key.data(), name));
      return false;
    }
    if (i < n) {
      raise(&TypeErrorType, format("argument for %s() given by name ('%s') and position (%zu)",
                                   name, names.begin()[i], i + 1));
      return false;
    }
    out[i] = args[n + k];
  }
  return true;
}

bool int_arg(const Value& v, int64_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.as_bool();
    return true;
  }
  if (is_bigint(v)) {
    raise(&OverflowErrorType, "Python int too large to convert to C ssize_t");
    return false;
  }
  if (!v.type()->lookup(has_index_name()).is_null()) return index_value(v, out);
  raise(&TypeErrorType,
        format("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
  return false;
}

namespace {

// One bound of start/end: None/absent leaves `out`; huge ints clamp like CPython's.
bool slice_bound(const Value& v, int64_t* out) {
  if (v.is_null() || v.is_none()) return true;
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.as_bool();
    return true;
  }
  if (is_bigint(v)) {
    *out = int_cmp(v, Value::integer(0)) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  if (!v.type()->lookup(has_index_name()).is_null()) return index_value(v, out);
  raise(&TypeErrorType, "slice indices must be integers or None or have an __index__ method");
  return false;
}

}  // namespace

// Like CPython's ADJUST_INDICES: end is clamped to the length, start only below, so a
// start past the end finds nothing (even '').
bool parse_bounds(const Value& start, const Value& end, int64_t length, int64_t* out_start,
                  int64_t* out_end) {
  int64_t st = 0, en = INT64_MAX;
  if (!slice_bound(start, &st) || !slice_bound(end, &en)) return false;
  if (en > length) {
    en = length;
  } else if (en < 0) {
    en += length;
    if (en < 0) en = 0;
  }
  if (st < 0) {
    st += length;
    if (st < 0) st = 0;
  }
  *out_start = st;
  *out_end = en;
  return true;
}

// ---- helpers over the UTF-8 text

namespace {

inline const StrObject* self_of(const Value* args) { return as_str(args[0]); }

// The str of bytes [b0, b1) of `s`.
Value piece(const StrObject* s, size_t b0, size_t b1) {
  if (b0 == 0 && b1 == s->m_data.size() && s->m_type == &StrType)
    return Value::borrow(const_cast<StrObject*>(s));
  if (s->ascii()) return new_str_len(std::string_view(s->m_data).substr(b0, b1 - b0), static_cast<int64_t>(b1 - b0));
  return new_str(std::string_view(s->m_data).substr(b0, b1 - b0));
}

Value self_copy(const Value& self) { return exact_str(self); }

// Is there a whitespace code point at byte i? Sets *len to its byte length.
inline bool space_at(const std::string& d, size_t i, size_t* len) {
  auto c = static_cast<unsigned char>(d[i]);
  if (c < 0x80) {
    *len = 1;
    return unicode::kAsciiFlags[c] & unicode::kSpace;
  }
  const char* p = d.data() + i;
  uint32_t cp = decode_utf8(p);
  *len = p - (d.data() + i);
  return unicode::is_space(cp);
}

// Start of the code point that ends just before byte i.
inline size_t prev_start(const std::string& d, size_t i) {
  do --i;
  while (i > 0 && (static_cast<unsigned char>(d[i]) & 0xC0) == 0x80);
  return i;
}

bool need_str(const Value& v) {
  if (is_str(v)) return true;
  raise(&TypeErrorType, format("must be str, not %s", type_name(v).c_str()));
  return false;
}

// sep (None or str) and maxsplit of split/rsplit.
bool split_args(const char* name, const Value* args, size_t nargs, KwNames* kw, Value* sep,
                int64_t* maxsplit) {
  Value a[2];
  if (!bind_method_args(name, args + 1, nargs - 1, kw, {"sep", "maxsplit"}, a)) return false;
  *maxsplit = -1;
  if (!a[1].is_null() && !int_arg(a[1], maxsplit)) return false;
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!is_str(a[0])) {
      raise(&TypeErrorType, format("must be str or None, not %s", type_name(a[0]).c_str()));
      return false;
    }
    if (as_str(a[0])->m_data.empty()) {
      raise(&ValueErrorType, "empty separator");
      return false;
    }
    *sep = a[0];
  }
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

}  // namespace

// ---- split family

// Most splits give a few pieces: room for them up front saves the vector's regrowths.
constexpr size_t kSplitPrealloc = 12;

Value method_split(const Value* args, size_t nargs, KwNames* kw) {
  Value sep;
  int64_t maxsplit;
  if (!split_args("split", args, nargs, kw, &sep, &maxsplit)) return Value();
  const StrObject* s = self_of(args);
  const std::string& d = s->m_data;
  std::vector<Value> out;
  out.reserve(kSplitPrealloc);
  size_t n = d.size(), i = 0, len;
  if (sep.is_null()) {
    // Runs of whitespace separate; leading and trailing whitespace yield nothing.
    while (true) {
      while (i < n && space_at(d, i, &len)) i += len;
      if (i >= n) break;
      if (maxsplit-- == 0) {
        out.push_back(piece(s, i, n));  // the rest keeps its trailing whitespace
        break;
      }
      size_t j = i;
      while (j < n && !space_at(d, j, &len)) j += len;
      out.push_back(piece(s, i, j));
      i = j;
    }
  } else {
    std::string_view text = d, needle = as_str(sep)->view();
    if (needle.size() == 1) {
      // One byte (an ASCII separator: ',' ' ' '\n'): memchr finds it, with no compare of
      // the rest of a needle at each candidate, as string_view::find makes.
      const char* base = d.data();
      while (maxsplit-- > 0) {
        const void* hit = std::memchr(base + i, needle[0], n - i);
        if (!hit) break;
        size_t k = static_cast<const char*>(hit) - base;
        out.push_back(piece(s, i, k));
        i = k + 1;
      }
    } else {
      while (maxsplit-- > 0) {
        size_t k = text.find(needle, i);
        if (k == std::string_view::npos) break;
        out.push_back(piece(s, i, k));
        i = k + needle.size();
      }
    }
    out.push_back(piece(s, i, n));
  }
  return new_list(std::move(out));
}

Value method_rsplit(const Value* args, size_t nargs, KwNames* kw) {
  Value sep;
  int64_t maxsplit;
  if (!split_args("rsplit", args, nargs, kw, &sep, &maxsplit)) return Value();
  const StrObject* s = self_of(args);
  const std::string& d = s->m_data;
  std::vector<Value> out;
  size_t end = d.size(), len;
  if (sep.is_null()) {
    while (true) {
      // Skip whitespace backwards.
      while (end > 0) {
        size_t b = prev_start(d, end);
        if (!space_at(d, b, &len)) break;
        end = b;
      }
      if (end == 0) break;
      if (maxsplit-- == 0) {
        out.push_back(piece(s, 0, end));
        break;
      }
      size_t begin = end;
      while (begin > 0) {
        size_t b = prev_start(d, begin);
        if (space_at(d, b, &len)) break;
        begin = b;
      }
      out.push_back(piece(s, begin, end));
      end = begin;
    }
  } else {
    std::string_view text = d, needle = as_str(sep)->view();
    while (maxsplit-- > 0 && end >= needle.size()) {
      size_t k = text.rfind(needle, end - needle.size());
      if (k == std::string_view::npos) break;
      out.push_back(piece(s, k + needle.size(), end));
      end = k;
    }
    out.push_back(piece(s, 0, end));
  }
  std::reverse(out.begin(), out.end());
  return new_list(std::move(out));
}

Value method_splitlines(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_method_args("splitlines", args + 1, nargs - 1, kw, {"keepends"}, a)) return Value();
  int64_t keep = 0;
  if (!a[0].is_null() && !int_arg(a[0], &keep)) return Value();
  const StrObject* s = self_of(args);
  const std::string& d = s->m_data;
  std::vector<Value> out;
  size_t n = d.size(), i = 0, line = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(d[i]);
    size_t brk = 0;  // byte length of a line break at i
    if (c == '\n' || c == '\x0b' || c == '\x0c' || c == '\x1c' || c == '\x1d' || c == '\x1e') {
      brk = 1;
    } else if (c == '\r') {
      brk = (i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
    } else if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(d[i + 1]) == 0x85) {
      brk = 2;  // U+0085
    } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(d[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(d[i + 2]) & 0xFE) == 0xA8) {
      brk = 3;  // U+2028, U+2029
    }
    if (!brk) {
      ++i;
      continue;
    }
    out.push_back(piece(s, line, keep ? i + brk : i));
    i += brk;
    line = i;
  }
  if (line < n) out.push_back(piece(s, line, n));
  return new_list(std::move(out));
}

Value method_join(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_onearg("str.join()", nargs - 1, kw)) return Value();
  const StrObject* sep = self_of(args);
  const Value& iterable = args[1];
  std::vector<Value> collected;
  const std::vector<Value>* items;
  if (is_list(iterable)) {
    items = &as_list(iterable)->m_items;
  } else if (is_tuple(iterable)) {
    items = &as_tuple(iterable)->m_items;
  } else {
    Value it = get_iter(iterable);
    if (it.is_null()) {
      if (error_matches(&TypeErrorType)) {
        clear_error();
        raise(&TypeErrorType, "can only join an iterable");
      }
      return Value();
    }
    while (true) {
      Value x = iter_next(it);
      if (x.is_null()) {
        if (error_pending()) return Value();
        break;
      }
      collected.push_back(std::move(x));
    }
    items = &collected;
  }
  size_t count = items->size();
  if (count == 0) return empty_str();
  if (count == 1 && is_exact_str((*items)[0])) return (*items)[0];
  size_t bytes = sep->m_data.size() * (count - 1);
  int64_t length = sep->m_length * static_cast<int64_t>(count - 1);
  for (size_t i = 0; i < count; ++i) {
    const Value& x = (*items)[i];
    if (!is_str(x))
      return raise(&TypeErrorType, format("sequence item %zu: expected str instance, %s found", i,
                                          type_name(x).c_str()));
    bytes += as_str(x)->m_data.size();
    length += as_str(x)->m_length;
  }
  std::string out;
  out.reserve(bytes);
  out += as_str((*items)[0])->m_data;
  if (sep->m_data.size() == 1) {  // the usual separator: one character, no copy call
    char c = sep->m_data[0];
    for (size_t i = 1; i < count; ++i) {
      out.push_back(c);
      out += as_str((*items)[i])->m_data;
    }
  } else {
    for (size_t i = 1; i < count; ++i) {
      out += sep->m_data;
      out += as_str((*items)[i])->m_data;
    }
  }
  return new_str_len(std::move(out), length);
}

// ---- strip

namespace {

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Value do_strip(const char* name, const char* qual, const Value* args, size_t nargs, KwNames* kw, int side) {
  if (!check_clinic(name, qual, nargs - 1, kw, 0, 1)) return Value();
  const StrObject* s = self_of(args);
  const std::string& d = s->m_data;
  // Membership test for one code point: whitespace, or a set of characters.
  bool ascii_set[128] = {};
  std::vector<uint32_t> wide_set;
  bool whitespace = nargs < 2 || args[1].is_none();
  if (!whitespace) {
    if (!is_str(args[1])) return raise(&TypeErrorType, "strip arg must be None or str");
    const std::string& chars = as_str(args[1])->m_data;
    const char* p = chars.data();
    const char* end = p + chars.size();
    while (p < end) {
      uint32_t cp = decode_utf8(p);
      if (cp < 128)
        ascii_set[cp] = true;
      else
        wide_set.push_back(cp);
    }
  }
  auto strip_here = [&](size_t i, size_t* len) {
    if (whitespace) return space_at(d, i, len);
    const char* p = d.data() + i;
    uint32_t cp = decode_utf8(p);
    *len = p - (d.data() + i);
    if (cp < 128) return ascii_set[cp];
    for (uint32_t w : wide_set)
      if (w == cp) return true;
    return false;
  };
  size_t begin = 0, end = d.size(), len;
  if (side & kLeft)
    while (begin < end && strip_here(begin, &len)) begin += len;
  if (side & kRight) {
    while (end > begin) {
      size_t b = prev_start(d, end);
      if (!strip_here(b, &len)) break;
      end = b;
    }
  }
  return piece(s, begin, end);
}

}  // namespace

Value method_strip(const Value* args, size_t nargs, KwNames* kw) {
  return do_strip("strip", "str.strip()", args, nargs, kw, kBoth);
}
Value method_lstrip(const Value* args, size_t nargs, KwNames* kw) {
  return do_strip("lstrip", "str.lstrip()", args, nargs, kw, kLeft);
}
Value method_rstrip(const Value* args, size_t nargs, KwNames* kw) {
  return do_strip("rstrip", "str.rstrip()", args, nargs, kw, kRight);
}

// ---- replace

Value method_replace(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_clinic("replace", "str.replace()", nargs - 1, kw, 2, 3)) return Value();
  for (int i = 1; i <= 2; ++i)
    if (!is_str(args[i]))
      return raise(&TypeErrorType, format("replace() argument %d must be str, not %s", i,
                                          type_name(args[i]).c_str()));
  int64_t count = -1;
  if (nargs > 3 && !int_arg(args[3], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  const StrObject* s = self_of(args);
  const StrObject* old_s = as_str(args[1]);
  const StrObject* new_s = as_str(args[2]);
  std::string_view text = s->view(), old_v = old_s->view(), new_v = new_s->view();
  if (count == 0) return self_copy(args[0]);
  std::string out;
  int64_t done = 0;
  if (old_v.empty()) {
    // '' matches before every code point and at the end.
    if (s->m_length + 1 <= count) count = s->m_length + 1;
    const char* p = text.data();
    const char* end = p + text.size();
    while (done < count) {
      out += new_v;
      ++done;
      if (p == end) break;
      const char* start = p;
      decode_utf8(p);
      out.append(start, p - start);
    }
    out.append(p, end - p);
  } else if (old_v.size() == 1 && new_v.size() == 1 && count == INT64_MAX) {
    // One byte for another (both ASCII, as a one-byte str is): a copy changed in place.
    size_t first = text.find(old_v[0]);
    if (first == std::string_view::npos) return self_copy(args[0]);
    out.assign(text);
    for (size_t i = first; i < out.size(); ++i)
      if (out[i] == old_v[0]) out[i] = new_v[0], ++done;
  } else {
    size_t i = 0;
    while (done < count) {
      size_t k = text.find(old_v, i);
      if (k == std::string_view::npos) break;
      if (done == 0) out.reserve(text.size());
      out.append(text, i, k - i);
      out += new_v;
      i = k + old_v.size();
      ++done;
    }
    if (done == 0) return self_copy(args[0]);
    out.append(text, i);
  }
  int64_t length = s->m_length + done * (new_s->m_length - old_s->m_length);
  return new_str_len(std::move(out), length);
}

// ---- find family

namespace {

// The searched window of `s` for start/end arguments, as byte offsets; false when the
// window is empty in a way that finds nothing (start beyond the end).
struct Window {
  int64_t start, end;  // code points
  size_t b0, b1;       // bytes
};

bool window_of(const StrObject* s, const Value* args, size_t nargs, Window* w, bool* ok) {
  *ok = parse_bounds(nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(), s->m_length,
                     &w->start, &w->end);
  if (!*ok || w->start > w->end) return false;
  w->b0 = str_offset(s, w->start);
  w->b1 = s->ascii() ? static_cast<size_t>(w->end) : str_offset(s, w->end);
  return true;
}

// find/rfind: code-point index or -1; -2 on error.
int64_t find_impl(const char* name, const char* qual, const Value* args, size_t nargs, KwNames* kw, bool reverse) {
  if (!check_oldstyle(name, qual, nargs - 1, kw, 1, 3)) return -2;
  if (!need_str(args[1])) return -2;
  const StrObject* s = self_of(args);
  Window w;
  bool ok;
  if (!window_of(s, args, nargs, &w, &ok)) return ok ? -1 : -2;
  std::string_view text = std::string_view(s->m_data).substr(w.b0, w.b1 - w.b0);
  std::string_view needle = as_str(args[1])->view();
  size_t k = reverse ? text.rfind(needle) : text.find(needle);
  if (k == std::string_view::npos) return -1;
  return str_impl::byte_to_cp(s, w.b0 + k);
}

}  // namespace

Value method_find(const Value* args, size_t nargs, KwNames* kw) {
  int64_t r = find_impl("find", "str.find()", args, nargs, kw, false);
  return r == -2 ? Value() : Value::integer(r);
}
Value method_rfind(const Value* args, size_t nargs, KwNames* kw) {
  int64_t r = find_impl("rfind", "str.rfind()", args, nargs, kw, true);
  return r == -2 ? Value() : Value::integer(r);
}
Value method_index(const Value* args, size_t nargs, KwNames* kw) {
  int64_t r = find_impl("index", "str.index()", args, nargs, kw, false);
  if (r == -1) return raise(&ValueErrorType, "substring not found");
  return r == -2 ? Value() : Value::integer(r);
}
Value method_rindex(const Value* args, size_t nargs, KwNames* kw) {
  int64_t r = find_impl("rindex", "str.rindex()", args, nargs, kw, true);
  if (r == -1) return raise(&ValueErrorType, "substring not found");
  return r == -2 ? Value() : Value::integer(r);
}

Value method_count(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_oldstyle("count", "str.count()", nargs - 1, kw, 1, 3)) return Value();
  if (!need_str(args[1])) return Value();
  const StrObject* s = self_of(args);
  Window w;
  bool ok;
  if (!window_of(s, args, nargs, &w, &ok)) return ok ? Value::integer(0) : Value();
  std::string_view needle = as_str(args[1])->view();
  if (needle.empty()) return Value::integer(w.end - w.start + 1);
  std::string_view text = std::string_view(s->m_data).substr(w.b0, w.b1 - w.b0);
  int64_t n = 0;
  if (needle.size() == 1) {
    // Eight bytes a step: a byte of w ^ pattern is zero where the text has the character,
    // and this form of the zero-byte test sets bit 7 of exactly those bytes.
    constexpr uint64_t kLow7 = 0x7f7f7f7f7f7f7f7full;
    const uint64_t pattern = 0x0101010101010101ull * static_cast<unsigned char>(needle[0]);
    size_t k = 0;
    for (; k + 8 <= text.size(); k += 8) {
      uint64_t w;
      std::memcpy(&w, text.data() + k, 8);
      uint64_t t = w ^ pattern;
      n += std::popcount(~(((t & kLow7) + kLow7) | t | kLow7));
    }
    for (; k < text.size(); ++k) n += text[k] == needle[0];
    return Value::integer(n);
  }
  for (size_t k = text.find(needle); k != std::string_view::npos;
       k = text.find(needle, k + needle.size()))
    ++n;
  return Value::integer(n);
}

namespace {

Value starts_or_ends(const char* name, const char* qual, const Value* args, size_t nargs, KwNames* kw, bool ends) {
  if (!check_oldstyle(name, qual, nargs - 1, kw, 1, 3)) return Value();
  const Value& what = args[1];
  const std::vector<Value>* options = nullptr;
  if (is_tuple(what)) {
    options = &as_tuple(what)->m_items;
    for (const Value& o : *options)
      if (!is_str(o))
        return raise(&TypeErrorType, format("tuple for %s must only contain str, not %s", name,
                                            type_name(o).c_str()));
  } else if (!is_str(what)) {
    return raise(&TypeErrorType, format("%s first arg must be str or a tuple of str, not %s", name,
                                        type_name(what).c_str()));
  }
  const StrObject* s = self_of(args);
  Window w;
  bool ok;
  if (!window_of(s, args, nargs, &w, &ok)) return ok ? Value::boolean(false) : Value();
  if (w.start > s->m_length) return Value::boolean(false);
  std::string_view text = std::string_view(s->m_data).substr(w.b0, w.b1 - w.b0);
  auto test = [&](const Value& o) {
    std::string_view v = as_str(o)->view();
    if (v.size() > text.size()) return false;
    return ends ? text.substr(text.size() - v.size()) == v : text.substr(0, v.size()) == v;
  };
  if (!options) return Value::boolean(test(what));
  for (const Value& o : *options)
    if (test(o)) return Value::boolean(true);
  return Value::boolean(false);
}

}  // namespace

Value method_startswith(const Value* args, size_t nargs, KwNames* kw) {
  return starts_or_ends("startswith", "str.startswith()", args, nargs, kw, false);
}
Value method_endswith(const Value* args, size_t nargs, KwNames* kw) {
  return starts_or_ends("endswith", "str.endswith()", args, nargs, kw, true);
}

// ---- partition, removeprefix

namespace {

Value do_partition(const char* qualname, const Value* args, size_t nargs, KwNames* kw,
                   bool reverse) {
  if (!check_onearg(qualname, nargs - 1, kw)) return Value();
  if (!need_str(args[1])) return Value();
  const StrObject* s = self_of(args);
  std::string_view text = s->view(), sep = as_str(args[1])->view();
  if (sep.empty()) return raise(&ValueErrorType, "empty separator");
  size_t k = reverse ? text.rfind(sep) : text.find(sep);
  if (k == std::string_view::npos) {
    if (reverse) return new_tuple({empty_str(), empty_str(), self_copy(args[0])});
    return new_tuple({self_copy(args[0]), empty_str(), empty_str()});
  }
  return new_tuple({piece(s, 0, k), exact_str(args[1]), piece(s, k + sep.size(), text.size())});
}

Value do_remove(const char* name, const char* qual, const Value* args, size_t nargs, KwNames* kw, bool suffix) {
  if (!check_onearg(qual, nargs - 1, kw)) return Value();
  if (!is_str(args[1]))
    return raise(&TypeErrorType, format("%s() argument must be str, not %s", name,
                                        type_name(args[1]).c_str()));
  const StrObject* s = self_of(args);
  std::string_view text = s->view(), affix = as_str(args[1])->view();
  if (affix.empty() || affix.size() > text.size()) return self_copy(args[0]);
  if (suffix) {
    if (text.substr(text.size() - affix.size()) != affix) return self_copy(args[0]);
    return piece(s, 0, text.size() - affix.size());
  }
  if (text.substr(0, affix.size()) != affix) return self_copy(args[0]);
  return piece(s, affix.size(), text.size());
}

}  // namespace

Value method_partition(const Value* args, size_t nargs, KwNames* kw) {
  return do_partition("str.partition()", args, nargs, kw, false);
}
Value method_rpartition(const Value* args, size_t nargs, KwNames* kw) {
  return do_partition("str.rpartition()", args, nargs, kw, true);
}
Value method_removeprefix(const Value* args, size_t nargs, KwNames* kw) {
  return do_remove("removeprefix", "str.removeprefix()", args, nargs, kw, false);
}
Value method_removesuffix(const Value* args, size_t nargs, KwNames* kw) {
  return do_remove("removesuffix", "str.removesuffix()", args, nargs, kw, true);
}

// ---- padding

namespace {

enum Justify { kJustLeft, kJustRight, kJustCenter };

Value do_justify(const char* name, const char* qual, const Value* args, size_t nargs, KwNames* kw, Justify how) {
  if (!check_clinic(name, qual, nargs - 1, kw, 1, 2)) return Value();
  int64_t width;
  if (!int_arg(args[1], &width)) return Value();
  std::string fill = " ";
  if (nargs > 2) {
    if (!is_str(args[2]))
      return raise(&TypeErrorType, format("The fill character must be a unicode character, not %s",
                                          type_name(args[2]).c_str()));
    if (as_str(args[2])->m_length != 1)
      return raise(&TypeErrorType, "The fill character must be exactly one character long");
    fill = as_str(args[2])->m_data;
  }
  const StrObject* s = self_of(args);
  if (width <= s->m_length) return self_copy(args[0]);
  int64_t margin = width - s->m_length, left;
  switch (how) {
    case kJustLeft: left = 0; break;
    case kJustRight: left = margin; break;
    default: left = margin / 2 + (margin & width & 1); break;  // CPython's rounding
  }
  if (!check_alloc(margin, fill.size())) return Value();
  std::string out;
  out.reserve(s->m_data.size() + margin * fill.size());
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += s->m_data;
  for (int64_t i = left; i < margin; ++i) out += fill;
  return new_str_len(std::move(out), width);
}

}  // namespace

Value method_center(const Value* args, size_t nargs, KwNames* kw) {
  return do_justify("center", "str.center()", args, nargs, kw, kJustCenter);
}
Value method_ljust(const Value* args, size_t nargs, KwNames* kw) {
  return do_justify("ljust", "str.ljust()", args, nargs, kw, kJustLeft);
}
Value method_rjust(const Value* args, size_t nargs, KwNames* kw) {
  return do_justify("rjust", "str.rjust()", args, nargs, kw, kJustRight);
}

Value method_zfill(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_onearg("str.zfill()", nargs - 1, kw)) return Value();
  int64_t width;
  if (!int_arg(args[1], &width)) return Value();
  const StrObject* s = self_of(args);
  if (width <= s->m_length) return self_copy(args[0]);
  int64_t fill = width - s->m_length;
  if (!check_alloc(fill)) return Value();
  std::string out(static_cast<size_t>(fill), '0');
  out += s->m_data;
  // A sign moves in front of the zeros.
  if (!s->m_data.empty() && (s->m_data[0] == '+' || s->m_data[0] == '-')) {
    out[0] = s->m_data[0];
    out[fill] = '0';
  }
  return new_str_len(std::move(out), width);
}

Value method_expandtabs(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_method_args("expandtabs", args + 1, nargs - 1, kw, {"tabsize"}, a)) return Value();
  int64_t tabsize = 8;
  if (!a[0].is_null()) {
    // CPython's tabsize is a C int.
    if (is_bigint(a[0]) || (int_arg(a[0], &tabsize) && (tabsize > INT32_MAX || tabsize < INT32_MIN))) {
      clear_error();
      return raise(&OverflowErrorType, "Python int too large to convert to C int");
    }
    if (error_pending()) return Value();
  }
  const StrObject* s = self_of(args);
  if (s->m_data.find('\t') == std::string::npos) return self_copy(args[0]);
  std::string out;
  int64_t column = 0, length = 0;
  const char* p = s->m_data.data();
  const char* end = p + s->m_data.size();
  while (p < end) {
    char c = *p;
    if (c == '\t') {
      ++p;
      if (tabsize > 0) {
        int64_t n = tabsize - column % tabsize;
        out.append(static_cast<size_t>(n), ' ');
        column += n;
        length += n;
      }
      continue;
    }
    const char* start = p;
    decode_utf8(p);
    out.append(start, p - start);
    ++length;
    column = (c == '\n' || c == '\r') ? 0 : column + 1;
  }
  return new_str_len(std::move(out), length);
}

}  // namespace hotpy::str_impl
