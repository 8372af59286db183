// The table of native modules (CPython's PyImport_Inittab): one {name, init} row per
// module written in C++. The importer's first finder looks names up here.
#include "modules/native.h"

#include <deque>
#include <string>

#include "modules/hotreload.h"
#include "modules/io.h"
#include "modules/modules_state.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

Value builtins_module() {
  const Value& m = modules_state().builtins_module;
  return m.is_null() ? raise(&ImportErrorType, "builtins is not initialised") : m;
}

// ORDER: none needed; the lead adds time and importlib rows here.
const NativeModule kNativeModules[] = {
    {"builtins", builtins_module},
    {"sys", init_sys_module},
    {"math", init_math_module},
    {"cmath", init_cmath_module},
    {"time", init_time_module},
    {"importlib", init_importlib_module},
    {"gc", init_gc_module},
    {"_weakref", init_weakref_module},
    {"atexit", init_atexit_module},
    {"_signal", init_signal_module},
    {"hotreload", init_hotreload_module},
    // _struct, binascii, _random, _sha512, _string, _json, _bisect, _heapq
    {"_random", init_random_module},
    {"_sha512", init_sha512_module},
    {"_struct", init_struct_module},
    {"binascii", init_binascii_module},
    {"_string", init_string_module},
    {"_json", init_json_module},
    {"_bisect", init_bisect_module},
    {"_heapq", init_heapq_module},
    // itertools, _collections, _functools, operator
    {"itertools", init_itertools_module},
    {"_collections", init_collections_module},
    {"_functools", init_functools_module},
    {"operator", init_operator_module},
    {"_operator", init_underscore_operator_module},
    {"posix", init_posix_module},
    {"errno", init_errno_module},
    {"_stat", init_stat_module},
    {"re", init_re_module},
    // _thread, _io, _codecs
    {"_thread", init_thread_module},
    {"_codecs", init_codecs_module},
    {"_io", init_underscore_io_module},
};

}  // namespace

void init_modules_state() { ts->modules = new ModulesState(); }

void free_modules_state() {
  ModulesState* m = ts->modules;
  if (!m) return;
  if (m->modules_dict) decref(m->modules_dict);
  if (m->path) decref(m->path);
  if (m->argv) decref(m->argv);
  for (FileObject* f : m->std_files)
    if (f) decref(f);
  free_hot_state();
  delete m;
  ts->modules = nullptr;
}

void add_native_module(std::string_view name, const Value& module) {
  auto& host_modules = modules_state().host_modules;
  for (HostModule& h : host_modules)
    if (h.name == name) {
      h.module = module;
      h.row.made = module.obj();
      return;
    }
  HostModule& h = host_modules.emplace_back();
  h.name = std::string(name);
  h.module = module;
  h.row = NativeModule{h.name.c_str(), nullptr, module.obj()};
}

void clear_native_modules() { modules_state().host_modules.clear(); }

void register_builtins_module(const Value& module) { modules_state().builtins_module = module; }

const NativeModule* find_native_module(std::string_view name) {
  for (const NativeModule& m : kNativeModules)
    if (name == m.name) return &m;
  for (const HostModule& h : modules_state().host_modules)
    if (name == h.name) return &h.row;
  return nullptr;
}

std::vector<const char*> native_module_names() {
  std::vector<const char*> names;
  for (const NativeModule& m : kNativeModules) names.push_back(m.name);
  for (const HostModule& h : modules_state().host_modules) names.push_back(h.name.c_str());
  return names;
}

void module_add_functions(ModuleObject* m, std::initializer_list<MethodDef> fns) {
  Value module_name = dict_get_str(m->m_dict, intern("__name__"));
  for (const MethodDef& f : fns) {
    Value fn = new_builtin(f.name, f.fn);
    fn.as<BuiltinFunctionObject>()->m_module = module_name;
    dict_set_str(m->m_dict, intern(f.name), fn);
  }
}

void module_add(ModuleObject* m, const char* name, Value v) { dict_set_str(m->m_dict, intern(name), std::move(v)); }

}  // namespace hotpy
