// The math module: libm functions with CPython's error rules (math domain error /
// math range error), the exact real-number helpers (floor, ceil, trunc, fsum,
// hypot, ...), and the integer functions of math_integer.cpp.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "modules/math_internal.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

Value math_domain_error() { return raise(&ValueErrorType, "math domain error"); }
Value math_range_error() { return raise(&OverflowErrorType, "math range error"); }

namespace {

// "atan2 expected 2 arguments, got 1", as CPython's fixed-arity functions say.
bool exact_args(const char* name, size_t nargs, KwNames* kw, size_t n) {
  if (!no_keywords(name, kw)) return false;
  if (nargs == n) return true;
  if (n == 1) return check_nargs(name, nargs, 1, 1);
  raise(&TypeErrorType, format("%s expected %zu arguments, got %zu", name, n, nargs));
  return false;
}

// CPython's math_1: `f` on one real argument; a nan from a non-nan is a domain
// error, an infinity from a finite argument an overflow (if it can) or a pole.
template <double (*F)(double), bool kCanOverflow, const char* kName>
Value math_1(const Value* args, size_t nargs, KwNames* kw) {
  double x;
  if (!exact_args(kName, nargs, kw, 1) || !to_double(args[0], &x)) return Value();
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return math_domain_error();
  if (std::isinf(r) && std::isfinite(x)) return kCanOverflow ? math_range_error() : math_domain_error();
  return Value::number(r);
}

#define HOTPY_MATH_NAME(n) constexpr char k_##n[] = "math." #n;
HOTPY_MATH_NAME(sqrt) HOTPY_MATH_NAME(exp) HOTPY_MATH_NAME(exp2) HOTPY_MATH_NAME(expm1)
HOTPY_MATH_NAME(log1p) HOTPY_MATH_NAME(sin) HOTPY_MATH_NAME(cos) HOTPY_MATH_NAME(tan)
HOTPY_MATH_NAME(asin) HOTPY_MATH_NAME(acos) HOTPY_MATH_NAME(atan) HOTPY_MATH_NAME(sinh)
HOTPY_MATH_NAME(cosh) HOTPY_MATH_NAME(tanh) HOTPY_MATH_NAME(asinh) HOTPY_MATH_NAME(acosh)
HOTPY_MATH_NAME(atanh) HOTPY_MATH_NAME(fabs) HOTPY_MATH_NAME(cbrt) HOTPY_MATH_NAME(erf)
HOTPY_MATH_NAME(erfc)
#undef HOTPY_MATH_NAME

double f_sqrt(double x) { return std::sqrt(x); }
double f_exp(double x) { return std::exp(x); }
double f_exp2(double x) { return std::exp2(x); }
double f_expm1(double x) { return std::expm1(x); }
double f_log1p(double x) { return x == -1.0 ? -HUGE_VAL : std::log1p(x); }
double f_sin(double x) { return std::sin(x); }
double f_cos(double x) { return std::cos(x); }
double f_tan(double x) { return std::tan(x); }
double f_asin(double x) { return std::asin(x); }
double f_acos(double x) { return std::acos(x); }
double f_atan(double x) { return std::atan(x); }
double f_sinh(double x) { return std::sinh(x); }
double f_cosh(double x) { return std::cosh(x); }
double f_tanh(double x) { return std::tanh(x); }
double f_asinh(double x) { return std::asinh(x); }
double f_acosh(double x) { return std::acosh(x); }
double f_atanh(double x) { return std::atanh(x); }
double f_fabs(double x) { return std::fabs(x); }
double f_cbrt(double x) { return std::cbrt(x); }
double f_erf(double x) { return std::erf(x); }
double f_erfc(double x) { return std::erfc(x); }

// gamma and lgamma: CPython computes these itself (Lanczos' approximation with
// g = 6.0247 and N = 13, coefficients from Godfrey) instead of trusting libm, so
// hotpy does the same to print the same digits.
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// The denominator x*(x+1)*...*(x+11) expanded.
constexpr double kLanczosDen[13] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                    45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                    1925.0,     66.0,       1.0};
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// The rational function of Lanczos' formula, for x > 0; in 1/x for large x so
// that neither sum overflows.
double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = 12; i >= 0; --i) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < 13; ++i) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// sin(pi * x) for finite x, exact at integers and half-integers.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  double r;
  switch (int(std::round(2.0 * y))) {
    case 0: r = std::sin(M_PI * y); break;
    case 1: r = std::cos(M_PI * (y - 0.5)); break;
    case 2: r = std::sin(M_PI * (1.0 - y)); break;  // not -sin(pi*(y-1)): keeps +0.0
    case 3: r = -std::cos(M_PI * (y - 1.5)); break;
    default: r = std::sin(M_PI * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

Value m_gamma(const Value* args, size_t nargs, KwNames* kw) {
  double x;
  if (!exact_args("math.gamma", nargs, kw, 1) || !to_double(args[0], &x)) return Value();
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return Value::number(x);
    return math_domain_error();
  }
  if (x == 0.0) return math_domain_error();  // a pole
  if (x == std::floor(x)) {
    if (x < 0.0) return math_domain_error();
    if (x <= 23) {  // exact factorials
      double f = 1.0;
      for (int i = 2; i < int(x); ++i) f *= i;
      return Value::number(f);
    }
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {  // gamma(x) ~ 1/x
    double r = 1.0 / x;
    if (std::isinf(r)) return math_range_error();
    return Value::number(r);
  }
  if (absx > 200.0) {  // overflows, or underflows to +-0 for negative x
    if (x < 0.0) return Value::number(0.0 / sin_pi(x));
    return math_range_error();
  }
  double y = absx + kLanczosGMinusHalf;
  // The rounding error of y, as a correction factor (1 + z).
  double z = absx > kLanczosGMinusHalf ? (y - absx) - kLanczosGMinusHalf : (y - kLanczosGMinusHalf) - absx;
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -M_PI / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) return math_range_error();
  return Value::number(r);
}

Value m_lgamma(const Value* args, size_t nargs, KwNames* kw) {
  double x;
  if (!exact_args("math.lgamma", nargs, kw, 1) || !to_double(args[0], &x)) return Value();
  if (std::isnan(x)) return Value::number(x);
  if (std::isinf(x)) return Value::number(HUGE_VAL);
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) return math_domain_error();  // poles
    return Value::number(0.0);                 // lgamma(1) == lgamma(2) == 0
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return Value::number(-std::log(absx));
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;  // reflection
  if (std::isinf(r)) return math_range_error();
  return Value::number(r);
}

