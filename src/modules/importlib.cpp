// The importlib module: the import system's functions for programs.
#include "eval/eval.h"
#include "modules/import.h"
#include "modules/modules_state.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

// import_module(name, package=None): the module itself, not the top-level package.
static Value importlib_import_module(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("import_module", args, nargs, kw, {"name", "package"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "import_module() missing required argument 'name' (pos 1)");
  if (!is_str(a[0])) return raise(&TypeErrorType, "module name must be str");
  std::string name = as_str(a[0])->m_data;
  int level = 0;
  while (level < int(name.size()) && name[level] == '.') level++;
  DictObject* globals = nullptr;
  Value holder;
  if (level > 0) {
    if (a[1].is_null() || a[1].is_none())
      return raise(&TypeErrorType, format("the 'package' argument is required to perform a relative import for %s",
                                          repr_text(a[0]).c_str()));
    holder = new_dict();
    globals = as_dict(holder);
    dict_set_str(globals, intern("__package__"), a[1]);
  }
  Value fromlist = new_tuple({interned("__name__")});
  return import_module_level(intern(name.substr(level)), globals, fromlist, level);
}

// Nothing is cached between imports (every import looks at the file system).
static Value importlib_invalidate_caches(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("invalidate_caches", nargs, 0, 0)) return Value();
  return Value::none();
}

// _find_spec(name, path=None): the spec the import statement would use for `name` (a
// namespace like __spec__), or None; importlib.util.find_spec builds on it.
static Value importlib_find_spec(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("_find_spec", args, nargs, kw, {"name", "path"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "_find_spec() missing required argument 'name' (pos 1)");
  if (!is_str(a[0])) return raise(&TypeErrorType, "module name must be str");
  std::string name = as_str(a[0])->m_data;
  Value search = a[1].is_null() || a[1].is_none() ? search_path_for(name) : a[1];
  if (search.is_null()) return search;
  ModuleSpec spec;
  if (!find_spec(name, search, &spec)) {
    if (!error_matches(&ModuleNotFoundErrorType)) return Value();
    clear_error();
    return Value::none();
  }
  return spec_namespace(spec);
}

Value init_importlib_module() {
  Value m = new_module("importlib");
  // importlib.reload is the builtin reload itself (one implementation, one object).
  module_add(m.as<ModuleObject>(), "reload", dict_get_str(builtins_dict(), intern("reload")));
  module_add_functions(m.as<ModuleObject>(), {{"import_module", importlib_import_module},
                                              {"invalidate_caches", importlib_invalidate_caches},
                                              {"_find_spec", importlib_find_spec}});
  // A package whose submodules (machinery, util, abc) are Python files shipped with hotpy.
  const std::string& dir = modules_state().stdlib_dir;
  if (!dir.empty()) module_add(m.as<ModuleObject>(), "__path__", new_list({new_str(dir + "/importlib")}));
  return m;
}

}  // namespace hotpy
