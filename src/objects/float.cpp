// The float type: arithmetic with CPython's special cases, exact comparison with
// ints, hashing compatible with int, float() parsing, round(), and the methods of
// float. Text forms come from number_format.cpp.
#include "objects/float.h"

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/number_format.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject FloatType("float");

FloatObject::FloatObject(TypeObject* type, double d) : GcObject(type), m_value(d) {}
FloatObject::~FloatObject() {
  if (m_dict) decref(m_dict);
}
void FloatObject::traverse(Visitor visit, void* arg) {
  if (m_dict) visit(m_dict, arg);
}
void FloatObject::clear() {
  if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
}

std::string float_repr(double d) { return double_to_string(d, 'r', 0, kDtsAddDot0); }

// ---------------------------------------------------------------------------
// Conversions

static Value call_dunder_opt(const Value& v, const char* name) {
  StrObject* s = intern(name);
  if (v.type()->lookup(s).is_null()) return Value();
  return call_method(v, s, nullptr, 0);
}

// __float__, then __index__, of an object that is neither int nor float. Returns
// 1 with *out set, 0 when it has neither method, -1 on error.
static int double_from_dunders(const Value& v, double* out) {
  Value r = call_dunder_opt(v, "__float__");
  if (!r.is_null()) {
    if (!float_value(r, out)) {
      raise(&TypeErrorType, format("%s.__float__ returned non-float (type %s)", type_name(v).c_str(),
                                   type_name(r).c_str()));
      return -1;
    }
    return 1;
  }
  if (error_pending()) return -1;
  r = call_dunder_opt(v, "__index__");
  if (!r.is_null()) {
    if (!is_int_like(r)) {
      raise(&TypeErrorType, format("__index__ returned non-int (type %s)", type_name(r).c_str()));
      return -1;
    }
    return int_to_double_checked(r, out) ? 1 : -1;
  }
  return error_pending() ? -1 : 0;
}

bool to_double(const Value& v, double* out) {
  if (v.is_float()) {
    *out = v.as_float();
    return true;
  }
  if (is_int_like(v)) return int_to_double_checked(v, out);
  if (float_value(v, out)) return true;
  int r = double_from_dunders(v, out);
  if (r == 0) raise(&TypeErrorType, format("must be real number, not %s", type_name(v).c_str()));
  return r == 1;
}

// An operand of float arithmetic: 1 with *out set, 0 when not a number, -1 on error.
static inline int operand(const Value& v, double* out) {
  if (v.is_float()) {
    *out = v.as_float();
    return 1;
  }
  if (is_int_like(v)) return int_to_double_checked(v, out) ? 1 : -1;
  return float_value(v, out) ? 1 : 0;
}

static bool is_float_like(const Value& v) {
  double d;
  return float_value(v, &d);
}

// float() of str (UTF-8) or bytes text.
static Value parse_float_text(std::string_view text, bool is_bytes_text) {
  std::string buf;
  std::string_view s = is_bytes_text ? text : number_text_ascii(text, buf);
  auto invalid = [&]() {
    std::string shown = is_bytes_text ? bytes_repr(text) : str_repr(text);
    return raise(&ValueErrorType, format("could not convert string to float: %s", shown.c_str()));
  };
  size_t i = 0, end = s.size();
  while (i < end && is_ascii_space(s[i])) ++i;
  while (end > i && is_ascii_space(s[end - 1])) --end;
  std::string clean;
  if (i < end && (s[i] == '+' || s[i] == '-')) clean += s[i++];
  // inf, infinity, nan in any case.
  if (i < end && ((s[i] | 0x20) == 'i' || (s[i] | 0x20) == 'n')) {
    std::string word;
    for (size_t k = i; k < end && word.size() < 9; ++k) word += char(s[k] | 0x20);
    if (end - i > 8 || (word != "inf" && word != "infinity" && word != "nan")) return invalid();
    double d = word == "nan" ? NAN : INFINITY;
    return Value::number(clean == "-" ? -d : d);
  }
  // digits [. digits] [e [sign] digits], underscores only between digits.
  bool any_digits = false, in_exp = false, prev_digit = false;
  for (; i < end; ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      clean += c;
      prev_digit = true;
      if (!in_exp) any_digits = true;
    } else if (c == '_') {
      if (!prev_digit || i + 1 >= end || s[i + 1] < '0' || s[i + 1] > '9') return invalid();
      prev_digit = false;
    } else if (c == '.' && !in_exp && clean.find('.') == std::string::npos) {
      clean += c;
      prev_digit = false;
    } else if ((c == 'e' || c == 'E') && !in_exp && any_digits) {
      in_exp = true;
      clean += 'e';
      prev_digit = false;
      if (i + 1 < end && (s[i + 1] == '+' || s[i + 1] == '-')) clean += s[++i];
      if (i + 1 >= end || s[i + 1] < '0' || s[i + 1] > '9') return invalid();
    } else {
      return invalid();
    }
  }
  if (!any_digits) return invalid();
  // glibc's strtod is correctly rounded; the text is plain C syntax by now.
  return Value::number(std::strtod(clean.c_str(), nullptr));
}

