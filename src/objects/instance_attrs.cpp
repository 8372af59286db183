// Inline instance attributes (instance.h, SharedKeys): the values of an instance's
// attributes stored by their position among its class's shared names, so that
// `self.x` needs no dict (one allocation per instance instead of three, and an
// attribute cache hit is an index). The dict is made, once and for good, the moment
// anything needs the attributes as a dict.
#include "objects/instance.h"

#include <algorithm>

namespace hotpy {

int SharedKeys::find_equal(StrObject* name, uint32_t limit) const {
  int64_t h = name->hash();
  for (uint32_t i = 0; i < limit; i++)
    if (names[i]->hash() == h && names[i]->m_data == name->m_data) return int(i);
  return -1;
}

void release_shared_keys(SharedKeys* keys) {
  if (--keys->refs == 0) delete keys;
}

void make_instance_dict(InstanceObject* inst) {
  SharedKeys* keys = std::exchange(inst->m_keys, nullptr);
  Value* values = std::exchange(inst->m_values, nullptr);
  uint32_t count = std::exchange(inst->m_count, 0);
  inst->m_capacity = 0;
  auto* d = new DictObject();
  for (uint32_t i = 0; i < count; i++) dict_set_str(d, keys->names[i], values[i]);
  inst->m_dict = d;
  inst->release_values(values, count);
  release_shared_keys(keys);
}

DictObject** InstanceObject::instance_dict() {
  if (m_type == &ObjectType || (m_type->m_flags & kNoInstanceDict)) return nullptr;
  if (m_keys) make_instance_dict(this);
  return &m_dict;
}

static void grow_values(InstanceObject* inst, uint32_t need) {
  uint32_t cap = std::max({need, inst->m_keys->size, inst->m_capacity * 2, 2u});
  cap = std::min(cap, SharedKeys::kMax);
  Value* values = new Value[cap];
  for (uint32_t i = 0; i < inst->m_count; i++) values[i] = std::move(inst->m_values[i]);
  Value* old = std::exchange(inst->m_values, values);
  if (old != inst->trailing_values()) delete[] old;
  inst->m_capacity = cap;
}

int set_inline_attribute(InstanceObject* inst, StrObject* name, const Value& v) {
  SharedKeys* keys = inst->m_keys;
  int i = keys->find(name, inst->m_count);
  if (i >= 0) {
    inst->m_values[i] = v;
    return i;
  }
  // A new attribute stays inline when it is the class's next name, or becomes it.
  uint32_t n = inst->m_count;
  bool next = n < keys->size ? keys->find(name, n + 1) == int(n)
                             : n == keys->size && n < SharedKeys::kMax && name->m_type == &StrType;
  if (!next) {
    make_instance_dict(inst);
    return -1;
  }
  if (n == keys->size) keys->names[keys->size++] = intern_object(name);
  if (n == inst->m_capacity) grow_values(inst, n + 1);
  inst->m_values[n] = v;
  inst->m_count = n + 1;
  return int(n);
}

}  // namespace hotpy
