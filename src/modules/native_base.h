// Shared plumbing of the itertools, _collections, _functools and operator types:
// objects that hold Values, can be subclassed in Python (whose instances get an
// attribute dict), and list their references to the cycle collector in one place.
#pragma once
#include <utility>
#include <vector>

#include "objects/dict.h"
#include "objects/gc.h"
#include "objects/object.h"
#include "objects/str.h"

namespace hotpy {

// A native object whose Values are listed once, by for_each_ref: traverse() and
// clear() both use that list, so a field cannot be forgotten by one of them.
struct NativeObject : GcObject {
  DictObject* m_dict = nullptr;  // attributes of instances of Python subclasses
  explicit NativeObject(TypeObject* type) : GcObject(type) {}
  ~NativeObject() override {
    if (m_dict) decref(m_dict);
  }
  using RefFn = void (*)(Value& v, void* ctx);
  virtual void for_each_ref(RefFn fn, void* ctx) = 0;
  void traverse(Visitor visit, void* arg) override {
    if (m_dict) visit(m_dict, arg);
    struct Ctx { Visitor visit; void* arg; } c{visit, arg};
    for_each_ref([](Value& v, void* p) {
      auto* c = static_cast<Ctx*>(p);
      if (v.is_obj()) c->visit(v.obj(), c->arg);
    }, &c);
  }
  void clear() override {
    // Everything is moved out first and dropped after: a finalizer that runs while
    // the references go sees this object already consistent.
    std::vector<Value> dropped;
    for_each_ref([](Value& v, void* p) { static_cast<std::vector<Value>*>(p)->push_back(std::move(v)); },
                 &dropped);
    if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
  }
  DictObject** instance_dict() override { return (m_type->m_flags & kHeapType) ? &m_dict : nullptr; }
};

inline void each_ref(std::vector<Value>& vs, NativeObject::RefFn fn, void* ctx) {
  for (Value& v : vs) fn(v, ctx);
}

// Makes a builtin type of a native module ready: its dotted name stays in m_name
// ("itertools.count", for reprs), __module__ and the short qualname are set.
// CPython's _PyType_Name: the type's name after its last dot ("deque" for
// collections.deque, a class's __name__), as the reprs of deque, count... show it.
inline std::string short_type_name(const Value& v) {
  const std::string& name = v.type()->m_name;
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(dot + 1);
}

inline void ready_module_type(TypeObject* type, const char* module, const char* short_name, TypeObject* base,
                              std::initializer_list<MethodDef> methods, bool subclassable = true) {
  type->m_qualname = short_name;
  if (subclassable) type->m_flags |= kBaseType;
  type_ready(type, base, methods);
  type_add_value(type, "__module__", interned(module));
}

}  // namespace hotpy
