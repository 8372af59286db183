// int arithmetic: the small-int fast paths (overflow checked with __builtin_*) and
// the GMP slow paths they fall back to, plus comparison, true division, pow with a
// modulus, divmod and round.
#include <cfloat>
#include <climits>
#include <cmath>

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

// Results beyond this many bits are refused with MemoryError before GMP tries
// (GMP aborts the process when an allocation fails; we must never crash).
constexpr uint64_t kMaxBits = uint64_t(1) << 33;

Value memory_error() { return raise_memory_error(); }

// Python's floor division and modulo of small ints (y != 0, not INT64_MIN / -1).
inline int64_t floor_div(int64_t x, int64_t y) {
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
  return q;
}
inline int64_t floor_mod(int64_t x, int64_t y) {
  int64_t r = x % y;
  if (r != 0 && ((r < 0) != (y < 0))) r += y;
  return r;
}

// x ** y for y >= 0; false when the result leaves int64.
bool small_pow(int64_t x, int64_t y, int64_t* out) {
  int64_t result = 1, base = x;
  uint64_t e = uint64_t(y);
  for (;;) {
    if ((e & 1) && __builtin_mul_overflow(result, base, &result)) return false;
    e >>= 1;
    if (e == 0) break;
    if (__builtin_mul_overflow(base, base, &base)) return false;
  }
  *out = result;
  return true;
}

Value float_power_of_ints(const Value& a, const Value& b) {
  double x, y;
  if (!int_to_double_checked(a, &x) || !int_to_double_checked(b, &y)) return Value();
  return float_pow(x, y);
}

