// Attribute access at an `obj.name` node, with the node's inline cache (ast::Attribute):
// the same answers as get_attr / get_method / set_attr, without looking the name up
// along the class's MRO again while the class is unchanged.
#pragma once
#include "ast/ast.h"
#include "eval/frame.h"
#include "objects/dict.h"
#include "objects/instance.h"
#include "objects/module.h"
#include "objects/object.h"
#include "objects/ops.h"

namespace hotpy {

Value load_attribute(const ast::Attribute* a, const Value& obj);
// `module.name` (an exact module), inline at the node: the entry of the module's dict
// where the node last found `name`, while that dict keeps the version it had then
// (dict versions never repeat). The node's first cache entry holds it: type
// &ModuleType, descr the dict, version its version, index the entry. Null when it
// does not apply (no error raised).
inline Value cached_module_attribute(const ast::Attribute* a, const Value& obj) {
  if (!obj.is_obj() || obj.type() != &ModuleType) return Value();
  const auto& c = a->cache[0];
  const DictObject* d = static_cast<const ModuleObject*>(obj.obj())->m_dict;
  if (c.type != &ModuleType || c.descr != d || c.version != d->m_version) return Value();
  return dict_entry_value(d, size_t(c.index));
}
// A plain instance without inline values (its attributes went to its dict): the dict's
// entry where the node last found the name.
inline const Value* cached_dict_attribute(const ast::Attribute* a, const ast::Attribute::AttrCacheEntry& c,
                                          const TypeObject* t, const Object* o) {
  if (c.version != t->m_version || !c.plain || c.descr) return nullptr;
  const auto* inst = static_cast<const InstanceObject*>(o);  // a plain class's instance
  if (inst->m_keys) return nullptr;
  const DictObject* d = inst->m_dict;
  if (!d || c.index < 0 || size_t(c.index) >= d->m_entries.size()) return nullptr;
  const DictObject::Entry& e = d->m_entries[size_t(c.index)];
  if (!e.key.is_obj() || e.key.obj() != a->interned) return nullptr;
  return e.value.is_null() ? nullptr : &e.value;
}
// The common case of load_attribute, inline at the node: an instance attribute of a
// plain class whose answer the node has cached, where it was last found (the
// instance's own storage: the caller copies it before running any code). Null when
// it does not apply (no error raised).
inline const Value* cached_instance_attribute(const ast::Attribute* a, const Value& obj) {
  if (!obj.is_obj()) return nullptr;
  const TypeObject* t = obj.type();
  for (const auto& c : a->cache) {
    if (c.type != t) continue;
    if (c.fast_version == c.inline_fast(t->m_version)) {
      const auto* inst = static_cast<const InstanceObject*>(obj.obj());  // a plain class's instance
      if (inst->m_keys == c.keys) {
        uint32_t i = uint32_t(c.key_index);
        if (i >= inst->m_count) return nullptr;
        const Value* v = &inst->m_values[i];
        return v->is_null() ? nullptr : v;
      }
    }
    return cached_dict_attribute(a, c, t, obj.obj());
  }
  return nullptr;
}

// operand_in_place (frame.h), further: also a cached global, a bound free or cell
// variable (in its cell), and `local.name` when the node's cache finds it in the
// instance (no code runs to read any of them). Null for anything else.
[[gnu::always_inline]] inline const Value* operand_in_place_deep(Frame* f, const ast::Expr* e) {
  if (const Value* v = operand_in_place(f, e)) return v;
  if (e->kind == ast::Kind::Name) {
    auto* n = static_cast<const ast::Name*>(e);
    if (n->scope == ast::NameScope::Global) return global_in_place(f, n);
    if (n->scope != ast::NameScope::Deref) return nullptr;
    const Value* v = &f->slots[n->slot].as<CellObject>()->m_value;
    return v->is_null() ? nullptr : v;
  }
  if (e->kind != ast::Kind::Attribute) return nullptr;
  auto* a = static_cast<const ast::Attribute*>(e);
  const Value* obj = linked_in_place(f, a->value_slot, a->value);
  return obj ? cached_instance_attribute(a, *obj) : nullptr;
}

// operand_in_place_deep through a link (frame.h).
[[gnu::always_inline]] inline const Value* linked_in_place_deep(Frame* f, int32_t slot, const ast::Expr* e) {
  return slot >= 0 ? linked_local(f, slot) : operand_in_place_deep(f, e);
}

// The truth of v: bool, None and int answered here, anything else by truthy().
inline int truth(const Value& v) {
  if (v.is_bool()) return v.as_bool();
  if (v.is_none()) return 0;
  if (v.is_int()) return v.as_int() != 0;
  return truthy(v);
}
// The truth of `a and b`, `a or b` or `not a` as a test (expr.cpp): each operand's
// truth is asked once, as CPython's jumps ask it, and no value is made.
int test_truth_compound(Frame* f, const ast::Expr* e);
inline bool is_compound_test(const ast::Expr* e) {
  // UnaryOp and BoolOp are neighbours in Kind: one compare rules out every other kind.
  static_assert(uint8_t(ast::Kind::BoolOp) == uint8_t(ast::Kind::UnaryOp) + 1);
  if (uint8_t(uint8_t(e->kind) - uint8_t(ast::Kind::UnaryOp)) > 1) return false;
  return e->kind == ast::Kind::BoolOp || static_cast<const ast::UnaryOpExpr*>(e)->op == UnaryOp::Not;
}
// The truth of a test expression, or -1 for an error. A name or `local.attr` holding
// a bool, None or an int is read in place (no code runs); anything else is evaluated.
[[gnu::always_inline]] inline int test_truth(Frame* f, const ast::Expr* e) {
  if (e->kind == ast::Kind::Name || e->kind == ast::Kind::Attribute) {
    if (const Value* v = operand_in_place_deep(f, e)) {
      if (v->is_bool()) return v->as_bool();
      if (v->is_none()) return 0;
      if (v->is_int()) return v->as_int() != 0;
      return truthy(Value(*v));  // __bool__ or __len__ may run: it holds its own reference
    }
  } else if (is_compound_test(e)) {
    return test_truth_compound(f, e);
  }
  Value v = eval(f, e);
  return v.is_null() ? -1 : truth(v);
}

// `obj.name = v` inline at the node, when the class has nothing of that name (no
// descriptor to ask): replaces the value of an attribute the instance has inline where
// the node's cache says it is, or adds it there when it is the instance's next name
// (as __init__ sets them) and there is room. False when it does not apply (nothing done).
[[gnu::always_inline]] inline bool cached_instance_store(const ast::Attribute* a, const Value& obj, Value& v) {
  if (!obj.is_obj()) return false;
  const TypeObject* t = obj.type();
  for (const auto& c : a->cache) {
    if (c.type != t) continue;
    if (c.fast_version != c.inline_fast(t->m_version)) return false;
    auto* inst = static_cast<InstanceObject*>(obj.obj());
    uint32_t i = uint32_t(c.key_index);
    if (inst->m_keys != c.keys) return false;
    if (i < inst->m_count) {
      swap(inst->m_values[i], v);  // the old value is dropped by the caller, once stored
      return true;
    }
    if (i == inst->m_count && i < inst->m_capacity) {
      inst->m_values[i] = std::move(v);
      inst->m_count = i + 1;
      return true;
    }
    return false;
  }
  return false;
}

// For a call `obj.name(...)`, inline at the node: the class's attribute `name` when the
// node has cached it for obj's class and obj has none of that name: it is of a builtin
// type whose instances have no attributes, or an instance of a plain class keeping its
// attributes inline whose names (a prefix of its class's shared ones) the entry has all
// scanned without a match. Else null.
inline Object* cached_method(const ast::Attribute* a, const Value& obj) {
  if (!obj.is_obj()) return nullptr;
  const TypeObject* t = obj.type();
  for (const auto& c : a->cache) {
    if (c.type != t) continue;
    if (c.fast_version == c.method_fast(t->m_version)) {
      const auto* inst = static_cast<const InstanceObject*>(obj.obj());
      return inst->m_keys == c.keys && inst->m_count <= c.scanned ? c.descr : nullptr;
    }
    return c.no_own && c.version == t->m_version ? c.descr : nullptr;
  }
  return nullptr;
}

// The getter of a property the node's cache found on obj's class, when it is a plain
// Python function a direct call takes with obj alone (the class looks attributes up
// the generic way, so the property, a data descriptor, is what `obj.name` runs); else
// null. Valid until code runs: the class holds the property while its version holds.
inline FunctionObject* cached_property_getter(const ast::Attribute* a, const Value& obj) {
  if (!obj.is_obj()) return nullptr;
  const TypeObject* t = obj.type();
  for (const auto& c : a->cache) {
    if (c.type != t) continue;
    if (c.version != t->m_version || !c.descr || c.descr->m_type != &PropertyType ||
        t->tp_getattr != generic_getattr)
      return nullptr;
    const Value& get = static_cast<const PropertyObject*>(c.descr)->m_get;
    if (!is_type(get, &FunctionType)) return nullptr;
    auto* fn = get.as<FunctionObject>();
    return takes_directly(fn, 1) ? fn : nullptr;
  }
  return nullptr;
}

// For a call `obj.name(...)`: the function to call with obj as its first argument
// (*self_needed), or the attribute itself (get_method's answer).
Value load_method(const ast::Attribute* a, const Value& obj, bool* self_needed);
int store_attribute(const ast::Attribute* a, const Value& obj, const Value& v);

}  // namespace hotpy
