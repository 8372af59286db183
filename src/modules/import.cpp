// The import statement: resolve the name, check the cache (sys.modules), find the
// module (native table first, then sys.path or the parent package's __path__),
// register it before running its code, and take it out again if the code raises.
#include "modules/import.h"

#include <sys/stat.h>

#include <climits>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "eval/eval.h"
#include "modules/native.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

// Modules whose code is running now: a from-import of a missing name from one of
// them is most likely a circular import.
static std::unordered_set<std::string> initializing;

static bool is_file(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

static std::string absolute(const std::string& p) {
  char buf[PATH_MAX];
  if (realpath(p.c_str(), buf)) return buf;
  return p;
}

static Value module_not_found(const std::string& name) {
  Value exc = new_exception(&ModuleNotFoundErrorType, format("No module named '%s'", name.c_str()));
  auto* e = as_exception(exc);
  e->m_dict = new DictObject();
  dict_set_str(e->m_dict, intern("name"), new_str(name));
  dict_set_str(e->m_dict, intern("path"), Value::none());
  return raise_value(exc);
}

static bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Runs a source file's code in `module`, which is already in sys.modules.
static bool exec_module_file(const Value& module, const std::string& name, const std::string& path) {
  std::string source;
  if (!read_file(path, source)) {
    raise(&OSErrorType, format("could not read '%s'", path.c_str()));
    return false;
  }
  auto unit = compile_source(std::move(source), path, ast::Mode::File);
  if (!unit) return false;
  initializing.insert(name);
  Value r = run_unit(unit, module.as<ModuleObject>()->m_dict);
  initializing.erase(name);
  return !r.is_null();
}

// Finds `name` (its last component `leaf`) in the directories `search` and loads it.
static Value load_from_path(const std::string& name, const std::string& leaf, const Value& search) {
  std::vector<Value> dirs;
  if (!search.is_null() && !collect_iterable(search, dirs)) return Value();
  for (const Value& d : dirs) {
    if (!is_str(d)) continue;
    std::string dir = as_str(d)->m_data;
    if (dir.empty()) dir = ".";
    std::string pkg_init = dir + "/" + leaf + "/__init__.py";
    std::string file = dir + "/" + leaf + ".py";
    bool is_pkg = is_file(pkg_init);
    if (!is_pkg && !is_file(file)) continue;
    std::string path = absolute(is_pkg ? pkg_init : file);
    Value module = new_module(name);
    DictObject* md = module.as<ModuleObject>()->m_dict;
    dict_set_str(md, intern("__file__"), new_str(path));
    size_t dot = name.rfind('.');
    dict_set_str(md, intern("__package__"), new_str(is_pkg ? name : (dot == std::string::npos ? "" : name.substr(0, dot))));
    if (is_pkg) {
      std::string pkg_dir = path.substr(0, path.rfind('/'));
      dict_set_str(md, intern("__path__"), new_list({new_str(pkg_dir)}));
    }
    Value key = new_str(name);
    if (dict_set(sys_modules(), key, module) < 0) return Value();
    if (!exec_module_file(module, name, path)) {
      // A failed first import leaves nothing behind: the next import runs it again.
      Value saved = fetch_error();
      if (dict_contains(sys_modules(), key) > 0) dict_del(sys_modules(), key);
      clear_error();
      ts.exc = saved;
      return Value();
    }
    // The module may have replaced itself in sys.modules.
    Value cached = dict_get(sys_modules(), key);
    return cached.is_null() ? module : cached;
  }
  return module_not_found(name);
}

// Imports one fully qualified module whose parent (if any) is already imported.
static Value import_one(const std::string& name) {
  Value key = new_str(name);
  Value cached = dict_get(sys_modules(), key);
  if (!cached.is_null()) return cached;
  if (error_pending()) return Value();
  size_t dot = name.rfind('.');
  if (dot == std::string::npos) {
    if (const NativeModule* nm = find_native_module(name)) {
      Value m = nm->init();
      if (m.is_null() || dict_set(sys_modules(), key, m) < 0) return Value();
      return m;
    }
    Value sys = dict_get_str(sys_modules(), intern("sys"));
    Value path = sys.is_null() ? Value() : get_attr(sys, intern("path"));
    if (path.is_null()) return Value();
    return load_from_path(name, name, path);
  }
  std::string parent_name = name.substr(0, dot);
  Value parent = dict_get(sys_modules(), new_str(parent_name));
  if (parent.is_null()) return module_not_found(name);
  Value search = get_attr_opt(parent, intern("__path__"));
  if (search.is_null()) {
    if (error_pending()) return Value();
    Value exc = new_exception(&ModuleNotFoundErrorType,
                              format("No module named '%s'; '%s' is not a package", name.c_str(), parent_name.c_str()));
    return raise_value(exc);
  }
  Value m = load_from_path(name, name.substr(dot + 1), search);
  if (m.is_null()) return m;
  // A submodule becomes an attribute of its parent package.
  if (set_attr(parent, intern(name.substr(dot + 1)), m) < 0) return Value();
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
      Value sub = import_one(name + "." + as_str(n)->m_data);
      if (sub.is_null()) {
        if (!error_matches(&ModuleNotFoundErrorType)) return Value();
        clear_error();  // reported by the from-import as "cannot import name"
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
  if (initializing.count(mod))
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

}  // namespace hotpy
