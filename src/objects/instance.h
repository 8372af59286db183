// Instances of classes written in Python, and class creation.
#pragma once
#include "objects/dict.h"

namespace hotpy {

struct InstanceObject : Object {
  DictObject* m_dict = nullptr;  // made on first attribute store
  explicit InstanceObject(TypeObject* type);
  ~InstanceObject() override;
  void traverse(Visitor, void*) override;
  // A plain object() has no attribute dict; instances of other types do.
  DictObject** instance_dict() override { return m_type != &ObjectType ? &m_dict : nullptr; }
};

// type(name, bases, ns): builds a class from its namespace, sets up MRO and the
// dunder-dispatching slots. Returns Null on error.
Value new_class(TypeObject* metatype, StrObject* name, const Value& bases, DictObject* ns);
// Re-derives the slots of a class (and its subclasses' inherited ones) after a
// dunder attribute changed.
void update_slots(TypeObject* type);

}  // namespace hotpy