Value float_from_string(std::string_view text) { return parse_float_text(text, false); }

// ---------------------------------------------------------------------------
// Arithmetic

Value float_pow(double x, double y) {
  auto is_odd_integer = [](double v) { return std::fmod(std::fabs(v), 2.0) == 1.0; };
  if (y == 0) return Value::number(1.0);
  if (std::isnan(x)) return Value::number(x);
  if (std::isnan(y)) return Value::number(x == 1.0 ? 1.0 : y);
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) return Value::number(1.0);
    if ((y > 0.0) == (ax > 1.0)) return Value::number(std::fabs(y));
    return Value::number(0.0);
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0.0) return Value::number(odd ? x : std::fabs(x));
    return Value::number(odd ? std::copysign(0.0, x) : 0.0);
  }
  if (x == 0.0) {
    if (y < 0.0) return raise(&ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
    return Value::number(is_odd_integer(y) ? x : 0.0);
  }
  bool negate = false;
  if (x < 0.0) {
    // CPython's answer is a complex number; hotpy has no complex type.
    if (y != std::floor(y))
      return raise(&ValueErrorType, "negative number cannot be raised to a fractional power");
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) return Value::number(negate ? -1.0 : 1.0);
  double r = std::pow(x, y);
  if (std::isinf(r)) return raise(&OverflowErrorType, "(34, 'Numerical result out of range')");
  return Value::number(negate ? -r : r);
}

