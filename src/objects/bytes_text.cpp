// The ASCII text methods of bytes that bytearray shares: case, classification,
// padding, tabs, translate, hex. Only ASCII letters have a case here, as in CPython.
#include <iterator>

#include "objects/args.h"
#include "objects/bytes_internal.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/ops.h"

namespace hotpy::bytes_impl {

namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_lower(c) || is_upper(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }

enum class CaseMap { Upper, Lower, Title, Capitalize, Swap };

Value case_map(const char* name, const Value* args, size_t nargs, KwNames* kw, CaseMap how) {
  if (!str_impl::check_noargs(qual(args[0], name).c_str(), nargs - 1, kw)) return Value();
  std::string out(byteseq_view(args[0]));
  bool after_letter = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char& c = out[i];
    switch (how) {
      case CaseMap::Upper: c = to_upper(c); break;
      case CaseMap::Lower: c = to_lower(c); break;
      case CaseMap::Title:
        c = after_letter ? to_lower(c) : to_upper(c);
        after_letter = is_alpha(c);
        break;
      case CaseMap::Capitalize: c = i == 0 ? to_upper(c) : to_lower(c); break;
      case CaseMap::Swap: c = is_upper(c) ? to_lower(c) : to_upper(c); break;
    }
  }
  return new_like(args[0], std::move(out));
}
Value bytes_upper(const Value* args, size_t nargs, KwNames* kw) {
  return case_map("upper", args, nargs, kw, CaseMap::Upper);
}
Value bytes_lower(const Value* args, size_t nargs, KwNames* kw) {
  return case_map("lower", args, nargs, kw, CaseMap::Lower);
}
Value bytes_title(const Value* args, size_t nargs, KwNames* kw) {
  return case_map("title", args, nargs, kw, CaseMap::Title);
}
Value bytes_capitalize(const Value* args, size_t nargs, KwNames* kw) {
  return case_map("capitalize", args, nargs, kw, CaseMap::Capitalize);
}
Value bytes_swapcase(const Value* args, size_t nargs, KwNames* kw) {
  return case_map("swapcase", args, nargs, kw, CaseMap::Swap);
}

// isalpha & co: true when not empty and every byte passes.
Value all_bytes(const char* name, const Value* args, size_t nargs, KwNames* kw,
                bool (*pass)(char)) {
  if (!str_impl::check_noargs(qual(args[0], name).c_str(), nargs - 1, kw)) return Value();
  std::string_view d = byteseq_view(args[0]);
  if (d.empty()) return Value::boolean(false);
  for (char c : d)
    if (!pass(c)) return Value::boolean(false);
  return Value::boolean(true);
}
Value bytes_isalpha(const Value* args, size_t nargs, KwNames* kw) {
  return all_bytes("isalpha", args, nargs, kw, is_alpha);
}
Value bytes_isdigit(const Value* args, size_t nargs, KwNames* kw) {
  return all_bytes("isdigit", args, nargs, kw, is_digit);
}
Value bytes_isalnum(const Value* args, size_t nargs, KwNames* kw) {
  return all_bytes("isalnum", args, nargs, kw, [](char c) { return is_alpha(c) || is_digit(c); });
}
Value bytes_isspace(const Value* args, size_t nargs, KwNames* kw) {
  return all_bytes("isspace", args, nargs, kw, ascii_space);
}
Value bytes_isascii(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_noargs(qual(args[0], "isascii").c_str(), nargs - 1, kw)) return Value();
  for (char c : byteseq_view(args[0]))
    if (static_cast<unsigned char>(c) >= 0x80) return Value::boolean(false);
  return Value::boolean(true);
}

// islower / isupper: some cased byte, none of the other case.
Value cased(const char* name, const Value* args, size_t nargs, KwNames* kw, bool upper) {
  if (!str_impl::check_noargs(qual(args[0], name).c_str(), nargs - 1, kw)) return Value();
  bool any = false;
  for (char c : byteseq_view(args[0])) {
    if (upper ? is_lower(c) : is_upper(c)) return Value::boolean(false);
    any = any || is_alpha(c);
  }
  return Value::boolean(any);
}
Value bytes_islower(const Value* args, size_t nargs, KwNames* kw) {
  return cased("islower", args, nargs, kw, false);
}
Value bytes_isupper(const Value* args, size_t nargs, KwNames* kw) {
  return cased("isupper", args, nargs, kw, true);
}

Value bytes_istitle(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_noargs(qual(args[0], "istitle").c_str(), nargs - 1, kw)) return Value();
  bool any = false, after_cased = false;
  for (char c : byteseq_view(args[0])) {
    if (is_upper(c)) {
      if (after_cased) return Value::boolean(false);
      after_cased = any = true;
    } else if (is_lower(c)) {
      if (!after_cased) return Value::boolean(false);
      after_cased = any = true;
    } else {
      after_cased = false;
    }
  }
  return Value::boolean(any);
}

