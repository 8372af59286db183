// Argument checking for native functions, with CPython's messages.
#pragma once
#include <initializer_list>

#include "objects/object.h"

namespace hotpy {

// "f() takes no keyword arguments"; false (+TypeError) when kw is non-empty.
bool no_keywords_slow(const char* fname, KwNames* kw);
inline bool no_keywords(const char* fname, KwNames* kw) { return !kw || no_keywords_slow(fname, kw); }
// Checks min <= nargs <= max with CPython's wording, e.g.
// "len() takes exactly one argument (2 given)", "f() takes at most 2 arguments (3 given)",
// "f expected at least 1 argument, got 0" (style chosen by `fname` ending in "()" or not).
bool check_nargs(const char* fname, size_t nargs, size_t min, size_t max);
// Binds positional and keyword arguments to `names` (out[i] stays Null when absent).
// Positional arguments fill names in order up to `max_positional`. Raises CPython's
// "f() got an unexpected keyword argument 'x'" / "takes at most N arguments".
bool bind_args(const char* fname, const Value* args, size_t nargs, KwNames* kw,
               std::initializer_list<const char*> names, size_t max_positional, Value* out);

}  // namespace hotpy
