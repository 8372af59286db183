// int beyond 64 bits: a GMP integer. Small ints live in the Value itself; every
// operation here returns a small int when the result fits, so an int has exactly
// one representation and `==` on two small ints never needs this file.
//
// Instances of Python subclasses of int (`class Id(int)`) are BigIntObjects too,
// whatever their value, with m_type set to the subclass: code that sees a
// BigIntObject must not assume its value is outside the int64 range.
#pragma once
#include <gmp.h>

#include <string>
#include <string_view>

#include "objects/object.h"

namespace hotpy {

struct BigIntObject : Object {
  mpz_t m_value;
  DictObject* m_dict = nullptr;  // attributes of subclass instances; null for int
  explicit BigIntObject(TypeObject* type = &IntType);
  ~BigIntObject() override;
  void traverse(Visitor, void*) override;
  DictObject** instance_dict() override;
};

// A heap int: a big int, or an instance of a subclass of int.
inline bool is_bigint(const Value& v) { return v.is_obj() && (v.type()->m_flags & kIntSubclass); }
// True for bool, small int and big int: anything int-like for arithmetic.
inline bool is_int_like(const Value& v) { return v.is_int() || v.is_bool() || is_bigint(v); }
inline mpz_srcptr bigint_mpz(const Value& v) { return v.as<BigIntObject>()->m_value; }
// The small value of a Tag::Int or Tag::Bool Value.
inline int64_t small_int(const Value& v) { return v.is_int() ? v.as_int() : int64_t(v.as_bool()); }

static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "one GMP limb must hold an int64");

// A read-only mpz view of any int-like Value; small ints borrow a limb on the
// stack, so the slow paths of mixed small/big arithmetic never allocate.
class IntView {
 public:
  explicit IntView(const Value& v) {
    if (v.is_obj()) { m_ptr = bigint_mpz(v); return; }
    int64_t i = small_int(v);
    m_limb = i < 0 ? 0 - uint64_t(i) : uint64_t(i);
    m_ptr = mpz_roinit_n(m_z, &m_limb, i < 0 ? -1 : i > 0 ? 1 : 0);
  }
  IntView(const IntView&) = delete;
  IntView& operator=(const IntView&) = delete;
  operator mpz_srcptr() const { return m_ptr; }
  mpz_srcptr operator->() const { return m_ptr; }  // GMP's macros (mpz_sgn) use ->

 private:
  mp_limb_t m_limb = 0;
  mpz_t m_z;
  mpz_srcptr m_ptr;
};

// An mpz_t that clears itself.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return z; }
  mpz_ptr operator->() { return z; }  // GMP's macros (mpz_sgn) use ->
};

// Takes a result in `z` and returns it as a small int when it fits.
Value int_from_mpz(const mpz_t z);
// Same, but may take over z's storage (z is left a valid, unspecified integer).
Value int_from_mpz_move(mpz_t z);
// int(x) for a float: truncates; OverflowError for inf, ValueError for nan.
Value int_from_double(double d);
// Parses Python int() syntax: surrounding whitespace, sign, underscores between
// digits, and the 0x/0o/0b prefixes (base 0: prefix decides, as literals do).
// Null + ValueError "invalid literal for int() with base 10: 'x'" on bad input.
Value int_from_string(std::string_view digits, int base);
// Sets `out` (initialised) to the value of an int-like Value.
void int_to_mpz(const Value& v, mpz_t out);
// Fails with OverflowError when the int does not fit int64; `msg` overrides the
// default text "Python int too large to convert to C long".
bool int_to_int64(const Value& v, int64_t* out, const char* msg = nullptr);
std::string int_to_string(const Value& v, int base = 10);  // no prefix, lowercase
// bin()/oct()/hex() text: "-0b101", "0o17", "0xff" (base 2, 8 or 16).
std::string int_to_prefixed(const Value& v, int base);
// Correctly rounded (half to even) as CPython; *overflow set when out of range.
double int_to_double(const Value& v, bool* overflow);
// As above, raising OverflowError "int too large to convert to float".
bool int_to_double_checked(const Value& v, double* out);
int int_sign(const Value& v);  // -1, 0, 1 of an int-like

// Arithmetic on int-likes (bool counts as int). Returns NotImplemented if either
// operand is not an int-like. &, | and ^ of two bools give a bool, as bool's own
// operators do in CPython, so BoolType's tp_binary can be this function.
Value int_binary(BinOp op, const Value& a, const Value& b);
Value int_unary(UnaryOp op, const Value& a);
Value int_compare(const Value& a, const Value& b, CmpOp op);  // NotImplemented if not int-like
int int_cmp(const Value& a, const Value& b);                  // -1, 0, 1; both int-like
int64_t int_hash(const Value& v);
// pow(base, exp, mod) with int arguments (TypeError otherwise), as CPython.
Value int_pow_mod(const Value& base, const Value& exp, const Value& mod);
// divmod(a, b) as a tuple; NotImplemented if either is not an int-like.
Value int_divmod(const Value& a, const Value& b);
Value int_abs(const Value& v);
// round(v, ndigits) for an int-like (ndigits Null: absent): always an int.
Value int_round(const Value& v, const Value& ndigits);
// The value of an exact int (a copy as plain int for bools and subclass instances).
Value int_exact(const Value& v);

// The text of a number for int()/float() parsing, as CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become ASCII
// digits, Unicode whitespace a space, any other non-ASCII character '?'. Returns
// `s` itself when it is ASCII, else a view of `buf`.
std::string_view number_text_ascii(std::string_view s, std::string& buf);
// Python's whitespace (ASCII subset): what int() and float() strip.
inline bool is_ascii_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}
// repr of a str for messages, truncated to `max_chars` code points (CPython's %.200R).
std::string truncated_repr(std::string_view s, size_t max_chars);

// CPython's limit on decimal digits in int<->str conversions (sys.set_int_max_str_digits);
// 0 means no limit.
// repr/str of an int: the digits, or Null + ValueError past the digit limit.
Value int_repr(const Value& v);
// The decimal text of a small int (str(i), repr(i), f"{i}").
Value small_int_str(int64_t i);
// The decimal text of `i`, written at the end of `buf` (str(i) without a str object:
// formatting appends it straight to its output).
std::string_view small_int_digits(int64_t i, char (&buf)[24]);

}  // namespace hotpy
