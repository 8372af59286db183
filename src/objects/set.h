// set and frozenset. The table reproduces CPython's setobject.c layout (linear
// probes, perturbation, resize thresholds) because programs print sets: the
// iteration order of small ints must come out as CPython's.
#pragma once
#include <vector>

#include "objects/object.h"

namespace hotpy {

struct SetObject : Object {
  struct Slot {
    int64_t hash = 0;
    Value key;  // Null: empty; `dummy` marks a deleted slot (see set.cpp)
  };
  std::vector<Slot> m_table;  // size is a power of two
  size_t m_fill = 0;          // active + dummy slots
  size_t m_used = 0;          // active slots
  int64_t m_hash = -1;        // frozenset only: cached
  explicit SetObject(TypeObject* type = nullptr);
  void traverse(Visitor, void*) override;
  size_t size() const { return m_used; }
};

extern TypeObject SetType;
extern TypeObject FrozenSetType;
inline bool is_set_like(const Value& v) {
  return v.is_obj() && (v.type()->is_subtype(&SetType) || v.type()->is_subtype(&FrozenSetType));
}
inline SetObject* as_set(const Value& v) { return v.as<SetObject>(); }

Value new_set(TypeObject* type = nullptr);  // SetType by default
int set_add(SetObject* s, const Value& key);       // -1 on error
int set_contains(SetObject* s, const Value& key);  // -1, 0, 1
int set_discard(SetObject* s, const Value& key);   // -1 error, 0 absent, 1 removed
// Iteration in table order: `pos` starts at 0; false at the end.
bool set_next(SetObject* s, size_t* pos, Value* key);

}  // namespace hotpy
