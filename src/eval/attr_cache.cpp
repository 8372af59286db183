// The inline cache of `obj.name` nodes. generic_getattr asks the class for `name`
// (a lookup along the MRO through the method cache) before it reads the instance dict;
// here the node remembers the answer for a few classes, each at one version. The receiver's class and
// its version are checked first, and every change to a class's namespace, bases or
// slots gives it (and its subclasses) a new version, so a stale answer is never used.
// Only classes whose getattr/setattr are the generic ones are cached.
#include "eval/attr_cache.h"

#include "objects/bytes.h"
#include "objects/function.h"
#include "objects/set.h"
#include "objects/tuple.h"
#include "objects/ops.h"

namespace hotpy {

namespace {

using Entry = ast::Attribute::AttrCacheEntry;

// The node's entry for class `t` at its current version, made (replacing the oldest
// entry, or this class's stale one) when missing. Null when `t` is not cacheable.
Entry* entry_for(const ast::Attribute* a, TypeObject* t) {
  Entry* e = nullptr;
  for (auto& c : a->cache)
    if (c.type == t) {
      if (c.version == t->m_version) return &c;
      e = &c;
      break;
    }
  if (!e) {
    e = &a->cache[a->cache_next];
    a->cache_next = uint8_t((a->cache_next + 1) % ast::Attribute::kAttrCacheWays);
  }
  Value descr = t->lookup(a->interned);
  // A class attribute that is not a heap object (an int constant) is not cached.
  if (!descr.is_null() && !descr.is_obj()) {
    *e = Entry();
    return nullptr;
  }
  e->type = t;
  e->version = t->m_version;
  e->descr = descr.is_null() ? nullptr : descr.obj();
  e->index = -1;
  // The inline readers and writers (attr_cache.h) use plain instances' values without
  // asking the class again: only where reading and writing are the generic protocol.
  e->plain = builtin_layout(t) == &ObjectType && t != &ObjectType && !(t->m_flags & kNoInstanceDict) &&
             t->tp_getattr == generic_getattr && t->tp_setattr == generic_setattr;
  e->keys = e->plain ? t->m_shared_keys : nullptr;
  e->no_own = t == &ListType || t == &DictType || t == &StrType || t == &TupleType || t == &SetType ||
              t == &FrozenSetType || t == &BytesType || t == &BytearrayType;
  e->key_index = -1;
  e->scanned = 0;
  e->fast_version = !e->plain || !e->keys ? 0 : e->descr ? Entry::method_fast(e->version) : Entry::inline_fast(e->version);
  return e;
}

// `name` in the instance dict `d`: first where it was last found.
Value instance_value(const ast::Attribute* a, Entry* c, DictObject* d) {
  int64_t i = c->index;
  if (i >= 0 && size_t(i) < d->m_entries.size()) {
    const DictObject::Entry& e = d->m_entries[size_t(i)];
    if (e.key.is_obj() && e.key.obj() == a->interned) return e.value;
  }
  Value v = dict_get_str_index(d, a->interned, &i);
  if (i >= 0 && i <= INT32_MAX) c->index = int32_t(i);
  return v;
}

// The position of `name` among the entry's shared names (-1: not there yet); the names
// only grow, so only those added since the last look are compared.
int32_t key_position(const ast::Attribute* a, Entry* c) {
  if (c->key_index < 0 && c->keys)
    for (; c->scanned < c->keys->size; c->scanned++)
      if (c->keys->names[c->scanned] == a->interned) {
        c->key_index = int32_t(c->scanned);
        if (c->descr) c->fast_version = 0;  // instances may have the name of their own now
        break;
      }
  return c->key_index;
}

// The instance's own attribute `name`, or Null (no error).
Value own_attribute(const ast::Attribute* a, Entry* c, const Value& obj) {
  Object* o = obj.obj();
  if (has_inline_attributes(o)) {
    auto* inst = static_cast<InstanceObject*>(o);
    if (inst->m_keys != c->keys) {
      const Value* v = inst->inline_value(a->interned);
      return v ? *v : Value();
    }
    int32_t i = key_position(a, c);
    return i >= 0 && uint32_t(i) < inst->m_count ? inst->m_values[i] : Value();
  }
  DictObject** d = o->instance_dict();
  return d && *d ? instance_value(a, c, *d) : Value();
}

// Stores the instance's own attribute `name` where the entry says it goes: false when
// that is not an inline value (the instance may have made its dict meanwhile).
bool store_inline(const ast::Attribute* a, Entry* c, InstanceObject* inst, const Value& v) {
  if (inst->m_keys == c->keys) {
    uint32_t i = uint32_t(key_position(a, c));
    if (i < inst->m_count) {
      inst->m_values[i] = v;
      return true;
    }
    if (i == inst->m_count && i < inst->m_capacity) {
      inst->m_values[i] = v;
      inst->m_count++;
      return true;
    }
  }
  return set_inline_attribute(inst, a->interned, v) >= 0;
}

}  // namespace

// An exact module's attribute: its dict's entry (module_getattr looks there first),
// remembered in the node's first entry (cached_module_attribute); else the full lookup.
static Value module_attribute(const ast::Attribute* a, const Value& obj) {
  DictObject* d = obj.as<ModuleObject>()->m_dict;
  int64_t i = -1;
  Value v = dict_get_str_index(d, a->interned, &i);
  if (v.is_null() || i < 0 || i > INT32_MAX) return get_attr(obj, a->interned);
  Entry& c = a->cache[0];
  c = Entry();
  c.type = &ModuleType;
  c.descr = d;
  c.version = d->m_version;
  c.index = int32_t(i);
  return v;
}

Value load_attribute(const ast::Attribute* a, const Value& obj) {
  TypeObject* t = obj.type();
  if (t == &ModuleType) return module_attribute(a, obj);
  if (t->tp_getattr != generic_getattr || !obj.is_obj()) return get_attr(obj, a->interned);
  Entry* c = entry_for(a, t);
  if (!c) return generic_getattr(obj, a->interned);
  if (Object* descr = c->descr) {
    TypeObject* dt = descr->m_type;
    auto get = dt->tp_descr_get;
    Value d = Value::borrow(descr);
    if (get && dt->tp_descr_set) return get(d, obj, t);  // a data descriptor wins
    Value v = own_attribute(a, c, obj);
    if (!v.is_null()) return v;
    return get ? get(d, obj, t) : d;
  }
  Value v = own_attribute(a, c, obj);
  if (!v.is_null()) return v;
  return generic_getattr(obj, a->interned);  // raises AttributeError as it would
}

Value load_method(const ast::Attribute* a, const Value& obj, bool* self_needed) {
  *self_needed = false;
  TypeObject* t = obj.type();
  if (t == &ModuleType) return module_attribute(a, obj);
  if (t->tp_getattr != generic_getattr || !obj.is_obj()) return get_method(obj, a->interned, self_needed);
  Entry* c = entry_for(a, t);
  Object* descr = c ? c->descr : nullptr;
  // A method, unless an instance attribute shadows it.
  if (descr && (descr->m_type == &FunctionType || descr->m_type == &MethodDescrType) &&
      own_attribute(a, c, obj).is_null()) {
    *self_needed = true;
    return Value::borrow(descr);
  }
  return load_attribute(a, obj);
}

int store_attribute(const ast::Attribute* a, const Value& obj, const Value& v) {
  TypeObject* t = obj.type();
  if (t->tp_setattr != generic_setattr || !obj.is_obj()) return set_attr(obj, a->interned, v);
  Entry* c = entry_for(a, t);
  // No data descriptor on the class: the value goes to the instance.
  if (c && !(c->descr && c->descr->m_type->tp_descr_set)) {
    Object* o = obj.obj();
    if (has_inline_attributes(o) && store_inline(a, c, static_cast<InstanceObject*>(o), v)) return 0;
    DictObject** d = o->instance_dict();
    if (d && *d) return dict_set_str(*d, a->interned, v);
  }
  return generic_setattr(obj, a->interned, v);
}

}  // namespace hotpy
