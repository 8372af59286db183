// str's methods that look at characters one by one: case mapping (upper, lower,
// title, ...), the is*() predicates, maketrans/translate and encode. ASCII text takes
// byte loops; other text goes through the generated Unicode tables (str_unicode.h).
#include <vector>

#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str_internal.h"
#include "objects/str_unicode.h"

namespace hotpy::str_impl {

namespace {

using namespace unicode;

std::vector<uint32_t> code_points(const StrObject* s) {
  std::vector<uint32_t> cps;
  cps.reserve(static_cast<size_t>(s->m_length));
  const char* p = s->m_data.data();
  const char* end = p + s->m_data.size();
  while (p < end) cps.push_back(decode_utf8(p));
  return cps;
}

// Greek capital sigma lowers to final 'ς' after a cased letter (skipping
// case-ignorable ones) when no cased letter follows: CPython's handle_capital_sigma.
bool is_final_sigma(const std::vector<uint32_t>& cps, size_t i) {
  size_t j = i;
  while (j > 0 && has(cps[j - 1], kCaseIgnorable)) --j;
  if (j == 0 || !has(cps[j - 1], kCased)) return false;
  j = i + 1;
  while (j < cps.size() && has(cps[j], kCaseIgnorable)) ++j;
  return j == cps.size() || !has(cps[j], kCased);
}

void lower_at(std::string& out, const std::vector<uint32_t>& cps, size_t i) {
  if (cps[i] == 0x3A3)
    append_utf8(out, is_final_sigma(cps, i) ? 0x3C2 : 0x3C3);
  else
    append_lower(out, cps[i]);
}

inline char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline bool ascii_cased(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

enum class Case { Upper, Lower, Capitalize, Title, Swap, Fold };

Value change_case(const char* qualname, const Value* args, size_t nargs, KwNames* kw, Case how) {
  if (!check_noargs(qualname, nargs - 1, kw)) return Value();
  const StrObject* s = as_str(args[0]);
  if (s->ascii()) {
    std::string out = s->m_data;
    // The common cases as plain loops the compiler can vectorize.
    if (how == Case::Upper) {
      for (char& c : out) c = ascii_upper(c);
      return new_str_len(std::move(out), s->m_length);
    }
    if (how == Case::Lower || how == Case::Fold) {
      for (char& c : out) c = ascii_lower(c);
      return new_str_len(std::move(out), s->m_length);
    }
    bool prev_cased = false;
    for (size_t i = 0; i < out.size(); ++i) {
      char& c = out[i];
      switch (how) {
        case Case::Upper: c = ascii_upper(c); break;
        case Case::Lower:
        case Case::Fold: c = ascii_lower(c); break;
        case Case::Capitalize: c = i == 0 ? ascii_upper(c) : ascii_lower(c); break;
        case Case::Title: {
          bool cased = ascii_cased(c);
          c = prev_cased ? ascii_lower(c) : ascii_upper(c);
          prev_cased = cased;
          break;
        }
        case Case::Swap: c = ascii_cased(c) ? static_cast<char>(c ^ 0x20) : c; break;
      }
    }
    return new_str_len(std::move(out), s->m_length);
  }
  std::vector<uint32_t> cps = code_points(s);
  std::string out;
  out.reserve(s->m_data.size());
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = cps[i];
    switch (how) {
      case Case::Upper: append_upper(out, c); break;
      case Case::Lower: lower_at(out, cps, i); break;
      case Case::Fold: append_fold(out, c); break;
      case Case::Capitalize:
        if (i == 0)
          append_title(out, c);
        else
          lower_at(out, cps, i);
        break;
      case Case::Title:
        if (prev_cased)
          lower_at(out, cps, i);
        else
          append_title(out, c);
        prev_cased = has(c, kCased);
        break;
      case Case::Swap:
        if (has(c, kUpper))
          lower_at(out, cps, i);
        else if (has(c, kLower))
          append_upper(out, c);
        else
          append_utf8(out, c);
        break;
    }
  }
  return new_str(std::move(out));
}

// True when every code point has one of `mask`'s flags (and there is at least one).
Value all_have(const char* qualname, const Value* args, size_t nargs, KwNames* kw, uint16_t mask) {
  if (!check_noargs(qualname, nargs - 1, kw)) return Value();
  const StrObject* s = as_str(args[0]);
  if (s->m_data.empty()) return Value::boolean(false);
  if (s->ascii()) {
    for (char c : s->m_data)
      if (!(kAsciiFlags[static_cast<unsigned char>(c)] & mask)) return Value::boolean(false);
    return Value::boolean(true);
  }
  const char* p = s->m_data.data();
  const char* end = p + s->m_data.size();
  while (p < end)
    if (!(flags(decode_utf8(p)) & mask)) return Value::boolean(false);
  return Value::boolean(true);
}

// Calls fn(flags) for each code point until it returns false.
template <class Fn>
void each_flags(const StrObject* s, Fn fn) {
  const char* p = s->m_data.data();
  const char* end = p + s->m_data.size();
  while (p < end)
    if (!fn(flags(decode_utf8(p)))) return;
}

}  // namespace

Value method_upper(const Value* args, size_t nargs, KwNames* kw) {
  return change_case("str.upper()", args, nargs, kw, Case::Upper);
}
Value method_lower(const Value* args, size_t nargs, KwNames* kw) {
  return change_case("str.lower()", args, nargs, kw, Case::Lower);
}
Value method_capitalize(const Value* args, size_t nargs, KwNames* kw) {
  return change_case("str.capitalize()", args, nargs, kw, Case::Capitalize);
}
Value method_title(const Value* args, size_t nargs, KwNames* kw) {
  return change_case("str.title()", args, nargs, kw, Case::Title);
}
Value method_swapcase(const Value* args, size_t nargs, KwNames* kw) {
  return change_case("str.swapcase()", args, nargs, kw, Case::Swap);
}
Value method_casefold(const Value* args, size_t nargs, KwNames* kw) {
  return change_case("str.casefold()", args, nargs, kw, Case::Fold);
}

Value method_isdigit(const Value* args, size_t nargs, KwNames* kw) {
  return all_have("str.isdigit()", args, nargs, kw, kDigit);
}
Value method_isdecimal(const Value* args, size_t nargs, KwNames* kw) {
  return all_have("str.isdecimal()", args, nargs, kw, kDecimal);
}
Value method_isnumeric(const Value* args, size_t nargs, KwNames* kw) {
  return all_have("str.isnumeric()", args, nargs, kw, kNumeric);
}
Value method_isalpha(const Value* args, size_t nargs, KwNames* kw) {
  return all_have("str.isalpha()", args, nargs, kw, kAlpha);
}
Value method_isalnum(const Value* args, size_t nargs, KwNames* kw) {
  return all_have("str.isalnum()", args, nargs, kw, kAlpha | kDecimal | kDigit | kNumeric);
}
Value method_isspace(const Value* args, size_t nargs, KwNames* kw) {
  return all_have("str.isspace()", args, nargs, kw, kSpace);
}

Value method_isupper(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_noargs("str.isupper()", nargs - 1, kw)) return Value();
  bool cased = false, ok = true;
  each_flags(as_str(args[0]), [&](uint16_t f) {
    if (f & (kLower | kTitle)) return ok = false;
    cased |= (f & kUpper) != 0;
    return true;
  });
  return Value::boolean(ok && cased);
}

