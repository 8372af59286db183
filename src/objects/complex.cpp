// complex: construction (numbers, strings, __complex__), arithmetic mixed with int and
// float, comparison, hashing, repr and format, as CPython's complexobject.c.
#include "objects/complex.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/number_format.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject ComplexType("complex");

using Complex = std::complex<double>;

ComplexObject::~ComplexObject() {
  if (m_dict) decref(m_dict);
}
void ComplexObject::traverse(Visitor visit, void* arg) {
  if (m_dict) visit(m_dict, arg);
}
DictObject** ComplexObject::instance_dict() { return (m_type->m_flags & kHeapType) ? &m_dict : nullptr; }

Value new_complex(double real, double imag) { return Value::steal(new ComplexObject(&ComplexType, real, imag)); }
static Value new_complex(Complex c) { return new_complex(c.real(), c.imag()); }
static Complex value_of(const Value& v) {
  auto* c = v.as<ComplexObject>();
  return {c->m_real, c->m_imag};
}

bool complex_operand(const Value& v, Complex* out, bool* failed) {
  *failed = false;
  double d;
  if (v.is_float()) {
    *out = {v.as_float(), 0.0};
    return true;
  }
  if (is_complex(v)) {
    *out = value_of(v);
    return true;
  }
  if (is_int_like(v)) {
    if (!int_to_double_checked(v, &d)) {
      *failed = true;
      return false;
    }
    *out = {d, 0.0};
    return true;
  }
  if (float_value(v, &d)) {
    *out = {d, 0.0};
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Text

std::string complex_repr(double real, double imag) {
  std::string im = double_to_string(imag, 'r', 0, 0);
  if (real == 0.0 && !std::signbit(real)) return im + "j";
  std::string sign = (std::signbit(imag) || im[0] == '-') ? "" : "+";
  return "(" + double_to_string(real, 'r', 0, 0) + sign + im + "j)";
}

static Value complex_repr_slot(const Value& self) {
  Complex c = value_of(self);
  return new_str(complex_repr(c.real(), c.imag()));
}

// One double of a complex string: CPython's _Py_string_to_number_with_underscores
// through strtod, so "1e3", "inf", "-nan" and "1_0" read as float() reads them.
static bool read_double(const char*& p, double* out) {
  const char* start = p;
  std::string digits;
  while (*p && (std::isalnum(static_cast<unsigned char>(*p)) || *p == '.' || *p == '_' || *p == '+' || *p == '-')) {
    // A sign only leads the number or follows an exponent marker.
    if ((*p == '+' || *p == '-') && p != start && !(p[-1] == 'e' || p[-1] == 'E')) break;
    if (*p == 'j' || *p == 'J') break;
    digits.push_back(*p++);
  }
  if (digits.empty()) return false;
  Value v = float_from_string(digits);
  if (v.is_null()) {
    clear_error();
    p = start;
    return false;
  }
  *out = v.as_float();
  return true;
}

Value complex_from_string(std::string_view text) {
  auto malformed = [] { return raise(&ValueErrorType, "complex() arg is a malformed string"); };
  std::string s(text);
  const char* p = s.c_str();
  auto skip_space = [&p] {
    while (*p && std::isspace(static_cast<unsigned char>(*p))) ++p;
  };
  skip_space();
  bool paren = *p == '(';
  if (paren) {
    ++p;
    skip_space();
  }
  double real = 0.0, imag = 0.0;
  const char* before = p;
  double x;
  if (read_double(p, &x)) {
    if (*p == 'j' || *p == 'J') {  // "2j": the imaginary part alone
      imag = x;
      ++p;
    } else if (*p == '+' || *p == '-') {  // "1+2j", "1-j"
      real = x;
      if (read_double(p, &x)) {
        imag = x;
      } else {
        imag = *p == '-' ? -1.0 : 1.0;
        ++p;
      }
      if (*p != 'j' && *p != 'J') return malformed();
      ++p;
    } else {
      real = x;
    }
  } else if (*p == '+' || *p == '-' || *p == 'j' || *p == 'J') {  // "j", "-j"
    imag = *p == '-' ? -1.0 : 1.0;
    if (*p == '+' || *p == '-') ++p;
    if (*p != 'j' && *p != 'J') return malformed();
    ++p;
  }
  if (p == before) return malformed();
  skip_space();
  if (paren) {
    if (*p != ')') return malformed();
    ++p;
    skip_space();
  }
  if (*p || size_t(p - s.c_str()) != s.size()) return malformed();
  return new_complex(real, imag);
}

// format(z, spec): each part as float's format does, "re+imj" (no parentheses) when a
// presentation type is given; with none, repr's shape padded to the width.
static Value complex_format(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__format__", kw) || !check_nargs("__format__", nargs - 1, 1, 1)) return Value();
  if (!is_str(args[1]))
    return raise(&TypeErrorType,
                 format("__format__() argument must be str, not %s", type_name(args[1]).c_str()));
  Complex c = value_of(args[0]);
  std::string spec = as_str(args[1])->m_data;
  if (spec.empty()) return new_str(complex_repr(c.real(), c.imag()));
  // [[fill]align][sign][z][#][0][width][grouping][.precision][type]
  size_t i = 0;
  std::string fill = " ";
  char align = '>';
  auto is_align = [](char ch) { return ch == '<' || ch == '>' || ch == '^' || ch == '='; };
  if (spec.size() >= 2 && is_align(spec[1])) {
    fill = spec.substr(0, 1);
    align = spec[1];
    i = 2;
  } else if (!spec.empty() && is_align(spec[0])) {
    align = spec[0];
    i = 1;
  }
  if (align == '=') return raise(&ValueErrorType, "'=' alignment flag is not allowed in complex format specifier");
  std::string part_flags;  // sign, z, #: passed on to each part
  while (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ' || spec[i] == 'z' || spec[i] == '#'))
    part_flags.push_back(spec[i++]);
  if (i < spec.size() && spec[i] == '0')
    return raise(&ValueErrorType, "Zero padding is not allowed in complex format specifier");
  size_t width = 0;
  while (i < spec.size() && std::isdigit(static_cast<unsigned char>(spec[i]))) width = width * 10 + size_t(spec[i++] - '0');
  std::string rest = spec.substr(i);  // grouping, precision and type
  char type = rest.empty() ? '\0' : rest.back();
  bool typed = type && std::isalpha(static_cast<unsigned char>(type));
  std::string text;
  if (!typed && rest.empty() && part_flags.empty()) {
    text = complex_repr(c.real(), c.imag());
  } else {
    bool no_real = !typed && c.real() == 0.0 && !std::signbit(c.real());
    std::string part_spec = part_flags + (typed ? rest : rest + "g");
    if (!typed && rest.empty()) part_spec = part_flags;
    Value re = format_float(c.real(), part_spec);
    if (re.is_null()) return re;
    std::string imag_spec = part_spec;
    if (imag_spec.empty() || (imag_spec[0] != '+' && imag_spec[0] != ' ' && imag_spec[0] != '-'))
      imag_spec = "+" + imag_spec;
    else if (imag_spec[0] == '-' || imag_spec[0] == ' ')
      imag_spec[0] = '+';
    Value im = format_float(c.imag(), imag_spec);
    if (im.is_null()) return im;
    std::string r = as_str(re)->m_data, m = as_str(im)->m_data;
    if (no_real) text = (m[0] == '+' ? m.substr(1) : m) + "j";
    else if (typed) text = r + m + "j";
    else text = "(" + r + m + "j)";
  }
  size_t length = as_str(new_str(text))->m_length;
  if (length < width) {
    size_t pad = width - length;
    std::string before, after;
    size_t left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
    for (size_t k = 0; k < left; ++k) before += fill;
    for (size_t k = left; k < pad; ++k) after += fill;
    text = before + text + after;
  }
  return new_str(text);
}

// ---------------------------------------------------------------------------
// Arithmetic

// CPython's _Py_c_quot: Smith's method, scaled so intermediate results stay finite.
static bool complex_quotient(Complex a, Complex b, Complex* out) {
  double abs_breal = std::fabs(b.real()), abs_bimag = std::fabs(b.imag());
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) return false;
    double ratio = b.imag() / b.real();
    double denom = b.real() + b.imag() * ratio;
    *out = {(a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom};
  } else if (abs_bimag >= abs_breal) {
    double ratio = b.real() / b.imag();
    double denom = b.real() * ratio + b.imag();
    *out = {(a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom};
  } else {
    *out = {NAN, NAN};  // a NaN in b
  }
  return true;
}

static Complex power_by_squaring(Complex x, long n) {
  Complex r{1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = {r.real() * p.real() - r.imag() * p.imag(), r.real() * p.imag() + r.imag() * p.real()};
    p = {p.real() * p.real() - p.imag() * p.imag(), 2 * p.real() * p.imag()};
  }
  return r;
}

Value complex_pow(Complex a, Complex b) {
  Complex r;
  errno = 0;
  if (b.imag() == 0.0 && b.real() == std::floor(b.real()) && std::fabs(b.real()) <= 100.0) {
    long n = long(b.real());
    if (n > 0) {
      r = power_by_squaring(a, n);
    } else if (n == 0) {
      r = {1.0, 0.0};
    } else {
      Complex p = power_by_squaring(a, -n);
      if (!complex_quotient({1.0, 0.0}, p, &r)) errno = EDOM;
    }
  } else if (b.real() == 0.0 && b.imag() == 0.0) {
    r = {1.0, 0.0};
  } else if (a.real() == 0.0 && a.imag() == 0.0) {
    if (b.imag() != 0.0 || b.real() < 0.0) errno = EDOM;
    r = {0.0, 0.0};
  } else {
    double vabs = std::hypot(a.real(), a.imag());
    double len = std::pow(vabs, b.real());
    double at = std::atan2(a.imag(), a.real());
    double phase = at * b.real();
    if (b.imag() != 0.0) {
      len /= std::exp(at * b.imag());
      phase += b.imag() * std::log(vabs);
    }
    r = {len * std::cos(phase), len * std::sin(phase)};
  }
  if (errno == EDOM || (a == Complex{0.0, 0.0} && b.real() < 0.0 && b.imag() == 0.0))
    return raise(&ZeroDivisionErrorType, "0.0 to a negative or complex power");
  if (!std::isfinite(r.real()) || !std::isfinite(r.imag())) {
    if (std::isfinite(a.real()) && std::isfinite(a.imag()) && std::isfinite(b.real()) && std::isfinite(b.imag()))
      return raise(&OverflowErrorType, "complex exponentiation");
  }
  return new_complex(r);
}

static Value complex_binary(BinOp op, const Value& a, const Value& b) {
  Complex x, y;
  bool failed;
  if (!complex_operand(a, &x, &failed)) return failed ? Value() : NotImplemented;
  if (!complex_operand(b, &y, &failed)) return failed ? Value() : NotImplemented;
  switch (op) {
    case BinOp::Add: return new_complex(x.real() + y.real(), x.imag() + y.imag());
    case BinOp::Sub: return new_complex(x.real() - y.real(), x.imag() - y.imag());
    case BinOp::Mul:
      return new_complex(x.real() * y.real() - x.imag() * y.imag(), x.real() * y.imag() + x.imag() * y.real());
    case BinOp::TrueDiv: {
      Complex q;
      if (!complex_quotient(x, y, &q)) return raise(&ZeroDivisionErrorType, "complex division by zero");
      return new_complex(q);
    }
    case BinOp::Pow: return complex_pow(x, y);
    default: return NotImplemented;
  }
}

static Value complex_unary(UnaryOp op, const Value& a) {
  Complex x = value_of(a);
  switch (op) {
    case UnaryOp::Neg: return new_complex(-x.real(), -x.imag());
    case UnaryOp::Pos: return a.type() == &ComplexType ? a : new_complex(x);
    default: return NotImplemented;
  }
}

static Value complex_compare(const Value& a, const Value& b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return NotImplemented;
  Complex x = value_of(a);
  bool equal;
  if (is_complex(b)) {
    equal = x == value_of(b);
  } else if (is_int_like(b) || b.is_float() || b.type()->is_subtype(&FloatType)) {
    if (x.imag() != 0.0) {
      equal = false;
    } else {
      // int comparison stays exact (float's rules), as CPython's complex_richcompare.
      Value r = float_compare(Value::number(x.real()), b, CmpOp::Eq);
      if (r.is_null() || !r.is_bool()) return r;
      equal = r.as_bool();
    }
  } else {
    return NotImplemented;
  }
  return Value::boolean(op == CmpOp::Eq ? equal : !equal);
}

static int64_t complex_hash(const Value& self) {
  Complex c = value_of(self);
  uint64_t h = uint64_t(float_hash(c.real())) + 1000003u * uint64_t(float_hash(c.imag()));
  int64_t r = int64_t(h);
  return r == -1 ? -2 : r;
}

static int complex_bool(const Value& self) {
  Complex c = value_of(self);
  return c.real() != 0.0 || c.imag() != 0.0;
}

// ---------------------------------------------------------------------------
// complex(real=0, imag=0)

// `v`'s __complex__, if its type has one: 1 with *out set, 0 when absent, -1 on error.
static int from_dunder_complex(const Value& v, Complex* out) {
  Value method = v.type()->lookup(intern("__complex__"));
  if (method.is_null()) return 0;
  Value r = call_special(v, intern("__complex__"), nullptr, 0);
  if (r.is_null()) return -1;
  if (!is_complex(r)) {
    raise(&TypeErrorType, format("__complex__ returned non-complex (type %s)", type_name(r).c_str()));
    return -1;
  }
  *out = value_of(r);
  return 1;
}

// A number argument of complex(): 1 with *out set, 0 when `v` is no number.
static int number_argument(const Value& v, Complex* out) {
  bool failed;
  if (complex_operand(v, out, &failed)) return 1;
  if (failed) return -1;
  int r = from_dunder_complex(v, out);
  if (r) return r;
  double d;
  if (to_double(v, &d)) {
    *out = {d, 0.0};
    return 1;
  }
  clear_error();
  return 0;
}

static Value complex_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("complex", args, nargs, kw, {"real", "imag"}, 2, a)) return Value();
  const Value& real = a[0];
  const Value& imag = a[1];
  Complex re{0.0, 0.0}, im{0.0, 0.0};
  if (!real.is_null()) {
    if (is_str(real)) {
      if (!imag.is_null()) return raise(&TypeErrorType, "complex() can't take second arg if first is a string");
      Value c = complex_from_string(as_str(real)->view());
      if (c.is_null() || type == &ComplexType) return c;
      return Value::steal(new ComplexObject(type, value_of(c).real(), value_of(c).imag()));
    }
    if (imag.is_null() && type == &ComplexType && real.type() == &ComplexType) return real;
    int r = number_argument(real, &re);
    if (r < 0) return Value();
    if (r == 0)
      return raise(&TypeErrorType, format("complex() first argument must be a string or a number, not '%s'",
                                          type_name(real).c_str()));
  }
  if (!imag.is_null()) {
    if (is_str(imag)) return raise(&TypeErrorType, "complex() second arg can't be a string");
    int r = number_argument(imag, &im);
    if (r < 0) return Value();
    if (r == 0)
      return raise(&TypeErrorType,
                   format("complex() second argument must be a number, not '%s'", type_name(imag).c_str()));
  }
  // complex(a, b) is a + b*1j, each part possibly complex itself; a real part is
  // taken as it is (complex(0.0, -0.0) keeps its negative zero).
  double r = re.real(), i = im.real();
  if (!imag.is_null() && is_complex(imag)) r -= im.imag();
  if (imag.is_null()) i = re.imag();
  else if (!real.is_null() && is_complex(real)) i += re.imag();
  if (type == &ComplexType) return new_complex(r, i);
  return Value::steal(new ComplexObject(type, r, i));
}

// ---------------------------------------------------------------------------
// Attributes and methods

static Value get_real(const Value& self) { return Value::number(value_of(self).real()); }
static Value get_imag(const Value& self) { return Value::number(value_of(self).imag()); }

static Value m_conjugate(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("conjugate", kw) || !check_nargs("conjugate", nargs - 1, 0, 0)) return Value();
  Complex c = value_of(args[0]);
  return new_complex(c.real(), -c.imag());
}

