// Text forms of numbers: CPython's PyOS_double_to_string (repr and the e/f/g
// codes), the format-spec mini-language of int and float (Python/formatter_unicode.c)
// and the numeric conversions of printf-style `%` formatting.
//
// Digits come from std::to_chars, which is exact: shortest round-trip without a
// precision, correctly rounded (half to even on the exact binary value) with one,
// exactly as David Gay's dtoa modes 0, 2 and 3 that CPython uses.
#include "objects/number_format.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"

namespace hotpy {

namespace {

// ---------------------------------------------------------------------------
// double -> decimal digits

// The decimal digits of |d| (finite) without leading or trailing zeros, and the
// position of the decimal point relative to them: |d| ~= 0.<digits> * 10**decpt.
// mode 0: shortest round-trip; 2: `n` significant digits; 3: `n` digits after the
// point. A value that is (or rounds to) zero gives "0" with decpt 1.
void decimal_digits(double d, int mode, int n, std::string& digits, int& decpt) {
  d = std::fabs(d);
  // A double's exact decimal expansion ends within 767 significant digits and 1074
  // digits after the point: asking for more only adds zeros (stripped below), and a
  // precision of 10**9 must not need a buffer of that size here.
  n = std::min(n, mode == 3 ? 1100 : 800);
  std::string buf(mode == 3 ? 330 + size_t(n) : 40 + size_t(std::max(n, 0)), '\0');
  std::to_chars_result res;
  if (mode == 0)
    res = std::to_chars(buf.data(), buf.data() + buf.size(), d, std::chars_format::scientific);
  else if (mode == 2)
    res = std::to_chars(buf.data(), buf.data() + buf.size(), d, std::chars_format::scientific, n - 1);
  else
    res = std::to_chars(buf.data(), buf.data() + buf.size(), d, std::chars_format::fixed, n);
  std::string_view text(buf.data(), res.ptr - buf.data());
  digits.clear();
  if (mode == 3) {
    size_t point = text.find('.');
    if (point == std::string_view::npos) point = text.size();
    decpt = int(point);
    for (char c : text)
      if (c != '.') digits += c;
    size_t lead = digits.find_first_not_of('0');
    if (lead == std::string::npos) {
      digits = "0";
      decpt = 1;
      return;
    }
    digits.erase(0, lead);
    decpt -= int(lead);
  } else {
    size_t e = text.find('e');
    for (char c : text.substr(0, e))
      if (c != '.') digits += c;
    int exp = 0;
    std::from_chars(text.data() + e + 1 + (text[e + 1] == '+'), text.data() + text.size(), exp);
    decpt = exp + 1;
    if (digits.find_first_not_of('0') == std::string::npos) {
      digits = "0";
      decpt = 1;
      return;
    }
  }
  size_t last = digits.find_last_not_of('0');
  digits.resize(last + 1);
}

}  // namespace

std::string double_to_string(double d, char code, int precision, unsigned flags) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  if (upper) code = char(code - 'A' + 'a');
  bool sign = std::signbit(d);
  std::string out;
  if (!std::isfinite(d)) {
    if (std::isnan(d)) sign = false;  // the sign of a nan is never shown
    if (sign)
      out += '-';
    else if (flags & kDtsSign)
      out += '+';
    out += std::isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  if (code == 'g' && precision == 0) precision = 1;
  std::string digits;
  int decpt;
  switch (code) {
    case 'e': decimal_digits(d, 2, precision + 1, digits, decpt); break;
    case 'f': decimal_digits(d, 3, precision, digits, decpt); break;
    case 'g': decimal_digits(d, 2, precision, digits, decpt); break;
    default: decimal_digits(d, 0, 0, digits, decpt); break;
  }
  if ((flags & kDtsNoNeg0) && digits == "0") sign = false;
  bool add_dot_0 = flags & kDtsAddDot0, alt = flags & kDtsAlt;
  int digits_len = int(digits.size());
  int vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision + 1;
      break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // Output the slice [vdigits_start, vdigits_end) of the digits padded with zeros
  // on both sides, with the point at decpt (CPython's format_float_short).
  int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vdigits_end = std::max(vdigits_end, decpt + 1);
  else
    vdigits_end = std::max(vdigits_end, decpt);
  if (sign)
    out += '-';
  else if (flags & kDtsSign)
    out += '+';
  if (decpt <= 0) {
    out.append(size_t(decpt - vdigits_start), '0');
    out += '.';
    out.append(size_t(-decpt), '0');
  } else {
    out.append(size_t(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, size_t(decpt));
    out += '.';
    out.append(digits, size_t(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(size_t(decpt - digits_len), '0');
    out += '.';
    out.append(size_t(vdigits_end - decpt), '0');
  } else {
    out.append(size_t(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    out += format("%+.02d", exp);
  }
  return out;
}

namespace {

// ---------------------------------------------------------------------------
// The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type]

struct FormatSpec {
  std::string fill = " ";  // one code point, UTF-8
  char align = '>';        // < > ^ =
  char sign = 0;           // + - ' ' or 0
  bool no_neg_0 = false;   // z
  bool alt = false;        // #
  int64_t width = -1;
  char thousands = 0;      // ',' or '_'
  int group = 3;           // digits per group: 4 for '_' with b o x X
  int64_t precision = -1;
  uint32_t type = 0;       // a code point; 0 when absent
};

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

size_t utf8_len(unsigned char c) { return c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2; }

uint32_t decode_cp(std::string_view s, size_t i) {
  unsigned char c = s[i];
  size_t len = utf8_len(c);
  uint32_t cp = len == 1 ? c : c & (0x3f >> (len - 1));
  for (size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3f);
  return cp;
}

// Reads decimal digits at s[pos]; returns the count consumed, -1 on overflow.
int read_integer(std::string_view s, size_t& pos, int64_t* out) {
  int64_t v = 0;
  int n = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    int digit = s[pos] - '0';
    if (v > (INT64_MAX - digit) / 10) {
      raise(&ValueErrorType, "Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + digit;
    ++pos;
    ++n;
  }
  *out = v;
  return n;
}

bool parse_spec(std::string_view s, const char* type_name, uint32_t default_type, FormatSpec* f) {
  size_t pos = 0, end = s.size();
  bool fill_given = false, align_given = false;
  f->type = default_type;
  size_t first = end > 0 ? utf8_len(s[0]) : 0;
  if (end >= first + 1 && first > 0 && is_align(s[first])) {
    f->fill = std::string(s.substr(0, first));
    f->align = s[first];
    fill_given = align_given = true;
    pos = first + 1;
  } else if (end >= 1 && is_align(s[0])) {
    f->align = s[0];
    align_given = true;
    pos = 1;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = s[pos++];
  if (pos < end && s[pos] == 'z') {
    f->no_neg_0 = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    f->alt = true;
    ++pos;
  }
  if (!fill_given && pos < end && s[pos] == '0') {
    f->fill = "0";
    if (!align_given) f->align = '=';
    ++pos;
  }
  int n = read_integer(s, pos, &f->width);
  if (n < 0) return false;
  if (n == 0) f->width = -1;
  if (pos < end && s[pos] == ',') {
    f->thousands = ',';
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (f->thousands) {
      raise(&ValueErrorType, "Cannot specify both ',' and '_'.");
      return false;
    }
    f->thousands = '_';
    ++pos;
  }
  if (pos < end && s[pos] == ',' && f->thousands == '_') {
    raise(&ValueErrorType, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < end && s[pos] == '.') {
    ++pos;
    n = read_integer(s, pos, &f->precision);
    if (n < 0) return false;
    if (n == 0) {
      raise(&ValueErrorType, "Format specifier missing precision");
      return false;
    }
  }
  if (pos < end) {
    if (pos + utf8_len(s[pos]) < end) {
      raise(&ValueErrorType, format("Invalid format specifier '%.*s' for object of type '%s'",
                                    int(s.size()), s.data(), type_name));
      return false;
    }
    f->type = decode_cp(s, pos);
  }
  if (f->thousands) {
    switch (f->type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f->thousands == '_') {
          f->group = 4;
          break;
        }
        [[fallthrough]];
      default: {
        std::string t;
        if (f->type > 32 && f->type < 128)
          t = std::string(1, char(f->type));
        else
          t = format("\\x%x", unsigned(f->type));
        raise(&ValueErrorType, format("Cannot specify '%c' with '%s'.", f->thousands, t.c_str()));
        return false;
      }
    }
  }
  return true;
}

Value unknown_code(uint32_t type, const char* type_name) {
  if (type > 32 && type < 128)
    return raise(&ValueErrorType,
                 format("Unknown format code '%c' for object of type '%s'", char(type), type_name));
  return raise(&ValueErrorType, format("Unknown format code '\\x%x' for object of type '%s'",
                                       unsigned(type), type_name));
}

// CPython's _PyUnicode_InsertThousandsGrouping: digits grouped from the right,
// padded with zeros (and separators) up to min_width when zero-padding.
std::string group_digits(std::string_view digits, int64_t min_width, char sep, int group) {
  std::string rev;  // built right to left
  int64_t remaining = int64_t(digits.size());
  bool use_sep = false;
  auto emit = [&](int64_t zeros, int64_t chars) {
    if (use_sep) rev += sep;
    for (int64_t k = 0; k < chars; ++k) rev += digits[size_t(remaining - 1 - k)];
    rev.append(size_t(zeros), '0');
  };
  if (sep) {
    for (;;) {
      int64_t l = std::min<int64_t>(group, std::max({remaining, min_width, int64_t(1)}));
      int64_t zeros = std::max<int64_t>(0, l - remaining);
      int64_t chars = std::max<int64_t>(0, std::min(remaining, l));
      emit(zeros, chars);
      use_sep = true;
      remaining -= chars;
      min_width -= l;
      if (remaining <= 0 && min_width <= 0) return std::string(rev.rbegin(), rev.rend());
      min_width -= 1;
    }
  }
  int64_t l = std::max({remaining, min_width, int64_t(1)});
  emit(std::max<int64_t>(0, l - remaining), std::max<int64_t>(0, std::min(remaining, l)));
  return std::string(rev.rbegin(), rev.rend());
}

// Lays out a number as CPython's calc_number_widths + fill_number:
//   <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>
// `sign_char` is '-' for negative numbers, else 0.
Value fill_number(const FormatSpec& f, char sign_char, std::string_view prefix, std::string_view digits,
                  bool has_decimal, std::string_view remainder) {
  std::string_view sign;
  if (f.sign == '+')
    sign = sign_char == '-' ? "-" : "+";
  else if (f.sign == ' ')
    sign = sign_char == '-' ? "-" : " ";
  else if (sign_char == '-')
    sign = "-";
  // Widths count code points: the remainder of 'c' may be any character.
  size_t remainder_chars = 0;
  for (char c : remainder) remainder_chars += (c & 0xc0) != 0x80;
  int64_t non_digit = int64_t(sign.size() + prefix.size() + (has_decimal ? 1 : 0) + remainder_chars);
  int64_t min_width = (f.fill == "0" && f.align == '=') ? f.width - non_digit : 0;
  // Without separators the grouping is only zero padding up to min_width: the digits
  // themselves serve, and no string is made for them.
  std::string grouped_text;
  std::string_view grouped = digits;
  size_t zeros = 0;
  if (f.thousands && !digits.empty())
    grouped = grouped_text = group_digits(digits, min_width, f.thousands, f.group);
  else if (!digits.empty() && min_width > int64_t(digits.size()))
    zeros = size_t(min_width) - digits.size();
  size_t grouped_size = zeros + grouped.size();
  int64_t padding = f.width - (non_digit + int64_t(grouped_size));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  std::string out;
  // One request for the whole result (a fill is at most 4 bytes): an impossible width
  // is MemoryError before the allocator is asked.
  if (!check_alloc(uint64_t(std::max<int64_t>(f.width, 0)) + grouped_size + non_digit, 4)) return Value();
  out.reserve(size_t(std::max<int64_t>(f.width, 0)) * f.fill.size() + grouped_size + non_digit);
  auto pad = [&](int64_t n) {
    if (f.fill.size() == 1) {
      out.append(size_t(n), f.fill[0]);
      return;
    }
    for (int64_t k = 0; k < n; ++k) out += f.fill;
  };
  pad(lpad);
  out += sign;
  out += prefix;
  pad(spad);
  out.append(zeros, '0');
  out += grouped;
  if (has_decimal) out += '.';
  out += remainder;
  pad(rpad);
  // Every part is ASCII but the fill (one code point) and the remainder (counted above).
  int64_t length = lpad + spad + rpad + int64_t(sign.size() + prefix.size() + grouped_size) +
                   (has_decimal ? 1 : 0) + int64_t(remainder_chars);
  return new_str_len(std::move(out), length);
}

Value format_float_spec(double d, FormatSpec& f) {
  if (f.precision > INT_MAX) return raise(&ValueErrorType, "precision too big");
  int precision = int(f.precision);
  unsigned flags = 0;
  if (f.alt) flags |= kDtsAlt;
  if (f.no_neg_0) flags |= kDtsNoNeg0;
  char type = char(f.type);
  int default_precision = 6;
  if (type == 0) {
    flags |= kDtsAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = false;
  if (type == '%') {
    type = 'f';
    d *= 100;
    percent = true;
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  std::string s = double_to_string(d, type, precision, flags);
  if (percent) s += '%';
  std::string_view v = s;
  char sign_char = 0;
  if (!v.empty() && v[0] == '-') {
    sign_char = '-';
    v.remove_prefix(1);
  }
  size_t n = 0;
  while (n < v.size() && v[n] >= '0' && v[n] <= '9') ++n;
  bool has_decimal = n < v.size() && v[n] == '.';
  return fill_number(f, sign_char, "", v.substr(0, n), has_decimal, v.substr(n + (has_decimal ? 1 : 0)));
}

}  // namespace

Value format_float(double d, std::string_view spec) {
  if (spec.empty()) return new_str(float_repr(d));
  FormatSpec f;
  if (!parse_spec(spec, "float", 0, &f)) return Value();
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_spec(d, f);
    default:
      return unknown_code(f.type, "float");
  }
}

Value format_int(const Value& v, std::string_view spec) {
  if (spec.empty()) return to_str(v);
  const char* tname = type_name(v).c_str();
  FormatSpec f;
  if (!parse_spec(spec, tname, 'd', &f)) return Value();
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!int_to_double_checked(v, &d)) return Value();
      return format_float_spec(d, f);
    }
    default: return unknown_code(f.type, tname);
  }
  if (f.precision != -1) return raise(&ValueErrorType, "Precision not allowed in integer format specifier");
  if (f.no_neg_0)
    return raise(&ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type == 'c') {
    if (f.sign) return raise(&ValueErrorType, "Sign not allowed with integer format specifier 'c'");
    if (f.alt)
      return raise(&ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (!int_to_int64(v, &cp)) return Value();
    if (cp < 0 || cp > 0x10ffff) return raise(&OverflowErrorType, "%c arg not in range(0x110000)");
    std::string ch;
    append_utf8(ch, uint32_t(cp));
    return fill_number(f, 0, "", "", false, ch);
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  std::string digits = int_to_string(v, base);
  char sign_char = 0;
  if (digits[0] == '-') {
    sign_char = '-';
    digits.erase(0, 1);
  }
  if (f.type == 'X')
    for (char& c : digits) c = char(std::toupper((unsigned char)c));
  return fill_number(f, sign_char, f.alt ? prefix : "", digits, false, "");
}

// ---------------------------------------------------------------------------
// printf-style % conversions

namespace {

// PyNumber_Check: the object can be converted to a number at all.
bool has_number_dunder(const Value& v) {
  TypeObject* t = v.type();
  return !t->lookup(intern("__index__")).is_null() || !t->lookup(intern("__int__")).is_null() ||
         !t->lookup(intern("__float__")).is_null();
}

// The int that %d/%x/%o format; Null + TypeError (CPython's text) when there is none.
Value percent_int_arg(char conv, const Value& v) {
  if (is_int_like(v)) return v;
  bool integer_only = conv == 'x' || conv == 'X' || conv == 'o';
  auto wrong_type = [&] {
    return raise(&TypeErrorType,
                 format("%%%c format: %s is required, not %s", conv,
                        integer_only ? "an integer" : "a real number", type_name(v).c_str()));
  };
  double d;
  if (!integer_only && float_value(v, &d)) return int_from_double(d);
  if (!has_number_dunder(v)) return wrong_type();
  const char* const* names;
  static const char* const kIndexOnly[] = {"__index__", nullptr};
  static const char* const kAny[] = {"__int__", "__index__", "__trunc__", nullptr};
  names = integer_only ? kIndexOnly : kAny;
  for (; *names; ++names) {
    StrObject* name = intern(*names);
    if (v.type()->lookup(name).is_null()) continue;
    Value r = call_method(v, name, nullptr, 0);
    if (r.is_null()) return r;
    if (!is_int_like(r))
      return raise(&TypeErrorType, format("%s returned non-int (type %s)", *names, type_name(r).c_str()));
    return r;
  }
  return wrong_type();
}

}  // namespace

bool percent_format_number(char conv, const Value& v, const PercentSpec& spec, std::string& out) {
  // A plain %d of a small int is its decimal text (no sign flag, width or precision).
  if (v.is_int() && (conv == 'd' || conv == 'i' || conv == 'u') && !spec.plus && !spec.space && spec.width < 0 &&
      spec.precision < 0) {
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, v.as_int());
    out.append(buf, res.ptr);
    return true;
  }
  std::string sign, prefix, body;
  switch (conv) {
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
      Value n = percent_int_arg(conv, v);
      if (n.is_null()) return false;
      int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
      body = int_to_string(n, base);
      if (body[0] == '-') {
        sign = "-";
        body.erase(0, 1);
      }
      if (spec.precision > 0 && size_t(spec.precision) > body.size())
        body.insert(0, size_t(spec.precision) - body.size(), '0');
      if (spec.alt && base != 10) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
      if (conv == 'X')
        for (char& c : body) c = char(std::toupper((unsigned char)c));
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      double d;
      if (!to_double(v, &d)) return false;
      body = double_to_string(d, conv, spec.precision < 0 ? 6 : spec.precision, spec.alt ? unsigned(kDtsAlt) : 0u);
      if (body[0] == '-') {
        sign = "-";
        body.erase(0, 1);
      }
      break;
    }
    default:
      raise(&ValueErrorType, format("unsupported format character '%c'", conv));
      return false;
  }
  if (sign.empty()) {
    if (spec.plus)
      sign = "+";
    else if (spec.space)
      sign = " ";
  }
  size_t len = sign.size() + prefix.size() + body.size();
  size_t pad = spec.width > 0 && size_t(spec.width) > len ? size_t(spec.width) - len : 0;
  if (!check_alloc(uint64_t(out.size()) + len + pad)) return false;
  if (spec.left) {
    out += sign;
    out += prefix;
    out += body;
    out.append(pad, ' ');
  } else if (spec.zero) {
    out += sign;
    out += prefix;
    out.append(pad, '0');
    out += body;
  } else {
    out.append(pad, ' ');
    out += sign;
    out += prefix;
    out += body;
  }
  return true;
}

}  // namespace hotpy
