// A native object that keeps attributes in a dict, as instances of Python subclasses
// of the native types (and _thread._local's own instances) need: the dict is made on
// first use by the generic attribute code, traversed and cleared for the collector.
#pragma once
#include <utility>

#include "objects/dict.h"
#include "objects/object.h"

namespace hotpy {

struct NativeWithDict : GcObject {
  DictObject* m_dict = nullptr;
  explicit NativeWithDict(TypeObject* type) : GcObject(type) {}
  ~NativeWithDict() override {
    if (m_dict) decref(m_dict);
  }
  void traverse(Visitor visit, void* arg) override {
    if (m_dict) visit(m_dict, arg);
  }
  void clear() override {
    if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
  }
  DictObject** instance_dict() override { return &m_dict; }
};

}  // namespace hotpy
