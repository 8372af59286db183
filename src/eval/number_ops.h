// Arithmetic on the numbers a Value holds itself (small ints, floats), done where the
// operands are: `a + b`, `x /= n`, `self.x *= k`, `v[0] -= d` all come here first, and
// anything else (big results, mixed kinds, objects) takes the general way.
#pragma once
#include <cstdint>

#include "ast/operators.h"
#include "objects/value.h"

namespace hotpy {

// The small-int operations done in place; false when the result needs int_binary.
inline bool small_int_op(BinOp op, int64_t x, int64_t y, Value* out) {
  int64_t z;
  switch (op) {
    case BinOp::Add: if (__builtin_add_overflow(x, y, &z)) return false; break;
    case BinOp::Sub: if (__builtin_sub_overflow(x, y, &z)) return false; break;
    case BinOp::Mul: if (__builtin_mul_overflow(x, y, &z)) return false; break;
    case BinOp::BitAnd: z = x & y; break;
    case BinOp::BitOr: z = x | y; break;
    case BinOp::BitXor: z = x ^ y; break;
    case BinOp::RShift:  // a negative count raises: the general way
      if (y < 0) return false;
      z = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
      break;
    case BinOp::LShift:  // bits shifted out, or a negative count: the general way
      if (y < 0 || y >= 63) return false;
      z = int64_t(uint64_t(x) << y);
      if ((z >> y) != x) return false;
      break;
    case BinOp::Mod:  // Python's: the sign of the divisor (-1 spares INT64_MIN % -1)
      if (y == 0) return false;
      z = y == -1 ? 0 : x % y;
      if (z != 0 && (z ^ y) < 0) z += y;
      break;
    case BinOp::FloorDiv:  // rounded down; 0 and INT64_MIN // -1 go the general way
      if (y == 0 || (y == -1 && x == INT64_MIN)) return false;
      z = x / y;
      if (x % y != 0 && (x ^ y) < 0) --z;
      break;
    default: return false;
  }
  *out = Value::integer(z);
  return true;
}

// Small ints and floats of one kind answered at the node (no code runs); anything
// else is Null with no error.
inline Value binop_numbers(BinOp op, const Value& l, const Value& r) {
  Value out;
  if (l.is_int() && r.is_int()) {
    if (small_int_op(op, l.as_int(), r.as_int(), &out)) return out;
  } else if (l.is_float() && r.is_float()) {
    double x = l.as_float(), y = r.as_float();
    switch (op) {
      case BinOp::Add: return Value::number(x + y);
      case BinOp::Sub: return Value::number(x - y);
      case BinOp::Mul: return Value::number(x * y);
      case BinOp::TrueDiv: if (y != 0.0) return Value::number(x / y); break;
      default: break;
    }
  }
  return out;
}

}  // namespace hotpy
