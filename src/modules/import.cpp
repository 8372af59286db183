// The import statement: resolve the name, check the cache (sys.modules), find the
// module (native table first, then sys.path or the parent package's __path__),
// register it before running its code, and take it out again if the code raises.
#include "modules/import.h"

#include <sys/stat.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <unordered_set>

#include "eval/config.h"
#include "eval/eval.h"
#include "eval/importer.h"
#include "modules/hotreload.h"
#include "modules/io.h"
#include "modules/modules_state.h"
#include "modules/native.h"
#include "modules/sys.h"
#include "objects/instance.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/object_reduce.h"
#include "objects/ops.h"
#include "objects/tuple.h"
#include "parse/source_file.h"
#include "resolve/compile.h"

namespace hotpy {

// Modules whose code is running now: a from-import of a missing name from one of
// them is most likely a circular import.

static bool is_file(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

static std::string absolute(const std::string& p) {
  char buf[PATH_MAX];
  if (realpath(p.c_str(), buf)) return buf;
  return p;
}

Value raise_import_error(TypeObject* type, const std::string& message, const std::string& name) {
  Value exc = new_exception(type, message);
  auto* e = as_exception(exc);
  e->m_dict = new DictObject();
  dict_set_str(e->m_dict, intern("name"), new_str(name));
  dict_set_str(e->m_dict, intern("path"), Value::none());
  return raise_value(exc);
}

static Value module_not_found(const std::string& name, const std::string& message) {
  return raise_import_error(&ModuleNotFoundErrorType, message, name);
}

ModuleSpec spec_from_file(const std::string& name, const std::string& path) {
  ModuleSpec spec;
  spec.name = name;
  spec.origin = path;
  spec.loader = &kSourceFileLoader;
  return spec;
}

bool find_spec(const std::string& name, const Value& search, ModuleSpec* spec) {
  spec->name = name;
  size_t dot = name.rfind('.');
  if (dot == std::string::npos) {
    if (const NativeModule* nm = find_native_module(name)) {
      spec->native = nm;
      spec->loader = &kBuiltinLoader;
      return true;
    }
  }
  std::string leaf = dot == std::string::npos ? name : name.substr(dot + 1);
  std::vector<Value> dirs;
  if (!search.is_null() && !collect_iterable(search, dirs)) return false;
  for (const Value& d : dirs) {
    if (!is_str(d)) continue;
    std::string dir = as_str(d)->m_data;
    if (dir.empty()) dir = ".";
    std::string pkg_init = dir + "/" + leaf + "/__init__.py";
    std::string file = dir + "/" + leaf + ".py";
    spec->is_package = is_file(pkg_init);
    if (!spec->is_package && !is_file(file)) continue;
    spec->origin = absolute(spec->is_package ? pkg_init : file);
    spec->loader = &kSourceFileLoader;
    return true;
  }
  module_not_found(name, format("No module named '%s'", name.c_str()));
  return false;
}

Value search_path_for(const std::string& name) {
  size_t dot = name.rfind('.');
  if (dot == std::string::npos) {
    // The interpreter's own sys, as CPython's path finder uses it: sys.modules may
    // have been cleared, and `sys.path` rebound or deleted (an AttributeError then).
    Value sys = sys_module();
    return sys.is_null() ? sys : get_attr(sys, intern("path"));
  }
  std::string parent_name = name.substr(0, dot);
  Value parent = dict_get(sys_modules(), new_str(parent_name));
  if (parent.is_null()) {
    if (error_pending()) return Value();
    Value exc = new_exception(&ImportErrorType, format("parent %s not in sys.modules", repr_text(new_str(parent_name)).c_str()));
    return raise_value(exc);
  }
  Value search = get_attr_opt(parent, intern("__path__"));
  if (search.is_null() && !error_pending())
    return raise_value(new_exception(&ModuleNotFoundErrorType, format("No module named '%s'; '%s' is not a package",
                                                                      name.c_str(), parent_name.c_str())));
  return search;
}

Value spec_namespace(const ModuleSpec& spec) {
  size_t dot = spec.name.rfind('.');
  std::string package = spec.is_package ? spec.name : (dot == std::string::npos ? "" : spec.name.substr(0, dot));
  Value ns = Value::steal(new InstanceObject(&SimpleNamespaceType));
  DictObject* sd = new DictObject();
  ns.as<InstanceObject>()->m_dict = sd;
  dict_set_str(sd, intern("name"), new_str(spec.name));
  dict_set_str(sd, intern("origin"), spec.native ? interned("built-in") : new_str(spec.origin));
  dict_set_str(sd, intern("parent"), new_str(package));
  dict_set_str(sd, intern("has_location"), Value::boolean(!spec.native));
  Value loader = spec.loader->object(spec);
  if (loader.is_null()) {
    clear_error();
    loader = Value::none();
  }
  dict_set_str(sd, intern("loader"), loader);
  // No bytecode is written or read: sys.implementation.cache_tag is None.
  dict_set_str(sd, intern("cached"), Value::none());
  Value locations = Value::none();
  if (!spec.native && spec.is_package)
    locations = new_list({new_str(spec.origin.substr(0, spec.origin.rfind('/')))});
  dict_set_str(sd, intern("submodule_search_locations"), locations);
  return ns;
}

void init_module_attrs(const Value& module, const ModuleSpec& spec) {
  DictObject* md = module.as<ModuleObject>()->m_dict;
  Value ns = spec_namespace(spec);
  DictObject* sd = ns.as<InstanceObject>()->m_dict;
  dict_set_str(md, intern("__name__"), new_str(spec.name));
  dict_set_str(md, intern("__package__"), dict_get_str(sd, intern("parent")));
  dict_set_str(md, intern("__loader__"), dict_get_str(sd, intern("loader")));
  if (!spec.native) {
    dict_set_str(md, intern("__file__"), new_str(spec.origin));
    if (spec.is_package) dict_set_str(md, intern("__path__"), dict_get_str(sd, intern("submodule_search_locations")));
  }
  dict_set_str(md, intern("__spec__"), ns);
}

// importlib's _load: makes the module, registers it in sys.modules before its code
// runs, and takes it out again if the code raises.
static Value load_module(const ModuleSpec& spec) {
  Value module = module_from_spec(spec);
  if (module.is_null()) return module;
  Value key = new_str(spec.name);
  if (dict_set(sys_modules(), key, module) < 0) return Value();
  modules_state().initializing.insert(spec.name);
  record_first_import(spec.name);
  bool ok = exec_module(module, spec);
  modules_state().initializing.erase(spec.name);
  if (!ok) {
    // A failed first import leaves nothing behind: the next import runs it again.
    Value saved = fetch_error();
    if (dict_contains(sys_modules(), key) > 0) dict_del(sys_modules(), key);
    clear_error();
    ts->exc = saved;
    return Value();
  }
  if (runtime_config().verbose)
    import_verbose("import '" + spec.name + "' # " + spec.loader->description);
  // The module may have replaced itself in sys.modules.
  Value cached = dict_get(sys_modules(), key);
  return cached.is_null() ? module : cached;
}

Value run_path(const std::string& path, const std::string& run_name) {
  ModuleSpec spec = spec_from_file(run_name, path);
  Value module = spec.loader->create_module(spec);
  if (module.is_null()) return module;
  DictObject* md = module.as<ModuleObject>()->m_dict;
  size_t dot = run_name.rfind('.');
  dict_set_str(md, intern("__file__"), new_str(path));
  dict_set_str(md, intern("__cached__"), Value::none());
  dict_set_str(md, intern("__loader__"), Value::none());
  dict_set_str(md, intern("__package__"),
               new_str(dot == std::string::npos ? "" : run_name.substr(0, dot)));
  dict_set_str(md, intern("__spec__"), Value::none());
  // runpy's _TempModule: the module is sys.modules[run_name] only while it runs.
  Value key = new_str(run_name);
  Value previous = dict_get(sys_modules(), key);
  if (error_pending() || dict_set(sys_modules(), key, module) < 0) return Value();
  bool ok = exec_module(module, spec);
  Value exc = ok ? Value() : fetch_error();
  if (!previous.is_null()) {
    dict_set(sys_modules(), key, previous);
  } else if (dict_contains(sys_modules(), key) > 0) {
    dict_del(sys_modules(), key);
  }
  clear_error();
  ts->exc = exc;  // pending again as it was: the code's error, or none
  return ok ? module : Value();
}

// Imports one fully qualified module whose parent (if any) is already imported.
static Value import_one(const std::string& name) {
  Value key = new_str(name);
  Value cached = dict_get(sys_modules(), key);
  if (cached.is_none()) {
    // A None entry blocks the import (a common way to hide an optional module).
    return module_not_found(name, format("import of %s halted; None in sys.modules", name.c_str()));
  }
  if (!cached.is_null()) return cached;
  if (error_pending()) return Value();
  // Native modules are found before sys.path is read, as CPython's BuiltinImporter
  // comes before its PathFinder.
  Value search;
  if (name.find('.') != std::string::npos || !find_native_module(name)) {
    search = search_path_for(name);
    if (search.is_null()) return search;
  }
  ModuleSpec spec;
  if (!find_spec(name, search, &spec)) return Value();
  Value m = load_module(spec);
  if (m.is_null()) return m;
  size_t dot = name.rfind('.');
  if (dot != std::string::npos) {
    // A submodule becomes an attribute of its parent package.
    Value parent = dict_get(sys_modules(), new_str(name.substr(0, dot)));
    if (!parent.is_null() && set_attr(parent, intern(name.substr(dot + 1)), m) < 0) return Value();
  }
  return m;
}

// The absolute name of a relative import from the module whose globals are given.
static bool resolve_relative(const std::string& name, DictObject* globals, int level, std::string& out) {
  Value pkg = globals ? dict_get_str(globals, intern("__package__")) : Value();
  std::string base;
  if (is_str(pkg)) {
    base = as_str(pkg)->m_data;
  } else {
    Value modname = globals ? dict_get_str(globals, intern("__name__")) : Value();
    if (is_str(modname)) {
      base = as_str(modname)->m_data;
      if (globals && dict_get_str(globals, intern("__path__")).is_null()) {
        size_t dot = base.rfind('.');
        base = dot == std::string::npos ? "" : base.substr(0, dot);
      }
    }
  }
  if (base.empty()) {
    raise(&ImportErrorType, "attempted relative import with no known parent package");
    return false;
  }
  for (int i = 1; i < level; i++) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      raise(&ImportErrorType, "attempted relative import beyond top-level package");
      return false;
    }
    base = base.substr(0, dot);
  }
  out = name.empty() ? base : base + "." + name;
  return true;
}