// ---------------------------------------------------------------------------
// Logarithms: ints too large for a double are split into mantissa * 2**e.

// frexp of an int, correctly rounded: |v| ~= m * 2**e with 0.5 <= m < 1.
double int_frexp(const Value& v, int64_t* e) {
  IntView z(v);
  Mpz mag, top;
  mpz_abs(mag, z);
  size_t n = mpz_sizeinbase(mag, 2);
  if (n <= 55) {
    int ei;
    double m = std::frexp(mpz_get_d(mag), &ei);
    *e = ei;
    return m;
  }
  size_t drop = n - 55;
  mpz_tdiv_q_2exp(top, mag, drop);
  uint64_t q = mpz_get_ui(top) | uint64_t(mpz_scan1(mag, 0) < drop);
  int ei;
  double m = std::frexp(double(q), &ei);  // the conversion rounds once, half to even
  *e = int64_t(drop) + ei;
  return m;
}

using LogFn = double (*)(double);

// CPython's loghelper: Null on error, else the float result.
Value log_helper(const Value& arg, LogFn f) {
  if (is_int_like(arg)) {
    if (int_sign(arg) <= 0) return math_domain_error();
    bool overflow;
    double x = int_to_double(arg, &overflow);
    if (!overflow) return Value::number(f(x));
    int64_t e;
    double m = int_frexp(arg, &e);
    return Value::number(f(m) + f(2.0) * double(e));
  }
  double x;
  if (!to_double(arg, &x)) return Value();
  if (std::isnan(x)) return Value::number(x);
  if (x <= 0) return math_domain_error();  // log(0) is a pole, log(-x) undefined
  return Value::number(f(x));
}

