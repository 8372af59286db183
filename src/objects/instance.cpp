// Instances of classes written in Python, and building a class from its namespace.
#include "objects/instance.h"

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

InstanceObject::InstanceObject(TypeObject* type, uint32_t room) : GcObject(type), m_keys(type->m_shared_keys) {
  if (!m_keys) return;
  m_keys->refs++;
  // Room for the attributes instances of the class have had so far: __init__'s
  // stores then go straight to their places.
  if (room) {
    m_values = trailing_values();
    for (uint32_t i = 0; i < room; i++) new (&m_values[i]) Value();
    m_capacity = room;
  } else if (m_keys->size) {
    m_values = new Value[m_keys->size];
    m_capacity = m_keys->size;
  }
}
InstanceObject* new_instance(TypeObject* type) {
  uint32_t room = type->m_shared_keys ? type->m_shared_keys->size : 0;
  return new (room) InstanceObject(type, room);
}
void InstanceObject::release_values(Value* values, uint32_t count) {
  for (uint32_t i = 0; i < count; i++) values[i] = Value();
  if (values != trailing_values()) delete[] values;
}
InstanceObject::~InstanceObject() {
  if (m_dict) decref(m_dict);
  release_values(m_values, m_count);
  if (m_keys) release_shared_keys(m_keys);
  delete m_slot_values;
}
void InstanceObject::traverse(Visitor visit, void* arg) {
  if (m_dict) visit(m_dict, arg);
  for (uint32_t i = 0; i < m_count; i++)
    if (m_values[i].is_obj()) visit(m_values[i].obj(), arg);
  if (m_slot_values)
    for (const Value& v : *m_slot_values)
      if (v.is_obj()) visit(v.obj(), arg);
}
void InstanceObject::clear() {
  if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
  // Every attribute unset before the values are dropped (their __del__ may look).
  Value* values = std::exchange(m_values, nullptr);
  uint32_t count = std::exchange(m_count, 0);
  m_capacity = 0;
  release_values(values, count);
  if (m_slot_values) {
    std::vector<Value> values(m_slot_values->size());
    values.swap(*m_slot_values);  // every slot unset; the values dropped after
  }
}

// C3 linearization: the MRO CPython computes for multiple inheritance.
static bool c3_merge(TypeObject* type, std::vector<std::vector<TypeObject*>> seqs, std::vector<TypeObject*>& out) {
  out.assign(1, type);
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any = any || !s.empty();
    if (!any) return true;
    TypeObject* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObject* cand = s.front();
      bool in_tail = false;
      for (auto& other : seqs)
        for (size_t i = 1; i < other.size() && !in_tail; i++) in_tail = other[i] == cand;
      if (!in_tail) {
        pick = cand;
        break;
      }
    }
    if (!pick) return false;
    out.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == pick) s.erase(s.begin());
  }
}

// The builtin type whose C++ layout instances of `t` use. Every exception class
// shares BaseException's.
static TypeObject* solid_base(TypeObject* t) {
  for (TypeObject* c : t->m_mro)
    if (!(c->m_flags & kHeapType) && c != &ObjectType)
      return c->m_flags & kExceptionSubclass ? &BaseExceptionType : c;
  return &ObjectType;
}

