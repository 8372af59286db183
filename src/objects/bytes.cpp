// bytes: the object, its slots (indexing gives ints), and the commonly used methods.
// Text conversions are in str_codecs.cpp.
#include "objects/bytes.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject BytesType("bytes");
TypeObject BytesIterType("bytes_iterator");

BytesObject::BytesObject(std::string data, TypeObject* type)
    : Object(type ? type : &BytesType), m_data(std::move(data)) {}

namespace {


// An instance of a subclass of bytes written in Python: it can carry attributes.
struct BytesSubObject : BytesObject {
  DictObject* m_dict = nullptr;
  BytesSubObject(std::string data, TypeObject* type) : BytesObject(std::move(data), type) {}
  ~BytesSubObject() override {
    if (m_dict) decref(m_dict);
  }
  void traverse(Visitor visit, void* arg) override {
    if (m_dict) visit(m_dict, arg);
  }
  DictObject** instance_dict() override { return &m_dict; }
};

}  // namespace

Value new_bytes(std::string data) {
  if (data.empty()) {
    // The shared b'': immortal, made by whichever interpreter asks first.
    static BytesObject* const empty = [] {
      auto* b = new BytesObject(std::string());
      make_immortal(b);
      return b;
    }();
    return Value::borrow(empty);
  }
  return Value::steal(new BytesObject(std::move(data)));
}