Value method_islower(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_noargs("str.islower()", nargs - 1, kw)) return Value();
  bool cased = false, ok = true;
  each_flags(as_str(args[0]), [&](uint16_t f) {
    if (f & (kUpper | kTitle)) return ok = false;
    cased |= (f & kLower) != 0;
    return true;
  });
  return Value::boolean(ok && cased);
}

Value method_istitle(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_noargs("str.istitle()", nargs - 1, kw)) return Value();
  bool cased = false, prev_cased = false, ok = true;
  each_flags(as_str(args[0]), [&](uint16_t f) {
    if (f & (kUpper | kTitle)) {
      if (prev_cased) return ok = false;
      prev_cased = cased = true;
    } else if (f & kLower) {
      if (!prev_cased) return ok = false;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
    return true;
  });
  return Value::boolean(ok && cased);
}

Value method_isidentifier(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_noargs("str.isidentifier()", nargs - 1, kw)) return Value();
  const StrObject* s = as_str(args[0]);
  if (s->m_data.empty()) return Value::boolean(false);
  bool first = true, ok = true;
  each_flags(s, [&](uint16_t f) {
    ok = (f & (first ? kIdStart : kIdContinue)) != 0;
    first = false;
    return ok;
  });
  return Value::boolean(ok);
}

Value method_isprintable(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_noargs("str.isprintable()", nargs - 1, kw)) return Value();
  bool ok = true;
  each_flags(as_str(args[0]), [&](uint16_t f) { return ok = (f & kPrintable) != 0; });
  return Value::boolean(ok);
}

Value method_isascii(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_noargs("str.isascii()", nargs - 1, kw)) return Value();
  return Value::boolean(as_str(args[0])->ascii());
}

// ---- maketrans / translate

