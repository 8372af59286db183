// reload(module), importlib.reload's steps: type check, identity check against
// sys.modules, recursion guard, find the spec again, reset the dunders from it, let its
// loader run the new code in the module's existing dict (exec_module, as import does),
// and return sys.modules[name].
#include <unordered_set>

#include "modules/import.h"
#include "modules/modules_state.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/ops.h"

namespace hotpy {

// The module's name as its spec knows it, else __name__.
static bool module_name(const Value& module, std::string* out) {
  DictObject* d = module.as<ModuleObject>()->m_dict;
  Value spec = dict_get_str(d, intern("__spec__"));
  Value name = spec.is_null() || spec.is_none() ? Value() : get_attr_opt(spec, intern("name"));
  if (name.is_null()) {
    clear_error();
    name = dict_get_str(d, intern("__name__"));
  }
  if (!is_str(name)) {
    raise(&AttributeErrorType, "module has no attribute '__name__'");
    return false;
  }
  *out = as_str(name)->m_data;
  return true;
}

static Value reload_found(const Value& module, const std::string& name) {
  Value search = search_path_for(name);
  if (search.is_null()) return search;
  ModuleSpec spec;
  if (!find_spec(name, search, &spec)) {
    if (!error_matches(&ModuleNotFoundErrorType)) return Value();
    clear_error();
    return raise_import_error(&ModuleNotFoundErrorType,
                              format("spec not found for the module '%s'", name.c_str()), name);
  }
  // importlib's _exec: the spec's attributes first (override), then the loader runs the
  // code again in the module's namespace. A failure part-way (a SyntaxError too) keeps
  // what ran so far; the module stays cached.
  init_module_attrs(module, spec);
  if (!exec_module(module, spec)) return Value();
  Value cached = dict_get(sys_modules(), new_str(name));
  return cached.is_null()
             ? raise_import_error(&ImportErrorType,
                                  format("module %s not in sys.modules", name.c_str()), name)
             : cached;
}

bool reload_target(const Value& module, std::string* name) {
  if (!is_module(module)) {
    raise(&TypeErrorType, "reload() argument must be a module");
    return false;
  }
  if (!module_name(module, name)) return false;
  Value cached = dict_get(sys_modules(), new_str(*name));
  if (!cached.is(module)) {
    if (!error_pending())
      raise_import_error(&ImportErrorType, format("module %s not in sys.modules", name->c_str()), *name);
    return false;
  }
  return true;
}

Value reload_named(const Value& module, const std::string& name) {
  if (modules_state().reloading.count(name)) return module;
  modules_state().reloading.insert(name);
  Value result = reload_found(module, name);
  modules_state().reloading.erase(name);
  return result;
}

Value reload_module(const Value& module) {
  std::string name;
  return reload_target(module, &name) ? reload_named(module, name) : Value();
}

}  // namespace hotpy
