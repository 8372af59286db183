// Instances of classes written in Python, and class creation.
#pragma once
#include "objects/dict.h"

namespace hotpy {

struct InstanceObject : GcObject {
  DictObject* m_dict = nullptr;  // made on first attribute store
  // The values of the class's __slots__ (slots.cpp), made on the first store; Null
  // for a slot not set.
  std::vector<Value>* m_slot_values = nullptr;
  explicit InstanceObject(TypeObject* type);
  ~InstanceObject() override;
  void traverse(Visitor, void*) override;
  void clear() override;
  // A plain object() has no attribute dict, nor has an instance of a class whose
  // __slots__ leave it out; instances of other classes do.
  DictObject** instance_dict() override {
    return m_type != &ObjectType && !(m_type->m_flags & kNoInstanceDict) ? &m_dict : nullptr;
  }
};

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