std::string bytes_repr(std::string_view data) {
  static const char kHex[] = "0123456789abcdef";
  bool has_single = data.find('\'') != std::string_view::npos;
  char quote = has_single && data.find('"') == std::string_view::npos ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

namespace {

using str_impl::check_noargs;
using str_impl::check_oldstyle;
using str_impl::check_onearg;

std::string_view view_of(const Value& v) { return bytes_view(v); }

Value raise_need_bytes(const Value& v) {
  return raise(&TypeErrorType,
               format("a bytes-like object is required, not '%s'", type_name(v).c_str()));
}

bool index_arg(const Value& v, int64_t* out) { return str_impl::int_arg(v, out); }

// ---- slots

Value bytes_slot_repr(const Value& self) { return new_str(bytes_repr(view_of(self))); }

int64_t bytes_slot_hash(const Value& self) {
  BytesObject* b = as_bytes(self);
  if (b->m_hash == -1) b->m_hash = hash_bytes(b->m_data);
  return b->m_hash;
}

int bytes_slot_bool(const Value& self) { return !as_bytes(self)->m_data.empty(); }
int64_t bytes_slot_len(const Value& self) {
  return static_cast<int64_t>(as_bytes(self)->m_data.size());
}

Value bytes_slot_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_bytes(a) || !is_bytes(b)) return NotImplemented;
  int c = view_of(a).compare(view_of(b));
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

Value bytes_slot_getitem(const Value& self, const Value& key) {
  std::string_view d = view_of(self);
  auto len = static_cast<int64_t>(d.size());
  if (key.type() == &SliceType) {
    int64_t start, stop, step, count;
    if (!slice_indices(key.as<SliceObject>(), len, &start, &stop, &step, &count)) return Value();
    if (count <= 0) return new_bytes(std::string());
    if (step == 1) {
      if (count == len && is_type(self, &BytesType)) return self;
      return new_bytes(std::string(d.substr(start, count)));
    }
    std::string out(static_cast<size_t>(count), '\0');
    for (int64_t k = 0, i = start; k < count; ++k, i += step) out[k] = d[i];
    return new_bytes(std::move(out));
  }
  int64_t i;
  if (key.is_int() || key.is_bool()) {
    i = key.is_int() ? key.as_int() : key.as_bool();
  } else if (is_bigint(key)) {
    return raise(&IndexErrorType, "cannot fit 'int' into an index-sized integer");
  } else if (!key.type()->lookup(intern("__index__")).is_null()) {
    if (!index_value(key, &i)) return Value();
  } else {
    return raise(&TypeErrorType, format("byte indices must be integers or slices, not %s",
                                        type_name(key).c_str()));
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len) return raise(&IndexErrorType, "index out of range");
  return Value::integer(static_cast<unsigned char>(d[i]));
}

int bytes_slot_contains(const Value& self, const Value& item) {
  std::string_view d = view_of(self);
  if (is_bytes(item)) return d.find(view_of(item)) != std::string_view::npos;
  if (item.is_int() || item.is_bool() || is_bigint(item)) {
    int64_t v = -1;
    if (!is_bigint(item)) v = item.is_int() ? item.as_int() : item.as_bool();
    if (v < 0 || v > 255) {
      raise(&ValueErrorType, "byte must be in range(0, 256)");
      return -1;
    }
    return d.find(static_cast<char>(v)) != std::string_view::npos;
  }
  raise_need_bytes(item);
  return -1;
}

Value bytes_slot_binary(BinOp op, const Value& a, const Value& b) {
  bool left = is_bytes(a);
  if (op == BinOp::Add) {
    if (left && is_bytes(b)) {
      std::string t(view_of(a));
      t += view_of(b);
      return new_bytes(std::move(t));
    }
    if (!left) return NotImplemented;
    if (b.type()->tp_binary && b.type()->tp_binary != bytes_slot_binary) {
      Value r = b.type()->tp_binary(op, a, b);
      if (r.is_null() || !r.is(NotImplemented)) return r;
    }
    return raise(&TypeErrorType, format("can't concat %s to bytes", type_name(b).c_str()));
  }
  if (op == BinOp::Mul) {
    const Value& seq = left ? a : b;
    const Value& count = left ? b : a;
    int64_t n;
    if (count.is_int() || count.is_bool()) {
      n = count.is_int() ? count.as_int() : count.as_bool();
    } else if (is_bigint(count)) {
      return raise(&OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    } else if (!count.type()->lookup(intern("__index__")).is_null()) {
      if (!index_value(count, &n)) return Value();
    } else {
      if (left && count.type()->tp_binary && count.type()->tp_binary != bytes_slot_binary) {
        Value r = count.type()->tp_binary(op, a, b);
        if (r.is_null() || !r.is(NotImplemented)) return r;
      }
      return raise(&TypeErrorType, format("can't multiply sequence by non-int of type '%s'",
                                          type_name(count).c_str()));
    }
    std::string_view d = view_of(seq);
    if (n <= 0 || d.empty()) return new_bytes(std::string());
    if (static_cast<uint64_t>(n) > static_cast<uint64_t>(INT64_MAX) / d.size())
      return raise(&OverflowErrorType, "repeated bytes are too long");
    if (!check_alloc(n, d.size())) return Value();
    std::string t;
    t.reserve(d.size() * n);
    for (int64_t k = 0; k < n; ++k) t += d;
    return new_bytes(std::move(t));
  }
  return NotImplemented;
}

// Fills `out` from an iterable of ints in range(256).
bool bytes_from_iterable(const Value& src, std::string& out) {
  Value it = get_iter(src);
  if (it.is_null()) {
    if (error_matches(&TypeErrorType)) {
      clear_error();
      raise(&TypeErrorType,
            format("cannot convert '%s' object to bytes", type_name(src).c_str()));
    }
    return false;
  }
  while (true) {
    Value x = iter_next(it);
    if (x.is_null()) return !error_pending();
    int64_t v;
    if (!index_arg(x, &v)) return false;
    if (v < 0 || v > 255) {
      raise(&ValueErrorType, "bytes must be in range(0, 256)");
      return false;
    }
    out += static_cast<char>(v);
  }
}

// bytes(source=b'', encoding=None, errors=None)
Value bytes_slot_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!str_impl::bind_method_args("bytes", args, nargs, kw, {"source", "encoding", "errors"}, a))
    return Value();
  std::string data;
  const Value& src = a[0];
  if (!a[1].is_null() || !a[2].is_null()) {
    if (src.is_null() || !is_str(src))
      return raise(&TypeErrorType, a[1].is_null() ? "errors without a string argument"
                                                  : "encoding without a string argument");
    for (int i = 1; i < 3; ++i)
      if (!a[i].is_null() && !is_str(a[i]))
        return raise(&TypeErrorType, format("bytes() argument '%s' must be str, not %s",
                                            i == 1 ? "encoding" : "errors",
                                            type_name(a[i]).c_str()));
    Value r = str_encode(as_str(src), a[1].is_null() ? "utf-8" : as_str(a[1])->view(),
                         a[2].is_null() ? "strict" : as_str(a[2])->view());
    if (r.is_null()) return r;
    data = as_bytes(r)->m_data;
  } else if (src.is_null()) {
  } else if (is_str(src)) {
    return raise(&TypeErrorType, "string argument without an encoding");
  } else if (is_bytes(src)) {
    if (type == &BytesType && is_type(src, &BytesType)) return src;
    data = as_bytes(src)->m_data;
  } else if (src.is_int() || src.is_bool() || is_bigint(src)) {
    if (is_bigint(src))
      return raise(&OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    int64_t n;
    if (!index_arg(src, &n)) return Value();
    if (n < 0) return raise(&ValueErrorType, "negative count");
    if (!check_alloc(n)) return Value();
    data.assign(static_cast<size_t>(n), '\0');
  } else if (!bytes_from_iterable(src, data)) {
    return Value();
  }
  if (type == &BytesType) return new_bytes(std::move(data));
  return Value::steal(new BytesSubObject(std::move(data), type));
}

struct BytesIterObject : Object {
  Value m_bytes;
  size_t m_pos = 0;
  explicit BytesIterObject(Value b) : Object(&BytesIterType), m_bytes(std::move(b)) {}
  void traverse(Visitor visit, void* arg) override {
    if (m_bytes.is_obj()) visit(m_bytes.obj(), arg);
  }
};

Value bytes_slot_iter(const Value& self) { return Value::steal(new BytesIterObject(self)); }

Value bytes_iter_next(const Value& self) {
  auto* it = self.as<BytesIterObject>();
  if (it->m_bytes.is_null()) return Value();
  std::string_view d = view_of(it->m_bytes);
  if (it->m_pos >= d.size()) {
    it->m_bytes = Value();
    return Value();
  }
  return Value::integer(static_cast<unsigned char>(d[it->m_pos++]));
}

// ---- methods

Value bytes_decode_method(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!str_impl::bind_method_args("decode", args + 1, nargs - 1, kw, {"encoding", "errors"}, a))
    return Value();
  for (int i = 0; i < 2; ++i)
    if (!a[i].is_null() && !is_str(a[i]))
      return raise(&TypeErrorType, format("decode() argument '%s' must be str, not %s",
                                          i == 0 ? "encoding" : "errors",
                                          type_name(a[i]).c_str()));
  return bytes_decode(view_of(args[0]), a[0].is_null() ? "utf-8" : as_str(a[0])->view(),
                      a[1].is_null() ? "strict" : as_str(a[1])->view());
}

