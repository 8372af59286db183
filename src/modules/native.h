// The table of native modules (CPython's inittab): each entry makes its module.
// The finder consults it before sys.path.
#pragma once
#include <initializer_list>
#include <string_view>
#include <vector>

#include "objects/function.h"
#include "objects/module.h"

namespace hotpy {

using NativeModuleInit = Value (*)();  // a new module object, or Null
struct NativeModule {
  const char* name;
  NativeModuleInit init;
};
// Entry for `name`, or null.
const NativeModule* find_native_module(std::string_view name);
// Every name in the table, in table order (sys.builtin_module_names).
std::vector<const char*> native_module_names();

// Adds native functions (no self) to a module's namespace.
void module_add_functions(ModuleObject* m, std::initializer_list<MethodDef> fns);
void module_add(ModuleObject* m, const char* name, Value v);

// The builtins module is made by src/builtins/ (a later stage), which registers it
// here so that `import builtins` finds it even after sys.modules was cleared.
void register_builtins_module(const Value& module);

Value init_sys_module();   // modules/sys.cpp
Value init_math_module();  // modules/math.cpp
Value init_time_module();       // modules/time.cpp
Value init_importlib_module();  // modules/importlib.cpp

}  // namespace hotpy
