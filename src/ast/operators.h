// Operator enums shared by the AST and the object protocols: the parser names an
// operator once, and the evaluator hands the same value to a type's slot.
#pragma once
#include <cstdint>

namespace hotpy {

// ORDER BINOP: binop_symbol() and binop_dunder() in objects/ops.cpp follow this order.
enum class BinOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow,
  LShift, RShift, BitAnd, BitOr, BitXor,
};
constexpr int kBinOpCount = 13;

// Rich comparisons, in the order of CPython's Py_LT..Py_GE.
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// Comparison operators of the language: the rich ones plus membership and identity.
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge, In, NotIn, Is, IsNot };

enum class UnaryOp : uint8_t { Neg, Pos, Invert, Not };

}  // namespace hotpy
