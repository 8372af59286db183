// The parts of the hotreload engine its files share: change detection
// (hotreload_diff.cpp) and patching in place with its undo log (hotreload_patch.cpp).
#pragma once
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "modules/hotreload.h"
#include "objects/function.h"

namespace hotpy {

bool is_dunder(const std::string& name);  // __name__
bool is_class(const Value& v);
using NameSet = std::unordered_set<std::string>;
// The names a unit binds in its module's namespace (module-level stores and `global`).
NameSet top_level_bindings(const ast::Unit* unit);
// Both the same immutable builtin value (None, bool, numbers, str, bytes, tuples and
// frozensets of them), compared without running user code.
bool equal_immutable(const Value& a, const Value& b);
bool same_free_variables(const FunctionObject* a, const FunctionObject* b);

class SourceText;
// Decides "changed" (see hotreload_diff.cpp); one per module compared.
class Differ {
 public:
  Differ();
  ~Differ();
  bool value_changed(const Value& a, const Value& b);

 private:
  bool function_changed(const FunctionObject* a, const FunctionObject* b);
  bool class_changed(const TypeObject* a, const TypeObject* b);
  bool member_changed(const Value& a, const Value& b);
  std::unique_ptr<SourceText> m_text;
  std::unordered_set<const Object*> m_comparing;  // classes and functions being compared (cycles)
};

// What patching changed, so that a failed transaction puts it back.
struct PatchLog {
  struct FunctionState {  // what patching replaces in a function
    Value function;
    std::shared_ptr<ast::Unit> unit;
    const ast::Scope* scope = nullptr;
    const ast::Arguments* params = nullptr;
    const ast::StmtList* body = nullptr;
    const ast::Expr* expr = nullptr;
    int first_line = 0, decorated_line = 0;
    Value code, name, qualname, doc, annotations, dict;
    std::vector<Value> defaults, kwdefaults, closure;
  };
  struct ClassState {
    Value cls;
    std::vector<std::pair<Value, Value>> items;
  };
  std::vector<FunctionState> functions;
  std::vector<ClassState> classes;
  std::vector<std::pair<Value, Value>> cells;    // cell, value before
  std::vector<std::pair<Value, Value>> retyped;  // object, type before
};
void undo_patches(PatchLog& log);

// One module's run again: its namespace, what it held before, the code before, and the
// names the code before and now binds at top level.
struct ModuleRun {
  std::string name;
  DictObject* dict = nullptr;
  std::vector<std::pair<Value, Value>> before;
  std::shared_ptr<ast::Unit> old_unit;
  std::shared_ptr<const NameSet> old_names, new_names;
};
struct ModuleChanges {
  std::vector<std::string> added, changed, removed, patched;  // sorted
};
// After a module ran again: the names added, changed and removed; with `patch` the
// functions and classes it defined before and again are the old objects, patched
// (logged in `log`); with drop_removed the names it no longer binds are gone.
// False with an error raised (the namespace may then be half patched: undo the log).
bool finish_module(const ModuleRun& run, const HotReloadOptions& options, PatchLog& log, ModuleChanges* out);

}  // namespace hotpy
