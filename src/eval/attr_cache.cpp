// The inline cache of `obj.name` nodes. generic_getattr asks the class for `name`
// (a lookup along the MRO through the method cache) before it reads the instance dict;
// here the node remembers the answer for a few classes, each at one version. The receiver's class and
// its version are checked first, and every change to a class's namespace, bases or
// slots gives it (and its subclasses) a new version, so a stale answer is never used.
// Only classes whose getattr/setattr are the generic ones are cached.
#include "eval/attr_cache.h"

#include "objects/function.h"
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
  e->plain = builtin_layout(t) == &ObjectType && t != &ObjectType && !(t->m_flags & kNoInstanceDict);
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
  if (i >= 0) c->index = i;
  return v;
}

DictObject* dict_of(const Value& obj) {
  DictObject** d = obj.obj()->instance_dict();
  return d ? *d : nullptr;
}

}  // namespace

Value load_attribute(const ast::Attribute* a, const Value& obj) {
  TypeObject* t = obj.type();
  if (t->tp_getattr != generic_getattr || !obj.is_obj()) return get_attr(obj, a->interned);
  Entry* c = entry_for(a, t);
  if (!c) return generic_getattr(obj, a->interned);
  if (Object* descr = c->descr) {
    TypeObject* dt = descr->m_type;
    auto get = dt->tp_descr_get;
    Value d = Value::borrow(descr);
    if (get && dt->tp_descr_set) return get(d, obj, t);  // a data descriptor wins
    if (DictObject* dict = dict_of(obj)) {
      Value v = instance_value(a, c, dict);
      if (!v.is_null()) return v;
    }
    return get ? get(d, obj, t) : d;
  }
  if (DictObject* dict = dict_of(obj)) {
    Value v = instance_value(a, c, dict);
    if (!v.is_null()) return v;
  }
  return generic_getattr(obj, a->interned);  // raises AttributeError as it would
}

Value load_method(const ast::Attribute* a, const Value& obj, bool* self_needed) {
  *self_needed = false;
  TypeObject* t = obj.type();
  if (t->tp_getattr != generic_getattr || !obj.is_obj()) return get_method(obj, a->interned, self_needed);
  Entry* c = entry_for(a, t);
  Object* descr = c ? c->descr : nullptr;
  if (descr && (descr->m_type == &FunctionType || descr->m_type == &MethodDescrType)) {
    // A method, unless the instance dict shadows it.
    DictObject* dict = dict_of(obj);
    if (!dict || dict_get_str(dict, a->interned).is_null()) {
      *self_needed = true;
      return Value::borrow(descr);
    }
  }
  return load_attribute(a, obj);
}

int store_attribute(const ast::Attribute* a, const Value& obj, const Value& v) {
  TypeObject* t = obj.type();
  if (t->tp_setattr != generic_setattr || !obj.is_obj()) return set_attr(obj, a->interned, v);
  Entry* c = entry_for(a, t);
  DictObject** d = obj.obj()->instance_dict();
  // No data descriptor on the class: the value goes to an existing instance dict.
  if (c && d && *d && !(c->descr && c->descr->m_type->tp_descr_set)) return dict_set_str(*d, a->interned, v);
  return generic_setattr(obj, a->interned, v);
}

}  // namespace hotpy