// str.maketrans(x[, y[, z]]): a staticmethod, so args has no self.
Value method_maketrans(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_clinic("maketrans", "str.maketrans()", nargs, kw, 1, 3)) return Value();
  Value result = new_dict();
  DictObject* d = as_dict(result);
  if (nargs == 1) {
    if (!is_dict(args[0]))
      return raise(&TypeErrorType,
                   "if you give only one argument to maketrans it must be a dict");
    size_t pos = 0;
    Value k, v;
    while (dict_next(as_dict(args[0]), &pos, &k, &v)) {
      Value key;
      if (is_str(k)) {
        if (as_str(k)->m_length != 1)
          return raise(&ValueErrorType, "string keys in translate table must be of length 1");
        const char* p = as_str(k)->m_data.data();
        key = Value::integer(decode_utf8(p));
      } else if (k.is_int() || k.is_bool() || is_bigint(k)) {
        key = k.is_bool() ? Value::integer(k.as_bool()) : k;
      } else {
        return raise(&TypeErrorType, "keys in translate table must be strings or integers");
      }
      if (dict_set(d, key, v) < 0) return Value();
    }
    return result;
  }
  if (!is_str(args[0]))
    return raise(&TypeErrorType,
                 "first maketrans argument must be a string if there is a second argument");
  for (size_t i = 1; i < nargs; ++i)
    if (!is_str(args[i]))
      return raise(&TypeErrorType, format("maketrans() argument %zu must be str, not %s", i + 1,
                                          type_name(args[i]).c_str()));
  const StrObject* x = as_str(args[0]);
  const StrObject* y = as_str(args[1]);
  if (x->m_length != y->m_length)
    return raise(&ValueErrorType, "the first two maketrans arguments must have equal length");
  const char* p = x->m_data.data();
  const char* q = y->m_data.data();
  for (int64_t i = 0; i < x->m_length; ++i) {
    Value from = Value::integer(decode_utf8(p));
    if (dict_set(d, from, Value::integer(decode_utf8(q))) < 0) return Value();
  }
  if (nargs == 3) {
    const StrObject* z = as_str(args[2]);
    const char* r = z->m_data.data();
    for (int64_t i = 0; i < z->m_length; ++i)
      if (dict_set(d, Value::integer(decode_utf8(r)), Value::none()) < 0) return Value();
  }
  return result;
}

Value method_translate(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_onearg("str.translate()", nargs - 1, kw)) return Value();
  const StrObject* s = as_str(args[0]);
  const Value& table = args[1];
  // What each ASCII character became: looked up once per distinct character.
  enum : uint8_t { kUnknown, kKeep, kDelete, kText };
  uint8_t ascii_kind[128] = {};
  std::string ascii_text[128];
  std::string out;
  out.reserve(s->m_data.size());
  const char* p = s->m_data.data();
  const char* end = p + s->m_data.size();
  while (p < end) {
    const char* start = p;
    uint32_t cp = decode_utf8(p);
    if (cp < 128 && ascii_kind[cp] != kUnknown) {
      if (ascii_kind[cp] == kKeep) out += static_cast<char>(cp);
      else if (ascii_kind[cp] == kText) out += ascii_text[cp];
      continue;
    }
    Value r = get_item(table, Value::integer(cp));
    uint8_t kind;
    std::string text;
    if (r.is_null()) {
      if (!error_matches(&LookupErrorType)) return Value();
      clear_error();
      kind = kKeep;
    } else if (r.is_none()) {
      kind = kDelete;
    } else if (r.is_int() || r.is_bool() || is_bigint(r)) {
      int64_t m;
      if (!r.is_int() && !r.is_bool()) return raise(&ValueErrorType,
                                                    "character mapping must be in range(0x110000)");
      m = r.is_bool() ? r.as_bool() : r.as_int();
      if (m < 0 || m >= 0x110000)
        return raise(&ValueErrorType, "character mapping must be in range(0x110000)");
      append_utf8(text, static_cast<uint32_t>(m));
      kind = kText;
    } else if (is_str(r)) {
      text = as_str(r)->m_data;
      kind = kText;
    } else {
      return raise(&TypeErrorType, "character mapping must return integer, None or str");
    }
    if (cp < 128) {
      ascii_kind[cp] = kind;
      if (kind == kText) ascii_text[cp] = text;
    }
    if (kind == kKeep) out.append(start, p - start);
    else if (kind == kText) out += text;
  }
  return new_str(std::move(out));
}

// ---- encode

Value method_encode(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_method_args("encode", args + 1, nargs - 1, kw, {"encoding", "errors"}, a))
    return Value();
  static const char* const kNames[] = {"encoding", "errors"};
  for (int i = 0; i < 2; ++i)
    if (!a[i].is_null() && !is_str(a[i]))
      return raise(&TypeErrorType, format("encode() argument '%s' must be str, not %s", kNames[i],
                                          type_name(a[i]).c_str()));
  return str_encode(as_str(args[0]), a[0].is_null() ? "utf-8" : as_str(a[0])->view(),
                    a[1].is_null() ? "strict" : as_str(a[1])->view());
}

}  // namespace hotpy::str_impl
