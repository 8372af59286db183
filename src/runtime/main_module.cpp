// `hotpy -m name` and a folder given as the script: finding the module that runs as
// __main__, with the messages of CPython's runpy (_run_module_as_main,
// _get_module_details, _get_main_module_details).
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

#include "runtime/runtime.h"
#include "eval/config.h"
#include "eval/eval.h"
#include "modules/import.h"
#include "modules/io.h"
#include "modules/native.h"
#include "modules/sys.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/str.h"

namespace hotpy {

int main_module_error(const std::string& message) {
  flush_std_streams();
  Value exe = sys_get(intern("executable"));
  std::string name = is_str(exe) ? as_str(exe)->m_data : runtime_config().program_name;
  fprintf(stderr, "%s: %s\n", name.c_str(), message.c_str());
  return 1;
}

namespace {

// The outcome of a search: found, a message for main_module_error, or an exception
// pending (printed as a traceback: the code of a parent package failed).
enum class Found { Yes, Message, Raised };

// importlib.util.find_spec's failures become runpy's "Error while finding module
// specification" message.
Found spec_error(const std::string& name, const char* type, const std::string& what, std::string* message) {
  *message = format("Error while finding module specification for '%s' (%s: %s)", name.c_str(), type, what.c_str());
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".py") == 0) {
    std::string bare = name.substr(0, name.size() - 3);
    *message += format(". Try using '%s' instead of '%s' as the module name.", bare.c_str(), name.c_str());
  }
  return Found::Message;
}

// The spec of a module already in sys.modules, from its __spec__ namespace.
Found cached_spec(const std::string& name, const Value& module, ModuleSpec* spec, std::string* message) {
  Value s = get_attr_opt(module, intern("__spec__"));
  clear_error();
  if (find_native_module(name)) {
    *message = "No code object available for " + name;
    return Found::Message;
  }
  if (s.is_null() || s.is_none())
    return spec_error(name, "ValueError", name + ".__spec__ is None", message);
  Value origin = get_attr_opt(s, intern("origin"));
  Value locations = get_attr_opt(s, intern("submodule_search_locations"));
  clear_error();
  if (!is_str(origin) || as_str(origin)->m_data == "built-in") {
    *message = "No code object available for " + name;
    return Found::Message;
  }
  *spec = spec_from_file(name, as_str(origin)->m_data);
  spec->is_package = !locations.is_null() && !locations.is_none();
  return Found::Yes;
}

// runpy._get_module_details: imports the parent packages, then finds `name` (a package
// stands for its __main__ submodule).
Found module_details(const std::string& name, ModuleSpec* spec, std::string* message) {
  if (!name.empty() && name[0] == '.') {
    *message = "Relative module names not supported";
    return Found::Message;
  }
  size_t dot = name.rfind('.');
  std::string parent = dot == std::string::npos ? "" : name.substr(0, dot);
  std::string parent_error;  // why the parent could not be imported
  if (!parent.empty()) {
    Value m = import_module_level(intern(parent), nullptr, Value(), 0);
    if (m.is_null()) {
      // A missing parent is reported below as the finder's error; any other failure of
      // the parent's code is the program's own error.
      if (!error_matches(&ImportErrorType)) return Found::Raised;
      Value exc = fetch_error();
      Value missing = get_attr_opt(exc, intern("name"));
      clear_error();
      std::string missing_name = is_str(missing) ? as_str(missing)->m_data : "";
      if (!is_str(missing) || (missing_name != parent && parent.rfind(missing_name + ".", 0) != 0)) {
        ts->exc = exc;
        return Found::Raised;
      }
      parent_error = str_text(exc);
      clear_error();
    }
  }
  Value cached = dict_get(sys_modules(), new_str(name));
  clear_error();
  Found found = Found::Yes;
  if (!cached.is_null()) {
    found = cached_spec(name, cached, spec, message);
  } else {
    Value search;
    if (!parent.empty()) {
      Value parent_module = dict_get(sys_modules(), new_str(parent));
      clear_error();
      if (parent_module.is_null()) return spec_error(name, "ModuleNotFoundError", parent_error, message);
      search = get_attr_opt(parent_module, intern("__path__"));
      clear_error();
      if (search.is_null())
        return spec_error(name, "ModuleNotFoundError",
                          format("__path__ attribute not found on '%s' while trying to find '%s'", parent.c_str(),
                                 name.c_str()),
                          message);
    } else {
      search = Value::borrow(sys_path());
    }
    if (!find_spec(name, search, spec)) {
      clear_error();
      *message = "No module named " + name;
      return Found::Message;
    }
    if (spec->native) {
      *message = "No code object available for " + name;
      return Found::Message;
    }
  }
  if (found != Found::Yes || !spec->is_package) return found;
  if (name == "__main__" || (name.size() > 9 && name.compare(name.size() - 9, 9, ".__main__") == 0)) {
    *message = "Cannot use package as __main__ module";
    return Found::Message;
  }
  found = module_details(name + ".__main__", spec, message);
  if (found == Found::Message && dict_contains(sys_modules(), new_str(name)) > 0)
    *message += "; '" + name + "' is a package and cannot be directly executed";
  if (found != Found::Raised) clear_error();
  return found;
}