double f_log(double x) { return std::log(x); }
double f_log2(double x) { return std::log2(x); }
double f_log10(double x) { return std::log10(x); }

Value m_log(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("math.log", kw) || !check_nargs("log", nargs, 1, 2)) return Value();
  Value num = log_helper(args[0], f_log);
  if (num.is_null() || nargs == 1) return num;
  Value den = log_helper(args[1], f_log);
  if (den.is_null()) return den;
  if (den.as_float() == 0.0) return raise(&ZeroDivisionErrorType, "float division by zero");
  return Value::number(num.as_float() / den.as_float());
}

Value m_log2(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args("math.log2", nargs, kw, 1)) return Value();
  return log_helper(args[0], f_log2);
}

Value m_log10(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args("math.log10", nargs, kw, 1)) return Value();
  return log_helper(args[0], f_log10);
}

// ---------------------------------------------------------------------------
// Rounding to integers

// The dunder `name` of v's type called on v, or Null (no error) when absent.
Value call_special(const Value& v, const char* name, bool* found) {
  StrObject* s = intern(name);
  *found = !v.type()->lookup(s).is_null();
  if (!*found) return Value();
  return call_method(v, s, nullptr, 0);
}

template <double (*F)(double), const char* kName, const char* kDunder>
Value round_to_int(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args(kName, nargs, kw, 1)) return Value();
  const Value& v = args[0];
  double x;
  if (!v.is_float()) {
    bool found;
    Value r = call_special(v, kDunder, &found);
    if (found || error_pending()) return r;
    if (!to_double(v, &x)) return Value();
  } else {
    x = v.as_float();
  }
  return int_from_double(F(x));
}

constexpr char k_floor[] = "math.floor", k_ceil[] = "math.ceil";
constexpr char k_dfloor[] = "__floor__", k_dceil[] = "__ceil__";
double f_floor(double x) { return std::floor(x); }
double f_ceil(double x) { return std::ceil(x); }

Value m_trunc(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args("math.trunc", nargs, kw, 1)) return Value();
  const Value& v = args[0];
  if (v.is_float()) return int_from_double(v.as_float());
  bool found;
  Value r = call_special(v, "__trunc__", &found);
  if (!found && !error_pending())
    return raise(&TypeErrorType, format("type %s doesn't define __trunc__ method", type_name(v).c_str()));
  return r;
}

// ---------------------------------------------------------------------------
// Two-argument float functions

bool two_doubles(const char* name, const Value* args, size_t nargs, KwNames* kw, double* x, double* y) {
  return exact_args(name, nargs, kw, 2) && to_double(args[0], x) && to_double(args[1], y);
}

Value m_pow(const Value* args, size_t nargs, KwNames* kw) {
  double x, y, r;
  if (!two_doubles("pow", args, nargs, kw, &x, &y)) return Value();
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x))
      r = y == 0.0 ? 1.0 : x;
    else if (std::isnan(y))
      r = x == 1.0 ? 1.0 : y;
    else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.)
        r = odd_y ? x : std::fabs(x);
      else if (y == 0.)
        r = 1.;
      else
        r = odd_y ? std::copysign(0., x) : 0.;
    } else if (std::fabs(x) == 1.0) {
      r = 1.;
    } else if (y > 0. && std::fabs(x) > 1.0) {
      r = y;
    } else if (y < 0. && std::fabs(x) < 1.0) {
      r = -y;
    } else {
      r = 0.;
    }
    return Value::number(r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) return math_domain_error();
  if (std::isinf(r)) return x == 0. ? math_domain_error() : math_range_error();
  return Value::number(r);
}

Value m_atan2(const Value* args, size_t nargs, KwNames* kw) {
  double y, x;
  if (!two_doubles("atan2", args, nargs, kw, &y, &x)) return Value();
  return Value::number(std::atan2(y, x));
}

Value m_copysign(const Value* args, size_t nargs, KwNames* kw) {
  double x, y;
  if (!two_doubles("copysign", args, nargs, kw, &x, &y)) return Value();
  return Value::number(std::copysign(x, y));
}