// center / ljust / rjust (width, fillchar=b' '): `where` is the share of the padding
// that goes on the left, as CPython splits it.
enum class Pad { Left, Right, Center };

Value pad(const char* name, const Value* args, size_t nargs, KwNames* kw, Pad where) {
  if (!str_impl::check_clinic(name, qual(args[0], name).c_str(), nargs - 1, kw, 1, 2))
    return Value();
  int64_t width;
  if (!index_arg(args[1], &width)) return Value();
  char fill = ' ';
  if (nargs > 2) {
    std::string_view f;
    if (!buffer_view(args[2], &f) || f.size() != 1 || !is_byteseq(args[2]))
      return raise(&TypeErrorType,
                   format("%s() argument 2 must be a byte string of length 1, not %s", name,
                          type_name(args[2]).c_str()));
    fill = f[0];
  }
  std::string_view d = byteseq_view(args[0]);
  auto len = static_cast<int64_t>(d.size());
  if (width <= len) {
    if (is_type(args[0], &BytesType)) return args[0];
    return new_like(args[0], std::string(d));
  }
  if (!check_alloc(width)) return Value();
  int64_t total = width - len, left = 0;
  if (where == Pad::Right) left = total;
  if (where == Pad::Center) left = total / 2 + (total & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out += d;
  out.append(static_cast<size_t>(total - left), fill);
  return new_like(args[0], std::move(out));
}
Value bytes_center(const Value* args, size_t nargs, KwNames* kw) {
  return pad("center", args, nargs, kw, Pad::Center);
}
Value bytes_ljust(const Value* args, size_t nargs, KwNames* kw) {
  return pad("ljust", args, nargs, kw, Pad::Left);
}
Value bytes_rjust(const Value* args, size_t nargs, KwNames* kw) {
  return pad("rjust", args, nargs, kw, Pad::Right);
}

Value bytes_zfill(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_onearg(qual(args[0], "zfill").c_str(), nargs - 1, kw)) return Value();
  int64_t width;
  if (!index_arg(args[1], &width)) return Value();
  std::string_view d = byteseq_view(args[0]);
  if (width <= static_cast<int64_t>(d.size())) {
    if (is_type(args[0], &BytesType)) return args[0];
    return new_like(args[0], std::string(d));
  }
  if (!check_alloc(width)) return Value();
  std::string out(static_cast<size_t>(width) - d.size(), '0');
  out += d;
  if (!d.empty() && (d[0] == '+' || d[0] == '-')) {
    out[out.size() - d.size()] = '0';
    out[0] = d[0];
  }
  return new_like(args[0], std::move(out));
}

Value bytes_expandtabs(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!str_impl::bind_method_args("expandtabs", args + 1, nargs - 1, kw, {"tabsize"}, a))
    return Value();
  int64_t tabsize = 8;
  if (!a[0].is_null() && !index_arg(a[0], &tabsize)) return Value();
  std::string out;
  int64_t column = 0;
  for (char c : byteseq_view(args[0])) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - column % tabsize;
        if (!check_alloc(out.size() + n)) return Value();
        out.append(static_cast<size_t>(n), ' ');
        column += n;
      }
    } else {
      out += c;
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return new_like(args[0], std::move(out));
}

// translate(table, /, delete=b''): table is None or 256 bytes.
Value bytes_translate(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!str_impl::bind_method_args("translate", args + 1, nargs - 1, kw, {"table", "delete"}, a))
    return Value();
  if (a[0].is_null())
    return raise(&TypeErrorType, "translate() takes at least 1 argument (0 given)");
  std::string_view table, del;
  if (!a[0].is_none()) {
    if (!need_buffer(a[0], &table)) return Value();
    if (table.size() != 256)
      return raise(&ValueErrorType, "translation table must be 256 characters long");
  }
  if (!a[1].is_null() && !need_buffer(a[1], &del)) return Value();
  bool drop[256] = {};
  for (char c : del) drop[static_cast<unsigned char>(c)] = true;
  std::string out;
  for (char c : byteseq_view(args[0])) {
    auto u = static_cast<unsigned char>(c);
    if (!drop[u]) out += table.empty() ? c : table[u];
  }
  return new_like(args[0], std::move(out));
}

// maketrans(frm, to), a staticmethod: the 256-byte table translate() takes.
Value bytes_maketrans(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("maketrans", kw)) return Value();
  if (nargs != 2)
    return raise(&TypeErrorType, format("maketrans expected 2 arguments, got %zu", nargs));
  std::string_view from, to;
  if (!need_buffer(args[0], &from) || !need_buffer(args[1], &to)) return Value();
  if (from.size() != to.size())
    return raise(&ValueErrorType, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return new_bytes(std::move(table));
}

}  // namespace

