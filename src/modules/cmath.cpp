// The cmath module: the complex functions of libm with CPython's error rules (a nan or
// infinity from finite arguments is "math domain error", or "math range error" for
// the functions that can overflow), phase/polar/rect, isclose and the constants.
#include <cmath>
#include <complex>

#include "modules/math_internal.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

using Complex = std::complex<double>;

// A cmath argument: a number, or an object with __complex__, __float__ or __index__.
bool complex_argument(const Value& v, Complex* out) {
  bool failed;
  if (complex_operand(v, out, &failed)) return true;
  if (failed) return false;
  if (!v.type()->lookup(intern("__complex__")).is_null()) {
    Value c = call_special(v, intern("__complex__"), nullptr, 0);
    if (c.is_null()) return false;
    if (!is_complex(c)) {
      raise(&TypeErrorType, format("__complex__ returned non-complex (type %s)", type_name(c).c_str()));
      return false;
    }
    return complex_operand(c, out, &failed);
  }
  double d;
  if (!to_double(v, &d)) return false;
  *out = {d, 0.0};
  return true;
}

bool finite(Complex z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }

// CPython's rule for every one-argument function: special values in, no error.
Value checked_result(Complex arg, Complex r, bool can_overflow) {
  if (finite(arg) && !finite(r)) {
    if (can_overflow && !std::isnan(r.real()) && !std::isnan(r.imag())) return math_range_error();
    return math_domain_error();
  }
  return new_complex(r.real(), r.imag());
}

template <Complex (*F)(Complex), bool kCanOverflow, const char* kName>
Value cmath_1(const Value* args, size_t nargs, KwNames* kw) {
  Complex z;
  if (!no_keywords(kName, kw) || !check_nargs(kName, nargs, 1, 1) || !complex_argument(args[0], &z)) return Value();
  return checked_result(z, F(z), kCanOverflow);
}

#define HOTPY_CMATH(name, expr, overflow)              \
  constexpr char k_##name[] = #name;                   \
  Complex f_##name(Complex z) { return expr; }         \
  constexpr auto m_##name = cmath_1<f_##name, overflow, k_##name>;
HOTPY_CMATH(sqrt, std::sqrt(z), false)
HOTPY_CMATH(exp, std::exp(z), true)
HOTPY_CMATH(log10, std::log10(z), false)
HOTPY_CMATH(sin, std::sin(z), true)
HOTPY_CMATH(cos, std::cos(z), true)
HOTPY_CMATH(tan, std::tan(z), true)
HOTPY_CMATH(asin, std::asin(z), false)
HOTPY_CMATH(acos, std::acos(z), false)
HOTPY_CMATH(atan, std::atan(z), false)
HOTPY_CMATH(sinh, std::sinh(z), true)
HOTPY_CMATH(cosh, std::cosh(z), true)
HOTPY_CMATH(tanh, std::tanh(z), true)
HOTPY_CMATH(asinh, std::asinh(z), false)
HOTPY_CMATH(acosh, std::acosh(z), false)
HOTPY_CMATH(atanh, std::atanh(z), false)
#undef HOTPY_CMATH

// log(x[, base])
Value m_log(const Value* args, size_t nargs, KwNames* kw) {
  Complex z, base;
  if (!no_keywords("log", kw) || !check_nargs("log", nargs, 1, 2) || !complex_argument(args[0], &z)) return Value();
  Complex r = std::log(z);
  if (nargs == 2) {
    if (!complex_argument(args[1], &base)) return Value();
    Complex lb = std::log(base);
    if (lb == Complex{0.0, 0.0}) return math_domain_error();  // CPython: c_quot sets EDOM
    if (finite(z) && finite(base) && (!finite(r) || !finite(lb))) return math_domain_error();
    return checked_result(z, r / lb, false);
  }
  return checked_result(z, r, false);
}

Value m_phase(const Value* args, size_t nargs, KwNames* kw) {
  Complex z;
  if (!no_keywords("phase", kw) || !check_nargs("phase", nargs, 1, 1) || !complex_argument(args[0], &z))
    return Value();
  return Value::number(std::atan2(z.imag(), z.real()));
}

