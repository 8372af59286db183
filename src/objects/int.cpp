// The int type: heap big ints (GMP), conversions to and from text and other C++
// types, hashing, int() construction, and the methods of int. Arithmetic lives in
// int_ops.cpp, the format-spec language in number_format.cpp.
#include "objects/int.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>

#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/init.h"
#include "objects/number_format.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject IntType("int");


// ---------------------------------------------------------------------------
// The heap object

BigIntObject::BigIntObject(TypeObject* type) : Object(type) { mpz_init(m_value); }

BigIntObject::~BigIntObject() {
  mpz_clear(m_value);
  if (m_dict) decref(m_dict);
}

void BigIntObject::traverse(Visitor visit, void* arg) {
  if (m_dict) visit(m_dict, arg);
}

DictObject** BigIntObject::instance_dict() {
  return m_type == &IntType ? nullptr : &m_dict;
}

Value int_from_mpz(const mpz_t z) {
  if (mpz_fits_slong_p(z)) return Value::integer(mpz_get_si(z));
  auto* o = new BigIntObject();
  mpz_set(o->m_value, z);
  return Value::steal(o);
}

Value int_from_mpz_move(mpz_t z) {
  if (mpz_fits_slong_p(z)) return Value::integer(mpz_get_si(z));
  auto* o = new BigIntObject();
  mpz_swap(o->m_value, z);
  return Value::steal(o);
}

Value int_exact(const Value& v) {
  if (v.is_int()) return v;
  if (v.is_bool()) return Value::integer(v.as_bool());
  if (v.type() == &IntType) return v;
  return int_from_mpz(bigint_mpz(v));
}

Value int_from_double(double d) {
  if (std::isinf(d)) return raise(&OverflowErrorType, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(&ValueErrorType, "cannot convert float NaN to integer");
  if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) return Value::integer(int64_t(d));
  Mpz z;
  mpz_set_d(z, d);  // truncates, exactly
  return int_from_mpz_move(z);
}

void int_to_mpz(const Value& v, mpz_t out) {
  if (v.is_obj())
    mpz_set(out, bigint_mpz(v));
  else
    mpz_set_si(out, small_int(v));
}

bool int_to_int64(const Value& v, int64_t* out, const char* msg) {
  if (!v.is_obj()) {
    *out = small_int(v);
    return true;
  }
  mpz_srcptr z = bigint_mpz(v);
  if (!mpz_fits_slong_p(z)) {
    raise(&OverflowErrorType, msg ? msg : "Python int too large to convert to C long");
    return false;
  }
  *out = mpz_get_si(z);
  return true;
}

// ---------------------------------------------------------------------------
// To double, correctly rounded

double int_to_double(const Value& v, bool* overflow) {
  *overflow = false;
  if (!v.is_obj()) return double(small_int(v));  // the FPU rounds half to even
  mpz_srcptr z = bigint_mpz(v);
  size_t n = mpz_sizeinbase(z, 2);
  if (n <= 63) return double(mpz_get_si(z));
  if (n > 1024) {
    *overflow = true;
    return 0.0;
  }
  // Keep the top 55 bits plus a sticky bit for everything below them; converting
  // that to double then rounds exactly once, half to even.
  Mpz top, mag;
  mpz_abs(mag, z);
  size_t drop = n - 55;
  mpz_tdiv_q_2exp(top, mag, drop);
  uint64_t q = mpz_get_ui(top) | uint64_t(mpz_scan1(mag, 0) < drop);
  double d = std::ldexp(double(q), int(drop));
  if (std::isinf(d)) {
    *overflow = true;
    return 0.0;
  }
  return mpz_sgn(z) < 0 ? -d : d;
}

