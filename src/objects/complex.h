// complex: a pair of doubles in a heap object (CPython's complex), and the mixed
// arithmetic with int and float, which reaches complex through its binary slot when
// theirs answers NotImplemented.
#pragma once
#include <complex>
#include <string>

#include "objects/object.h"

namespace hotpy {

extern TypeObject ComplexType;

struct ComplexObject : Object {
  double m_real, m_imag;
  DictObject* m_dict = nullptr;  // attributes of a subclass instance
  ComplexObject(TypeObject* type, double real, double imag) : Object(type), m_real(real), m_imag(imag) {}
  ~ComplexObject() override;
  void traverse(Visitor, void*) override;
  DictObject** instance_dict() override;
};

inline bool is_complex(const Value& v) { return v.is_obj() && v.type()->is_subtype(&ComplexType); }
Value new_complex(double real, double imag);
// repr(): "2j", "(1+2j)", "(-0-0j)", "(nan+infj)", as CPython's complex_repr.
std::string complex_repr(double real, double imag);
// x ** y as CPython's complex_pow (repeated multiplication for small integral y).
Value complex_pow(std::complex<double> x, std::complex<double> y);
// complex(text): Null with ValueError "complex() arg is a malformed string".
Value complex_from_string(std::string_view text);
// An int, float or complex (or a subclass instance) as a complex; false when `v` is
// none of these (no exception set), or with OverflowError for an int too large.
bool complex_operand(const Value& v, std::complex<double>* out, bool* failed);
void init_complex_type();

}  // namespace hotpy
