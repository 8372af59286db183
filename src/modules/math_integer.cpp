// The math functions that need exact arithmetic: on ints (gcd, lcm, factorial,
// isqrt, comb, perm, prod) and on floats summed without rounding error (fsum,
// hypot, dist), ported from CPython's mathmodule.c.
#include <cfloat>
#include <cmath>
#include <vector>

#include "modules/math_internal.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

// operator.index(v) as an int Value (big ints kept); Null + TypeError otherwise.
Value as_index(const Value& v) {
  if (is_int_like(v)) return int_exact(v);
  StrObject* name = intern("__index__");
  if (!v.type()->lookup(name).is_null()) {
    Value r = call_method(v, name, nullptr, 0);
    if (r.is_null()) return r;
    if (!is_int_like(r))
      return raise(&TypeErrorType, format("__index__ returned non-int (type %s)", type_name(r).c_str()));
    return int_exact(r);
  }
  return raise(&TypeErrorType,
               format("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
}

// Values that would take GMP beyond memory are refused first: GMP aborts on failure.
constexpr unsigned long kMaxFactorial = 50'000'000;

// ---------------------------------------------------------------------------
// Exact float sums

// A double-length number hi + lo, for lossless products and sums (CPython's
// DoubleLength helpers in vector_norm).
struct DoubleLength {
  double hi, lo;
};
DoubleLength dl_fast_sum(double a, double b) {
  double x = a + b;
  double z = x - a;
  return {x, b - z};
}
DoubleLength dl_mul(double x, double y) {
  double z = x * y;
  return {z, std::fma(x, y, -z)};
}

// CPython's vector_norm: the Euclidean norm of `vec` (absolute values, all <= max)
// with a differential correction that makes it (nearly always) correctly rounded.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || vec.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    for (double& x : vec) x /= DBL_MIN;  // subnormals to normals
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double x : vec) {
    x *= scale;
    DoubleLength pr = dl_mul(x, x);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

}  // namespace

Value math_hypot(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("hypot", kw)) return Value();
  std::vector<double> coords(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; ++i) {
    double x;
    if (!to_double(args[i], &x)) return Value();
    x = std::fabs(x);
    coords[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::number(vector_norm(coords, max, found_nan));
}

Value math_dist(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("dist", kw)) return Value();
  if (nargs != 2) return raise(&TypeErrorType, format("dist expected 2 arguments, got %zu", nargs));
  std::vector<Value> p, q;
  if (!collect_iterable(args[0], p) || !collect_iterable(args[1], q)) return Value();
  if (p.size() != q.size())
    return raise(&ValueErrorType, "both points must have the same number of dimensions");
  std::vector<double> diffs(p.size());
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    double a, b;
    if (!to_double(p[i], &a) || !to_double(q[i], &b)) return Value();
    double x = std::fabs(a - b);
    diffs[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::number(vector_norm(diffs, max, found_nan));
}

// Shewchuk's algorithm with CPython's treatment of specials and of the final
// half-even rounding across partials (math_fsum).
Value math_fsum(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("math.fsum", kw) || !check_nargs("math.fsum", nargs, 1, 1)) return Value();
  Value it = get_iter(args[0]);
  if (it.is_null()) return it;
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0, lo = 0.0;
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) {
      if (error_pending()) return Value();
      break;
    }
    double x;
    if (!to_double(item, &x)) return Value();
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From an inf or nan summand, or from intermediate overflow.
        if (std::isfinite(xsave)) return raise(&OverflowErrorType, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(&ValueErrorType, "-inf + inf in fsum");
    return Value::number(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    // Sum from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::number(hi);
}

Value math_prod(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("prod", args, nargs, kw, {"iterable", "start"}, 1, a)) return Value();
  if (a[0].is_null())
    return raise(&TypeErrorType, format("prod() takes exactly 1 positional argument (%zu given)", nargs));
  Value result = a[1].is_null() ? Value::integer(1) : a[1];
  Value it = get_iter(a[0]);
  if (it.is_null()) return it;
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return error_pending() ? Value() : result;
    result = binary_op(BinOp::Mul, result, item);
    if (result.is_null()) return result;
  }
}

// ---------------------------------------------------------------------------
// Integer functions

Value math_gcd(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("gcd", kw)) return Value();
  Mpz g;
  for (size_t i = 0; i < nargs; ++i) {
    Value v = as_index(args[i]);
    if (v.is_null()) return v;
    IntView x(v);
    mpz_gcd(g, g, x);
  }
  return int_from_mpz_move(g);
}

