// Shared between the files of the math module (math.cpp, math_integer.cpp).
#pragma once
#include "objects/object.h"

namespace hotpy {

Value math_domain_error();  // ValueError("math domain error")
Value math_range_error();   // OverflowError("math range error")

// Module functions (args without self), implemented in math_integer.cpp.
Value math_hypot(const Value* args, size_t nargs, KwNames* kw);
Value math_dist(const Value* args, size_t nargs, KwNames* kw);
Value math_fsum(const Value* args, size_t nargs, KwNames* kw);
Value math_prod(const Value* args, size_t nargs, KwNames* kw);
Value math_gcd(const Value* args, size_t nargs, KwNames* kw);
Value math_lcm(const Value* args, size_t nargs, KwNames* kw);
Value math_factorial(const Value* args, size_t nargs, KwNames* kw);
Value math_isqrt(const Value* args, size_t nargs, KwNames* kw);
Value math_comb(const Value* args, size_t nargs, KwNames* kw);
Value math_perm(const Value* args, size_t nargs, KwNames* kw);

}  // namespace hotpy