Value import_module_level(StrObject* name_obj, DictObject* globals, const Value& fromlist, int level) {
  std::string name = name_obj->m_data;
  if (level > 0) {
    if (!resolve_relative(name, globals, level, name)) return Value();
  } else if (name.empty()) {
    return raise(&ValueErrorType, "Empty module name");
  }
  // Import each package on the way down: a, a.b, a.b.c.
  Value module;
  size_t pos = 0;
  for (;;) {
    size_t dot = name.find('.', pos);
    module = import_one(name.substr(0, dot));
    if (module.is_null()) return module;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  // hotreload's dependents: every package on the way down is used by the importer.
  for (size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1))
    record_import(globals, name.substr(0, dot));
  record_import(globals, name);
  bool has_fromlist = !fromlist.is_null() && !fromlist.is_none() && truthy(fromlist) > 0;
  if (!has_fromlist) {
    if (level > 0 && name_obj->m_data.empty()) return module;
    size_t dot = name.find('.');
    if (dot == std::string::npos) return module;
    // `import a.b.c` evaluates to the top-level package.
    return dict_get(sys_modules(), new_str(level > 0 ? name : name.substr(0, dot)));
  }
  // `from package import submodule` imports the submodule when no attribute exists.
  if (!get_attr_opt(module, intern("__path__")).is_null()) {
    std::vector<Value> names;
    if (!collect_iterable(fromlist, names)) return Value();
    for (const Value& n : names) {
      if (!is_str(n) || as_str(n)->m_data == "*") continue;
      if (!get_attr_opt(module, as_str(n)).is_null()) continue;
      if (error_pending()) return Value();
      std::string full = name + "." + as_str(n)->m_data;
      Value sub = import_one(full);
      if (!sub.is_null()) record_import(globals, full);
      if (sub.is_null()) {
        if (!error_matches(&ModuleNotFoundErrorType)) return Value();
        // Only the submodule's own absence becomes "cannot import name"; a module
        // the submodule imports being missing is the error to report.
        Value exc = fetch_error();
        Value missing = get_attr_opt(exc, intern("name"));
        clear_error();
        if (!is_str(missing) || as_str(missing)->m_data != full) return throw_value(exc);  // passed on as raised
      }
    }
  }
  clear_error();
  return module;
}

