// The import statement's entry point (the module system grows here in the next
// issue: finder, loader, cache, reload).
#pragma once
#include <memory>
#include <string>

#include "ast/ast.h"
#include "objects/dict.h"

namespace hotpy {

struct NativeModule;

// Where a module's code is: the finder's answer (importlib's ModuleSpec).
struct ModuleSpec {
  std::string name;                     // fully qualified: "pkg.mod"
  std::string origin;                   // absolute path of the source; empty for native modules
  bool is_package = false;              // origin is a package's __init__.py
  const NativeModule* native = nullptr; // a module of the native table
};

// The finder: `name` in the native table (top-level names only), else as a
// module or package in the folders of `search` (a list: sys.path, or the parent
// package's __path__). False with ModuleNotFoundError pending when absent.
bool find_spec(const std::string& name, const Value& search, ModuleSpec* spec);
// The search path for `name`: sys.path, or its parent package's __path__ (the
// parent must be imported); Null with an exception pending otherwise.
Value search_path_for(const std::string& name);
// Sets __name__, __file__, __package__, __path__ and __spec__ from the spec,
// replacing what the module had (importlib's _init_module_attrs, override=True).
void init_module_attrs(const Value& module, const ModuleSpec& spec);

// Reads a whole file into `out` with one request of its size (a file too big for memory
// fails at once with std::bad_alloc); false when it cannot be opened or read.
bool read_source_file(const std::string& path, std::string& out);

// Reads and compiles a module's source file (what import and reload both load);
// null with the error raised.
std::shared_ptr<ast::Unit> compile_module_file(const std::string& path);
// Reads, compiles and runs the source file `path` in `module`'s dict.
bool exec_module_file(const Value& module, const std::string& name, const std::string& path);

// reload(module): the builtin and importlib.reload (modules/reload.cpp).
Value reload_module(const Value& module);

// __import__(name, globals, locals, fromlist, level): returns the top-level package
// (no fromlist) or the module itself (with a fromlist), as CPython's __import__.
Value import_module_level(StrObject* name, DictObject* globals, const Value& fromlist, int level);

// `from module import name`: the attribute, or the submodule module.name, or
// ImportError "cannot import name ..." (eval/stmt.cpp's import-from).
Value import_from(const Value& module, StrObject* name);

// sys.modules, made at start-up by the sys module.
DictObject* sys_modules();

}  // namespace hotpy