Value bytes_hex(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_noargs("bytes.hex()", nargs - 1, kw)) return Value();
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (char ch : view_of(args[0])) {
    auto c = static_cast<unsigned char>(ch);
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return new_str_len(std::move(out), static_cast<int64_t>(view_of(args[0]).size() * 2));
}

// bytes.fromhex(string): a staticmethod here (CPython's is a classmethod).
Value bytes_fromhex(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_onearg("bytes.fromhex()", nargs, kw)) return Value();
  if (!is_str(args[0]))
    return raise(&TypeErrorType, format("fromhex() argument must be str, not %s",
                                        type_name(args[0]).c_str()));
  std::string_view s = as_str(args[0])->view();
  auto hexval = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    int hi = hexval(s[i]);
    int lo = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
    if (hi < 0 || lo < 0)
      return raise(&ValueErrorType,
                   format("non-hexadecimal number found in fromhex() arg at position %zu",
                          hi < 0 ? i : i + 1));
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return new_bytes(std::move(out));
}

Value bytes_join(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_onearg("bytes.join()", nargs - 1, kw)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(args[1], items)) return Value();
  std::string out;
  std::string_view sep = view_of(args[0]);
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_bytes(items[i]))
      return raise(&TypeErrorType, format("sequence item %zu: expected a bytes-like object, %s found",
                                          i, type_name(items[i]).c_str()));
    if (i) out += sep;
    out += view_of(items[i]);
  }
  return new_bytes(std::move(out));
}

bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Value bytes_split(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!str_impl::bind_method_args("split", args + 1, nargs - 1, kw, {"sep", "maxsplit"}, a))
    return Value();
  int64_t maxsplit = -1;
  if (!a[1].is_null() && !index_arg(a[1], &maxsplit)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view d = view_of(args[0]);
  std::vector<Value> out;
  size_t i = 0, n = d.size();
  if (a[0].is_null() || a[0].is_none()) {
    while (true) {
      while (i < n && ascii_space(d[i])) ++i;
      if (i >= n) break;
      if (maxsplit-- == 0) {
        out.push_back(new_bytes(std::string(d.substr(i))));
        break;
      }
      size_t j = i;
      while (j < n && !ascii_space(d[j])) ++j;
      out.push_back(new_bytes(std::string(d.substr(i, j - i))));
      i = j;
    }
    return new_list(std::move(out));
  }
  if (!is_bytes(a[0])) return raise_need_bytes(a[0]);
  std::string_view sep = view_of(a[0]);
  if (sep.empty()) return raise(&ValueErrorType, "empty separator");
  while (maxsplit-- > 0) {
    size_t k = d.find(sep, i);
    if (k == std::string_view::npos) break;
    out.push_back(new_bytes(std::string(d.substr(i, k - i))));
    i = k + sep.size();
  }
  out.push_back(new_bytes(std::string(d.substr(i))));
  return new_list(std::move(out));
}