// a / b correctly rounded, as CPython's long_true_divide: the quotient is taken to
// DBL_MANT_DIG + 2 or 3 bits (fewer for subnormal results), a sticky bit records
// a nonzero remainder, and one explicit round-half-even gives the double.
Value true_divide(mpz_srcptr a, mpz_srcptr b) {
  if (mpz_sgn(b) == 0) return raise(&ZeroDivisionErrorType, "division by zero");
  bool negate = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  if (mpz_sgn(a) == 0) return Value::number(negate ? -0.0 : 0.0);
  Mpz x, y, r;
  mpz_abs(x, a);
  mpz_abs(y, b);
  int64_t diff = int64_t(mpz_sizeinbase(x, 2)) - int64_t(mpz_sizeinbase(y, 2));
  if (diff > DBL_MAX_EXP) return raise(&OverflowErrorType, "integer division result too large for a float");
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return Value::number(negate ? -0.0 : 0.0);
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  if (shift > 0)
    mpz_mul_2exp(y, y, shift);
  else
    mpz_mul_2exp(x, x, -shift);
  mpz_tdiv_qr(x, r, x, y);
  bool inexact = mpz_sgn(r) != 0;
  int64_t x_bits = int64_t(mpz_sizeinbase(x, 2));
  int extra_bits = int(std::max<int64_t>(x_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG);
  uint64_t q = mpz_get_ui(x) | uint64_t(inexact);
  uint64_t mask = uint64_t(1) << (extra_bits - 1);
  if ((q & mask) && (q & (3 * mask - 1))) q += mask;
  q &= ~(2 * mask - 1);
  double result = std::ldexp(double(q), int(shift));
  if (std::isinf(result)) return raise(&OverflowErrorType, "integer division result too large for a float");
  return Value::number(negate ? -result : result);
}

Value shift_left(const Value& a, const Value& b) {
  IntView x(a), y(b);
  if (mpz_sgn(y) < 0) return raise(&ValueErrorType, "negative shift count");
  if (mpz_sgn(x) == 0) return Value::integer(0);
  if (!mpz_fits_ulong_p(y) || mpz_sizeinbase(x, 2) + mpz_get_ui(y) > kMaxBits) return memory_error();
  Mpz r;
  mpz_mul_2exp(r, x, mpz_get_ui(y));
  return int_from_mpz_move(r);
}

Value shift_right(const Value& a, const Value& b) {
  IntView x(a), y(b);
  if (mpz_sgn(y) < 0) return raise(&ValueErrorType, "negative shift count");
  if (!mpz_fits_ulong_p(y)) return Value::integer(mpz_sgn(x) < 0 ? -1 : 0);
  Mpz r;
  mpz_fdiv_q_2exp(r, x, mpz_get_ui(y));  // floor: -1 >> n stays -1
  return int_from_mpz_move(r);
}

Value power(const Value& a, const Value& b) {
  IntView x(a), y(b);
  if (mpz_sgn(y) < 0) return float_power_of_ints(a, b);
  // Bases whose powers never grow, whatever the exponent.
  if (mpz_cmp_si(x, 1) == 0 || mpz_sgn(x) == 0)
    return mpz_sgn(y) == 0 ? Value::integer(1) : int_exact(a);
  if (mpz_cmp_si(x, -1) == 0) return Value::integer(mpz_odd_p(y) ? -1 : 1);
  if (!mpz_fits_ulong_p(y)) return memory_error();
  unsigned long e = mpz_get_ui(y);
  if (double(mpz_sizeinbase(x, 2) - 1) * double(e) > double(kMaxBits)) return memory_error();
  Mpz r;
  mpz_pow_ui(r, x, e);
  return int_from_mpz_move(r);
}

Value int_binary_slow(BinOp op, const Value& a, const Value& b) {
  switch (op) {
    case BinOp::TrueDiv: {
      IntView x(a), y(b);
      return true_divide(x, y);
    }
    case BinOp::Pow: return power(a, b);
    case BinOp::LShift: return shift_left(a, b);
    case BinOp::RShift: return shift_right(a, b);
    case BinOp::MatMul: return NotImplemented;
    default: break;
  }
  IntView x(a), y(b);
  Mpz r;
  switch (op) {
    case BinOp::Add: mpz_add(r, x, y); break;
    case BinOp::Sub: mpz_sub(r, x, y); break;
    case BinOp::Mul:
      if (mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2) > kMaxBits) return memory_error();
      // The product's room first: mpz_mul records a new size before allocating it, so
      // an allocation failing there (std::bad_alloc) left r to free a pointer it never had.
      mpz_realloc2(r, (mpz_size(x) + mpz_size(y) + 1) * GMP_NUMB_BITS);
      mpz_mul(r, x, y);
      break;
    case BinOp::FloorDiv:
      if (mpz_sgn(y) == 0) return raise(&ZeroDivisionErrorType, "integer division or modulo by zero");
      mpz_fdiv_q(r, x, y);
      break;
    case BinOp::Mod:
      if (mpz_sgn(y) == 0) return raise(&ZeroDivisionErrorType, "integer modulo by zero");
      mpz_fdiv_r(r, x, y);
      break;
    case BinOp::BitAnd: mpz_and(r, x, y); break;
    case BinOp::BitOr: mpz_ior(r, x, y); break;
    case BinOp::BitXor: mpz_xor(r, x, y); break;
    default: return NotImplemented;
  }
  return int_from_mpz_move(r);
}

inline bool is_small(const Value& v) { return v.is_int() || v.is_bool(); }

}  // namespace

