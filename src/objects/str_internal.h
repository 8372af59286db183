// Shared between the str files (str.cpp, str_methods.cpp, str_format.cpp, bytes.cpp):
// the native methods str.cpp installs, and small helpers. Not for other modules.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

#include "objects/str.h"

namespace hotpy::str_impl {

// The methods of str (args[0] is self), installed by init_str_type().
#define HOTPY_STR_METHODS(X)                                                            \
  X(split) X(rsplit) X(splitlines) X(join) X(strip) X(lstrip) X(rstrip) X(replace)      \
  X(find) X(rfind) X(index) X(rindex) X(count) X(startswith) X(endswith) X(upper)       \
  X(lower) X(capitalize) X(title) X(swapcase) X(casefold) X(isdigit) X(isdecimal)       \
  X(isnumeric) X(isalpha) X(isalnum) X(isspace) X(isupper) X(islower) X(istitle)        \
  X(isidentifier) X(isprintable) X(isascii) X(center) X(ljust) X(rjust) X(zfill)        \
  X(expandtabs) X(partition) X(rpartition) X(encode) X(removeprefix) X(removesuffix)    \
  X(translate) X(format) X(format_map) X(__format__)
#define HOTPY_DECLARE_STR_METHOD(name) \
  Value method_##name(const Value* args, size_t nargs, KwNames* kw);
HOTPY_STR_METHODS(HOTPY_DECLARE_STR_METHOD)
#undef HOTPY_DECLARE_STR_METHOD
// str.maketrans is a staticmethod: no self.
Value method_maketrans(const Value* args, size_t nargs, KwNames* kw);

// Resolves optional start/end arguments (None or __index__ ints, negative counts from
// the end, clamped) against `length`, like CPython's slice-argument parsing; false +
// TypeError "slice indices must be integers or None or have an __index__ method".
bool parse_bounds(const Value& start, const Value& end, int64_t length, int64_t* out_start,
                  int64_t* out_end);

// Byte offset <-> code-point index within `s`.
size_t cp_to_byte(const StrObject* s, int64_t index);
int64_t byte_to_cp(const StrObject* s, size_t offset);

// A str made of the code points [start, stop) of `s` (0 <= start <= stop <= len).
Value substr(const StrObject* s, int64_t start, int64_t stop);
// The same text as `s`, as an exact str (s itself when it already is one).
Value exact_str(const Value& s);

// Arity checks, each with the wording CPython uses for that family of methods; `n`
// counts the arguments after self.
//   check_noargs("str.upper()")       "str.upper() takes no arguments (1 given)"
//   check_onearg("str.join()")        "str.join() takes exactly one argument (0 given)"
//   check_clinic("center", "str.center()", .., 1, 2)
//                                     "center expected at least 1 argument, got 0"
//   check_oldstyle("find", "str.find()", .., 1, 3)
//                                     "find() takes at least 1 argument (0 given)"
// Keywords are refused with "<qualname> takes no keyword arguments".
bool check_noargs(const char* qualname, size_t n, KwNames* kw);
bool check_onearg(const char* qualname, size_t n, KwNames* kw);
bool check_clinic(const char* name, const char* qualname, size_t n, KwNames* kw, size_t min,
                  size_t max);
bool check_oldstyle(const char* name, const char* qualname, size_t n, KwNames* kw, size_t min,
                    size_t max);
// Binds positional-or-keyword parameters `names` of method `name` from args[0..n)
// (after self) and the keywords; absent ones stay Null. Messages as CPython's
// "split() takes at most 2 arguments (3 given)", "'x' is an invalid keyword argument
// for split()", "argument for split() given by name ('sep') and position (1)".
bool bind_method_args(const char* name, const Value* args, size_t n, KwNames* kw,
                      std::initializer_list<const char*> names, Value* out);
// An int argument (or __index__), with CPython's
// "'str' object cannot be interpreted as an integer"; false on error.
bool int_arg(const Value& v, int64_t* out);

// Code point -> "\xe9" / "\u20ac" / "\U0001f600" (lowercase hex, as CPython).
void append_escaped_cp(std::string& out, uint32_t cp);

}  // namespace hotpy::str_impl
