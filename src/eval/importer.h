// What the evaluator needs from the import system and sys, which sit above it: the
// import statements, and the sys hooks statements and tracebacks write through. The
// import system (src/modules) installs its functions at start-up, so the evaluator
// calls upward through this table instead of linking the library that calls it.
#pragma once
#include "objects/dict.h"

namespace hotpy {

struct Importer {
  // __import__(name, globals, None, fromlist, level): the top-level package (no
  // fromlist) or the module itself, as CPython's __import__; Null with the error raised.
  Value (*import_module_level)(StrObject* name, DictObject* globals, const Value& fromlist,
                               int level);
  // `from module import name`: the attribute, or the submodule module.name, or
  // ImportError "cannot import name ...".
  Value (*import_from)(const Value& module, StrObject* name);
  // sys.<name> as the program has bound it now (sys.stdout, sys.displayhook, ...), or
  // Null with no exception when it is missing.
  Value (*sys_get)(StrObject* name);
};

// The table is code, the same for every interpreter (the state its functions work on is
// the running interpreter's), so one process-wide pointer holds it. Before anything is
// installed, imports raise ImportError and sys looks empty.
void install_importer(const Importer* importer);
const Importer& importer();

}  // namespace hotpy
