// Attribute access at an `obj.name` node, with the node's inline cache (ast::Attribute):
// the same answers as get_attr / get_method / set_attr, without looking the name up
// along the class's MRO again while the class is unchanged.
#pragma once
#include "ast/ast.h"
#include "objects/dict.h"
#include "objects/instance.h"
#include "objects/object.h"

namespace hotpy {

Value load_attribute(const ast::Attribute* a, const Value& obj);
// The common case of load_attribute, inline at the node: an instance attribute of a
// plain class whose answer the node has cached, where it was last found. Null when
// it does not apply (no error raised).
inline Value cached_instance_attribute(const ast::Attribute* a, const Value& obj) {
  if (!obj.is_obj()) return Value();
  const TypeObject* t = obj.type();
  for (const auto& c : a->cache) {
    if (c.type != t) continue;
    if (c.version != t->m_version || !c.plain || c.descr) return Value();
    const auto* inst = static_cast<const InstanceObject*>(obj.obj());
    if (inst->m_keys) {
      uint32_t i = uint32_t(c.key_index);
      return inst->m_keys == c.keys && i < inst->m_count ? inst->m_values[i] : Value();
    }
    const DictObject* d = inst->m_dict;
    if (!d || c.index < 0 || size_t(c.index) >= d->m_entries.size()) return Value();
    const DictObject::Entry& e = d->m_entries[size_t(c.index)];
    return e.key.is_obj() && e.key.obj() == a->interned ? e.value : Value();
  }
  return Value();
}

// For a call `obj.name(...)`: the function to call with obj as its first argument
// (*self_needed), or the attribute itself (get_method's answer).
Value load_method(const ast::Attribute* a, const Value& obj, bool* self_needed);
int store_attribute(const ast::Attribute* a, const Value& obj, const Value& v);

}  // namespace hotpy
