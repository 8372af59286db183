// Instances of classes written in Python, and class creation.
#pragma once
#include "objects/dict.h"

namespace hotpy {

// The attribute names the instances of one class share, in the order they were first
// set (CPython's key-sharing dicts): an instance that sets its attributes in that order
// keeps only their values, at the names' positions, and has no dict until something
// asks for one (__dict__, vars(), a deletion, a name out of order). Names are only
// ever appended, so a position found once stays right for the class's life.
struct SharedKeys {
  static constexpr uint32_t kMax = 30;  // CPython's limit too: beyond it, a dict
  uint32_t refs = 1;                    // the class and each instance using them
  uint32_t size = 0;
  StrObject* names[kMax];               // interned (immortal)
  // The position of `name` among the first `limit` names, or -1.
  int find(StrObject* name, uint32_t limit) const {
    for (uint32_t i = 0; i < limit; i++)
      if (names[i] == name) return int(i);
    return name->interned() ? -1 : find_equal(name, limit);
  }
  int find_equal(StrObject* name, uint32_t limit) const;
};

struct InstanceObject : GcObject {
  DictObject* m_dict = nullptr;  // when made, it holds the attributes (m_keys is null)
  // Without a dict: the attributes are names[0, m_count) of m_keys, their values in
  // m_values (room for m_capacity).
  SharedKeys* m_keys = nullptr;
  Value* m_values = nullptr;
  uint32_t m_count = 0;
  uint32_t m_capacity = 0;
  // The values of the class's __slots__ (slots.cpp), made on the first store; Null
  // for a slot not set.
  std::vector<Value>* m_slot_values = nullptr;
  explicit InstanceObject(TypeObject* type) : InstanceObject(type, 0) {}
  ~InstanceObject() override;
  // An instance made by new_instance() keeps room for `room` values right after
  // itself (one allocation, and the values next to the object that reads them).
  InstanceObject(TypeObject* type, uint32_t room);
  static void* operator new(size_t size) { return ::operator new(size); }
  static void* operator new(size_t size, uint32_t room) { return ::operator new(size + room * sizeof(Value)); }
  static void operator delete(void* p) { ::operator delete(p); }
  static void operator delete(void* p, uint32_t) { ::operator delete(p); }
  Value* trailing_values() { return reinterpret_cast<Value*>(this + 1); }
  // Drops `count` values that were this instance's, and their storage unless trailing.
  void release_values(Value* values, uint32_t count);
  void traverse(Visitor, void*) override;
  void clear() override;
  // A plain object() has no attribute dict, nor has an instance of a class whose
  // __slots__ leave it out; instances of other classes do. Asking for it makes it
  // from the inline values.
  DictObject** instance_dict() override;
  const Value* inline_value(StrObject* name) const {
    int i = m_keys->find(name, m_count);
    return i < 0 ? nullptr : &m_values[i];
  }
};

// A new instance of `type` (a plain class), with room right after it for the
// attributes its class's instances have had so far.
InstanceObject* new_instance(TypeObject* type);

// Instances of `type` start with inline attributes when it has shared keys: a class
// statement's class whose instances are plain InstanceObjects with a dict.
SharedKeys* shared_keys_of(TypeObject* type);
void release_shared_keys(SharedKeys* keys);
// Whether `o`'s attributes are inline (no dict made): then it is an InstanceObject.
inline bool has_inline_attributes(const Object* o) {
  return o->m_type->m_shared_keys && static_cast<const InstanceObject*>(o)->m_keys;
}
// Sets attribute `name` of an instance with inline attributes: the position it took,
// or -1 when the instance had to make its dict instead (the caller stores there).
int set_inline_attribute(InstanceObject* inst, StrObject* name, const Value& v);
// Makes the instance's dict from its inline attributes.
void make_instance_dict(InstanceObject* inst);

// A class statement's __slots__: a member descriptor per name in the class dict, the
// instance dict left out unless listed (or a base has one). False with an exception.
bool setup_slots(TypeObject* type);

// Instances' __dict__ attribute (object.cpp), and the descriptors a class adds to
// its namespace for the attribute dict and weak references its instances get (and
// whether they can be weakly referenced): after setup_slots. False with an exception.
Value object_dict_get(const Value& self);
int object_dict_set(const Value& self, const Value& v);
bool add_layout_descriptors(TypeObject* type, TypeObject* solid);

// type(name, bases, ns): builds a class from its namespace, sets up MRO and the
// dunder-dispatching slots. The keyword arguments (values then names, as a call
// passes them) go to the parent's __init_subclass__. Returns Null on error.
// C.__bases__ = (...): new bases of the same instance layout; the MROs of C and its
// subclasses are recomputed (CPython's type_set_bases). 0, or -1 with TypeError.
int type_set_bases(TypeObject* type, const Value& bases);
Value new_class(TypeObject* metatype, StrObject* name, const Value& bases, DictObject* ns,
                const Value* kwvalues = nullptr, KwNames* kwnames = nullptr);
// Re-derives the slots of a class (and its subclasses' inherited ones) after a
// dunder attribute changed.
void update_slots(TypeObject* type);

}  // namespace hotpy
