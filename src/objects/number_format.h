// Text forms of numbers beyond repr: the format-spec mini-language of int.__format__
// and float.__format__ (format(), f-strings, str.format), and the numeric
// conversions of printf-style `%` formatting, which str_format.cpp calls.
#pragma once
#include <string>
#include <string_view>

#include "objects/object.h"

namespace hotpy {

// Flags of double_to_string (CPython's Py_DTSF_*).
enum DtsFlags : unsigned {
  kDtsSign = 1,     // always a sign: "+1.5"
  kDtsAddDot0 = 2,  // "1.0", not "1", when the result would look like an int
  kDtsAlt = 4,      // '#': keep the point and (for g) the trailing zeros
  kDtsNoNeg0 = 8,   // 'z': "-0.0" becomes "0.0", also after rounding
};
// CPython's PyOS_double_to_string: `code` is one of e E f F g G, or 'r' for repr
// (shortest round-trip digits, exponent outside 1e-4 <= |d| < 1e16). inf/nan as
// "inf", "-inf", "nan" (upper case for E F G).
std::string double_to_string(double d, char code, int precision, unsigned flags);

// format(v, spec) for an int-like `v` (bool counts as int), as int.__format__.
// Returns a str, or Null with ValueError/TypeError pending (CPython's texts, e.g.
// "Unknown format code 'z' for object of type 'int'").
Value format_int(const Value& v, std::string_view spec);
// format(d, spec) as float.__format__.
Value format_float(double d, std::string_view spec);

// The flags, width and precision of one `%` conversion, already parsed by the str
// helper (which also resolves `*` widths before calling).
struct PercentSpec {
  bool left = false;   // '-': pad on the right
  bool plus = false;   // '+': always a sign
  bool space = false;  // ' ': a space where a '+' would go
  bool alt = false;    // '#': 0x/0o prefixes, keep the point in %g
  bool zero = false;   // '0': pad with zeros after the sign
  int64_t width = -1;  // -1: none (CPython's is a Py_ssize_t, its precision a C int)
  int precision = -1;  // -1: none
};

// Appends one numeric conversion to `out`. `conv` is one of d i u x X o e E f F g G.
// Returns false with an exception pending, with CPython's texts:
//   "%d format: a real number is required, not str"  (d i u: ints, floats truncate,
//                                                      objects with __int__/__index__)
//   "%x format: an integer is required, not float"   (x X o: ints and __index__ only)
//   "must be real number, not str"                   (e E f F g G)
bool percent_format_number(char conv, const Value& v, const PercentSpec& spec, std::string& out);

}  // namespace hotpy
