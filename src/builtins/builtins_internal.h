// The builtins module is filled by one function per file, each adding its group of
// builtin functions (builtins.cpp calls them in order).
#pragma once
#include "objects/module.h"

namespace hotpy {

void add_core_builtins(ModuleObject* m);
void add_async_builtins(ModuleObject* m);  // builtins_async.cpp: aiter, anext  // builtins_core.cpp: len, abs, chr, getattr, iter, next...
void add_seq_builtins(ModuleObject* m);   // builtins_seq.cpp: sorted, min, max, sum, any, all
void add_ns_builtins(ModuleObject* m);
void add_site_builtins(ModuleObject* m);  // builtins_site.cpp: exit, quit, help, copyright, credits, license    // builtins_ns.cpp: globals, locals, vars, dir, eval, exec, __import__

// Arity check with the wording of CPython's builtins: "len() takes exactly one
// argument (2 given)" for one-argument functions, "divmod expected 2 arguments, got 1"
// for other fixed counts, and check_nargs' "expected at least/at most" otherwise.
bool builtin_arity_error(const char* name, size_t nargs, size_t min, size_t max);
inline bool builtin_arity(const char* name, size_t nargs, size_t min, size_t max) {
  return (nargs >= min && nargs <= max) || builtin_arity_error(name, nargs, min, max);
}

// The keyword arguments of a call, one name at a time: `names` lists the accepted
// ones; an unknown name raises "'x' is an invalid keyword argument for f()".
// out[i] receives the value of names[i] (Null when absent).
bool parse_keywords(const char* fname, const Value* args, size_t nargs, KwNames* kw,
                    std::initializer_list<const char*> names, Value* out);

}  // namespace hotpy
