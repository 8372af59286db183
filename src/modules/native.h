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
  // A module an embedding host made (add_native_module): imported as it is.
  Object* made = nullptr;
  Value create() const { return made ? Value::borrow(made) : init(); }
};
// Entry for `name`, or null.
const NativeModule* find_native_module(std::string_view name);
// Every name in the table, in table order (sys.builtin_module_names).
std::vector<const char*> native_module_names();

// An embedding host's module (hotpy::Interpreter::add_module): found by the importer
// like the table's rows, after them. Replaces an earlier one of the same name.
void add_native_module(std::string_view name, const Value& module);
// Drops the host's modules (before finalization, so that their objects are freed).
void clear_native_modules();

// Adds native functions (no self) to a module's namespace.
void module_add_functions(ModuleObject* m, std::initializer_list<MethodDef> fns);
void module_add(ModuleObject* m, const char* name, Value v);

// The builtins module is made by src/builtins/ (a later stage), which registers it
// here so that `import builtins` finds it even after sys.modules was cleared.
void register_builtins_module(const Value& module);

Value init_sys_module();   // modules/sys.cpp
Value init_math_module();  // modules/math.cpp
Value init_cmath_module();  // modules/cmath.cpp
Value init_time_module();       // modules/time.cpp
Value init_importlib_module();  // modules/importlib.cpp
Value init_gc_module();         // modules/gc_module.cpp
Value init_weakref_module();    // modules/weakref_module.cpp: _weakref
Value init_atexit_module();     // modules/atexit_module.cpp
Value init_signal_module();     // modules/signal_module.cpp
// _struct, binascii, _random, _sha512, _string, _json, _bisect, _heapq
Value init_random_module();  // modules/random_module.cpp: _random
Value init_sha512_module();  // modules/sha512_module.cpp: _sha512
Value init_struct_module();  // modules/struct_module.cpp: _struct
Value init_binascii_module();  // modules/binascii_module.cpp
Value init_string_module();    // modules/string_module.cpp: _string
Value init_json_module();      // modules/json_module.cpp + json_encoder.cpp: _json
Value init_bisect_module();    // modules/bisect_module.cpp: _bisect
Value init_heapq_module();     // modules/heapq_module.cpp: _heapq
// itertools, _collections, _functools, operator and _operator (the same functions).
Value init_itertools_module();    // modules/itertools_module.cpp
Value init_collections_module();  // modules/collections_module.cpp
Value init_functools_module();    // modules/functools_module.cpp
Value init_operator_module();     // modules/operator_module.cpp
Value init_underscore_operator_module();  // _operator: operator plus _compare_digest
Value init_posix_module();      // modules/posix_module.cpp, posix_fs.cpp
Value init_errno_module();      // modules/errno_module.cpp
Value init_stat_module();       // modules/stat_module.cpp: _stat
Value init_re_module();         // modules/re_module.cpp (and re_*.cpp): re over PCRE2
// _thread, _codecs, _io:
Value init_thread_module();  // modules/thread_module.cpp: _thread
Value init_codecs_module();  // modules/codecs_module.cpp, codecs_unicode.cpp: _codecs
Value init_underscore_io_module();  // modules/io_methods.cpp: _io (io is stdlib/io.py)
// Runs the running interpreter's atexit handlers, last registered first (an error in
// one is reported, and the others still run), then forgets them all.
void run_atexit_callbacks();

}  // namespace hotpy
