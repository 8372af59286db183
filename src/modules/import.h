// The import statement's entry point (the module system grows here in the next
// issue: finder, loader, cache, reload).
#pragma once
#include "objects/dict.h"

namespace hotpy {

// __import__(name, globals, locals, fromlist, level): returns the top-level package
// (no fromlist) or the module itself (with a fromlist), as CPython's __import__.
Value import_module_level(StrObject* name, DictObject* globals, const Value& fromlist, int level);

// `from module import name`: the attribute, or the submodule module.name, or
// ImportError "cannot import name ..." (eval/stmt.cpp's import-from).
Value import_from(const Value& module, StrObject* name);

// sys.modules, made at start-up by the sys module.
DictObject* sys_modules();

}  // namespace hotpy
