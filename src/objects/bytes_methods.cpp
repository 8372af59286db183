// The methods of bytes that bytearray shares: searching, splitting, joining,
// stripping, replacing, decoding. The rest are in bytes_text.cpp.
#include <algorithm>
#include <cstring>
#include <iterator>
#include <vector>

#include "objects/bytes_internal.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy::bytes_impl {

using str_impl::check_noargs;
using str_impl::check_oldstyle;
using str_impl::check_onearg;

const char* family(const Value& self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

std::string qual(const Value& self, const char* name) {
  return std::string(family(self)) + "." + name + "()";
}

Value raise_need_bytes(const Value& v) {
  return raise(&TypeErrorType,
               format("a bytes-like object is required, not '%s'", type_name(v).c_str()));
}

bool byte_arg(const Value& v, unsigned char* out) {
  int64_t b;
  if (!index_arg(v, &b)) return false;
  if (b < 0 || b > 255) {
    raise(&ValueErrorType, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<unsigned char>(b);
  return true;
}

void add_methods(TypeObject* type, const MethodDef* defs, size_t count) {
  for (size_t i = 0; i < count; ++i)
    dict_set_str(type->m_dict, intern(defs[i].name),
                 Value::steal(new MethodDescrObject(defs[i].name, defs[i].fn, type)));
  type_modified(type);
}


Value bytes_decode_method(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!str_impl::bind_method_args("decode", args + 1, nargs - 1, kw, {"encoding", "errors"}, a))
    return Value();
  for (int i = 0; i < 2; ++i)
    if (!a[i].is_null() && !is_str(a[i]))
      return raise(&TypeErrorType, format("decode() argument '%s' must be str, not %s",
                                          i == 0 ? "encoding" : "errors",
                                          type_name(a[i]).c_str()));
  return bytes_decode(byteseq_view(args[0]), a[0].is_null() ? "utf-8" : as_str(a[0])->view(),
                      a[1].is_null() ? "strict" : as_str(a[1])->view());
}

Value bytes_hex(const Value* args, size_t nargs, KwNames* kw) {
  return hex_with_sep(args[0], "hex", args + 1, nargs - 1, kw);
}

// cls.fromhex(string), a classmethod: the class decides bytes or bytearray; a
// subclass is called with the bytes, as CPython does.
Value bytes_fromhex(const Value* args, size_t nargs, KwNames* kw) {
  auto* cls = args[0].as<TypeObject>();
  bool array = cls->is_subtype(&BytearrayType);
  if (!check_onearg(array ? "bytearray.fromhex()" : "bytes.fromhex()", nargs - 1, kw))
    return Value();
  if (!is_str(args[1]))
    return raise(&TypeErrorType, format("fromhex() argument must be str, not %s",
                                        type_name(args[1]).c_str()));
  std::string_view s = as_str(args[1])->view();
  auto hexval = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (ascii_space(s[i])) {
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
  Value made = array ? new_bytearray(std::move(out)) : new_bytes(std::move(out));
  if (cls == &BytesType || cls == &BytearrayType) return made;
  return call(args[0], &made, 1);
}

Value bytes_join(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_onearg(qual(args[0], "join").c_str(), nargs - 1, kw)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(args[1], items)) return Value();
  std::string out;
  std::string_view sep = byteseq_view(args[0]);
  for (size_t i = 0; i < items.size(); ++i) {
    std::string_view item;
    if (!buffer_view(items[i], &item))
      return error_pending() ? Value() : raise(&TypeErrorType, format("sequence item %zu: expected a bytes-like object, %s found",
                                          i, type_name(items[i]).c_str()));
    if (i) out += sep;
    out += item;
  }
  return new_like(args[0], std::move(out));
}

// The (sep=None, maxsplit=-1) of split and rsplit; a negative maxsplit means no limit.
bool split_args(const char* name, const Value* args, size_t nargs, KwNames* kw, Value* a,
                int64_t* maxsplit) {
  if (!str_impl::bind_method_args(name, args + 1, nargs - 1, kw, {"sep", "maxsplit"}, a))
    return false;
  *maxsplit = -1;
  if (!a[1].is_null() && !index_arg(a[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

Value bytes_split(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  int64_t maxsplit;
  if (!split_args("split", args, nargs, kw, a, &maxsplit)) return Value();
  std::string_view d = byteseq_view(args[0]);
  std::vector<Value> out;
  size_t i = 0, n = d.size();
  if (a[0].is_null() || a[0].is_none()) {
    while (true) {
      while (i < n && ascii_space(d[i])) ++i;
      if (i >= n) break;
      if (maxsplit-- == 0) {
        out.push_back(new_like(args[0], std::string(d.substr(i))));
        break;
      }
      size_t j = i;
      while (j < n && !ascii_space(d[j])) ++j;
      out.push_back(new_like(args[0], std::string(d.substr(i, j - i))));
      i = j;
    }
    return new_list(std::move(out));
  }
  std::string_view sep;
  if (!need_buffer(a[0], &sep)) return Value();
  if (sep.empty()) return raise(&ValueErrorType, "empty separator");
  while (maxsplit-- > 0) {
    size_t k = d.find(sep, i);
    if (k == std::string_view::npos) break;
    out.push_back(new_like(args[0], std::string(d.substr(i, k - i))));
    i = k + sep.size();
  }
  out.push_back(new_like(args[0], std::string(d.substr(i))));
  return new_list(std::move(out));
}

// The window [start, end) of optional start/end arguments at args[first].
bool bytes_window(const Value* args, size_t nargs, size_t first, std::string_view* window,
                  bool* empty) {
  int64_t st, en;
  if (!str_impl::parse_bounds(nargs > first ? args[first] : Value(),
                              nargs > first + 1 ? args[first + 1] : Value(),
                              static_cast<int64_t>(byteseq_view(args[0]).size()), &st, &en))
    return false;
  // An __index__ of the bounds may have resized a bytearray self: read it afresh.
  std::string_view d = byteseq_view(args[0]);
  auto size = static_cast<int64_t>(d.size());
  st = std::min(st, size);
  en = std::min(en, size);
  *empty = st > en;
  if (!*empty) *window = d.substr(st, en - st);
  return true;
}

Value starts_or_ends(const char* name, const Value* args, size_t nargs, KwNames* kw, bool ends) {
  std::string qname = qual(args[0], name);
  if (!check_oldstyle(name, qname.c_str(), nargs - 1, kw, 1, 3)) return Value();
  const Value& what = args[1];
  std::vector<Value> options;
  std::string_view ignored;
  if (is_tuple(what)) {
    options = as_tuple(what)->m_items;
    for (const Value& o : options)
      if (!need_buffer(o, &ignored)) return Value();
  } else if (buffer_view(what, &ignored)) {
    options.push_back(what);
  } else if (error_pending()) {
    return Value();
  } else {
    return raise(&TypeErrorType, format("%s first arg must be bytes or a tuple of bytes, not %s",
                                        name, type_name(what).c_str()));
  }
  std::string_view window;
  bool empty;
  if (!bytes_window(args, nargs, 2, &window, &empty)) return Value();
  if (empty) return Value::boolean(false);
  for (const Value& o : options) {
    std::string_view v;
    buffer_view(o, &v);
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
  std::string_view buf;
  if (buffer_view(v, &buf)) {
    *out = buf;
    return true;
  }
  if (error_pending()) return false;
  int64_t b;
  if (!is_int_like(v) && (!v.is_obj() || v.type()->lookup(intern("__index__")).is_null())) {
    raise(&TypeErrorType, format("argument should be integer or bytes-like object, not '%s'",
                                 type_name(v).c_str()));
    return false;
  }
  if (!index_ssize(v, &b, &OverflowErrorType)) return false;
  if (b < 0 || b > 255) {
    raise(&ValueErrorType, "byte must be in range(0, 256)");
    return false;
  }
  *out = std::string(1, static_cast<char>(b));
  return true;
}

Value bytes_find_impl(const char* name, const Value* args, size_t nargs, KwNames* kw, int mode) {
  std::string qname = qual(args[0], name);
  if (!check_oldstyle(name, qname.c_str(), nargs - 1, kw, 1, 3)) return Value();
  std::string needle;
  if (!needle_of(args[1], &needle)) return Value();
  std::string_view window;
  bool empty;
  if (!bytes_window(args, nargs, 2, &window, &empty)) return Value();
  std::string_view d = byteseq_view(args[0]);
  if (mode == 2) {  // count
    if (empty) return Value::integer(0);
    if (needle.empty()) return Value::integer(static_cast<int64_t>(window.size()) + 1);
    int64_t n = 0;
    for (size_t k = window.find(needle); k != std::string_view::npos;
         k = window.find(needle, k + needle.size()))
      ++n;
    return Value::integer(n);
  }
  bool from_right = mode == 1 || mode == 4, must_find = mode >= 3;
  size_t k = empty ? std::string_view::npos
                   : from_right ? window.rfind(needle) : window.find(needle);
  if (k == std::string_view::npos)
    return must_find ? raise(&ValueErrorType, "subsection not found") : Value::integer(-1);
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

Value bytes_index(const Value* args, size_t nargs, KwNames* kw) {
  return bytes_find_impl("index", args, nargs, kw, 3);
}
Value bytes_rindex(const Value* args, size_t nargs, KwNames* kw) {
  return bytes_find_impl("rindex", args, nargs, kw, 4);
}

// partition / rpartition: a 3-tuple of the family of self.
Value partition_impl(const Value* args, size_t nargs, KwNames* kw, bool from_right) {
  const char* name = from_right ? "rpartition" : "partition";
  if (!check_onearg(qual(args[0], name).c_str(), nargs - 1, kw)) return Value();
  std::string_view sep;
  if (!need_buffer(args[1], &sep)) return Value();
  if (sep.empty()) return raise(&ValueErrorType, "empty separator");
  std::string_view d = byteseq_view(args[0]);
  size_t k = from_right ? d.rfind(sep) : d.find(sep);
  auto part = [&](std::string_view v) { return new_like(args[0], std::string(v)); };
  if (k == std::string_view::npos) {
    if (from_right) return new_tuple({part({}), part({}), part(d)});
    return new_tuple({part(d), part({}), part({})});
  }
  // bytes hands back the separator object itself, as CPython does.
  Value middle = is_bytes(args[0]) ? args[1] : part(sep);
  return new_tuple({part(d.substr(0, k)), middle, part(d.substr(k + sep.size()))});
}
Value bytes_partition(const Value* args, size_t nargs, KwNames* kw) {
  return partition_impl(args, nargs, kw, false);
}
Value bytes_rpartition(const Value* args, size_t nargs, KwNames* kw) {
  return partition_impl(args, nargs, kw, true);
}

Value bytes_rsplit(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  int64_t maxsplit;
  if (!split_args("rsplit", args, nargs, kw, a, &maxsplit)) return Value();
  std::string_view d = byteseq_view(args[0]);
  std::vector<Value> out;
  size_t e = d.size();
  if (a[0].is_null() || a[0].is_none()) {
    while (true) {
      while (e > 0 && ascii_space(d[e - 1])) --e;
      if (e == 0) break;
      if (maxsplit-- == 0) {
        out.push_back(new_like(args[0], std::string(d.substr(0, e))));
        break;
      }
      size_t b = e;
      while (b > 0 && !ascii_space(d[b - 1])) --b;
      out.push_back(new_like(args[0], std::string(d.substr(b, e - b))));
      e = b;
    }
  } else {
    std::string_view sep;
    if (!need_buffer(a[0], &sep)) return Value();
    if (sep.empty()) return raise(&ValueErrorType, "empty separator");
    while (maxsplit-- > 0 && e >= sep.size()) {
      size_t k = d.substr(0, e).rfind(sep);
      if (k == std::string_view::npos) break;
      out.push_back(new_like(args[0], std::string(d.substr(k + sep.size(), e - k - sep.size()))));
      e = k;
    }
    out.push_back(new_like(args[0], std::string(d.substr(0, e))));
  }
  std::reverse(out.begin(), out.end());
  return new_list(std::move(out));
}

Value bytes_splitlines(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!str_impl::bind_method_args("splitlines", args + 1, nargs - 1, kw, {"keepends"}, a))
    return Value();
  bool keep = false;
  if (!a[0].is_null()) {
    int t = truthy(a[0]);
    if (t < 0) return Value();
    keep = t;
  }
  std::string_view d = byteseq_view(args[0]);
  std::vector<Value> out;
  size_t i = 0;
  while (i < d.size()) {
    size_t j = i;
    while (j < d.size() && d[j] != '\n' && d[j] != '\r') ++j;
    size_t eol = j;
    if (j < d.size()) j += d[j] == '\r' && j + 1 < d.size() && d[j + 1] == '\n' ? 2 : 1;
    out.push_back(new_like(args[0], std::string(d.substr(i, (keep ? j : eol) - i))));
    i = j;
  }
  return new_list(std::move(out));
}

Value affix_impl(const Value* args, size_t nargs, KwNames* kw, bool suffix) {
  const char* name = suffix ? "removesuffix" : "removeprefix";
  if (!check_onearg(qual(args[0], name).c_str(), nargs - 1, kw)) return Value();
  std::string_view affix, d = byteseq_view(args[0]);
  if (!need_buffer(args[1], &affix)) return Value();
  bool has = affix.size() <= d.size() &&
             (suffix ? d.substr(d.size() - affix.size()) : d.substr(0, affix.size())) == affix;
  if (!has || affix.empty()) {
    if (is_type(args[0], &BytesType)) return args[0];
    return new_like(args[0], std::string(d));
  }
  return new_like(args[0], std::string(suffix ? d.substr(0, d.size() - affix.size())
                                              : d.substr(affix.size())));
}
Value bytes_removeprefix(const Value* args, size_t nargs, KwNames* kw) {
  return affix_impl(args, nargs, kw, false);
}
Value bytes_removesuffix(const Value* args, size_t nargs, KwNames* kw) {
  return affix_impl(args, nargs, kw, true);
}

Value bytes_replace(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_clinic("replace", qual(args[0], "replace").c_str(), nargs - 1, kw, 2, 3)) return Value();
  std::string_view old_v, new_v;
  if (!need_buffer(args[1], &old_v) || !need_buffer(args[2], &new_v)) return Value();
  int64_t count = -1;
  if (nargs > 3 && !index_arg(args[3], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  std::string_view d = byteseq_view(args[0]);
  std::string out;
  size_t i = 0;
  if (old_v.empty()) {
    for (; i <= d.size() && count > 0; ++i, --count) {
      out += new_v;
      if (i < d.size()) out += d[i];
    }
    if (i < d.size()) out += d.substr(i);
    return new_like(args[0], std::move(out));
  }
  for (; count > 0; --count) {
    size_t k = d.find(old_v, i);
    if (k == std::string_view::npos) break;
    out += d.substr(i, k - i);
    out += new_v;
    i = k + old_v.size();
  }
  out += d.substr(i);
  return new_like(args[0], std::move(out));
}

Value bytes_strip_impl(const char* name, const Value* args, size_t nargs, KwNames* kw, int side) {
  std::string qname = qual(args[0], name);
  if (!str_impl::check_clinic(name, qname.c_str(), nargs - 1, kw, 0, 1)) return Value();
  bool set[256] = {};
  if (nargs < 2 || args[1].is_none()) {
    for (char c : std::string_view(" \t\n\r\v\f")) set[static_cast<unsigned char>(c)] = true;
  } else if (std::string_view chars; need_buffer(args[1], &chars)) {
    for (char c : chars) set[static_cast<unsigned char>(c)] = true;
  } else {
    return Value();
  }
  std::string_view d = byteseq_view(args[0]);
  size_t b = 0, e = d.size();
  if (side & 1)
    while (b < e && set[static_cast<unsigned char>(d[b])]) ++b;
  if (side & 2)
    while (e > b && set[static_cast<unsigned char>(d[e - 1])]) --e;
  if (b == 0 && e == d.size() && is_type(args[0], &BytesType)) return args[0];
  return new_like(args[0], std::string(d.substr(b, e - b)));
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

// bytes.__bytes__ and __getnewargs__: bytes only (bytearray has neither).
Value bytes_dunder_bytes(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_noargs("bytes.__bytes__()", nargs - 1, kw)) return Value();
  if (is_type(args[0], &BytesType)) return args[0];
  return new_bytes(std::string(byteseq_view(args[0])));
}
Value bytes_getnewargs(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_noargs("bytes.__getnewargs__()", nargs - 1, kw)) return Value();
  return new_tuple({new_bytes(std::string(byteseq_view(args[0])))});
}

void add_bytes_only_methods(TypeObject* type) {
  static const MethodDef kMethods[] = {{"__bytes__", bytes_dunder_bytes},
                                       {"__getnewargs__", bytes_getnewargs}};
  add_methods(type, kMethods, std::size(kMethods));
}

void add_search_methods(TypeObject* type) {
  static const MethodDef kMethods[] = {
      {"decode", bytes_decode_method}, {"hex", bytes_hex},
      {"join", bytes_join},             {"split", bytes_split},
      {"rsplit", bytes_rsplit},         {"splitlines", bytes_splitlines},
      {"startswith", bytes_startswith}, {"endswith", bytes_endswith},
      {"find", bytes_find},             {"rfind", bytes_rfind},
      {"index", bytes_index},           {"rindex", bytes_rindex},
      {"count", bytes_count},           {"replace", bytes_replace},
      {"partition", bytes_partition},   {"rpartition", bytes_rpartition},
      {"removeprefix", bytes_removeprefix}, {"removesuffix", bytes_removesuffix},
      {"strip", bytes_strip},           {"lstrip", bytes_lstrip},
      {"rstrip", bytes_rstrip}};
  add_methods(type, kMethods, std::size(kMethods));
  dict_set_str(type->m_dict, intern("fromhex"),
               Value::steal(new ClassMethodObject(new_builtin("fromhex", bytes_fromhex))));
}

}  // namespace hotpy::bytes_impl
