// module objects: a name and a namespace dict that outlives any one run of the
// module's code (reload reruns code in the same dict).
#pragma once
#include "objects/dict.h"

namespace hotpy {

struct ModuleObject : GcObject {
  DictObject* m_dict;  // owned; shared with every function defined in the module
  // Every live module, in creation order (finalization empties them all, including
  // modules no longer in sys.modules that their functions keep alive).
  ModuleObject* m_prev = nullptr;
  ModuleObject* m_next = nullptr;
  explicit ModuleObject(std::string_view name);
  ~ModuleObject() override;
  void traverse(Visitor, void*) override;
  DictObject** instance_dict() override { return &m_dict; }
};
extern TypeObject ModuleType;
inline bool is_module(const Value& v) { return v.is_obj() && v.type()->is_subtype(&ModuleType); }
Value new_module(std::string_view name);
// Every module alive now, oldest first.
std::vector<Value> live_modules();

}  // namespace hotpy
