// float: the Value's immediate double, plus the operations mixing int and float.
//
// Instances of Python subclasses of float are FloatObjects (heap boxes with the
// subclass as type); plain floats never are.
#pragma once
#include <string>
#include <string_view>

#include "objects/object.h"
#include "objects/gc.h"

namespace hotpy {

struct FloatObject : GcObject {
  double m_value;
  DictObject* m_dict = nullptr;  // attributes of the subclass instance
  FloatObject(TypeObject* type, double d);
  ~FloatObject() override;
  void traverse(Visitor, void*) override;
  void clear() override;
  DictObject** instance_dict() override { return &m_dict; }
};

// A float or an instance of a subclass of float; sets *out.
inline bool float_value(const Value& v, double* out) {
  if (v.is_float()) { *out = v.as_float(); return true; }
  if (v.is_obj() && v.type() != &FloatType && v.type()->is_subtype(&FloatType)) {
    *out = v.as<FloatObject>()->m_value;
    return true;
  }
  return false;
}

// Shortest round-trip repr, as CPython's: 1.0, 0.1, 1e+16, inf, nan, -0.0.
std::string float_repr(double d);
Value float_binary(BinOp op, const Value& a, const Value& b);  // NotImplemented unless a float is involved
Value float_unary(UnaryOp op, const Value& a);
// x ** y with CPython's float semantics (ZeroDivisionError for 0.0 ** negative,
// OverflowError on overflow); int ** negative int also ends here.
Value float_pow(double x, double y);
Value float_compare(const Value& a, const Value& b, CmpOp op);
int64_t float_hash(double d);  // equal to int_hash for integral values, as CPython
// Converts int-likes, floats and objects with __float__/__index__ to double; false
// with TypeError "must be real number, not str" or OverflowError otherwise.
bool to_double(const Value& v, double* out);
Value float_from_string(std::string_view s);  // float("1e3"), Null + ValueError on bad input
// divmod(a, b) when a float is involved; NotImplemented otherwise.
Value float_divmod(const Value& a, const Value& b);
// divmod() of two numbers (int or float): a tuple, or NotImplemented.
Value number_divmod(const Value& a, const Value& b);
// round(x, ndigits) as the builtin (ndigits Null: absent): ints and floats natively,
// other objects through their __round__ ("type str doesn't define __round__ method").
Value number_round(const Value& x, const Value& ndigits);
// float rounding: ndigits absent gives an int (half to even), else a float rounded
// through the correctly rounded decimal value, as CPython's double_round.
Value float_round(double d, const Value& ndigits);

}  // namespace hotpy
