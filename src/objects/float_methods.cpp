// The slots and methods of float: repr, hash, hex/fromhex, as_integer_ratio,
// is_integer, rounding dunders and __format__.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <algorithm>
#include <cctype>

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/number_format.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

double self_value(const Value& v) {
  double d = 0.0;
  float_value(v, &d);
  return d;
}

Value float_repr_slot(const Value& self) { return new_str(float_repr(self_value(self))); }
int64_t float_hash_slot(const Value& self) { return float_hash(self_value(self)); }
int float_bool_slot(const Value& self) { return self_value(self) != 0.0; }

bool no_args(const char* name, size_t nargs, KwNames* kw) {
  return no_keywords(name, kw) && check_nargs(name, nargs - 1, 0, 0);
}

Value m_is_integer(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_args("float.is_integer", nargs, kw)) return Value();
  double d = self_value(args[0]);
  return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

Value m_as_integer_ratio(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_args("float.as_integer_ratio", nargs, kw)) return Value();
  double d = self_value(args[0]);
  if (std::isinf(d)) return raise(&OverflowErrorType, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(&ValueErrorType, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  Mpz num, den;
  mpz_set_d(num, m);
  mpz_set_ui(den, 1);
  if (e > 0)
    mpz_mul_2exp(num, num, e);
  else
    mpz_mul_2exp(den, den, -e);
  return new_tuple({int_from_mpz_move(num), int_from_mpz_move(den)});
}

Value m_hex(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_args("float.hex", nargs, kw)) return Value();
  double x = self_value(args[0]);
  if (!std::isfinite(x)) return new_str(float_repr(x));
  if (x == 0.0) return new_str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  std::string s = x < 0 ? "-0x" : "0x";
  s += kHex[int(m)];
  m -= int(m);
  s += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    s += kHex[int(m)];
    m -= int(m);
  }
  s += format("p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
  return new_str(std::move(s));
}

// float.fromhex(s): validates CPython's grammar, then lets strtod (exact for hex
// input) do the rounding.
Value m_fromhex(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("fromhex", kw) || !check_nargs("float.fromhex", nargs - 1, 1, 1)) return Value();
  if (!is_str(args[1]))
    return raise(&TypeErrorType, "bad argument type for built-in operation");
  std::string_view s = as_str(args[1])->view();
  auto invalid = [] { return raise(&ValueErrorType, "invalid hexadecimal floating-point string"); };
  size_t i = 0, end = s.size();
  while (i < end && is_ascii_space(s[i])) ++i;
  while (end > i && is_ascii_space(s[end - 1])) --end;
  std::string c;
  if (i < end && (s[i] == '+' || s[i] == '-')) c += s[i++];
  std::string word;
  for (size_t k = i; k < end; ++k) word += char(s[k] | 0x20);
  double d;
  if (word == "inf" || word == "infinity" || word == "nan") {
    d = word == "nan" ? NAN : INFINITY;
    if (c == "-") d = -d;
  } else {
    if (end - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
    c += "0x";
    size_t digits = 0;
    bool point = false;
    for (; i < end && (std::isxdigit((unsigned char)s[i]) || (s[i] == '.' && !point)); ++i) {
      if (s[i] == '.')
        point = true;
      else
        ++digits;
      c += s[i];
    }
    if (digits == 0) return invalid();
    if (i < end && (s[i] | 0x20) == 'p') {
      c += 'p';
      ++i;
      if (i < end && (s[i] == '+' || s[i] == '-')) c += s[i++];
      size_t start = i;
      while (i < end && s[i] >= '0' && s[i] <= '9') c += s[i++];
      if (i == start) return invalid();
    }
    if (i != end) return invalid();
    errno = 0;
    d = std::strtod(c.c_str(), nullptr);
    if (std::isinf(d)) return raise(&OverflowErrorType, "hexadecimal value too large to represent as a float");
  }
  Value result = Value::number(d);
  if (args[0].is_obj() && args[0].obj() != &FloatType) return call1(args[0], result);
  return result;
}

Value m_conjugate(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_args("float.conjugate", nargs, kw)) return Value();
  return Value::number(self_value(args[0]));
}

Value m_trunc(const Value* args, size_t nargs, KwNames*) { return int_from_double(self_value(args[0])); }
Value m_floor(const Value* args, size_t nargs, KwNames*) {
  return int_from_double(std::floor(self_value(args[0])));
}
Value m_ceil(const Value* args, size_t nargs, KwNames*) {
  return int_from_double(std::ceil(self_value(args[0])));
}
Value m_float(const Value* args, size_t nargs, KwNames*) { return Value::number(self_value(args[0])); }
Value m_abs(const Value* args, size_t nargs, KwNames*) {
  return Value::number(std::fabs(self_value(args[0])));
}

Value m_round(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("float.__round__", kw) || !check_nargs("__round__", nargs - 1, 0, 1)) return Value();
  return float_round(self_value(args[0]), nargs > 1 ? args[1] : Value());
}

Value m_divmod(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("__divmod__", nargs - 1, 1, 1)) return Value();
  return float_divmod(args[0], args[1]);
}

Value m_rdivmod(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("__rdivmod__", nargs - 1, 1, 1)) return Value();
  return float_divmod(args[1], args[0]);
}

Value m_format(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("__format__", nargs - 1, 1, 1)) return Value();
  if (!is_str(args[1]))
    return raise(&TypeErrorType,
                 format("__format__() argument must be str, not %s", type_name(args[1]).c_str()));
  return format_float(self_value(args[0]), as_str(args[1])->view());
}

Value m_getnewargs(const Value* args, size_t, KwNames*) {
  return new_tuple({Value::number(self_value(args[0]))});
}

Value get_real(const Value& self) { return Value::number(self_value(self)); }
Value get_imag(const Value&) { return Value::number(0.0); }

}  // namespace

void init_float_methods() {
  FloatType.tp_repr = float_repr_slot;
  FloatType.tp_hash = float_hash_slot;
  FloatType.tp_bool = float_bool_slot;
  type_ready(&FloatType, &ObjectType,
             {
                 {"is_integer", m_is_integer},
                 {"as_integer_ratio", m_as_integer_ratio},
                 {"hex", m_hex},
                 {"conjugate", m_conjugate},
                 {"__trunc__", m_trunc},
                 {"__int__", m_trunc},
                 {"__floor__", m_floor},
                 {"__ceil__", m_ceil},
                 {"__float__", m_float},
                 {"__abs__", m_abs},
                 {"__round__", m_round},
                 {"__divmod__", m_divmod},
                 {"__rdivmod__", m_rdivmod},
                 {"__format__", m_format},
                 {"__getnewargs__", m_getnewargs},
             });
  dict_set_str(FloatType.m_dict, intern("fromhex"),
               Value::steal(new ClassMethodObject(new_builtin("fromhex", m_fromhex))));
  type_add_getsets(&FloatType, {{"real", get_real}, {"imag", get_imag}});
}

}  // namespace hotpy