Value m_fmod(const Value* args, size_t nargs, KwNames* kw) {
  double x, y;
  if (!two_doubles("fmod", args, nargs, kw, &x, &y)) return Value();
  if (std::isinf(y) && std::isfinite(x)) return Value::number(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return math_domain_error();
  return Value::number(r);
}

Value m_remainder(const Value* args, size_t nargs, KwNames* kw) {
  double x, y;
  if (!two_doubles("remainder", args, nargs, kw, &x, &y)) return Value();
  if (std::isnan(x)) return Value::number(x);
  if (std::isnan(y)) return Value::number(y);
  if (std::isinf(x) || y == 0.0) return math_domain_error();
  if (std::isinf(y)) return Value::number(x);
  return Value::number(std::remainder(x, y));
}

Value m_nextafter(const Value* args, size_t nargs, KwNames* kw) {
  double x, y;
  if (!two_doubles("nextafter", args, nargs, kw, &x, &y)) return Value();
  return Value::number(std::nextafter(x, y));
}

Value m_ldexp(const Value* args, size_t nargs, KwNames* kw) {
  double x;
  if (!exact_args("ldexp", nargs, kw, 2) || !to_double(args[0], &x)) return Value();
  if (!is_int_like(args[1]))
    return raise(&TypeErrorType, "Expected an int as second argument to ldexp.");
  int64_t exp;
  if (is_bigint(args[1]) && !mpz_fits_slong_p(bigint_mpz(args[1])))
    exp = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
  else
    int_to_int64(args[1], &exp);
  if (x == 0. || !std::isfinite(x)) return Value::number(x);
  if (exp > INT32_MAX) return math_range_error();
  if (exp < INT32_MIN) return Value::number(std::copysign(0., x));
  double r = std::ldexp(x, int(exp));
  if (std::isinf(r)) return math_range_error();
  return Value::number(r);
}

// ---------------------------------------------------------------------------
// One-argument helpers returning other shapes

Value m_modf(const Value* args, size_t nargs, KwNames* kw) {
  double x;
  if (!exact_args("math.modf", nargs, kw, 1) || !to_double(args[0], &x)) return Value();
  if (std::isinf(x)) return new_tuple({Value::number(std::copysign(0., x)), Value::number(x)});
  double ip;
  double frac = std::modf(x, &ip);
  return new_tuple({Value::number(frac), Value::number(ip)});
}

Value m_frexp(const Value* args, size_t nargs, KwNames* kw) {
  double x;
  if (!exact_args("math.frexp", nargs, kw, 1) || !to_double(args[0], &x)) return Value();
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0.0) ? x : std::frexp(x, &e);
  return new_tuple({Value::number(m), Value::integer(e)});
}

template <bool (*P)(double), const char* kName>
Value predicate(const Value* args, size_t nargs, KwNames* kw) {
  double x;
  if (!exact_args(kName, nargs, kw, 1) || !to_double(args[0], &x)) return Value();
  return Value::boolean(P(x));
}
constexpr char k_isfinite[] = "math.isfinite", k_isinf[] = "math.isinf", k_isnan[] = "math.isnan";
bool p_isfinite(double x) { return std::isfinite(x); }
bool p_isinf(double x) { return std::isinf(x); }
bool p_isnan(double x) { return std::isnan(x); }

Value m_degrees(const Value* args, size_t nargs, KwNames* kw) {
  double x;
  if (!exact_args("math.degrees", nargs, kw, 1) || !to_double(args[0], &x)) return Value();
  return Value::number(x * (180.0 / M_PI));
}

Value m_radians(const Value* args, size_t nargs, KwNames* kw) {
  double x;
  if (!exact_args("math.radians", nargs, kw, 1) || !to_double(args[0], &x)) return Value();
  return Value::number(x * (M_PI / 180.0));
}

