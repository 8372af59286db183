// The import system: the finder, the loaders, the import statement's entry points and
// reload.
#pragma once
#include <memory>
#include <string>

#include "ast/ast.h"
#include "objects/dict.h"

namespace hotpy {

struct NativeModule;
struct ModuleSpec;

// A loader (importlib's Loader protocol): makes the module a spec names and runs its
// code in it. Each spec carries its loader, and importing, reloading, running a script
// or `-m` as __main__, and a host's exec_file all run code through exec_module.
struct Loader {
  const char* description;  // -v: "import 'name' # <description>"
  // What programs see as the module's __loader__ and __spec__.loader.
  Value (*object)(const ModuleSpec& spec);
  // A new module for the spec (importlib's create_module); Null with the error raised.
  Value (*create_module)(const ModuleSpec& spec);
  // Runs the module's code in `module`'s namespace; false with the error raised, and
  // *unreadable set when the source could not be read.
  bool (*exec_module)(const Value& module, const ModuleSpec& spec, bool* unreadable);
};
extern const Loader kBuiltinLoader;     // the native table: the module is made whole
extern const Loader kSourceFileLoader;  // a .py file: read, compiled, run

// Where a module's code is: the finder's answer (importlib's ModuleSpec).
struct ModuleSpec {
  std::string name;                     // fully qualified: "pkg.mod"
  std::string origin;                   // absolute path of the source; empty for native modules
  bool is_package = false;              // origin is a package's __init__.py
  const NativeModule* native = nullptr; // a module of the native table
  const Loader* loader = nullptr;       // set by whoever made the spec
  // The file named on the command line, read as CPython's PyRun_File reads a script:
  // its file tokenizer's error columns, no -v line, -x leaving out the first line.
  bool is_script = false;
  bool skip_first_line = false;
};

// The finder: `name` in the native table (top-level names only), else as a
// module or package in the folders of `search` (a list: sys.path, or the parent
// package's __path__). False with ModuleNotFoundError pending when absent.
bool find_spec(const std::string& name, const Value& search, ModuleSpec* spec);
// The spec of a source file loaded under `name` (importlib.util.spec_from_file_location):
// `path` as given (CPython keeps a script's path as it resolved it).
ModuleSpec spec_from_file(const std::string& name, const std::string& path);
// The search path for `name`: sys.path, or its parent package's __path__ (the
// parent must be imported); Null with an exception pending otherwise.
Value search_path_for(const std::string& name);
// __spec__ as programs see it: a namespace of the spec's facts (name, origin, parent,
// has_location, loader, cached, submodule_search_locations).
Value spec_namespace(const ModuleSpec& spec);
// Sets __name__, __file__, __package__, __path__ and __spec__ from the spec,
// replacing what the module had (importlib's _init_module_attrs, override=True).
void init_module_attrs(const Value& module, const ModuleSpec& spec);
// importlib.util.module_from_spec: the loader's new module with the spec's attributes.
Value module_from_spec(const ModuleSpec& spec);
// spec.loader.exec_module(module): runs the code in `module`'s namespace. A source that
// cannot be read raises the OSError open() would (FileNotFoundError...); `unreadable`,
// when given, says whether that is why it failed (a script's "can't open file").
bool exec_module(const Value& module, const ModuleSpec& spec, bool* unreadable = nullptr);

// runpy.run_path for a source file: a fresh module named `run_name` (__file__ = path as
// given, __cached__, __loader__ and __spec__ None), in sys.modules under that name while
// its code runs (what was there before is put back), the code run by the source loader's
// exec_module. Returns the module; Null with the error raised (an OSError when the file
// cannot be read).
Value run_path(const std::string& path, const std::string& run_name);

// The BuiltinImporter class: the native table's loader as programs see it, and the
// __loader__ of __main__ before a file runs in it.
Value builtin_importer();
// The loader types (modules/loaders.cpp), made ready at start-up.
void init_loader_types();

// ImportError or a subclass with CPython's attributes: name, and path None.
Value raise_import_error(TypeObject* type, const std::string& message, const std::string& name);
// -v: one line on the original stderr, in the words CPython's importlib uses.
void import_verbose(const std::string& line);

// Installs the import system's functions for the evaluator (eval/importer.h); part of
// start-up, before any code runs.
void install_import_system();

// reload(module): the builtin and importlib.reload (modules/reload.cpp).
Value reload_module(const Value& module);
// Its two steps: checks the argument (a module, sys.modules[its name]) and finds its
// name; runs the module's source again in its namespace (a module being reloaded
// already is returned as it is). hotreload's reloads are made of them.
bool reload_target(const Value& module, std::string* name);
Value reload_named(const Value& module, const std::string& name);

// __import__(name, globals, locals, fromlist, level): returns the top-level package
// (no fromlist) or the module itself (with a fromlist), as CPython's __import__.
Value import_module_level(StrObject* name, DictObject* globals, const Value& fromlist, int level);

// `from module import name`: the attribute, or the submodule module.name, or
// ImportError "cannot import name ..." (eval/stmt.cpp's import-from).
Value import_from(const Value& module, StrObject* name);

// sys.modules, made at start-up by the sys module.
DictObject* sys_modules();

}  // namespace hotpy