Value math_lcm(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("lcm", kw)) return Value();
  Mpz l;
  mpz_set_ui(l, 1);
  for (size_t i = 0; i < nargs; ++i) {
    Value v = as_index(args[i]);
    if (v.is_null()) return v;
    IntView x(v);
    mpz_lcm(l, l, x);  // non-negative; 0 once any argument is 0
  }
  return int_from_mpz_move(l);
}

namespace {

// The non-negative argument of factorial/comb/perm as an unsigned long.
// Returns false with an exception set.
bool factorial_arg(const Value& v, unsigned long* out) {
  if (int_sign(v) < 0) {
    raise(&ValueErrorType, "factorial() not defined for negative values");
    return false;
  }
  IntView x(v);
  if (!mpz_fits_slong_p(x)) {
    raise(&OverflowErrorType, "factorial() argument should not exceed 9223372036854775807");
    return false;
  }
  *out = mpz_get_ui(x);
  if (*out > kMaxFactorial) {
    raise_memory_error();
    return false;
  }
  return true;
}

Value factorial_of(const Value& v) {
  unsigned long n;
  if (!factorial_arg(v, &n)) return Value();
  Mpz r;
  mpz_fac_ui(r, n);
  return int_from_mpz_move(r);
}

// n and k for comb/perm, checked as CPython does; k Null: absent.
bool comb_args(const Value* args, Value* n, Value* k) {
  *n = as_index(args[0]);
  if (n->is_null()) return false;
  *k = as_index(args[1]);
  if (k->is_null()) return false;
  if (int_sign(*n) < 0) {
    raise(&ValueErrorType, "n must be a non-negative integer");
    return false;
  }
  if (int_sign(*k) < 0) {
    raise(&ValueErrorType, "k must be a non-negative integer");
    return false;
  }
  return true;
}

}  // namespace

Value math_factorial(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("math.factorial", kw) || !check_nargs("math.factorial", nargs, 1, 1)) return Value();
  Value v = as_index(args[0]);
  if (v.is_null()) return v;
  return factorial_of(v);
}

Value math_isqrt(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("math.isqrt", kw) || !check_nargs("math.isqrt", nargs, 1, 1)) return Value();
  Value v = as_index(args[0]);
  if (v.is_null()) return v;
  if (int_sign(v) < 0) return raise(&ValueErrorType, "isqrt() argument must be nonnegative");
  IntView x(v);
  Mpz r;
  mpz_sqrt(r, x);
  return int_from_mpz_move(r);
}

Value math_comb(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("comb", kw)) return Value();
  if (nargs != 2) return raise(&TypeErrorType, format("comb expected 2 arguments, got %zu", nargs));
  Value n, k;
  if (!comb_args(args, &n, &k)) return Value();
  if (int_cmp(k, n) > 0) return Value::integer(0);
  IntView nz(n), kz(k);
  Mpz nk, r;
  mpz_sub(nk, nz, kz);
  mpz_srcptr small = mpz_cmp(nk, kz) < 0 ? static_cast<mpz_srcptr>(nk) : static_cast<mpz_srcptr>(kz);
  if (!mpz_fits_slong_p(small))
    return raise(&OverflowErrorType, "min(n - k, k) must not exceed 9223372036854775807");
  if (mpz_get_ui(small) > kMaxFactorial) return raise_memory_error();
  mpz_bin_ui(r, nz, mpz_get_ui(small));
  return int_from_mpz_move(r);
}

Value math_perm(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("perm", kw) || !check_nargs("perm", nargs, 1, 2)) return Value();
  if (nargs == 1 || args[1].is_none()) {
    Value n = as_index(args[0]);
    if (n.is_null()) return n;
    return factorial_of(n);
  }
  Value n, k;
  if (!comb_args(args, &n, &k)) return Value();
  if (int_cmp(k, n) > 0) return Value::integer(0);
  IntView nz(n), kz(k);
  if (!mpz_fits_slong_p(kz))
    return raise(&OverflowErrorType, "k must not exceed 9223372036854775807");
  unsigned long kk = mpz_get_ui(kz);
  if (kk > kMaxFactorial) return raise_memory_error();
  // n! / (n-k)! = comb(n, k) * k!
  Mpz r, f;
  mpz_bin_ui(r, nz, kk);
  mpz_fac_ui(f, kk);
  mpz_mul(r, r, f);
  return int_from_mpz_move(r);
}

}  // namespace hotpy