bool int_to_double_checked(const Value& v, double* out) {
  bool overflow;
  *out = int_to_double(v, &overflow);
  if (overflow) {
    raise(&OverflowErrorType, "int too large to convert to float");
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Hash: the value modulo the Mersenne prime 2**61 - 1, sign kept, as CPython.

int64_t int_hash(const Value& v) {
  constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
  int64_t h;
  if (!v.is_obj()) {
    int64_t x = small_int(v);
    uint64_t m = x < 0 ? 0 - uint64_t(x) : uint64_t(x);
    m %= kModulus;
    h = x < 0 ? -int64_t(m) : int64_t(m);
  } else {
    mpz_srcptr z = bigint_mpz(v);
    uint64_t m = mpz_tdiv_ui(z, kModulus);  // |remainder|
    h = mpz_sgn(z) < 0 ? -int64_t(m) : int64_t(m);
  }
  return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------------------
// Text

std::string int_to_string(const Value& v, int base) {
  if (!v.is_obj()) {
    char buf[72];
    auto res = base == 10 ? std::to_chars(buf, buf + sizeof buf, small_int(v))
                          : std::to_chars(buf, buf + sizeof buf, small_int(v), base);
    return std::string(buf, res.ptr);
  }
  mpz_srcptr z = bigint_mpz(v);
  std::string s(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(s.data(), base, z);
  s.resize(std::char_traits<char>::length(s.c_str()));
  return s;
}

std::string int_to_prefixed(const Value& v, int base) {
  std::string digits = int_to_string(v, base);
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  if (digits[0] == '-') return "-" + std::string(prefix) + digits.substr(1);
  return prefix + digits;
}

static Value digit_limit_error() {
  return raise(&ValueErrorType,
               format("Exceeds the limit (%lld digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      (long long)ts->int_max_str_digits));
}

Value int_repr(const Value& v) {
  if (v.is_obj() && ts->int_max_str_digits > 0) {
    mpz_srcptr z = bigint_mpz(v);
    // sizeinbase overstates by at most one: decide exactly only near the limit.
    size_t est = mpz_sizeinbase(z, 10);
    if (est > size_t(ts->int_max_str_digits) + 1) return digit_limit_error();
    std::string s = int_to_string(v, 10);
    if (int64_t(s.size() - (s[0] == '-')) > ts->int_max_str_digits) return digit_limit_error();
    return new_str(std::move(s));
  }
  if (!v.is_obj()) return small_int_str(small_int(v));
  return new_str(int_to_string(v, 10));
}

// Kept inline in both users: str(i) is a hot path, and a call here costs it 6%.
[[gnu::always_inline]] static inline std::string_view int_digits_into(int64_t i, char (&buf)[24]) {
  // Two digits a step from the right (str(i) of loop counters is a hot path; to_chars
  // first counts the digits).
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "4041424344454647484950515253545556575859606162636465666768697071727374757677787980"
      "81828384858687888990919293949596979899";
  char* end = buf + sizeof buf;
  char* p = end;
  uint64_t u = i < 0 ? 0 - uint64_t(i) : uint64_t(i);
  while (u >= 100) {
    p -= 2;
    std::memcpy(p, kPairs + 2 * (u % 100), 2);
    u /= 100;
  }
  if (u >= 10) {
    p -= 2;
    std::memcpy(p, kPairs + 2 * u, 2);
  } else {
    *--p = char('0' + u);
  }
  if (i < 0) *--p = '-';
  return std::string_view(p, size_t(end - p));
}

std::string_view small_int_digits(int64_t i, char (&buf)[24]) { return int_digits_into(i, buf); }

Value small_int_str(int64_t i) {
  char buf[24];
  std::string_view text = int_digits_into(i, buf);
  return new_str_len(text, int64_t(text.size()));
}

// Zero code points of the Unicode decimal digit runs (category Nd) beyond ASCII.
static const uint32_t kDigitZeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

static bool is_unicode_space(uint32_t cp) {
  return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

std::string_view number_text_ascii(std::string_view s, std::string& buf) {
  size_t i = 0;
  while (i < s.size() && (unsigned char)s[i] < 0x80) ++i;
  if (i == s.size()) return s;
  buf.assign(s.substr(0, i));
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c < 0x80) {
      buf += char(c);
      ++i;
      continue;
    }
    int len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    uint32_t cp = c & (0x3f >> (len - 1));
    for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3f);
    i += len;
    char out = '?';
    if (is_unicode_space(cp)) {
      out = ' ';
    } else {
      for (uint32_t zero : kDigitZeros)
        if (cp >= zero && cp < zero + 10) {
          out = char('0' + (cp - zero));
          break;
        }
    }
    buf += out;
  }
  return buf;
}

std::string truncated_repr(std::string_view s, size_t max_chars) {
  std::string r = str_repr(s);
  size_t chars = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    if ((r[i] & 0xc0) != 0x80 && chars++ == max_chars) {
      r.resize(i);
      break;
    }
  }
  return r;
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// int() of str (UTF-8) or bytes text: bytes are not transformed from Unicode and
// show as b'..' in the error message.
static Value parse_int_text(std::string_view text, int base, bool is_bytes_text) {
  // The common case first: base 10, an optional sign and 1 to 18 ASCII digits.
  // (18 digits cannot overflow int64; the loop reads no more than that.)
  size_t sign = !text.empty() && (text[0] == '-' || text[0] == '+');
  if (base == 10 && text.size() > sign && text.size() - sign <= 18) {
    int64_t v = 0;
    size_t k = sign;
    for (; k < text.size(); ++k) {
      unsigned d = static_cast<unsigned char>(text[k]) - unsigned('0');
      if (d > 9) break;
      v = v * 10 + d;
    }
    if (k == text.size()) return Value::integer(text[0] == '-' ? -v : v);
  }
  if (base != 0 && (base < 2 || base > 36))
    return raise(&ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
  auto invalid = [&]() {
    std::string shown = is_bytes_text ? bytes_repr(text) : truncated_repr(text, 200);
    return raise(&ValueErrorType, format("invalid literal for int() with base %d: %s", base, shown.c_str()));
  };
  std::string buf;
  std::string_view s = is_bytes_text ? text : number_text_ascii(text, buf);
  size_t i = 0, end = s.size();
  while (i < end && is_ascii_space(s[i])) ++i;
  while (end > i && is_ascii_space(s[end - 1])) --end;
  bool negative = false;
  if (i < end && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  int b = base;
  bool prefixed = false;
  if (end - i >= 2 && s[i] == '0') {
    char p = char(s[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      b = pb;
      i += 2;
      prefixed = true;
    }
  }
  bool leading_zero_literal = false;
  if (b == 0) {
    b = 10;
    leading_zero_literal = i < end && s[i] == '0';  // "010" is not a base-0 literal
  }
  // Digits, with single underscores between them (one may follow a prefix).
  std::string digits;
  digits.reserve(end - i);
  bool prev_digit = prefixed;
  for (; i < end; ++i) {
    char c = s[i];
    if (c == '_') {
      if (!prev_digit) return invalid();
      prev_digit = false;
      continue;
    }
    if (digit_value(c) >= b) return invalid();
    digits += c;
    prev_digit = true;
  }
  if (digits.empty() || !prev_digit) return invalid();
  if (leading_zero_literal && digits.find_first_not_of('0') != std::string::npos) return invalid();
  if ((b & (b - 1)) != 0 && ts->int_max_str_digits > 0 && int64_t(digits.size()) > ts->int_max_str_digits)
    return raise(&ValueErrorType,
                 format("Exceeds the limit (%lld digits) for integer string conversion: value has "
                        "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                        (long long)ts->int_max_str_digits, digits.size()));
  // Fits int64 for sure: 18 decimal digits, 15 hex digits, 12 digits in base 36.
  if (digits.size() <= (b <= 10 ? 18u : b <= 16 ? 15u : 12u)) {
    int64_t v = 0;
    for (char c : digits) v = v * b + digit_value(c);
    return Value::integer(negative ? -v : v);
  }
  Mpz z;
  mpz_set_str(z, digits.c_str(), b);
  if (negative) mpz_neg(z, z);
  return int_from_mpz_move(z);
}

Value int_from_string(std::string_view text, int base) { return parse_int_text(text, base, false); }

// ---------------------------------------------------------------------------
// int(): construction

// Calls the dunder `name` of `v` if its type has one; Null without an exception
// when it has none.
static Value call_dunder_opt(const Value& v, const char* name) {
  StrObject* s = intern(name);
  Value m = v.type()->lookup(s);
  if (m.is_null()) return Value();
  return call_method(v, s, nullptr, 0);
}

static Value int_from_object(const Value& x) {
  if (is_int_like(x)) return int_exact(x);
  double d;
  if (float_value(x, &d)) return int_from_double(d);
  if (is_str(x)) return int_from_string(as_str(x)->view(), 10);
  if (is_byteseq(x)) return parse_int_text(byteseq_view(x), 10, true);
  if (std::string data; buffer_bytes(x, &data)) return parse_int_text(data, 10, true);
  if (error_pending()) return Value();
  static const char* const kDunders[] = {"__int__", "__index__", "__trunc__"};
  for (const char* name : kDunders) {
    Value r = call_dunder_opt(x, name);
    if (r.is_null()) {
      if (error_pending()) return r;
      continue;
    }
    if (is_int_like(r)) return int_exact(r);
    // __trunc__ may give any Integral: one with __index__ is made an int through it.
    if (name[2] != 't')
      return raise(&TypeErrorType, format("%s returned non-int (type %s)", name, type_name(r).c_str()));
    if (!r.is_obj() || r.type()->lookup(intern("__index__")).is_null())
      return raise(&TypeErrorType, format("__trunc__ returned non-Integral (type %s)", type_name(r).c_str()));
    Value exact = call_special(r, intern("__index__"), nullptr, 0);
    if (exact.is_null() || is_int_like(exact)) return exact.is_null() ? exact : int_exact(exact);
    return raise(&TypeErrorType, format("__index__ returned non-int (type %s)", type_name(exact).c_str()));
  }
  return raise(&TypeErrorType,
               format("int() argument must be a string, a bytes-like object or a real number, "
                      "not '%s'",
                      type_name(x).c_str()));
}

// Wraps the value of an int in an instance of a subclass of int.
static Value int_subclass_instance(TypeObject* type, const Value& v) {
  auto* o = new BigIntObject(type);
  int_to_mpz(v, o->m_value);
  return Value::steal(o);
}

static Value int_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  size_t nkw = kw ? kw->size() : 0;
  Value x, base;
  if (nargs > 0) x = args[0];
  if (nargs > 1) base = args[1];
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view name = as_str(kw->m_items[k])->view();
    if (name != "base" || !base.is_null())
      return raise(&TypeErrorType, format("'%.*s' is an invalid keyword argument for int()",
                                          int(name.size()), name.data()));
    base = args[nargs + k];
  }
  if (nargs + nkw > 2)
    return raise(&TypeErrorType, format("int() takes at most 2 arguments (%zu given)", nargs + nkw));
  Value result;
  if (base.is_null()) {
    result = x.is_null() ? Value::integer(0) : int_from_object(x);
  } else {
    int64_t b;
    if (x.is_null()) return raise(&TypeErrorType, "int() missing string argument");
    if (!index_value(base, &b)) return Value();
    if (!is_str(x) && !is_byteseq(x))
      return raise(&TypeErrorType, "int() can't convert non-string with explicit base");
    if (b != 0 && (b < 2 || b > 36))
      return raise(&ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
    result = is_str(x) ? int_from_string(as_str(x)->view(), int(b)) : parse_int_text(byteseq_view(x), int(b), true);
  }
  if (result.is_null() || type == &IntType) return result;
  return int_subclass_instance(type, result);
}

// ---------------------------------------------------------------------------
// Slots and methods

static Value int_repr_slot(const Value& self) { return int_repr(self); }
static int64_t int_hash_slot(const Value& self) { return int_hash(self); }
static int int_bool_slot(const Value& self) { return int_sign(self) != 0; }

static Value m_bit_length(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("int.bit_length", kw) || !check_nargs("int.bit_length", nargs - 1, 0, 0)) return Value();
  const Value& v = args[0];
  if (!v.is_obj()) {
    int64_t x = small_int(v);
    uint64_t m = x < 0 ? 0 - uint64_t(x) : uint64_t(x);
    return Value::integer(m == 0 ? 0 : 64 - __builtin_clzll(m));
  }
  mpz_srcptr z = bigint_mpz(v);
  return Value::integer(mpz_sgn(z) == 0 ? 0 : int64_t(mpz_sizeinbase(z, 2)));
}

static Value m_bit_count(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("int.bit_count", kw) || !check_nargs("int.bit_count", nargs - 1, 0, 0)) return Value();
  const Value& v = args[0];
  if (!v.is_obj()) {
    int64_t x = small_int(v);
    return Value::integer(__builtin_popcountll(x < 0 ? 0 - uint64_t(x) : uint64_t(x)));
  }
  Mpz m;
  mpz_abs(m, bigint_mpz(v));
  return Value::integer(int64_t(mpz_popcount(m)));
}

// Methods that return the int itself as a plain int: conjugate, __int__, ...
static Value m_exact(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("int method", kw) || !check_nargs("int method", nargs - 1, 0, 0)) return Value();
  return int_exact(args[0]);
}

static Value m_float(const Value* args, size_t nargs, KwNames*) {
  double d;
  if (!int_to_double_checked(args[0], &d)) return Value();
  return Value::number(d);
}

static Value m_abs(const Value* args, size_t nargs, KwNames*) { return int_abs(args[0]); }

static Value m_round(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("int.__round__", kw) || !check_nargs("__round__", nargs - 1, 0, 1)) return Value();
  if (nargs == 1) return int_exact(args[0]);
  int64_t n;  // int.__round__(None) is a TypeError; only round() treats None as absent
  if (!is_bigint(args[1]) && !index_value(args[1], &n)) return Value();
  return int_round(args[0], args[1]);
}

static Value m_divmod(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__divmod__", nargs - 1, 1, 1)) return Value();
  return int_divmod(args[0], args[1]);
}

static Value m_rdivmod(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__rdivmod__", nargs - 1, 1, 1)) return Value();
  return int_divmod(args[1], args[0]);
}

static Value m_as_integer_ratio(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("int.as_integer_ratio", nargs - 1, 0, 0)) return Value();
  return new_tuple({int_exact(args[0]), Value::integer(1)});
}

static Value m_format(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__format__", nargs - 1, 1, 1)) return Value();
  if (!is_str(args[1]))
    return raise(&TypeErrorType,
                 format("__format__() argument must be str, not %s", type_name(args[1]).c_str()));
  return format_int(args[0], as_str(args[1])->view());
}

static Value m_getnewargs(const Value* args, size_t nargs, KwNames* kw) {
  return new_tuple({int_exact(args[0])});
}

// byteorder argument of to_bytes/from_bytes: true for 'little'.
static bool little_endian_arg(const Value& v, bool* little) {
  if (v.is_null()) {
    *little = false;
    return true;
  }
  if (!is_str(v)) {
    raise(&TypeErrorType, format("to_bytes() argument 'byteorder' must be str, not %s", type_name(v).c_str()));
    return false;
  }
  std::string_view s = as_str(v)->view();
  if (s != "little" && s != "big") {
    raise(&ValueErrorType, "byteorder must be either 'little' or 'big'");
    return false;
  }
  *little = s == "little";
  return true;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
static Value m_to_bytes(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("to_bytes", args + 1, nargs - 1, kw, {"length", "byteorder", "signed"}, 2, a)) return Value();
  int64_t length = 1;
  if (!a[0].is_null()) {
    if (is_bigint(a[0]))
      return raise(&OverflowErrorType, "Python int too large to convert to C ssize_t");
    if (!index_value(a[0], &length)) return Value();
  }
  if (length < 0) return raise(&ValueErrorType, "length argument must be non-negative");
  bool little;
  if (!little_endian_arg(a[1], &little)) return Value();
  int is_signed = a[2].is_null() ? 0 : truthy(a[2]);
  if (is_signed < 0) return Value();
  IntView v(args[0]);
  if (!is_signed && mpz_sgn(v) < 0) return raise(&OverflowErrorType, "can't convert negative int to unsigned");
  if (length == 0) {
    if (mpz_sgn(v) != 0) return raise(&OverflowErrorType, "int too big to convert");
    return new_bytes(std::string());
  }
  // GMP aborts when it cannot allocate: beyond 1 GB the request is refused first.
  if (uint64_t(length) > (uint64_t(1) << 30)) return raise_memory_error();
  // Fits: -2**(8n-1) <= v < 2**(8n-1) signed, v < 2**(8n) unsigned.
  uint64_t bits = 8 * uint64_t(length);
  Mpz z, limit, low;
  mpz_set(z, v);
  mpz_setbit(limit, bits - (is_signed ? 1 : 0));
  mpz_neg(low, limit);
  if (mpz_cmp(z, limit) >= 0 || (is_signed && mpz_cmp(z, low) < 0))
    return raise(&OverflowErrorType, "int too big to convert");
  if (mpz_sgn(z) < 0) {  // two's complement: v + 2**(8n)
    mpz_set_ui(limit, 0);
    mpz_setbit(limit, bits);
    mpz_add(z, z, limit);
  }
  std::string out(size_t(length), '\0');
  size_t count = 0;
  size_t need = (mpz_sizeinbase(z, 2) + 7) / 8;
  if (mpz_sgn(z) != 0)
    mpz_export(out.data() + (size_t(length) - need), &count, 1, 1, 0, 0, z);  // big-endian, right-aligned
  if (little) std::reverse(out.begin(), out.end());
  return new_bytes(std::move(out));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod.
static Value m_from_bytes(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("from_bytes", args + 1, nargs - 1, kw, {"bytes", "byteorder", "signed"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "from_bytes() missing required argument 'bytes' (pos 1)");
  bool little;
  if (!little_endian_arg(a[1], &little)) return Value();
  int is_signed = a[2].is_null() ? 0 : truthy(a[2]);
  if (is_signed < 0) return Value();
  std::string data;
  if (buffer_bytes(a[0], &data)) {
  } else if (error_pending()) {
    return Value();
  } else if (is_str(a[0])) {
    return raise(&TypeErrorType, "cannot convert 'str' object to bytes");
  } else {
    std::vector<Value> items;
    if (!collect_iterable(a[0], items)) {
      if (error_matches(&TypeErrorType)) {
        clear_error();
        return raise(&TypeErrorType, format("cannot convert '%s' object to bytes", type_name(a[0]).c_str()));
      }
      return Value();
    }
    for (const Value& item : items) {
      int64_t b;
      if (!index_value(item, &b)) return Value();
      if (b < 0 || b > 255) return raise(&ValueErrorType, "bytes must be in range(0, 256)");
      data += char(b);
    }
  }
  if (little) std::reverse(data.begin(), data.end());
  Mpz z;
  if (!data.empty()) mpz_import(z, data.size(), 1, 1, 0, 0, data.data());
  if (is_signed && !data.empty() && (static_cast<unsigned char>(data[0]) & 0x80)) {
    Mpz limit;
    mpz_setbit(limit, 8 * data.size());
    mpz_sub(z, z, limit);
  }
  Value result = int_from_mpz_move(z);
  if (args[0].is_obj() && args[0].obj() != &IntType) return call1(args[0], result);
  return result;
}

// Attribute getters: real, imag, numerator, denominator.
static Value get_self(const Value& self) { return int_exact(self); }
static Value get_zero(const Value&) { return Value::integer(0); }
static Value get_one(const Value&) { return Value::integer(1); }

// GMP's allocation functions: GMP aborts the process when its own fail, these throw
// std::bad_alloc, which the running statement turns into MemoryError (eval/stmt.cpp).
// Unwinding passes through GMP's C functions (built with unwind tables, as x86-64 code
// is by default); an mpz they were filling keeps a consistent limb pointer and size, and
// GMP's own scratch blocks are leaked.
static void* gmp_allocate(size_t n) {
  if (!kernel_grants(n)) throw std::bad_alloc();
  void* p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
static void* gmp_reallocate(void* p, size_t, size_t n) {
  if (!kernel_grants(n)) throw std::bad_alloc();
  void* q = std::realloc(p, n);
  if (!q) throw std::bad_alloc();
  return q;
}
static void gmp_free(void* p, size_t) { std::free(p); }

void init_int_type() {
  mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_free);
  IntType.m_flags |= kBaseType | kIntSubclass;
  IntType.tp_new = int_new;
  IntType.tp_repr = int_repr_slot;
  IntType.tp_hash = int_hash_slot;
  IntType.tp_richcompare = int_compare;
  IntType.tp_bool = int_bool_slot;
  IntType.tp_binary = int_binary;
  IntType.tp_unary = int_unary;
  type_ready(&IntType, &ObjectType,
             {
                 {"bit_length", m_bit_length},
                 {"bit_count", m_bit_count},
                 {"conjugate", m_exact},
                 {"as_integer_ratio", m_as_integer_ratio},
                 {"__index__", m_exact},
                 {"__int__", m_exact},
                 {"__trunc__", m_exact},
                 {"__floor__", m_exact},
                 {"__ceil__", m_exact},
                 {"__float__", m_float},
                 {"__abs__", m_abs},
                 {"__round__", m_round},
                 {"__divmod__", m_divmod},
                 {"__rdivmod__", m_rdivmod},
                 {"__format__", m_format},
                 {"__getnewargs__", m_getnewargs},
                 {"to_bytes", m_to_bytes},
             });
  type_add_value(&IntType, "from_bytes",
                 Value::steal(new ClassMethodObject(new_builtin("from_bytes", m_from_bytes))));
  type_add_getsets(&IntType, {{"real", get_self}, {"imag", get_zero}, {"numerator", get_self},
                              {"denominator", get_one}});
}

}  // namespace hotpy
