// What the _collections files share: the deque object (collections_deque.cpp) and
// the readying of its types, called by the module (collections_module.cpp).
#pragma once
#include <deque>

#include "modules/native.h"
#include "modules/native_base.h"
#include "objects/iter.h"

namespace hotpy {

struct DequeObject : NativeObject {
  std::deque<Value> m_items;
  int64_t m_maxlen = -1;  // -1: unbounded
  // Bumped by every change of length or order: iterators compare it.
  uint64_t m_state = 0;
  explicit DequeObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    for (Value& v : m_items) fn(v, c);
  }
  void clear() override {
    std::deque<Value> items;
    items.swap(m_items);
    m_state++;
    NativeObject::clear();
  }
};

extern TypeObject DequeType, DequeIterType, DequeRevIterType;
void ready_deque_types();

}  // namespace hotpy