// CPython's float divmod: the remainder takes the divisor's sign, the quotient is
// snapped to the nearest integral value. wx != 0.
static void float_div_mod(double vx, double wx, double* floordiv, double* mod) {
  double m = std::fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m != 0.0) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, wx);
  }
  double fd;
  if (div != 0.0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

Value float_binary(BinOp op, const Value& a, const Value& b) {
  switch (op) {
    case BinOp::MatMul: case BinOp::LShift: case BinOp::RShift:
    case BinOp::BitAnd: case BinOp::BitOr: case BinOp::BitXor:
      return NotImplemented;  // before converting: 10**400 ^ 1.5 is a TypeError
    default: break;
  }
  double x, y;
  if (a.is_float() && b.is_float()) {
    x = a.as_float();
    y = b.as_float();
  } else {
    int ra = operand(a, &x);
    if (ra < 0) return Value();
    int rb = ra ? operand(b, &y) : 0;
    if (rb < 0) return Value();
    if (!ra || !rb) return NotImplemented;
  }
  switch (op) {
    case BinOp::Add: return Value::number(x + y);
    case BinOp::Sub: return Value::number(x - y);
    case BinOp::Mul: return Value::number(x * y);
    case BinOp::TrueDiv:
      if (y == 0.0) return raise(&ZeroDivisionErrorType, "float division by zero");
      return Value::number(x / y);
    case BinOp::FloorDiv: {
      if (y == 0.0) return raise(&ZeroDivisionErrorType, "float floor division by zero");
      double q, m;
      float_div_mod(x, y, &q, &m);
      return Value::number(q);
    }
    case BinOp::Mod: {
      if (y == 0.0) return raise(&ZeroDivisionErrorType, "float modulo");
      double m = std::fmod(x, y);
      if (m != 0.0) {
        if ((y < 0) != (m < 0)) m += y;
      } else {
        m = std::copysign(0.0, y);
      }
      return Value::number(m);
    }
    case BinOp::Pow: return float_pow(x, y);
    default: return NotImplemented;
  }
}

Value float_unary(UnaryOp op, const Value& a) {
  double x;
  if (!float_value(a, &x)) return NotImplemented;
  switch (op) {
    case UnaryOp::Neg: return Value::number(-x);
    case UnaryOp::Pos: return Value::number(x);
    default: return NotImplemented;
  }
}

Value float_divmod(const Value& a, const Value& b) {
  double x, y;
  int ra = operand(a, &x);
  if (ra < 0) return Value();
  int rb = ra ? operand(b, &y) : 0;
  if (rb < 0) return Value();
  if (!ra || !rb || (!is_float_like(a) && !is_float_like(b))) return NotImplemented;
  if (y == 0.0) return raise(&ZeroDivisionErrorType, "float divmod()");
  double q, m;
  float_div_mod(x, y, &q, &m);
  return new_tuple({Value::number(q), Value::number(m)});
}

Value number_divmod(const Value& a, const Value& b) {
  if (is_int_like(a) && is_int_like(b)) return int_divmod(a, b);
  return float_divmod(a, b);
}

// ---------------------------------------------------------------------------
// Comparison: floats against ints exactly, as CPython's float_richcompare.

// Sign of (x - i) for finite or infinite x (not nan) and int-like i.
static int compare_float_int(double x, const Value& i) {
  if (std::isinf(x)) return x > 0 ? 1 : -1;
  constexpr int64_t kExact = int64_t(1) << DBL_MANT_DIG;
  if (!i.is_obj()) {
    int64_t n = small_int(i);
    if (n >= -kExact && n <= kExact) {
      double d = double(n);
      return (x > d) - (x < d);
    }
  }
  // Compare i with floor(x) exactly, then let the fraction decide a tie.
  double fl = std::floor(x);
  Mpz f;
  mpz_set_d(f, fl);
  IntView iv(i);
  int c = mpz_cmp(iv, f);
  if (c > 0) return -1;
  if (c < 0) return 1;
  return x > fl ? 1 : 0;
}

Value float_compare(const Value& a, const Value& b, CmpOp op) {
  double x, y;
  int c;
  bool nan;
  if (a.is_float() && b.is_float()) {
    x = a.as_float();
    y = b.as_float();
    switch (op) {
      case CmpOp::Lt: return Value::boolean(x < y);
      case CmpOp::Le: return Value::boolean(x <= y);
      case CmpOp::Eq: return Value::boolean(x == y);
      case CmpOp::Ne: return Value::boolean(x != y);
      case CmpOp::Gt: return Value::boolean(x > y);
      case CmpOp::Ge: return Value::boolean(x >= y);
    }
  }
  bool fa = float_value(a, &x), fb = float_value(b, &y);
  if (fa && fb) {
    nan = std::isnan(x) || std::isnan(y);
    c = (x > y) - (x < y);
  } else if (fa && is_int_like(b)) {
    nan = std::isnan(x);
    c = nan ? 0 : compare_float_int(x, b);
  } else if (fb && is_int_like(a)) {
    nan = std::isnan(y);
    c = nan ? 0 : -compare_float_int(y, a);
  } else {
    return NotImplemented;
  }
  if (nan) return Value::boolean(op == CmpOp::Ne);
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    case CmpOp::Ge: return Value::boolean(c >= 0);
  }
  return NotImplemented;
}

// ---------------------------------------------------------------------------
// Hash: CPython's _Py_HashDouble, so that hash(2.0) == hash(2).

int64_t float_hash(double v) {
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t(1) << kBits) - 1;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;  // CPython hashes the object's identity; immediates have none
  if (v == std::floor(v) && std::fabs(v) < 4.0e18) return int_hash(Value::integer(int64_t(v)));
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------------------
// round()

