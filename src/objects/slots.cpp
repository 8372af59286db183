// __slots__: a class that lists its instances' attributes gets a member descriptor per
// name (C.a is <member 'a' of 'C' objects>), and its instances no attribute dict
// unless '__dict__' is listed or a base has one. Values live in the instance's slot
// array (InstanceObject::m_slot_values), indexed base classes' slots first.
#include <mutex>

#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/instance.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/typeslots.h"
#include "objects/weakref.h"

namespace hotpy {

TypeObject MemberDescrType("member_descriptor");

namespace {

// Keeps its class alive (CPython's d_type): it may outlive the class's namespace.
struct MemberDescrObject : GcObject {
  std::string m_name;
  TypeObject* m_owner;  // counted: always a heap type (a class with __slots__)
  uint32_t m_index;
  MemberDescrObject(std::string name, TypeObject* owner, uint32_t index)
      : GcObject(&MemberDescrType), m_name(std::move(name)), m_owner(owner), m_index(index) {
    incref(owner);
  }
  ~MemberDescrObject() override { decref(m_owner); }
  void traverse(Visitor visit, void* arg) override { visit(m_owner, arg); }
};

Value member_repr(const Value& self) {
  auto* m = self.as<MemberDescrObject>();
  return new_str(format("<member '%s' of '%s' objects>", m->m_name.c_str(), m->m_owner->m_name.c_str()));
}

// The instance's slot `m`, checking that it is an instance of the owner.
Value* slot_of(const MemberDescrObject* m, const Value& obj, bool make) {
  if (!obj.type()->is_subtype(m->m_owner)) {
    raise(&TypeErrorType, format("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m->m_name.c_str(),
                                 m->m_owner->m_name.c_str(), type_name(obj).c_str()));
    return nullptr;
  }
  auto* inst = obj.as<InstanceObject>();
  if (!inst->m_slot_values) {
    if (!make) return nullptr;
    inst->m_slot_values = new std::vector<Value>();
  }
  if (inst->m_slot_values->size() <= m->m_index) {
    if (!make) return nullptr;
    inst->m_slot_values->resize(std::max<size_t>(m->m_index + 1, obj.type()->m_nslots));
  }
  return &(*inst->m_slot_values)[m->m_index];
}

Value member_get(const Value& descr, const Value& obj, TypeObject*) {
  if (obj.is_null()) return descr;
  auto* m = descr.as<MemberDescrObject>();
  Value* slot = slot_of(m, obj, false);
  if (slot && !slot->is_null()) return *slot;
  if (error_pending()) return Value();
  return raise(&AttributeErrorType, format("'%s' object has no attribute '%s'", type_name(obj).c_str(), m->m_name.c_str()));
}

int member_set(const Value& descr, const Value& obj, const Value& v) {
  auto* m = descr.as<MemberDescrObject>();
  Value* slot = slot_of(m, obj, !v.is_null());
  if (!slot || (v.is_null() && slot->is_null())) {
    // Deleting an unset slot says only its name, as CPython's member_delete.
    if (!error_pending())
      raise(&AttributeErrorType, v.is_null() ? m->m_name
                                             : format("'%s' object has no attribute '%s'", type_name(obj).c_str(),
                                                      m->m_name.c_str()));
    return -1;
  }
  *slot = v;
  return 0;
}

void ready_member_type() {
  MemberDescrType.tp_repr = member_repr;
  MemberDescrType.tp_descr_get = member_get;
  MemberDescrType.tp_descr_set = member_set;
  type_ready(&MemberDescrType, &ObjectType);
  type_add_getsets(&MemberDescrType,
                   {{"__name__", [](const Value& d) { return new_str(d.as<MemberDescrObject>()->m_name); }},
                    {"__qualname__",
                     [](const Value& d) {
                       auto* m = d.as<MemberDescrObject>();
                       return new_str(m->m_owner->m_qualname + "." + m->m_name);
                     }},
                    {"__objclass__", [](const Value& d) { return Value::borrow(d.as<MemberDescrObject>()->m_owner); }}});
}

// CPython's _Py_Mangle for a slot name: "__x" in class "_C" is "_C__x".
std::string mangled(const std::string& cls, const std::string& name) {
  if (name.size() < 2 || name.compare(0, 2, "__") != 0 || (name.size() >= 4 && name.compare(name.size() - 2, 2, "__") == 0))
    return name;
  size_t start = cls.find_first_not_of('_');
  if (start == std::string::npos) return name;
  return "_" + cls.substr(start) + name;
}

}  // namespace

bool setup_slots(TypeObject* t) {
  static std::once_flag once;
  ready_builtin_types(once, ready_member_type);
  // What the bases bring: their slots (one chain of them at most) and their dicts.
  bool base_has_dict = false;
  const TypeObject* slotted = nullptr;
  for (TypeObject* base : t->m_bases) {
    if (base != &ObjectType && !(base->m_flags & kNoInstanceDict)) base_has_dict = true;
    if (base->m_nslots == 0) continue;
    // The class that laid the slots out: a subclass with `__slots__ = ()` adds none, so
    // two such siblings share their parent's layout (CPython's solid_base).
    const TypeObject* b = base;
    while (b->m_base && b->m_base->m_nslots == b->m_nslots) b = b->m_base;
    if (slotted && !slotted->is_subtype(b) && !b->is_subtype(slotted)) {
      raise(&TypeErrorType, "multiple bases have instance lay-out conflict");
      return false;
    }
    if (!slotted || b->m_nslots > slotted->m_nslots) slotted = b;
  }
  uint32_t base_slots = slotted ? slotted->m_nslots : 0;
  t->m_nslots = base_slots;
  Value spec = dict_get_str(t->m_dict, intern("__slots__"));
  if (spec.is_null()) return true;  // no __slots__: instances have a dict
  std::vector<Value> names;
  if (is_str(spec)) {
    names.push_back(spec);
  } else {
    if (!collect_iterable(spec, names)) return false;
  }
  bool wants_dict = base_has_dict;
  // A class written in Python above already gives instances a dict: CPython refuses a second.
  bool base_heap_dict = false;
  for (TypeObject* b : t->m_bases)
    base_heap_dict = base_heap_dict || ((b->m_flags & kHeapType) && !(b->m_flags & kNoInstanceDict));
  bool listed_dict = false, listed_weakref = false;
  uint32_t index = base_slots;
  for (const Value& n : names) {
    if (!is_str(n)) {
      raise(&TypeErrorType, format("__slots__ items must be strings, not '%s'", type_name(n).c_str()));
      return false;
    }
    const std::string& name = as_str(n)->m_data;
    Value ok = call_method(n, intern("isidentifier"), nullptr, 0);
    if (ok.is_null()) return false;
    if (!truthy(ok)) {
      raise(&TypeErrorType, "__slots__ must be identifiers");
      return false;
    }
    if (name == "__dict__") {
      if (listed_dict || base_heap_dict) {
        raise(&TypeErrorType, "__dict__ slot disallowed: we already got one");
        return false;
      }
      listed_dict = wants_dict = true;
      continue;
    }
    if (name == "__weakref__") {
      if (listed_weakref) {
        raise(&TypeErrorType, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        return false;
      }
      listed_weakref = true;
      continue;
    }
    std::string key = mangled(t->m_name, name);
    Value existing = dict_get_str(t->m_dict, intern(key));
    bool listed_twice = !existing.is_null() && existing.type() == &MemberDescrType &&
                        existing.as<MemberDescrObject>()->m_owner == t;
    if (!existing.is_null() && !listed_twice) {
      raise(&ValueErrorType, format("'%s' in __slots__ conflicts with class variable", name.c_str()));
      return false;
    }
    dict_set_str(t->m_dict, intern(key), Value::steal(new MemberDescrObject(key, t, index++)));
  }
  t->m_nslots = index;
  if (!wants_dict) t->m_flags |= kNoInstanceDict;
  return true;
}

}  // namespace hotpy

namespace hotpy {

namespace {

bool lists_weakref(const Value& spec) {
  auto is_weakref_name = [](const Value& v) { return is_str(v) && as_str(v)->view() == "__weakref__"; };
  if (is_str(spec)) return is_weakref_name(spec);
  if (is_tuple(spec) || is_list(spec))
    for (const Value& v : spec.as<ItemsObject>()->m_items)
      if (is_weakref_name(v)) return true;
  return false;
}

bool base_has_dict(const TypeObject* b) {
  if (b->m_flags & kHeapType) return !(b->m_flags & kNoInstanceDict);
  return (b->m_flags & (kExceptionSubclass | kTypeSubclass)) || b->is_subtype(&ModuleType);
}

Value weakref_get(const Value& self) {
  std::vector<Value> refs = weakrefs_of(self.obj());
  return refs.empty() ? Value::none() : refs[0];
}

}  // namespace

// CPython's tp_weaklistoffset and tp_dictoffset, as a class statement sees them: a
// class whose instances get an attribute dict or weak references that no base gave
// them lists a descriptor for each (A.__dict__['__weakref__']). Instances can be
// weakly referenced unless __slots__ leaves __weakref__ out; never those of int,
// tuple and bytes subclasses (CPython's variable-size objects).
bool add_layout_descriptors(TypeObject* t, TypeObject* solid) {
  Value spec = dict_get_str(t->m_dict, intern("__slots__"));
  bool base_weak = false, base_dict = false;
  for (TypeObject* b : t->m_bases) {
    base_weak = base_weak || (b->m_flags & kWeakrefable);
    base_dict = base_dict || base_has_dict(b);
  }
  bool var_size = solid == &IntType || solid == &TupleType || solid == &BytesType;
  bool listed = !spec.is_null() && lists_weakref(spec);
  if (listed && (base_weak || var_size)) {
    raise(&TypeErrorType, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
    return false;
  }
  bool adds_weak = !base_weak && !var_size && (spec.is_null() || listed);
  if (base_weak || adds_weak) t->m_flags |= kWeakrefable;
  static const GetSetDef dict_def{"__dict__", object_dict_get, object_dict_set, "dictionary for instance variables"};
  static const GetSetDef weakref_def{"__weakref__", weakref_get, nullptr, "list of weak references to the object"};
  // What the class body defines under these names stays (CPython's setdefault).
  auto add = [t](const GetSetDef& def) {
    if (dict_get_str(t->m_dict, intern(def.name)).is_null())
      dict_set_str(t->m_dict, intern(def.name), Value::steal(new GetSetDescrObject(def, t)));
  };
  if (!(t->m_flags & kNoInstanceDict) && !base_dict) add(dict_def);
  if (adds_weak) add(weakref_def);
  return true;
}

}  // namespace hotpy
