// The base of a native module's object whose type Python code may subclass: the
// subclass's instances keep their attributes in m_dict (made on first use).
#pragma once
#include <utility>

#include "objects/dict.h"
#include "objects/gc.h"

namespace hotpy {

struct NativeInstance : GcObject {
  DictObject* m_dict = nullptr;
  explicit NativeInstance(TypeObject* type) : GcObject(type) {}
  ~NativeInstance() override {
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