// CPython's best_base: the base whose solid base is the most derived of all the bases'
// (instances are made with its layout); null with TypeError when two layouts conflict.
static TypeObject* best_base(const std::vector<TypeObject*>& bases) {
  TypeObject* best = bases[0];
  TypeObject* solid = solid_base(best);
  for (TypeObject* b : bases) {
    TypeObject* s = solid_base(b);
    if (s == solid || solid->is_subtype(s)) continue;
    if (!s->is_subtype(solid)) {
      raise(&TypeErrorType, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
    solid = s;
    best = b;
  }
  return best;
}

// The cell a class body's methods read __class__ (and zero-argument super()) from,
// passed in the namespace by the class statement: set to the new class.
static bool fill_classcell(TypeObject* t) {
  StrObject* key = intern("__classcell__");
  Value cell = dict_get_str(t->m_dict, key);
  if (cell.is_null()) return true;
  if (cell.type() != &CellType) {
    raise(&TypeErrorType, format("__classcell__ must be a nonlocal cell, not %s",
                                 repr_text(Value::borrow(cell.type())).c_str()));
    return false;
  }
  cell.as<CellObject>()->m_value = Value::borrow(t);
  return dict_del(t->m_dict, Value::borrow(key)) == 0;
}

// super(t, t).__init_subclass__(**kw): the nearest base's hook, bound to t.
static bool call_init_subclass(TypeObject* t, const Value* kwvalues, KwNames* kwnames) {
  for (size_t i = 1; i < t->m_mro.size(); i++) {
    Value f = dict_get_str(t->m_mro[i]->m_dict, intern("__init_subclass__"));
    if (f.is_null()) continue;
    auto get = f.type()->tp_descr_get;
    Value bound = get ? get(f, Value(), t) : f;
    if (bound.is_null()) return false;
    size_t nkw = kwnames ? kwnames->size() : 0;
    return !call(bound, kwvalues, 0, nkw ? kwnames : nullptr).is_null();
  }
  return true;
}

// The MRO of t from its bases, then of every subclass (theirs contain t's).
static bool recompute_mro(TypeObject* t) {
  std::vector<std::vector<TypeObject*>> seqs;
  for (TypeObject* b : t->m_bases) seqs.push_back(b->m_mro);
  seqs.push_back(t->m_bases);
  std::vector<TypeObject*> mro;
  if (!c3_merge(t, seqs, mro)) {
    std::string names;
    for (TypeObject* b : t->m_bases) names += (names.empty() ? "" : ", ") + b->m_name;
    raise(&TypeErrorType, format("Cannot create a consistent method resolution\norder (MRO) for bases %s",
                                 names.c_str()));
    return false;
  }
  t->m_mro = std::move(mro);
  std::vector<TypeObject*> subs = t->subclasses();
  for (TypeObject* sub : subs)
    if (!recompute_mro(sub)) return false;
  return true;
}

static void link_bases(TypeObject* t, const std::vector<TypeObject*>& bases) {
  for (TypeObject* b : bases) {
    incref(b);
    b->add_subclass(t);
  }
  t->m_bases = bases;
  t->m_base = bases[0];
}

static void unlink_bases(TypeObject* t) {
  std::vector<TypeObject*> old = std::move(t->m_bases);
  t->m_bases.clear();
  for (TypeObject* b : old) {
    b->remove_subclass(t);
    decref(b);
  }
}

int type_set_bases(TypeObject* t, const Value& v) {
  const char* name = t->m_name.c_str();
  if (v.is_null()) {
    raise(&TypeErrorType, format("cannot delete '__bases__' attribute of immutable type '%s'", name));
    return -1;
  }
  if (!(t->m_flags & kHeapType)) {
    raise(&TypeErrorType, format("cannot set '__bases__' attribute of immutable type '%s'", name));
    return -1;
  }
  if (!is_tuple(v)) {
    raise(&TypeErrorType, format("can only assign tuple to %s.__bases__, not %s", name, type_name(v).c_str()));
    return -1;
  }
  if (as_tuple(v)->size() == 0) {
    raise(&TypeErrorType, format("can only assign non-empty tuple to %s.__bases__, not ()", name));
    return -1;
  }
  std::vector<TypeObject*> bases;
  for (const Value& b : as_tuple(v)->m_items) {
    if (!b.type()->is_subtype(&TypeType)) {
      raise(&TypeErrorType, format("%s.__bases__ must be tuple of classes, not '%s'", name, type_name(b).c_str()));
      return -1;
    }
    auto* bt = b.as<TypeObject>();
    if (bt->is_subtype(t)) {
      raise(&TypeErrorType, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
    bases.push_back(bt);
  }
  // Instances keep their C++ object: the new best base must free and lay out instances
  // as the old one (CPython's compatible_for_assignment: all classes written in Python
  // share one deallocator, each builtin type has its own).
  TypeObject* best = best_base(bases);
  if (!best) return -1;
  TypeObject* old_base = t->m_base;
  bool same_free = (best->m_flags & kHeapType) && (old_base->m_flags & kHeapType) ? true : best == old_base;
  if (!same_free || solid_base(best) != solid_base(old_base)) {
    raise(&TypeErrorType, format("__bases__ assignment: '%s' %s differs from '%s'", best->m_name.c_str(),
                                 same_free ? "object layout" : "deallocator", old_base->m_name.c_str()));
    return -1;
  }
  std::vector<TypeObject*> old = t->m_bases;
  for (TypeObject* b : old) incref(b);
  unlink_bases(t);
  link_bases(t, bases);
  bool ok = recompute_mro(t);
  if (!ok) {  // put the old bases back; their MROs were consistent
    Value err = fetch_error();
    unlink_bases(t);
    link_bases(t, old);
    recompute_mro(t);
    throw_value(err);  // pending again as it was
  }
  for (TypeObject* b : old) decref(b);
  type_modified(t);
  update_slots(t);
  return ok ? 0 : -1;
}

Value new_class(TypeObject* meta, StrObject* name, const Value& bases_v, DictObject* ns, const Value* kwvalues,
                KwNames* kwnames) {
  std::vector<TypeObject*> bases;
  for (const Value& b : as_tuple(bases_v)->m_items) {
    if (!b.type()->is_subtype(&TypeType))
      return raise(&TypeErrorType, "bases must be types");
    auto* bt = b.as<TypeObject>();
    if (!(bt->m_flags & kBaseType))
      return raise(&TypeErrorType, format("type '%s' is not an acceptable base type", bt->m_name.c_str()));
    for (TypeObject* seen : bases)
      if (seen == bt) return raise(&TypeErrorType, format("duplicate base class %s", bt->m_name.c_str()));
    bases.push_back(bt);
  }
  if (bases.empty()) bases.push_back(&ObjectType);

  // Instances are made by the base's tp_new, so all bases must share one layout.
  TypeObject* best = best_base(bases);
  if (!best) return Value();
  TypeObject* solid = solid_base(best);

  auto* t = new TypeObject(name->m_data);
  t->m_refcnt = 1;
  gc_track(t);
  t->set_type(meta);
  Value hold = Value::steal(t);
  t->m_flags = kHeapType | kBaseType;
  register_heap_type(t);
  t->m_base = bases[0];
  t->m_bases = bases;
  for (TypeObject* b : bases) {
    incref(b);
    t->m_flags |= b->m_flags & (kIntSubclass | kStrSubclass | kTupleSubclass | kListSubclass | kDictSubclass |
                                kExceptionSubclass | kTypeSubclass);
    b->add_subclass(t);
  }
  std::vector<std::vector<TypeObject*>> seqs;
  for (TypeObject* b : bases) seqs.push_back(b->m_mro);
  seqs.push_back(bases);
  if (!c3_merge(t, seqs, t->m_mro)) {
    std::string names;
    for (TypeObject* b : bases) names += (names.empty() ? "" : ", ") + b->m_name;
    return raise(&TypeErrorType,
                 format("Cannot create a consistent method resolution\norder (MRO) for bases %s", names.c_str()));
  }

  Value copy = dict_copy(ns);
  if (copy.is_null()) return copy;
  t->m_dict = copy.as<DictObject>();
  incref(t->m_dict);
  Value qual = dict_get_str(t->m_dict, intern("__qualname__"));
  if (is_str(qual)) {
    t->m_qualname = as_str(qual)->m_data;
    dict_del(t->m_dict, interned("__qualname__"));
  }
  if (!fill_classcell(t)) return Value();
  // A namespace without __module__ (type(name, bases, ns)) takes the caller's module.
  if (dict_get_str(t->m_dict, intern("__module__")).is_null() && running_globals) {
    DictObject* globals = running_globals();
    Value modname = globals ? dict_get_str(globals, intern("__name__")) : Value();
    if (!modname.is_null() && dict_set_str(t->m_dict, intern("__module__"), modname) < 0) return Value();
  }
  if (solid == &ObjectType && !setup_slots(t)) return Value();
  if (!add_layout_descriptors(t, solid)) return Value();
  if (solid == &ObjectType && !(t->m_flags & kNoInstanceDict)) t->m_shared_keys = new SharedKeys();
  if (dict_get_str(t->m_dict, intern("__doc__")).is_null()) dict_set_str(t->m_dict, intern("__doc__"), Value::none());
  // __new__ is implicitly a staticmethod, __init_subclass__ a classmethod.
  Value nw = dict_get_str(t->m_dict, intern("__new__"));
  if (is_type(nw, &FunctionType))
    dict_set_str(t->m_dict, intern("__new__"), Value::steal(new StaticMethodObject(nw)));
  // __init_subclass__ and __class_getitem__ are implicit classmethods.
  for (const char* name : {"__init_subclass__", "__class_getitem__"}) {
    Value f = dict_get_str(t->m_dict, intern(name));
    if (is_type(f, &FunctionType)) dict_set_str(t->m_dict, intern(name), Value::steal(new ClassMethodObject(f)));
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (!dict_get_str(t->m_dict, intern("__eq__")).is_null() && dict_get_str(t->m_dict, intern("__hash__")).is_null())
    dict_set_str(t->m_dict, intern("__hash__"), Value::none());
  type_modified(t);
  update_slots(t);

  // __set_name__ on descriptors, over a copy of the namespace (a hook may add or
  // delete class attributes), then the parent's __init_subclass__.
  std::vector<std::pair<Value, Value>> items;
  size_t pos = 0;
  Value k, v;
  while (dict_next(t->m_dict, &pos, &k, &v))
    if (v.is_obj() && is_str(k)) items.emplace_back(k, v);
  for (const auto& [name, attr] : items) {
    if (attr.type()->lookup(intern("__set_name__")).is_null()) continue;
    Value args[2] = {hold, name};
    if (call_method(attr, intern("__set_name__"), args, 2).is_null()) {
      // CPython 3.11 says which hook failed, with the error as the cause.
      Value cause = fetch_error();
      raise(&RuntimeErrorType, format("Error calling __set_name__ on '%s' instance '%s' in '%s'",
                                      type_name(attr).c_str(), as_str(name)->m_data.c_str(), t->m_name.c_str()));
      auto* e = as_exception(ts->exc);
      e->m_cause = cause;
      e->m_suppress_context = true;
      return Value();
    }
  }
  if (!call_init_subclass(t, kwvalues, kwnames)) return Value();
  return hold;
}

}  // namespace hotpy
