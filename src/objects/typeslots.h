// The bridge between slots and dunder methods, in both directions:
//  - builtin types get wrapper methods (__repr__, __add__, ...) calling their slots,
//    so `object.__init__(self)` and `super().__eq__(x)` work;
//  - classes get slot functions that look up and call their dunder methods.
#pragma once
#include "objects/object.h"
#include "objects/str.h"

namespace hotpy {

// A GetSetDef stored in a type's dict: a data descriptor.
// A class's descriptor keeps its class alive (counted when a heap type, as CPython's
// d_type): it may outlive the class's namespace (C.__dict__['__dict__'] held).
struct GetSetDescrObject : GcObject {
  GetSetDef m_def;
  TypeObject* m_owner;
  GetSetDescrObject(const GetSetDef& def, TypeObject* owner);
  ~GetSetDescrObject() override;
  void traverse(Visitor visit, void* arg) override;
};
extern TypeObject GetSetDescrType;

void add_slot_wrappers(TypeObject* type);
Value type_getattr(const Value& self, StrObject* name);
int type_setattr(const Value& self, StrObject* name, const Value& v);
void init_typeslot_types();
// When `self`'s class defines the unary dunder of `op` in Python: true with its result
// (whatever it is, NotImplemented too) in *result, or Null with an exception.
bool python_unary(const Value& self, UnaryOp op, Value* result);
// The Python function `a <op> b` calls first when a's class defines the operator in
// Python and b is of that class too or a number held in the Value (then nothing else
// answers before it): the class's dunder if it is a function, else null.
Value python_binary_dunder(TypeObject* type, BinOp op);

// The __init__ (a Python function) that calling `type` runs on a new plain instance
// when nothing else takes part: `type` is an instance of type itself, with object's
// __new__ and an __init__ written in Python. Null otherwise.
Value plain_class_init(TypeObject* type);
// What an __init__ returned, checked as type.__call__ checks it: 0 for None, else -1
// with TypeError (also -1 for Null, the error already raised).
int check_init_result(const Value& r);

}  // namespace hotpy