Value m_polar(const Value* args, size_t nargs, KwNames* kw) {
  Complex z;
  if (!no_keywords("polar", kw) || !check_nargs("polar", nargs, 1, 1) || !complex_argument(args[0], &z))
    return Value();
  double r = std::hypot(z.real(), z.imag());
  if (std::isinf(r) && finite(z)) return math_range_error();
  return new_tuple({Value::number(r), Value::number(std::atan2(z.imag(), z.real()))});
}

Value m_rect(const Value* args, size_t nargs, KwNames* kw) {
  double r, phi;
  if (!no_keywords("rect", kw) || !check_nargs("rect", nargs, 2, 2) || !to_double(args[0], &r) ||
      !to_double(args[1], &phi))
    return Value();
  if (std::isfinite(r) && std::isinf(phi)) return math_domain_error();
  if (phi == 0.0) return new_complex(r, r * phi);  // keeps rect(r, 0) exact
  return new_complex(r * std::cos(phi), r * std::sin(phi));
}

template <bool (*Test)(Complex)>
Value complex_test(const Value* args, size_t nargs, KwNames* kw) {
  Complex z;
  if (!no_keywords("isfinite", kw) || !check_nargs("isfinite", nargs, 1, 1) || !complex_argument(args[0], &z))
    return Value();
  return Value::boolean(Test(z));
}
bool t_isfinite(Complex z) { return finite(z); }
bool t_isinf(Complex z) { return std::isinf(z.real()) || std::isinf(z.imag()); }
bool t_isnan(Complex z) { return std::isnan(z.real()) || std::isnan(z.imag()); }

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Value m_isclose(const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("isclose", args, nargs, kw, {"a", "b", "rel_tol", "abs_tol"}, 2, a)) return Value();
  if (a[0].is_null() || a[1].is_null())
    return raise(&TypeErrorType, format("isclose() missing required argument '%s' (pos %d)", a[0].is_null() ? "a" : "b",
                                        a[0].is_null() ? 1 : 2));
  Complex x, y;
  double rel_tol = 1e-09, abs_tol = 0.0;
  if (!complex_argument(a[0], &x) || !complex_argument(a[1], &y)) return Value();
  if ((!a[2].is_null() && !to_double(a[2], &rel_tol)) || (!a[3].is_null() && !to_double(a[3], &abs_tol)))
    return Value();
  if (rel_tol < 0.0 || abs_tol < 0.0) return raise(&ValueErrorType, "tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (t_isinf(x) || t_isinf(y)) return Value::boolean(false);
  double diff = std::abs(x - y);
  return Value::boolean((diff <= rel_tol * std::abs(y)) || (diff <= rel_tol * std::abs(x)) || diff <= abs_tol);
}

}  // namespace

Value init_cmath_module() {
  Value mod = new_module("cmath");
  if (mod.is_null()) return mod;
  auto* m = mod.as<ModuleObject>();
  module_add_functions(m, {{"sqrt", m_sqrt},   {"exp", m_exp},     {"log", m_log},     {"log10", m_log10},
                           {"sin", m_sin},     {"cos", m_cos},     {"tan", m_tan},     {"asin", m_asin},
                           {"acos", m_acos},   {"atan", m_atan},   {"sinh", m_sinh},   {"cosh", m_cosh},
                           {"tanh", m_tanh},   {"asinh", m_asinh}, {"acosh", m_acosh}, {"atanh", m_atanh},
                           {"phase", m_phase}, {"polar", m_polar}, {"rect", m_rect},   {"isclose", m_isclose},
                           {"isfinite", complex_test<t_isfinite>}, {"isinf", complex_test<t_isinf>},
                           {"isnan", complex_test<t_isnan>}});
  module_add(m, "pi", Value::number(M_PI));
  module_add(m, "e", Value::number(M_E));
  module_add(m, "tau", Value::number(2 * M_PI));
  module_add(m, "inf", Value::number(INFINITY));
  module_add(m, "nan", Value::number(NAN));
  module_add(m, "infj", new_complex(0.0, INFINITY));
  module_add(m, "nanj", new_complex(0.0, NAN));
  return mod;
}

}  // namespace hotpy