Value hex_with_sep(const Value& source, const char* fname, const Value* args, size_t nargs,
                   KwNames* kw) {
  Value a[2];
  if (!str_impl::bind_method_args(fname, args, nargs, kw, {"sep", "bytes_per_sep"}, a))
    return Value();
  char sep = 0;
  int64_t group = 1;
  if (!a[0].is_null()) {
    std::string_view s;
    if (is_str(a[0])) {
      s = as_str(a[0])->view();
      if (as_str(a[0])->view().size() == 1 && static_cast<unsigned char>(s[0]) >= 0x80)
        return raise(&ValueErrorType, "sep must be ASCII.");
    } else if (!buffer_view(a[0], &s)) {
      return error_pending() ? Value() : raise(&TypeErrorType,
                   format("object of type '%s' has no len()", type_name(a[0]).c_str()));
    }
    if (length(a[0]) != 1) return raise(&ValueErrorType, "sep must be length 1.");
    sep = s[0];
    if (static_cast<unsigned char>(sep) >= 0x80)
      return raise(&ValueErrorType, "sep must be ASCII.");
  }
  if (!a[1].is_null() && !index_arg(a[1], &group)) return Value();
  // Read after the arguments: an __index__ may have changed a bytearray.
  std::string data;
  if (!buffer_bytes(source, &data)) return Value();
  static const char kHex[] = "0123456789abcdef";
  size_t n = data.size();
  uint64_t every = group < 0 ? -static_cast<uint64_t>(group) : static_cast<uint64_t>(group);
  std::string out;
  out.reserve(n * 3);
  for (size_t i = 0; i < n; ++i) {
    // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
    if (sep && every && i > 0 && (group > 0 ? (n - i) % every : i % every) == 0) out += sep;
    auto c = static_cast<unsigned char>(data[i]);
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  auto len = static_cast<int64_t>(out.size());
  return new_str_len(std::move(out), len);
}

// %s/%b of bytes formatting: a bytes-like object or one with __bytes__.
bool percent_bytes(const Value& v, std::string& out) {
  if (buffer_bytes(v, &out)) return true;
  if (error_pending()) return false;
  Value method = is_str(v) ? Value() : v.type()->lookup(intern("__bytes__"));
  if (!method.is_null()) {
    Value b = call_with_first(method, v, nullptr, 0, nullptr);
    if (b.is_null()) return false;
    if (!is_bytes(b)) {
      raise(&TypeErrorType, format("__bytes__ returned non-bytes (type %s)", type_name(b).c_str()));
      return false;
    }
    out = bytes_view(b);
    return true;
  }
  raise(&TypeErrorType, format("%%b requires a bytes-like object, or an object that implements "
                               "__bytes__, not '%s'", type_name(v).c_str()));
  return false;
}

// %c of bytes formatting: an int in range(256) or a single byte.
bool percent_byte(const Value& v, std::string& out) {
  std::string_view one;
  if (is_byteseq(v) && (one = byteseq_view(v)).size() == 1) {
    out = one;
    return true;
  }
  if (v.is_int() || v.is_bool() || is_bigint(v) ||
      (v.is_obj() && !v.type()->lookup(intern("__index__")).is_null())) {
    int64_t x;
    if (is_bigint(v) || !index_value(v, &x) || x < 0 || x > 255) {
      if (!error_pending() || error_matches(&OverflowErrorType)) {
        clear_error();
        raise(&OverflowErrorType, "%c arg not in range(256)");
      }
      return false;
    }
    out.assign(1, static_cast<char>(x));
    return true;
  }
  raise(&TypeErrorType, "%c requires an integer in range(256) or a single byte");
  return false;
}

Value bytes_percent_format(const Value& self, const Value& args) {
  std::string out;
  if (!percent_format_text(byteseq_view(self), args, true, out)) return Value();
  return new_like(self, std::move(out));
}

void add_text_methods(TypeObject* type) {
  static const MethodDef kMethods[] = {
      {"upper", bytes_upper},         {"lower", bytes_lower},
      {"title", bytes_title},         {"capitalize", bytes_capitalize},
      {"swapcase", bytes_swapcase},   {"isalpha", bytes_isalpha},
      {"isdigit", bytes_isdigit},     {"isalnum", bytes_isalnum},
      {"isspace", bytes_isspace},     {"isascii", bytes_isascii},
      {"islower", bytes_islower},     {"isupper", bytes_isupper},
      {"istitle", bytes_istitle},     {"center", bytes_center},
      {"ljust", bytes_ljust},         {"rjust", bytes_rjust},
      {"zfill", bytes_zfill},         {"expandtabs", bytes_expandtabs},
      {"translate", bytes_translate}};
  add_methods(type, kMethods, std::size(kMethods));
  dict_set_str(type->m_dict, intern("maketrans"),
               Value::steal(new StaticMethodObject(new_builtin("maketrans", bytes_maketrans))));
}

}  // namespace hotpy::bytes_impl