Value int_binary(BinOp op, const Value& a, const Value& b) {
  if (is_small(a) && is_small(b)) {
    int64_t x = small_int(a), y = small_int(b), r;
    switch (op) {
      case BinOp::Add:
        if (!__builtin_add_overflow(x, y, &r)) return Value::integer(r);
        break;
      case BinOp::Sub:
        if (!__builtin_sub_overflow(x, y, &r)) return Value::integer(r);
        break;
      case BinOp::Mul:
        if (!__builtin_mul_overflow(x, y, &r)) return Value::integer(r);
        break;
      case BinOp::FloorDiv:
        if (y == 0) return raise(&ZeroDivisionErrorType, "integer division or modulo by zero");
        if (y == -1 && x == INT64_MIN) break;
        return Value::integer(floor_div(x, y));
      case BinOp::Mod:
        if (y == 0) return raise(&ZeroDivisionErrorType, "integer modulo by zero");
        if (y == -1) return Value::integer(0);
        return Value::integer(floor_mod(x, y));
      case BinOp::TrueDiv: {
        // Both exactly representable: one IEEE division is correctly rounded.
        constexpr int64_t kExact = int64_t(1) << DBL_MANT_DIG;
        if (y == 0) return raise(&ZeroDivisionErrorType, "division by zero");
        if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact)
          return Value::number(double(x) / double(y));
        break;
      }
      case BinOp::Pow:
        if (y < 0) return float_power_of_ints(a, b);
        if (small_pow(x, y, &r)) return Value::integer(r);
        break;
      case BinOp::LShift:
        if (y < 0) return raise(&ValueErrorType, "negative shift count");
        if (x == 0) return Value::integer(0);
        if (y < 63) {
          r = int64_t(uint64_t(x) << y);
          if ((r >> y) == x) return Value::integer(r);
        }
        break;
      case BinOp::RShift:
        if (y < 0) return raise(&ValueErrorType, "negative shift count");
        return Value::integer(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
      case BinOp::BitAnd:
        if (a.is_bool() && b.is_bool()) return Value::boolean(x & y);
        return Value::integer(x & y);
      case BinOp::BitOr:
        if (a.is_bool() && b.is_bool()) return Value::boolean(x | y);
        return Value::integer(x | y);
      case BinOp::BitXor:
        if (a.is_bool() && b.is_bool()) return Value::boolean(x ^ y);
        return Value::integer(x ^ y);
      case BinOp::MatMul:
        return NotImplemented;
    }
    return int_binary_slow(op, a, b);
  }
  if (!is_int_like(a) || !is_int_like(b)) return NotImplemented;
  return int_binary_slow(op, a, b);
}

Value int_unary(UnaryOp op, const Value& a) {
  if (is_small(a)) {
    int64_t x = small_int(a);
    switch (op) {
      case UnaryOp::Neg:
        if (x != INT64_MIN) return Value::integer(-x);
        break;
      case UnaryOp::Pos: return Value::integer(x);
      case UnaryOp::Invert: return Value::integer(~x);
      case UnaryOp::Not: return NotImplemented;
    }
  } else if (!is_bigint(a)) {
    return NotImplemented;
  }
  IntView x(a);
  Mpz r;
  switch (op) {
    case UnaryOp::Neg: mpz_neg(r, x); break;
    case UnaryOp::Pos: return int_exact(a);
    case UnaryOp::Invert: mpz_com(r, x); break;
    case UnaryOp::Not: return NotImplemented;
  }
  return int_from_mpz_move(r);
}

int int_cmp(const Value& a, const Value& b) {
  if (is_small(a) && is_small(b)) {
    int64_t x = small_int(a), y = small_int(b);
    return (x > y) - (x < y);
  }
  IntView x(a), y(b);
  int c = mpz_cmp(x, y);
  return (c > 0) - (c < 0);
}

static bool cmp_result(int c, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Eq: return c == 0;
    case CmpOp::Ne: return c != 0;
    case CmpOp::Gt: return c > 0;
    case CmpOp::Ge: return c >= 0;
  }
  return false;
}

Value int_compare(const Value& a, const Value& b, CmpOp op) {
  if (!is_int_like(a) || !is_int_like(b)) return NotImplemented;
  return Value::boolean(cmp_result(int_cmp(a, b), op));
}

int int_sign(const Value& v) {
  if (is_small(v)) {
    int64_t x = small_int(v);
    return (x > 0) - (x < 0);
  }
  return mpz_sgn(bigint_mpz(v));
}