Value import_from(const Value& module, StrObject* name) {
  Value v = get_attr_opt(module, name);
  if (!v.is_null() || error_pending()) return v;
  Value modname = get_attr_opt(module, intern("__name__"));
  clear_error();
  std::string mod = is_str(modname) ? as_str(modname)->m_data : "<unknown module name>";
  Value sub = dict_get(sys_modules(), new_str(mod + "." + name->m_data));
  if (!sub.is_null()) return sub;
  Value file = get_attr_opt(module, intern("__file__"));
  clear_error();
  std::string where = is_str(file) ? as_str(file)->m_data : "unknown location";
  std::string msg;
  if (modules_state().initializing.count(mod))
    msg = format("cannot import name '%s' from partially initialized module '%s' (most likely due to a circular "
                 "import) (%s)",
                 name->m_data.c_str(), mod.c_str(), where.c_str());
  else
    msg = format("cannot import name '%s' from '%s' (%s)", name->m_data.c_str(), mod.c_str(), where.c_str());
  Value exc = new_exception(&ImportErrorType, msg);
  auto* e = as_exception(exc);
  e->m_dict = new DictObject();
  dict_set_str(e->m_dict, intern("name"), new_str(mod));
  dict_set_str(e->m_dict, intern("path"), is_str(file) ? file : Value::none());
  return raise_value(exc);
}

static const Importer kImporter = {import_module_level, import_from, sys_get};

void install_import_system() {
  init_loader_types();
  install_importer(&kImporter);
  import_module_hook = [](const char* name) {
    return import_module_level(intern(name), nullptr, Value::none(), 0);
  };
}

}  // namespace hotpy
