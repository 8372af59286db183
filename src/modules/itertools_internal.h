// What the itertools files share: the readying of an iterator type and the
// registration of each file's types in the module.
#pragma once
#include <initializer_list>

#include "modules/native.h"
#include "modules/native_base.h"
#include "objects/iter.h"

namespace hotpy {

// tp_new, tp_iter (itself), tp_next, generic attributes, subclassable; __module__
// "itertools".
void ready_itertools_iter(TypeObject* t, const char* name,
                          Value (*make)(TypeObject*, const Value*, size_t, KwNames*), Value (*next)(const Value&),
                          std::initializer_list<MethodDef> methods = {});
// "T() takes no keyword arguments", only for the exact type (CPython lets a
// subclass's __init__ take keywords).
bool itertools_no_keywords(TypeObject* type, TypeObject* base, KwNames* kw);

void ready_group_tee_types();              // itertools_group_tee.cpp
void add_group_tee_types(ModuleObject* m);
void ready_combinatoric_types();           // itertools_combinatorics.cpp
void add_combinatoric_types(ModuleObject* m);

}  // namespace hotpy