// The window [start, end) of optional start/end arguments at args[first].
bool bytes_window(const Value* args, size_t nargs, size_t first, std::string_view d,
                  std::string_view* window, bool* empty) {
  int64_t st, en;
  if (!str_impl::parse_bounds(nargs > first ? args[first] : Value(),
                              nargs > first + 1 ? args[first + 1] : Value(),
                              static_cast<int64_t>(d.size()), &st, &en))
    return false;
  *empty = st > en;
  if (!*empty) *window = d.substr(st, en - st);
  return true;
}

Value starts_or_ends(const char* name, const Value* args, size_t nargs, KwNames* kw, bool ends) {
  std::string qual = std::string("bytes.") + name + "()";
  if (!check_oldstyle(name, qual.c_str(), nargs - 1, kw, 1, 3)) return Value();
  const Value& what = args[1];
  std::vector<Value> options;
  if (is_tuple(what)) {
    options = as_tuple(what)->m_items;
    for (const Value& o : options)
      if (!is_bytes(o)) return raise_need_bytes(o);
  } else if (is_bytes(what)) {
    options.push_back(what);
  } else {
    return raise(&TypeErrorType, format("%s first arg must be bytes or a tuple of bytes, not %s",
                                        name, type_name(what).c_str()));
  }
  std::string_view window;
  bool empty;
  if (!bytes_window(args, nargs, 2, view_of(args[0]), &window, &empty)) return Value();
  if (empty) return Value::boolean(false);
  for (const Value& o : options) {
    std::string_view v = view_of(o);
    if (v.size() <= window.size() &&
        (ends ? window.substr(window.size() - v.size()) : window.substr(0, v.size())) == v)
      return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value bytes_startswith(const Value* args, size_t nargs, KwNames* kw) {
  return starts_or_ends("startswith", args, nargs, kw, false);
}
Value bytes_endswith(const Value* args, size_t nargs, KwNames* kw) {
  return starts_or_ends("endswith", args, nargs, kw, true);
}

// The needle of find/count: bytes or an int in range(256).
bool needle_of(const Value& v, std::string* out) {
  if (is_bytes(v)) {
    *out = view_of(v);
    return true;
  }
  int64_t b;
  if (!(v.is_int() || v.is_bool() || is_bigint(v))) {
    raise(&TypeErrorType, format("argument should be integer or bytes-like object, not '%s'",
                                 type_name(v).c_str()));
    return false;
  }
  if (!index_arg(v, &b)) return false;
  if (b < 0 || b > 255) {
    raise(&ValueErrorType, "byte must be in range(0, 256)");
    return false;
  }
  *out = std::string(1, static_cast<char>(b));
  return true;
}

Value bytes_find_impl(const char* name, const Value* args, size_t nargs, KwNames* kw, int mode) {
  std::string qual = std::string("bytes.") + name + "()";
  if (!check_oldstyle(name, qual.c_str(), nargs - 1, kw, 1, 3)) return Value();
  std::string needle;
  if (!needle_of(args[1], &needle)) return Value();
  std::string_view d = view_of(args[0]), window;
  bool empty;
  if (!bytes_window(args, nargs, 2, d, &window, &empty)) return Value();
  if (mode == 2) {  // count
    if (empty) return Value::integer(0);
    if (needle.empty()) return Value::integer(static_cast<int64_t>(window.size()) + 1);
    int64_t n = 0;
    for (size_t k = window.find(needle); k != std::string_view::npos;
         k = window.find(needle, k + needle.size()))
      ++n;
    return Value::integer(n);
  }
  if (empty) return Value::integer(-1);
  size_t k = mode == 1 ? window.rfind(needle) : window.find(needle);
  if (k == std::string_view::npos) return Value::integer(-1);
  return Value::integer(static_cast<int64_t>(window.data() - d.data() + k));
}

Value bytes_find(const Value* args, size_t nargs, KwNames* kw) {
  return bytes_find_impl("find", args, nargs, kw, 0);
}
Value bytes_rfind(const Value* args, size_t nargs, KwNames* kw) {
  return bytes_find_impl("rfind", args, nargs, kw, 1);
}
Value bytes_count(const Value* args, size_t nargs, KwNames* kw) {
  return bytes_find_impl("count", args, nargs, kw, 2);
}

Value bytes_replace(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_clinic("replace", "bytes.replace()", nargs - 1, kw, 2, 3)) return Value();
  for (int i = 1; i <= 2; ++i)
    if (!is_bytes(args[i])) return raise_need_bytes(args[i]);
  int64_t count = -1;
  if (nargs > 3 && !index_arg(args[3], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  std::string_view d = view_of(args[0]), old_v = view_of(args[1]), new_v = view_of(args[2]);
  std::string out;
  size_t i = 0;
  if (old_v.empty()) {
    for (; i <= d.size() && count > 0; ++i, --count) {
      out += new_v;
      if (i < d.size()) out += d[i];
    }
    if (i < d.size()) out += d.substr(i);
    return new_bytes(std::move(out));
  }
  for (; count > 0; --count) {
    size_t k = d.find(old_v, i);
    if (k == std::string_view::npos) break;
    out += d.substr(i, k - i);
    out += new_v;
    i = k + old_v.size();
  }
  out += d.substr(i);
  return new_bytes(std::move(out));
}

Value bytes_strip_impl(const char* name, const Value* args, size_t nargs, KwNames* kw, int side) {
  std::string qual = std::string("bytes.") + name + "()";
  if (!str_impl::check_clinic(name, qual.c_str(), nargs - 1, kw, 0, 1)) return Value();
  bool set[256] = {};
  if (nargs < 2 || args[1].is_none()) {
    for (char c : std::string_view(" \t\n\r\v\f")) set[static_cast<unsigned char>(c)] = true;
  } else if (is_bytes(args[1])) {
    for (char c : view_of(args[1])) set[static_cast<unsigned char>(c)] = true;
  } else {
    return raise_need_bytes(args[1]);
  }
  std::string_view d = view_of(args[0]);
  size_t b = 0, e = d.size();
  if (side & 1)
    while (b < e && set[static_cast<unsigned char>(d[b])]) ++b;
  if (side & 2)
    while (e > b && set[static_cast<unsigned char>(d[e - 1])]) --e;
  return new_bytes(std::string(d.substr(b, e - b)));
}

Value bytes_strip(const Value* args, size_t nargs, KwNames* kw) {
  return bytes_strip_impl("strip", args, nargs, kw, 3);
}
Value bytes_lstrip(const Value* args, size_t nargs, KwNames* kw) {
  return bytes_strip_impl("lstrip", args, nargs, kw, 1);
}
Value bytes_rstrip(const Value* args, size_t nargs, KwNames* kw) {
  return bytes_strip_impl("rstrip", args, nargs, kw, 2);
}

Value bytes_case(const char* qualname, const Value* args, size_t nargs, KwNames* kw, bool upper) {
  if (!check_noargs(qualname, nargs - 1, kw)) return Value();
  std::string out(view_of(args[0]));
  for (char& c : out) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return new_bytes(std::move(out));
}
Value bytes_upper(const Value* args, size_t nargs, KwNames* kw) {
  return bytes_case("bytes.upper()", args, nargs, kw, true);
}
Value bytes_lower(const Value* args, size_t nargs, KwNames* kw) {
  return bytes_case("bytes.lower()", args, nargs, kw, false);
}

}  // namespace

void init_bytes_type() {
  BytesType.m_flags |= kBaseType;
  BytesType.tp_new = bytes_slot_new;
  BytesType.tp_repr = bytes_slot_repr;
  BytesType.tp_str = bytes_slot_repr;
  BytesType.tp_hash = bytes_slot_hash;
  BytesType.tp_richcompare = bytes_slot_richcompare;
  BytesType.tp_bool = bytes_slot_bool;
  BytesType.tp_len = bytes_slot_len;
  BytesType.tp_getitem = bytes_slot_getitem;
  BytesType.tp_contains = bytes_slot_contains;
  BytesType.tp_iter = bytes_slot_iter;
  BytesType.tp_binary = bytes_slot_binary;
  type_ready(&BytesType, &ObjectType,
             {{"decode", bytes_decode_method},
              {"hex", bytes_hex},
              {"join", bytes_join},
              {"split", bytes_split},
              {"startswith", bytes_startswith},
              {"endswith", bytes_endswith},
              {"find", bytes_find},
              {"rfind", bytes_rfind},
              {"count", bytes_count},
              {"replace", bytes_replace},
              {"strip", bytes_strip},
              {"lstrip", bytes_lstrip},
              {"rstrip", bytes_rstrip},
              {"upper", bytes_upper},
              {"lower", bytes_lower}});
  dict_set_str(BytesType.m_dict, intern("fromhex"),
               Value::steal(new StaticMethodObject(new_builtin("fromhex", bytes_fromhex))));
  BytesIterType.tp_iter = iter_self;
  BytesIterType.tp_next = bytes_iter_next;
  type_ready(&BytesIterType, &ObjectType);
}

}  // namespace hotpy