Value m_ulp(const Value* args, size_t nargs, KwNames* kw) {
  double x;
  if (!exact_args("math.ulp", nargs, kw, 1) || !to_double(args[0], &x)) return Value();
  if (std::isnan(x)) return Value::number(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::number(x);
  double x2 = std::nextafter(x, INFINITY);
  if (std::isinf(x2)) return Value::number(x - std::nextafter(x, -INFINITY));
  return Value::number(x2 - x);
}

Value m_isclose(const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("isclose", args, nargs, kw, {"a", "b", "rel_tol", "abs_tol"}, 2, a)) return Value();
  if (a[0].is_null() || a[1].is_null())
    return raise(&TypeErrorType, format("isclose() missing required argument '%s' (pos %d)",
                                        a[0].is_null() ? "a" : "b", a[0].is_null() ? 1 : 2));
  double x, y, rel_tol = 1e-09, abs_tol = 0.0;
  if (!to_double(a[0], &x) || !to_double(a[1], &y)) return Value();
  if (!a[2].is_null() && !to_double(a[2], &rel_tol)) return Value();
  if (!a[3].is_null() && !to_double(a[3], &abs_tol)) return Value();
  if (rel_tol < 0.0 || abs_tol < 0.0) return raise(&ValueErrorType, "tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

}  // namespace

Value init_math_module() {
  Value mod = new_module("math");
  if (mod.is_null()) return mod;
  auto* m = mod.as<ModuleObject>();
  module_add_functions(
      m, {
             {"sqrt", math_1<f_sqrt, false, k_sqrt>},
             {"exp", math_1<f_exp, true, k_exp>},
             {"exp2", math_1<f_exp2, true, k_exp2>},
             {"expm1", math_1<f_expm1, true, k_expm1>},
             {"log1p", math_1<f_log1p, false, k_log1p>},
             {"sin", math_1<f_sin, false, k_sin>},
             {"cos", math_1<f_cos, false, k_cos>},
             {"tan", math_1<f_tan, false, k_tan>},
             {"asin", math_1<f_asin, false, k_asin>},
             {"acos", math_1<f_acos, false, k_acos>},
             {"atan", math_1<f_atan, false, k_atan>},
             {"sinh", math_1<f_sinh, true, k_sinh>},
             {"cosh", math_1<f_cosh, true, k_cosh>},
             {"tanh", math_1<f_tanh, false, k_tanh>},
             {"asinh", math_1<f_asinh, false, k_asinh>},
             {"acosh", math_1<f_acosh, false, k_acosh>},
             {"atanh", math_1<f_atanh, false, k_atanh>},
             {"fabs", math_1<f_fabs, false, k_fabs>},
             {"cbrt", math_1<f_cbrt, false, k_cbrt>},
             {"erf", math_1<f_erf, false, k_erf>},
             {"erfc", math_1<f_erfc, false, k_erfc>},
             {"gamma", m_gamma},
             {"lgamma", m_lgamma},
             {"log", m_log},
             {"log2", m_log2},
             {"log10", m_log10},
             {"floor", round_to_int<f_floor, k_floor, k_dfloor>},
             {"ceil", round_to_int<f_ceil, k_ceil, k_dceil>},
             {"trunc", m_trunc},
             {"pow", m_pow},
             {"atan2", m_atan2},
             {"copysign", m_copysign},
             {"fmod", m_fmod},
             {"remainder", m_remainder},
             {"nextafter", m_nextafter},
             {"ldexp", m_ldexp},
             {"modf", m_modf},
             {"frexp", m_frexp},
             {"isfinite", predicate<p_isfinite, k_isfinite>},
             {"isinf", predicate<p_isinf, k_isinf>},
             {"isnan", predicate<p_isnan, k_isnan>},
             {"degrees", m_degrees},
             {"radians", m_radians},
             {"ulp", m_ulp},
             {"isclose", m_isclose},
             {"hypot", math_hypot},
             {"dist", math_dist},
             {"fsum", math_fsum},
             {"prod", math_prod},
             {"gcd", math_gcd},
             {"lcm", math_lcm},
             {"factorial", math_factorial},
             {"isqrt", math_isqrt},
             {"comb", math_comb},
             {"perm", math_perm},
         });
  module_add(m, "pi", Value::number(M_PI));
  module_add(m, "e", Value::number(M_E));
  module_add(m, "tau", Value::number(2 * M_PI));
  module_add(m, "inf", Value::number(INFINITY));
  module_add(m, "nan", Value::number(NAN));
  return mod;
}

}  // namespace hotpy