// Runs the module the spec names as __main__ (runpy._run_module_code): its __spec__,
// __package__ and __file__ are the module's, its __name__ is "__main__", and its loader
// runs it as import would (CPython's -m compiles it as a string, not as a script file).
int run_spec_as_main(const ModuleSpec& spec) {
  Value main = main_module();
  DictObject* globals = main.as<ModuleObject>()->m_dict;
  init_module_attrs(main, spec);
  dict_set_str(globals, intern("__name__"), interned("__main__"));
  // runpy's __cached__ is the spec's: None, as hotpy writes no bytecode (its
  // sys.implementation.cache_tag is None).
  dict_set_str(globals, intern("__cached__"), Value::none());
  int status = 0;
  if (!exec_module(main, spec)) status = handle_uncaught(fetch_error());
  end_print_statements();
  flush_std_streams();
  return status;
}

}  // namespace

int run_main_module(const std::string& name, const std::vector<std::string>& argv) {
  char cwd[PATH_MAX];
  init_runtime(argv, getcwd(cwd, sizeof cwd) ? cwd : ".");
  main_globals();  // __main__ is in sys.modules while the search runs, as in CPython
  ModuleSpec spec;
  std::string message;
  Found found = module_details(name, &spec, &message);
  if (found == Found::Message) return main_module_error(message);
  if (found == Found::Raised) return handle_uncaught(fetch_error());
  // sys.argv[0] is the file that runs, as runpy sets it.
  std::vector<std::string> args = argv;
  if (!args.empty()) args[0] = spec.origin;
  sys_set_argv(args);
  return run_spec_as_main(spec);
}

int run_main_folder(const std::string& path, const std::vector<std::string>& argv) {
  // CPython shows the folder joined to the current one, as typed (not normalised), and
  // puts it first on sys.path even under -P.
  std::string shown = joined_to_cwd(path);
  init_runtime(argv, shown);
  ListObject* sys_path_list = sys_path();
  if (runtime_config().safe_path) sys_path_list->m_items.insert(sys_path_list->m_items.begin(), new_str(shown));
  ModuleSpec spec =
      spec_from_file("__main__", shown + (shown.back() == '/' ? "" : "/") + "__main__.py");
  struct stat st;
  bool here = stat(spec.origin.c_str(), &st) == 0 && S_ISREG(st.st_mode);
  // As runpy, the rest of sys.path is searched too when the folder has no __main__.py.
  if (!here && (!find_spec("__main__", Value::borrow(sys_path_list), &spec) || spec.is_package)) {
    clear_error();
    return main_module_error("can't find '__main__' module in '" + shown + "'");
  }
  return run_spec_as_main(spec);
}

}  // namespace hotpy