Value float_round(double d, const Value& ndigits) {
  if (ndigits.is_null() || ndigits.is_none()) {
    double r = std::round(d);
    if (std::fabs(d - r) == 0.5) r = 2.0 * std::round(d / 2.0);  // half to even
    return int_from_double(r);
  }
  int64_t n;  // clamped, also what a huge __index__ gives (PyNumber_AsSsize_t(x, NULL))
  if (!index_ssize(ndigits, &n, nullptr)) return Value();
  // Beyond these every digit is kept, or every digit rounds away (CPython's
  // NDIGITS_MAX and NDIGITS_MIN).
  if (!std::isfinite(d) || n > 323) return Value::number(d);
  if (n < -308) return Value::number(0.0 * d);
  double rounded;
  if (n >= 0) {
    // glibc prints the exact binary value rounded half to even, and strtod reads
    // back correctly: together CPython's dtoa mode 3 + strtod.
    char buf[720];
    std::snprintf(buf, sizeof buf, "%.*f", int(n), d);
    rounded = std::strtod(buf, nullptr);
  } else {
    // d / 10**-n rounded half to even, exactly in integers, then back to double.
    int e;
    double m = std::frexp(std::fabs(d), &e);
    Mpz num, den, q, r, twice;
    mpz_set_d(num, std::ldexp(m, DBL_MANT_DIG));
    e -= DBL_MANT_DIG;
    mpz_ui_pow_ui(den, 10, (unsigned long)(-n));
    Mpz p;
    mpz_set(p, den);
    if (e >= 0)
      mpz_mul_2exp(num, num, e);
    else
      mpz_mul_2exp(den, den, -e);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    Value big = int_from_mpz_move(q);
    bool overflow;
    rounded = int_to_double(big, &overflow);
    if (overflow) rounded = INFINITY;
    rounded = std::copysign(rounded, d);
  }
  if (std::isinf(rounded)) return raise(&OverflowErrorType, "rounded value too large to represent");
  return Value::number(rounded);
}

Value number_round(const Value& x, const Value& ndigits) {
  TypeObject* t = x.type();
  if (t == &IntType || t == &BoolType) return int_round(x, ndigits);
  if (t == &FloatType) return float_round(x.as_float(), ndigits);
  StrObject* name = intern("__round__");
  if (t->lookup(name).is_null())
    return raise(&TypeErrorType, format("type %s doesn't define __round__ method", t->m_name.c_str()));
  if (ndigits.is_null()) return call_method(x, name, nullptr, 0);
  return call_method(x, name, &ndigits, 1);
}

// ---------------------------------------------------------------------------
// float()

static Value float_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("float()", kw) || !check_nargs("float", nargs, 0, 1)) return Value();
  double d = 0.0;
  if (nargs == 1) {
    const Value& x = args[0];
    if (x.is_float()) {
      if (type == &FloatType) return x;
      d = x.as_float();
    } else if (is_str(x)) {
      Value r = float_from_string(as_str(x)->view());
      if (r.is_null()) return r;
      d = r.as_float();
    } else if (std::string data; buffer_bytes(x, &data)) {
      Value r = parse_float_text(data, true);
      if (r.is_null() && !is_bytes(x) && error_matches(&ValueErrorType)) {
        // CPython names a bytearray or memoryview by its repr, not as bytes.
        clear_error();
        Value shown = repr(x);
        if (shown.is_null()) return shown;
        return raise(&ValueErrorType, format("could not convert string to float: %s",
                                             as_str(shown)->m_data.c_str()));
      }
      if (r.is_null()) return r;
      d = r.as_float();
    } else if (error_pending()) {
      return Value();
    } else if (is_int_like(x)) {
      if (!int_to_double_checked(x, &d)) return Value();
    } else if (!float_value(x, &d)) {
      int r = double_from_dunders(x, &d);
      if (r < 0) return Value();
      if (r == 0)
        return raise(&TypeErrorType,
                     format("float() argument must be a string or a real number, not '%s'",
                            type_name(x).c_str()));
    }
  }
  if (type == &FloatType) return Value::number(d);
  return Value::steal(new FloatObject(type, d));
}

void init_float_methods();  // float_methods.cpp

void init_float_type() {
  FloatType.m_flags |= kBaseType;
  FloatType.tp_new = float_new;
  FloatType.tp_richcompare = float_compare;
  FloatType.tp_binary = float_binary;
  FloatType.tp_unary = float_unary;
  init_float_methods();
}

}  // namespace hotpy