static Value m_abs(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__abs__", kw) || !check_nargs("__abs__", nargs - 1, 0, 0)) return Value();
  Complex c = value_of(args[0]);
  if (!std::isfinite(c.real()) || !std::isfinite(c.imag())) {
    if (std::isinf(c.real()) || std::isinf(c.imag())) return Value::number(INFINITY);
    return Value::number(NAN);
  }
  double r = std::hypot(c.real(), c.imag());
  if (std::isinf(r)) return raise(&OverflowErrorType, "absolute value too large");
  return Value::number(r);
}

static Value m_complex(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__complex__", kw) || !check_nargs("__complex__", nargs - 1, 0, 0)) return Value();
  if (args[0].type() == &ComplexType) return args[0];
  return new_complex(value_of(args[0]));
}

static Value m_getnewargs(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__getnewargs__", kw) || !check_nargs("__getnewargs__", nargs - 1, 0, 0)) return Value();
  Complex c = value_of(args[0]);
  return new_tuple({Value::number(c.real()), Value::number(c.imag())});
}

void init_complex_type() {
  ComplexType.m_flags |= kBaseType;
  ComplexType.tp_new = complex_new;
  ComplexType.tp_repr = complex_repr_slot;
  ComplexType.tp_hash = complex_hash;
  ComplexType.tp_bool = complex_bool;
  ComplexType.tp_richcompare = complex_compare;
  ComplexType.tp_binary = complex_binary;
  ComplexType.tp_unary = complex_unary;
  type_ready(&ComplexType, &ObjectType,
             {{"conjugate", m_conjugate},
              {"__abs__", m_abs},
              {"__complex__", m_complex},
              {"__getnewargs__", m_getnewargs},
              {"__format__", complex_format}});
  type_add_getsets(&ComplexType, {{"real", get_real}, {"imag", get_imag}});
  type_add_value(&ComplexType, "__doc__",
                 new_str("Create a complex number from a real part and an optional imaginary part.\n\n"
                         "This is equivalent to (real + imag*1j) where imag defaults to 0."));
}

}  // namespace hotpy