Value int_abs(const Value& v) {
  if (is_small(v)) {
    int64_t x = small_int(v);
    if (x >= 0) return Value::integer(x);
    if (x != INT64_MIN) return Value::integer(-x);
  }
  if (int_sign(v) >= 0) return int_exact(v);
  return int_unary(UnaryOp::Neg, v);
}

Value int_divmod(const Value& a, const Value& b) {
  if (!is_int_like(a) || !is_int_like(b)) return NotImplemented;
  if (is_small(a) && is_small(b)) {
    int64_t x = small_int(a), y = small_int(b);
    if (y == 0) return raise(&ZeroDivisionErrorType, "integer division or modulo by zero");
    if (!(y == -1 && x == INT64_MIN))
      return new_tuple({Value::integer(floor_div(x, y)), Value::integer(floor_mod(x, y))});
  }
  IntView x(a), y(b);
  if (mpz_sgn(y) == 0) return raise(&ZeroDivisionErrorType, "integer division or modulo by zero");
  Mpz q, r;
  mpz_fdiv_qr(q, r, x, y);
  return new_tuple({int_from_mpz_move(q), int_from_mpz_move(r)});
}

Value int_pow_mod(const Value& base, const Value& exp, const Value& mod) {
  if (!is_int_like(base) || !is_int_like(exp) || !is_int_like(mod))
    return raise(&TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers");
  int msign = int_sign(mod);
  if (msign == 0) return raise(&ValueErrorType, "pow() 3rd argument cannot be 0");
  // All small and the exponent non-negative: square-and-multiply in 128 bits.
  if (is_small(base) && is_small(exp) && is_small(mod) && small_int(exp) >= 0 &&
      small_int(mod) != INT64_MIN) {
    int64_t m = small_int(mod);
    uint64_t um = uint64_t(m < 0 ? -m : m);
    int64_t bx = small_int(base) % int64_t(um);
    uint64_t b = uint64_t(bx < 0 ? bx + int64_t(um) : bx);
    uint64_t e = uint64_t(small_int(exp)), r = 1 % um;
    while (e) {
      if (e & 1) r = uint64_t((unsigned __int128)r * b % um);
      b = uint64_t((unsigned __int128)b * b % um);
      e >>= 1;
    }
    int64_t result = int64_t(r);
    if (m < 0 && result != 0) result -= int64_t(um);
    return Value::integer(result);
  }
  IntView b(base), e(exp), m(mod);
  Mpz am, r, inv, pe;
  mpz_abs(am, m);
  if (mpz_cmp_ui(am, 1) == 0) return Value::integer(0);
  mpz_srcptr bb = b;
  mpz_srcptr ee = e;
  if (mpz_sgn(e) < 0) {
    if (!mpz_invert(inv, b, am))
      return raise(&ValueErrorType, "base is not invertible for the given modulus");
    mpz_neg(pe, e);
    bb = inv;
    ee = pe;
  }
  mpz_powm(r, bb, ee, am);
  if (msign < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, am);
  return int_from_mpz_move(r);
}

Value int_round(const Value& v, const Value& ndigits) {
  if (ndigits.is_null() || ndigits.is_none()) return int_exact(v);
  int64_t n;
  if (is_bigint(ndigits)) {
    // Beyond int64 either way: keeps every digit, or rounds everything away.
    if (mpz_sgn(bigint_mpz(ndigits)) > 0) return int_exact(v);
    return Value::integer(0);
  }
  if (!index_value(ndigits, &n)) return Value();
  if (n >= 0) return int_exact(v);
  IntView x(v);
  // 10**-n exceeds 2*|v|: everything rounds to zero.
  if (uint64_t(-(n + 1)) + 1 > mpz_sizeinbase(x, 10)) return Value::integer(0);
  Mpz p, q, r, twice;
  mpz_ui_pow_ui(p, 10, (unsigned long)(-n));
  mpz_fdiv_qr(q, r, x, p);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);  // half to even
  mpz_mul(q, q, p);
  return int_from_mpz_move(q);
}

}  // namespace hotpy
