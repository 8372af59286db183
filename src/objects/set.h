// set and frozenset. The table reproduces CPython's setobject.c layout (linear
// probes, perturbation, resize thresholds) because programs print sets: the
// iteration order of small ints must come out as CPython's.
#pragma once
#include <vector>

#include "objects/object.h"
#include "objects/gc.h"

namespace hotpy {

struct SetObject : GcObject {
  // A slot is empty (key Null, hash 0), a dummy left by a deletion (key Null,
  // hash -1: no real hash is -1), or active (key set).
  struct Slot {
    int64_t hash = 0;
    Value key;
  };
  std::vector<Slot> m_table;  // size is a power of two, at least 8
  size_t m_fill = 0;          // active + dummy slots
  size_t m_used = 0;          // active slots
  size_t m_finger = 0;        // where pop() looks next
  int64_t m_hash = -1;        // frozenset only: cached
  DictObject* m_dict = nullptr;  // attributes of instances of Python subclasses
  explicit SetObject(TypeObject* type = nullptr);
  ~SetObject() override;
  void traverse(Visitor, void*) override;
  void clear() override;
  DictObject** instance_dict() override;
  size_t size() const { return m_used; }
};

extern TypeObject SetType;
extern TypeObject FrozenSetType;
inline bool is_set_like(const Value& v) {
  return v.is_obj() && (v.type()->is_subtype(&SetType) || v.type()->is_subtype(&FrozenSetType));
}
inline SetObject* as_set(const Value& v) { return v.as<SetObject>(); }

Value new_set(TypeObject* type = nullptr);  // SetType by default
// frozenset(iterable); iterable may be Null for an empty one.
Value new_frozenset(const Value& iterable);
int set_add(SetObject* s, const Value& key);       // -1 on error
int set_contains(SetObject* s, const Value& key);  // -1, 0, 1
int set_discard(SetObject* s, const Value& key);   // -1 error, 0 absent, 1 removed
// Iteration in table order: `pos` starts at 0; false at the end.
bool set_next(SetObject* s, size_t* pos, Value* key);
void set_clear(SetObject* s);

// A set display `{a, b, c}` built as CPython 3.11's bytecode builds it, so it prints
// in the same order: with more than two items that are all constants (the
// compiler folds them into a frozenset constant, then BUILD_SET 0 + SET_UPDATE)
// the table comes from that frozenset; otherwise items are added in order. Checked
// against python3 on 300 random displays.
// `all_constant`: every item is a literal (numbers, strings, None, bools, tuples of
// constants, and -literal, which CPython's AST optimizer folds too).
Value new_set_display(const std::vector<Value>& items, bool all_constant);

// The bulk operations, with CPython's algorithms (their order of insertion decides
// the printed order of the result). `other` is any iterable unless noted.
int set_update(SetObject* s, const Value& other);                   // s |= other
int set_difference_update(SetObject* s, const Value& other);        // s -= other
int set_symmetric_difference_update(SetObject* s, const Value& other);  // s ^= other
Value set_intersection(SetObject* s, const Value& other);           // a new set of s's kind

}  // namespace hotpy
