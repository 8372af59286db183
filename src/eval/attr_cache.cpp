// The inline cache of `obj.name` nodes. generic_getattr asks the class for `name`
// (a lookup along the MRO through the method cache) before it reads the instance dict;
// here the node remembers the answer for one class version. The receiver's class and
// its version are checked first, and every change to a class's namespace, bases or
// slots gives it (and its subclasses) a new version, so a stale answer is never used.
// Only classes whose getattr/setattr are the generic ones are cached.
#include "eval/attr_cache.h"

#include "objects/function.h"
#include "objects/ops.h"

namespace hotpy {

namespace {

bool cached(const ast::Attribute* a, const TypeObject* t) {
  return a->cache_type == t && a->cache_version == t->m_version;
}

void remember(const ast::Attribute* a, TypeObject* t) {
  Value descr = t->lookup(a->interned);
  a->cache_type = t;
  a->cache_version = t->m_version;
  // A class attribute that is not a heap object (an int constant) is not cached.
  if (!descr.is_null() && !descr.is_obj()) {
    a->cache_type = nullptr;
    return;
  }
  a->cache_descr = descr.is_null() ? nullptr : descr.obj();
  a->cache_plain = builtin_layout(t) == &ObjectType && t != &ObjectType && !(t->m_flags & kNoInstanceDict);
}

// `name` in the instance dict `d`: first where it was last found.
Value instance_value(const ast::Attribute* a, DictObject* d) {
  int64_t i = a->cache_index;
  if (i >= 0 && size_t(i) < d->m_entries.size()) {
    const DictObject::Entry& e = d->m_entries[size_t(i)];
    if (e.key.is_obj() && e.key.obj() == a->interned) return e.value;
  }
  Value v = dict_get_str_index(d, a->interned, &i);
  if (i >= 0) a->cache_index = i;
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
  if (!cached(a, t)) remember(a, t);
  if (!a->cache_type) return generic_getattr(obj, a->interned);
  Object* descr = a->cache_descr;
  if (descr) {
    TypeObject* dt = descr->m_type;
    auto get = dt->tp_descr_get;
    Value d = Value::borrow(descr);
    if (get && dt->tp_descr_set) return get(d, obj, t);  // a data descriptor wins
    if (DictObject* dict = dict_of(obj)) {
      Value v = instance_value(a, dict);
      if (!v.is_null()) return v;
    }
    return get ? get(d, obj, t) : d;
  }
  if (DictObject* dict = dict_of(obj)) {
    Value v = instance_value(a, dict);
    if (!v.is_null()) return v;
  }
  return generic_getattr(obj, a->interned);  // raises AttributeError as it would
}

Value load_method(const ast::Attribute* a, const Value& obj, bool* self_needed) {
  *self_needed = false;
  TypeObject* t = obj.type();
  if (t->tp_getattr != generic_getattr || !obj.is_obj()) return get_method(obj, a->interned, self_needed);
  if (!cached(a, t)) remember(a, t);
  Object* descr = a->cache_descr;
  if (a->cache_type && descr && (descr->m_type == &FunctionType || descr->m_type == &MethodDescrType)) {
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
  if (!cached(a, t)) remember(a, t);
  DictObject** d = obj.obj()->instance_dict();
  // No data descriptor on the class: the value goes to an existing instance dict.
  if (a->cache_type && d && *d && !(a->cache_descr && a->cache_descr->m_type->tp_descr_set))
    return dict_set_str(*d, a->interned, v);
  return generic_setattr(obj, a->interned, v);
}

}  // namespace hotpy
