// Shared by the sys module's files (sys.cpp, sys_extras.cpp); others use sys.h.
#pragma once
#include <vector>

#include "objects/module.h"
#include "objects/object.h"

namespace hotpy {

// Struct sequences: tuples whose items also have names (sys.version_info.major),
// with CPython's repr "sys.version_info(major=3, minor=11, ...)". At most 18 fields.
void ready_struct_seq(TypeObject* t, const char* short_name, std::vector<const char*> fields);
Value make_struct_seq(TypeObject* t, std::vector<Value> items);

// sys_extras.cpp: the rest of CPython's sys (hash_info, settrace, audit...).
void ready_sys_extra_types();
void add_sys_extras(ModuleObject* sys);
// sys.orig_argv from sys.argv (again when the CLI sets argv).
void set_orig_argv(ModuleObject* sys);

}  // namespace hotpy
