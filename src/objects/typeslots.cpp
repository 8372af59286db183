// Slots <-> dunder methods (see typeslots.h), and attribute access on type objects.
#include "objects/typeslots.h"

#include <unordered_map>

#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject GetSetDescrType("getset_descriptor");
TypeObject WrapperDescrType("wrapper_descriptor");
TypeObject MethodWrapperType("method-wrapper");

GetSetDescrObject::GetSetDescrObject(const GetSetDef& def, TypeObject* owner)
    : GcObject(&GetSetDescrType), m_def(def), m_owner(owner) {
  if (owner->m_flags & kHeapType) incref(owner);
}
GetSetDescrObject::~GetSetDescrObject() {
  if (m_owner->m_flags & kHeapType) decref(m_owner);
}
void GetSetDescrObject::traverse(Visitor visit, void* arg) {
  if (m_owner->m_flags & kHeapType) visit(m_owner, arg);
}

// The C++ accessors assume their own type's objects: a descriptor called directly
// (T.__dict__['x'].__get__(other)) must refuse anything else.
static bool getset_applies(const GetSetDescrObject* d, const Value& obj) {
  if (obj.type()->is_subtype(d->m_owner)) return true;
  raise(&TypeErrorType, format("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->m_def.name,
                               d->m_owner->m_name.c_str(), type_name(obj).c_str()));
  return false;
}
static Value getset_get(const Value& descr, const Value& obj, TypeObject*) {
  if (obj.is_null()) return descr;
  auto* d = descr.as<GetSetDescrObject>();
  if (!getset_applies(d, obj)) return Value();
  return d->m_def.get(obj);
}
static int getset_set(const Value& descr, const Value& obj, const Value& v) {
  auto* d = descr.as<GetSetDescrObject>();
  if (!getset_applies(d, obj)) return -1;
  if (!d->m_def.set) {
    raise(&AttributeErrorType, format("attribute '%s' of '%s' objects is not writable", d->m_def.name,
                                      d->m_owner->m_name.c_str()));
    return -1;
  }
  return d->m_def.set(obj, v);
}

static Value getset_repr(const Value& self) {
  auto* d = self.as<GetSetDescrObject>();
  return new_str(format("<attribute '%s' of '%s' objects>", d->m_def.name, d->m_owner->m_name.c_str()));
}
static Value getset_name(const Value& self) { return new_str(self.as<GetSetDescrObject>()->m_def.name); }
static Value getset_qualname(const Value& self) {
  auto* d = self.as<GetSetDescrObject>();
  return new_str(d->m_owner->m_qualname + "." + d->m_def.name);
}
static Value getset_objclass(const Value& self) { return Value::borrow(self.as<GetSetDescrObject>()->m_owner); }
static Value getset_doc(const Value& self) {
  const char* doc = self.as<GetSetDescrObject>()->m_def.doc;
  return doc ? new_str(doc) : Value::none();
}

// ---------------------------------------------------------------------------
// Wrappers: a builtin type's slot exposed as a method.

enum class WrapKind : uint8_t {
  Repr, Str, Hash, Compare, Bool, Len, GetAttribute, SetAttr, DelAttr, Call, Iter, Next,
  GetItem, SetItem, DelItem, Contains, Binary, RBinary, Inplace, Unary, Init, Get, Set, Delete,
};

struct WrapperDescrObject : GcObject {
  const char* m_name;
  WrapKind m_kind;
  uint8_t m_op;  // CmpOp, BinOp or UnaryOp
  TypeObject* m_owner;
  WrapperDescrObject(const char* name, WrapKind kind, uint8_t op, TypeObject* owner)
      : GcObject(&WrapperDescrType), m_name(name), m_kind(kind), m_op(op), m_owner(owner) {}
};

struct MethodWrapperObject : GcObject {
  Value m_descr, m_self;
  MethodWrapperObject(Value d, Value s) : GcObject(&MethodWrapperType), m_descr(std::move(d)), m_self(std::move(s)) {}
  void traverse(Visitor visit, void* arg) override {
    visit_value(m_descr, visit, arg);
    visit_value(m_self, visit, arg);
  }
};

static Value from_int(int r) { return r < 0 ? Value() : Value::boolean(r); }

static Value call_wrapper(WrapperDescrObject* w, const Value* args, size_t nargs, KwNames* kw) {
  if (nargs < 1)
    return raise(&TypeErrorType, format("descriptor '%s' of '%s' object needs an argument", w->m_name,
                                        w->m_owner->m_name.c_str()));
  const Value& self = args[0];
  if (!self.type()->is_subtype(w->m_owner))
    return raise(&TypeErrorType, format("descriptor '%s' requires a '%s' object but received a '%s'", w->m_name,
                                        w->m_owner->m_name.c_str(), type_name(self).c_str()));
  TypeObject* t = w->m_owner;
  size_t n = nargs - 1;
  auto need = [&](size_t k) {
    if (n == k && !kw) return true;
    raise(&TypeErrorType, format("expected %zu argument%s, got %zu", k, k == 1 ? "" : "s", n));
    return false;
  };
  auto name_arg = [&](StrObject** out) {
    if (!is_str(args[1])) {
      raise(&TypeErrorType, format("attribute name must be string, not '%s'", type_name(args[1]).c_str()));
      return false;
    }
    *out = as_str(args[1]);
    return true;
  };
  StrObject* name;
  switch (w->m_kind) {
    case WrapKind::Repr: return need(0) ? t->tp_repr(self) : Value();
    case WrapKind::Str: return need(0) ? t->tp_str(self) : Value();
    case WrapKind::Hash: {
      if (!need(0)) return Value();
      int64_t h = t->tp_hash(self);
      return h == -1 ? Value() : Value::integer(h);
    }
    case WrapKind::Compare: return need(1) ? t->tp_richcompare(self, args[1], CmpOp(w->m_op)) : Value();
    case WrapKind::Bool: return need(0) ? from_int(t->tp_bool(self)) : Value();
    case WrapKind::Len: {
      if (!need(0)) return Value();
      int64_t len = t->tp_len(self);
      return len < 0 ? Value() : Value::integer(len);
    }
    case WrapKind::GetAttribute:
      if (!need(1) || !name_arg(&name)) return Value();
      return t->tp_getattr(self, name);
    case WrapKind::SetAttr:
      if (!need(2) || !name_arg(&name)) return Value();
      return t->tp_setattr(self, name, args[2]) < 0 ? Value() : Value::none();
    case WrapKind::DelAttr:
      if (!need(1) || !name_arg(&name)) return Value();
      return t->tp_setattr(self, name, Value()) < 0 ? Value() : Value::none();
    case WrapKind::Call: return t->tp_call(self, args + 1, n, kw);
    case WrapKind::Iter: return need(0) ? t->tp_iter(self) : Value();
    case WrapKind::Next: {
      if (!need(0)) return Value();
      Value r = t->tp_next(self);
      if (r.is_null() && !error_pending()) return raise_value(Value::borrow(&StopIterationType));
      return r;
    }
    case WrapKind::GetItem: return need(1) ? t->tp_getitem(self, args[1]) : Value();
    case WrapKind::SetItem:
      return need(2) ? (t->tp_setitem(self, args[1], args[2]) < 0 ? Value() : Value::none()) : Value();
    case WrapKind::DelItem:
      return need(1) ? (t->tp_setitem(self, args[1], Value()) < 0 ? Value() : Value::none()) : Value();
    case WrapKind::Contains: return need(1) ? from_int(t->tp_contains(self, args[1])) : Value();
    case WrapKind::Binary: return need(1) ? t->tp_binary(BinOp(w->m_op), self, args[1]) : Value();
    case WrapKind::RBinary: return need(1) ? t->tp_binary(BinOp(w->m_op), args[1], self) : Value();
    case WrapKind::Inplace: return need(1) ? t->tp_inplace(BinOp(w->m_op), self, args[1]) : Value();
    case WrapKind::Unary: return need(0) ? t->tp_unary(UnaryOp(w->m_op), self) : Value();
    case WrapKind::Init:
      return t->tp_init(self, args + 1, n, kw) < 0 ? Value() : Value::none();
    case WrapKind::Get: {
      if (n < 1 || n > 2) return raise(&TypeErrorType, "__get__(None, None) is invalid");
      Value obj = args[1].is_none() ? Value() : args[1];
      TypeObject* owner = n == 2 && args[2].type()->is_subtype(&TypeType) ? args[2].as<TypeObject>() : nullptr;
      if (obj.is_null() && !owner) return raise(&TypeErrorType, "__get__(None, None) is invalid");
      return t->tp_descr_get(self, obj, owner);
    }
    case WrapKind::Set:
      return need(2) ? (t->tp_descr_set(self, args[1], args[2]) < 0 ? Value() : Value::none()) : Value();
    case WrapKind::Delete:
      return need(1) ? (t->tp_descr_set(self, args[1], Value()) < 0 ? Value() : Value::none()) : Value();
  }
  return Value();
}

static Value wrapper_descr_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  return call_wrapper(self.as<WrapperDescrObject>(), args, nargs, kw);
}
static Value wrapper_descr_get(const Value& descr, const Value& obj, TypeObject*) {
  if (obj.is_null()) return descr;
  return Value::steal(new MethodWrapperObject(descr, obj));
}
static Value wrapper_descr_repr(const Value& self) {
  auto* w = self.as<WrapperDescrObject>();
  return new_str(format("<slot wrapper '%s' of '%s' objects>", w->m_name, w->m_owner->m_name.c_str()));
}
static Value method_wrapper_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  auto* m = self.as<MethodWrapperObject>();
  return with_first_arg(m->m_self, args, nargs, kw, [&](const Value* all, size_t n) {
    return call_wrapper(m->m_descr.as<WrapperDescrObject>(), all, n, kw);
  });
}
static Value wrapper_descr_name(const Value& self) { return new_str(self.as<WrapperDescrObject>()->m_name); }
static Value wrapper_descr_qualname(const Value& self) {
  auto* w = self.as<WrapperDescrObject>();
  return new_str(w->m_owner->m_qualname + "." + w->m_name);
}
static Value wrapper_descr_objclass(const Value& self) { return Value::borrow(self.as<WrapperDescrObject>()->m_owner); }
static Value method_wrapper_self(const Value& self) { return self.as<MethodWrapperObject>()->m_self; }
static Value method_wrapper_name(const Value& self) {
  return new_str(self.as<MethodWrapperObject>()->m_descr.as<WrapperDescrObject>()->m_name);
}
static Value method_wrapper_qualname(const Value& self) {
  return wrapper_descr_qualname(self.as<MethodWrapperObject>()->m_descr);
}
static Value method_wrapper_repr(const Value& self) {
  auto* m = self.as<MethodWrapperObject>();
  auto* w = m->m_descr.as<WrapperDescrObject>();
  return new_str(format("<method-wrapper '%s' of %s object at %p>", w->m_name, type_name(m->m_self).c_str(),
                        static_cast<void*>(m->m_self.is_obj() ? m->m_self.obj() : nullptr)));
}

// The dunder names of each slot. ORDER BINOP for the binary tables.
static const char* const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static const char* const kUnaryNames[] = {"__neg__", "__pos__", "__invert__"};

void add_slot_wrappers(TypeObject* t) {
  const TypeObject* b = t->m_base;
  auto add = [&](const char* name, WrapKind kind, uint8_t op = 0) {
    StrObject* key = intern(name);
    if (!dict_get_str(t->m_dict, key).is_null()) return;
    dict_set_str(t->m_dict, key, Value::steal(new WrapperDescrObject(name, kind, op, t)));
  };
#define OWN(slot) (t->slot && (!b || t->slot != b->slot))
  if (OWN(tp_repr)) add("__repr__", WrapKind::Repr);
  if (OWN(tp_str)) add("__str__", WrapKind::Str);
  // An unhashable type says so with __hash__ = None, as CPython's do: collections.abc's
  // Hashable and the subclass hash checks read it from the class dict.
  if (OWN(tp_hash) && t->tp_hash == hash_unhashable) {
    if (dict_get_str(t->m_dict, INTERN("__hash__")).is_null())
      dict_set_str(t->m_dict, INTERN("__hash__"), Value::none());
  } else if (OWN(tp_hash)) {
    add("__hash__", WrapKind::Hash);
  }
  if (OWN(tp_richcompare))
    for (int op = 0; op < 6; op++) add(kCompareNames[op], WrapKind::Compare, uint8_t(op));
  if (OWN(tp_bool)) add("__bool__", WrapKind::Bool);
  if (OWN(tp_len)) add("__len__", WrapKind::Len);
  if (OWN(tp_getattr)) add("__getattribute__", WrapKind::GetAttribute);
  if (OWN(tp_setattr)) {
    add("__setattr__", WrapKind::SetAttr);
    add("__delattr__", WrapKind::DelAttr);
  }
  if (OWN(tp_call)) add("__call__", WrapKind::Call);
  if (OWN(tp_iter)) add("__iter__", WrapKind::Iter);
  if (OWN(tp_next)) add("__next__", WrapKind::Next);
  if (OWN(tp_getitem)) add("__getitem__", WrapKind::GetItem);
  if (OWN(tp_setitem)) {
    add("__setitem__", WrapKind::SetItem);
    add("__delitem__", WrapKind::DelItem);
  }
  if (OWN(tp_contains)) add("__contains__", WrapKind::Contains);
  if (OWN(tp_binary))
    for (int op = 0; op < kBinOpCount; op++) {
      add(binop_dunder(BinOp(op)), WrapKind::Binary, uint8_t(op));
      add(binop_rdunder(BinOp(op)), WrapKind::RBinary, uint8_t(op));
    }
  if (OWN(tp_inplace))
    for (int op = 0; op < kBinOpCount; op++) add(binop_idunder(BinOp(op)), WrapKind::Inplace, uint8_t(op));
  if (OWN(tp_unary))
    for (int op = 0; op < 3; op++) add(kUnaryNames[op], WrapKind::Unary, uint8_t(op));
  if (OWN(tp_init)) add("__init__", WrapKind::Init);
  if (OWN(tp_descr_get)) add("__get__", WrapKind::Get);
  if (OWN(tp_descr_set)) {
    add("__set__", WrapKind::Set);
    add("__delete__", WrapKind::Delete);
  }
#undef OWN
  // __new__ is a static method taking the class first.
  if (t->tp_new && (!b || t->tp_new != b->tp_new)) {
    StrObject* key = intern("__new__");
    if (dict_get_str(t->m_dict, key).is_null())
      dict_set_str(t->m_dict, key, Value::steal(new StaticMethodObject(new_builtin_new(t))));
  }
}

// ---------------------------------------------------------------------------
// Dispatchers: slots of classes written in Python call their dunder methods.

// The dunder names as interned strings, made once (init_typeslot_types).
static StrObject* compare_names[6];
static StrObject* unary_names[3];
static StrObject* binop_names[3][kBinOpCount];  // plain, reflected, in-place
static StrObject* compare_name(CmpOp op) { return compare_names[int(op)]; }
static StrObject* unary_name(UnaryOp op) { return unary_names[int(op)]; }
static StrObject* binop_name(BinOp op, int variant) { return binop_names[variant][int(op)]; }

// Calls type(self).<name>(self, args...) without making a bound method.
// `*found` is false (and nothing is raised) when the class has no such attribute.
static Value call_dunder(const Value& self, StrObject* name, const Value* args, size_t nargs, bool* found) {
  Value f = self.type()->lookup(name);
  *found = !f.is_null();
  if (f.is_null()) return Value();
  Value stack[4];
  stack[0] = self;
  for (size_t i = 0; i < nargs && i < 3; i++) stack[i + 1] = args[i];
  if (is_type(f, &FunctionType)) return call_function(f.as<FunctionObject>(), stack, nargs + 1, nullptr);
  auto get = f.type()->tp_descr_get;
  if (get) {
    Value bound = get(f, self, self.type());
    if (bound.is_null()) return bound;
    return call(bound, args, nargs);
  }
  return call(f, args, nargs);
}

static Value dunder0(const Value& self, StrObject* name) {
  bool found;
  Value r = call_dunder(self, name, nullptr, 0, &found);
  if (!found) return raise(&AttributeErrorType, name->view());
  return r;
}

// Unchecked, as CPython's slots: repr() and str() check what they return.
static Value slot_repr(const Value& self) { return dunder0(self, INTERN("__repr__")); }
static Value slot_str(const Value& self) { return dunder0(self, INTERN("__str__")); }
static int64_t slot_hash(const Value& self) {
  Value f = self.type()->lookup(INTERN("__hash__"));
  if (f.is_none()) {
    raise(&TypeErrorType, format("unhashable type: '%s'", type_name(self).c_str()));
    return -1;
  }
  Value r = dunder0(self, INTERN("__hash__"));
  if (r.is_null()) return -1;
  if (!is_int_like(r)) {
    raise(&TypeErrorType, "__hash__ method should return an integer");
    return -1;
  }
  int64_t h = r.is_int() || r.is_bool() ? (r.is_int() ? r.as_int() : r.as_bool()) : int_hash(r);
  return h == -1 ? -2 : h;
}
static Value slot_richcompare(const Value& a, const Value& b, CmpOp op) {
  bool found;
  Value r = call_dunder(a, compare_name(op), &b, 1, &found);
  if (!found) return NotImplemented;
  return r;
}
static int slot_bool(const Value& self) {
  bool found;
  Value r = call_dunder(self, INTERN("__bool__"), nullptr, 0, &found);
  if (found) {
    if (r.is_null()) return -1;
    if (!r.is_bool()) {
      raise(&TypeErrorType, format("__bool__ should return bool, returned %s", type_name(r).c_str()));
      return -1;
    }
    return r.as_bool();
  }
  r = call_dunder(self, INTERN("__len__"), nullptr, 0, &found);
  if (!found) return 1;
  if (r.is_null()) return -1;
  int64_t n;
  if (!index_ssize(r, &n, &OverflowErrorType)) return -1;
  if (n < 0) {
    raise(&ValueErrorType, "__len__() should return >= 0");
    return -1;
  }
  return n != 0;
}
static int64_t slot_len(const Value& self) {
  Value r = dunder0(self, INTERN("__len__"));
  if (r.is_null()) return -1;
  // CPython's slot_sq_length: the result through __index__, then as an index-sized int.
  int64_t n;
  if (!index_ssize(r, &n, &OverflowErrorType)) return -1;
  if (n < 0) {
    raise(&ValueErrorType, "__len__() should return >= 0");
    return -1;
  }
  return n;
}
static Value slot_getattr(const Value& self, StrObject* name) {
  TypeObject* t = self.type();
  Value custom = t->lookup(INTERN("__getattribute__"));
  Value r;
  Value name_v = Value::borrow(name);
  bool found = false;
  if (!custom.is_null() && custom.type() != &WrapperDescrType)
    r = call_dunder(self, INTERN("__getattribute__"), &name_v, 1, &found);
  else if (!custom.is_null())  // the inherited builtin lookup: type's for a metaclass
    r = custom.as<WrapperDescrObject>()->m_owner->tp_getattr(self, name);
  else
    r = generic_getattr(self, name);
  if (r.is_null() && error_matches(&AttributeErrorType) && !t->lookup(INTERN("__getattr__")).is_null()) {
    clear_error();
    r = call_dunder(self, INTERN("__getattr__"), &name_v, 1, &found);
  }
  return r;
}
static int slot_setattr(const Value& self, StrObject* name, const Value& v) {
  bool found;
  Value args[2] = {Value::borrow(name), v};
  Value r = v.is_null() ? call_dunder(self, INTERN("__delattr__"), args, 1, &found)
                        : call_dunder(self, INTERN("__setattr__"), args, 2, &found);
  if (!found) return generic_setattr(self, name, v);
  return r.is_null() ? -1 : 0;
}
static Value slot_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value f = self.type()->lookup(INTERN("__call__"));
  if (f.is_null())
    return raise(&TypeErrorType, format("'%s' object is not callable", type_name(self).c_str()));
  Value bound = f.type()->tp_descr_get ? f.type()->tp_descr_get(f, self, self.type()) : f;
  if (bound.is_null()) return bound;
  return call(bound, args, nargs, kw);
}
static Value slot_iter(const Value& self) {
  Value f = self.type()->lookup(INTERN("__iter__"));
  if (f.is_none())
    return raise(&TypeErrorType, format("'%s' object is not iterable", type_name(self).c_str()));
  Value r = dunder0(self, INTERN("__iter__"));
  if (!r.is_null() && !r.type()->tp_next)
    return raise(&TypeErrorType, format("iter() returned non-iterator of type '%s'", type_name(r).c_str()));
  return r;
}
static Value slot_next(const Value& self) {
  Value r = dunder0(self, INTERN("__next__"));
  if (r.is_null() && error_matches(&StopIterationType)) ts->stop_exc = fetch_error();  // exhausted
  return r;
}
static Value slot_getitem(const Value& self, const Value& key) {
  bool found;
  Value r = call_dunder(self, INTERN("__getitem__"), &key, 1, &found);
  if (!found)
    return raise(&TypeErrorType, format("'%s' object is not subscriptable", type_name(self).c_str()));
  return r;
}
static int slot_setitem(const Value& self, const Value& key, const Value& v) {
  bool found;
  Value args[2] = {key, v};
  Value r = v.is_null() ? call_dunder(self, INTERN("__delitem__"), args, 1, &found)
                        : call_dunder(self, INTERN("__setitem__"), args, 2, &found);
  if (!found) {
    if (v.is_null()) return raise_no_item_deletion(self, key);
    raise(&TypeErrorType, format("'%s' object does not support item assignment", type_name(self).c_str()));
    return -1;
  }
  return r.is_null() ? -1 : 0;
}
static int slot_contains(const Value& self, const Value& item) {
  bool found;
  // `__contains__ = None` opts out of the protocol, iteration fallback included.
  if (self.type()->lookup(INTERN("__contains__")).is_none()) {
    raise(&TypeErrorType, format("'%s' object is not a container", type_name(self).c_str()));
    return -1;
  }
  Value r = call_dunder(self, INTERN("__contains__"), &item, 1, &found);
  if (!found) {
    // No __contains__: iterate, as the `in` protocol does.
    Value it = get_iter(self);
    if (it.is_null()) return -1;
    for (;;) {
      Value x = iter_next(it);
      if (x.is_null()) return error_pending() ? -1 : 0;
      int eq = equal(x, item);
      if (eq != 0) return eq;
    }
  }
  if (r.is_null()) return -1;
  return truthy(r);
}
static Value slot_binary(BinOp op, const Value& a, const Value& b) {
  // Called with the class on either side (CPython's SLOT1BINFULL).
  auto self_slot = [](const Value& v) { return v.type()->tp_binary == slot_binary; };
  bool do_other = a.type() != b.type() && self_slot(b);
  bool found;
  if (self_slot(a)) {
    if (do_other && b.type()->is_subtype(a.type())) {
      Value r = call_dunder(b, binop_name(op, 1), &a, 1, &found);
      if (found && !r.is(NotImplemented)) return r;
      do_other = false;
    }
    Value r = call_dunder(a, binop_name(op, 0), &b, 1, &found);
    if (found && !r.is(NotImplemented)) return r;
  }
  if (do_other || (!self_slot(a) && self_slot(b))) {
    Value r = call_dunder(b, binop_name(op, 1), &a, 1, &found);
    if (found) return r;
  }
  return NotImplemented;
}
Value python_binary_dunder(TypeObject* type, BinOp op) {
  if (type->tp_binary != slot_binary) return Value();
  Value f = type->lookup(binop_name(op, 0));
  return is_type(f, &FunctionType) ? f : Value();
}
static Value slot_inplace(BinOp op, const Value& a, const Value& b) {
  bool found;
  Value r = call_dunder(a, binop_name(op, 2), &b, 1, &found);
  return found ? r : NotImplemented;
}
static Value slot_unary(UnaryOp op, const Value& self) {
  bool found;
  Value r = call_dunder(self, unary_name(op), nullptr, 0, &found);
  if (!found) return NotImplemented;
  return r;
}
bool python_unary(const Value& self, UnaryOp op, Value* result) {
  if (self.type()->tp_unary != slot_unary) return false;
  bool found;
  *result = call_dunder(self, unary_name(op), nullptr, 0, &found);
  return found;
}
static int slot_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value f = self.type()->lookup(INTERN("__init__"));
  Value r;
  if (is_type(f, &FunctionType)) {
    r = call_with_first(f, self, args, nargs, kw);
  } else {
    Value bound = f.type()->tp_descr_get ? f.type()->tp_descr_get(f, self, self.type()) : f;
    if (bound.is_null()) return -1;
    r = call(bound, args, nargs, kw);
  }
  return check_init_result(r);
}

int check_init_result(const Value& r) {
  if (r.is_null()) return -1;
  if (!r.is_none()) {
    raise(&TypeErrorType, format("__init__() should return None, not '%s'", type_name(r).c_str()));
    return -1;
  }
  return 0;
}
Value plain_class_init(TypeObject* type) {
  if (type->m_type != &TypeType || type->tp_init != slot_init || type->tp_new != ObjectType.tp_new ||
      (type->m_flags & kIsAbstract))
    return Value();
  Value f = type->lookup(INTERN("__init__"));
  return is_type(f, &FunctionType) ? f : Value();
}
static Value slot_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value f = type->lookup(INTERN("__new__"));
  if (f.type() == &StaticMethodType) f = f.as<StaticMethodObject>()->m_func;
  return call_with_first(f, Value::borrow(type), args, nargs, kw);
}
static Value slot_descr_get(const Value& descr, const Value& obj, TypeObject* owner) {
  bool found;
  Value args[2] = {obj.is_null() ? Value::none() : obj, owner ? Value::borrow(owner) : Value::none()};
  Value r = call_dunder(descr, INTERN("__get__"), args, 2, &found);
  if (!found) return descr;
  return r;
}
static int slot_descr_set(const Value& descr, const Value& obj, const Value& v) {
  bool found;
  Value args[2] = {obj, v};
  Value r = v.is_null() ? call_dunder(descr, INTERN("__delete__"), args, 1, &found)
                        : call_dunder(descr, INTERN("__set__"), args, 2, &found);
  if (!found) {
    raise(&AttributeErrorType, v.is_null() ? "__delete__" : "__set__");
    return -1;
  }
  return r.is_null() ? -1 : 0;
}

// True when a class written in Python on t's MRO defines one of `names`.
// The slots a dunder name fills when a class defines it. update_slots reads each
// class dict on the MRO once, instead of probing every dunder name in each.
enum SlotBit : uint32_t {
  kRepr = 1u << 0, kStr = 1u << 1, kHash = 1u << 2, kRichCompare = 1u << 3, kBool = 1u << 4,
  kLen = 1u << 5, kGetAttr = 1u << 6, kSetAttr = 1u << 7, kCall = 1u << 8, kIter = 1u << 9,
  kNext = 1u << 10, kGetItem = 1u << 11, kSetItem = 1u << 12, kContains = 1u << 13,
  kUnary = 1u << 14, kInit = 1u << 15, kNew = 1u << 16, kDescrGet = 1u << 17,
  kDescrSet = 1u << 18, kBinary = 1u << 19, kInplace = 1u << 20, kDel = 1u << 21,
};

static const std::unordered_map<const StrObject*, uint32_t>& slot_bits_by_name() {
  static const auto* table = [] {
    auto* m = new std::unordered_map<const StrObject*, uint32_t>();
    auto add = [&](const char* name, uint32_t bits) { (*m)[intern(name)] |= bits; };
    add("__repr__", kRepr);
    add("__str__", kStr);
    add("__hash__", kHash);
    for (const char* n : kCompareNames) add(n, kRichCompare);
    add("__bool__", kBool);
    add("__len__", kBool | kLen);  // truth falls back on len()
    add("__getattribute__", kGetAttr);
    add("__getattr__", kGetAttr);
    add("__setattr__", kSetAttr);
    add("__delattr__", kSetAttr);
    add("__call__", kCall);
    add("__iter__", kIter);
    add("__next__", kNext);
    add("__getitem__", kGetItem);
    add("__setitem__", kSetItem);
    add("__delitem__", kSetItem);
    add("__contains__", kContains);
    for (const char* n : kUnaryNames) add(n, kUnary);
    add("__init__", kInit);
    add("__new__", kNew);
    add("__get__", kDescrGet);
    add("__set__", kDescrSet);
    add("__delete__", kDescrSet);
    add("__del__", kDel);
    for (int op = 0; op < kBinOpCount; op++) {
      add(binop_dunder(BinOp(op)), kBinary);
      add(binop_rdunder(BinOp(op)), kBinary);
      add(binop_idunder(BinOp(op)), kInplace);
    }
    return m;
  }();
  return *table;
}

// The SlotBits of every dunder that a class written in Python on t's MRO defines.
static uint32_t defined_slots(TypeObject* t) {
  const auto& bits = slot_bits_by_name();
  uint32_t found = 0;
  for (TypeObject* c : t->m_mro) {
    if (!(c->m_flags & kHeapType)) continue;
    size_t pos = 0;
    Value k, v;
    while (dict_next(c->m_dict, &pos, &k, &v)) {
      if (!is_str(k)) continue;
      StrObject* name = as_str(k);
      if (name->m_data.size() < 5 || name->m_data[0] != '_' || name->m_data[1] != '_') continue;
      if (!name->interned()) name = intern(name->m_data);
      auto it = bits.find(name);
      if (it != bits.end()) found |= it->second;
    }
  }
  return found;
}

void update_slots(TypeObject* t) {
  // Start from the nearest builtin type on the MRO, then override what Python defines.
  TypeObject* native = &ObjectType;
  for (TypeObject* c : t->m_mro)
    if (!(c->m_flags & kHeapType)) { native = c; break; }
  uint32_t defined = defined_slots(t);
  if (defined & kDel) t->m_flags |= kHasFinalizer;
  else t->m_flags &= ~kHasFinalizer;
#define SLOT(slot, fn, bit) t->slot = (defined & bit) ? fn : native->slot;
  SLOT(tp_repr, slot_repr, kRepr)
  SLOT(tp_str, slot_str, kStr)
  SLOT(tp_hash, slot_hash, kHash)
  SLOT(tp_richcompare, slot_richcompare, kRichCompare)
  SLOT(tp_bool, slot_bool, kBool)
  SLOT(tp_len, slot_len, kLen)
  SLOT(tp_getattr, slot_getattr, kGetAttr)
  SLOT(tp_setattr, slot_setattr, kSetAttr)
  SLOT(tp_call, slot_call, kCall)
  SLOT(tp_iter, slot_iter, kIter)
  SLOT(tp_next, slot_next, kNext)
  SLOT(tp_getitem, slot_getitem, kGetItem)
  SLOT(tp_setitem, slot_setitem, kSetItem)
  SLOT(tp_contains, slot_contains, kContains)
  SLOT(tp_unary, slot_unary, kUnary)
  SLOT(tp_init, slot_init, kInit)
  SLOT(tp_new, slot_new, kNew)
  SLOT(tp_descr_get, slot_descr_get, kDescrGet)
  SLOT(tp_descr_set, slot_descr_set, kDescrSet)
  SLOT(tp_binary, slot_binary, kBinary)
  SLOT(tp_inplace, slot_inplace, kInplace)
#undef SLOT
  for (TypeObject* sub : t->subclasses()) update_slots(sub);
}

// ---------------------------------------------------------------------------
// Attributes of type objects (CPython's type_getattro / type_setattro).

Value type_getattr(const Value& self, StrObject* name) {
  auto* type = self.as<TypeObject>();
  TypeObject* meta = self.type();
  Value meta_attr = meta->lookup(name);
  if (!meta_attr.is_null()) {
    TypeObject* mt = meta_attr.type();
    if (mt->tp_descr_get && mt->tp_descr_set) return mt->tp_descr_get(meta_attr, self, meta);
  }
  Value attr = type->lookup(name);
  if (!attr.is_null()) {
    auto get = attr.type()->tp_descr_get;
    return get ? get(attr, Value(), type) : attr;
  }
  if (!meta_attr.is_null()) {
    auto get = meta_attr.type()->tp_descr_get;
    return get ? get(meta_attr, self, meta) : meta_attr;
  }
  return raise_attribute_error(self, name,
                               format("type object '%s' has no attribute '%s'", type->m_name.c_str(),
                                      name->m_data.c_str()));
}

int type_setattr(const Value& self, StrObject* name, const Value& v) {
  auto* type = self.as<TypeObject>();
  Value meta_attr = self.type()->lookup(name);
  if (!meta_attr.is_null() && meta_attr.type()->tp_descr_set)
    return meta_attr.type()->tp_descr_set(meta_attr, self, v);
  if (!(type->m_flags & kHeapType)) {
    raise(&TypeErrorType, format("cannot set '%s' attribute of immutable type '%s'", name->m_data.c_str(),
                                 type->m_name.c_str()));
    return -1;
  }
  if (v.is_null()) {
    if (dict_del(type->m_dict, Value::borrow(name)) < 0) {
      clear_error();
      raise(&AttributeErrorType,
            format("type object '%s' has no attribute '%s'", type->m_name.c_str(), name->m_data.c_str()));
      return -1;
    }
  } else if (dict_set_str(type->m_dict, name, v) < 0) {
    return -1;
  }
  type_modified(type);
  if (name->m_data.size() > 4 && name->m_data.compare(0, 2, "__") == 0) update_slots(type);
  if (name->view() == "__abstractmethods__") {
    int abstract = v.is_null() ? 0 : truthy(v);
    if (abstract < 0) return -1;
    type->m_flags = abstract ? (type->m_flags | kIsAbstract) : (type->m_flags & ~kIsAbstract);
  }
  return 0;
}

// Type attributes computed from the C++ fields.
static Value type_name_get(const Value& t) {
  // A builtin type's name may carry its module ("_io.TextIOWrapper"); __name__ is the last part.
  const std::string& name = t.as<TypeObject>()->m_name;
  size_t dot = (t.as<TypeObject>()->m_flags & kHeapType) ? std::string::npos : name.rfind('.');
  return new_str(dot == std::string::npos ? name : name.substr(dot + 1));
}
// Only classes written in Python may have these rewritten, and none deleted
// (CPython's check_set_special_type_attr).
static bool special_type_attr_settable(const Value& t, const Value& v, const char* name) {
  auto* type = t.as<TypeObject>();
  if (!(type->m_flags & kHeapType))
    raise(&TypeErrorType, format("cannot set '%s' attribute of immutable type '%s'", name, type->m_name.c_str()));
  else if (v.is_null())
    raise(&TypeErrorType, format("cannot delete '%s' attribute of immutable type '%s'", name, type->m_name.c_str()));
  else
    return true;
  return false;
}
static bool string_assigned(const Value& t, const Value& v, const char* name) {
  if (!special_type_attr_settable(t, v, name)) return false;
  if (is_str(v)) return true;
  raise(&TypeErrorType, format("can only assign string to %s.%s, not '%s'", t.as<TypeObject>()->m_name.c_str(),
                               name, type_name(v).c_str()));
  return false;
}
static int type_name_set(const Value& t, const Value& v) {
  if (!string_assigned(t, v, "__name__")) return -1;
  t.as<TypeObject>()->m_name = as_str(v)->m_data;
  return 0;
}
static Value type_qualname_get(const Value& t) { return new_str(t.as<TypeObject>()->m_qualname); }
static int type_qualname_set(const Value& t, const Value& v) {
  if (!string_assigned(t, v, "__qualname__")) return -1;
  t.as<TypeObject>()->m_qualname = as_str(v)->m_data;
  return 0;
}
// __module__ and __doc__ of a class live in its dict.
static int type_dict_entry_set(const Value& t, const Value& v, const char* name) {
  if (!special_type_attr_settable(t, v, name)) return -1;
  auto* type = t.as<TypeObject>();
  if (dict_set_str(type->m_dict, intern(name), v) < 0) return -1;
  type_modified(type);
  return 0;
}
static int type_module_set(const Value& t, const Value& v) { return type_dict_entry_set(t, v, "__module__"); }
static int type_doc_set(const Value& t, const Value& v) { return type_dict_entry_set(t, v, "__doc__"); }
static Value type_mro_get(const Value& t) {
  std::vector<Value> items;
  for (TypeObject* c : t.as<TypeObject>()->m_mro) items.push_back(Value::borrow(c));
  return new_tuple(std::move(items));
}
static Value type_bases_get(const Value& t) {
  std::vector<Value> items;
  for (TypeObject* c : t.as<TypeObject>()->m_bases) items.push_back(Value::borrow(c));
  return new_tuple(std::move(items));
}
static int type_bases_set(const Value& t, const Value& v) { return type_set_bases(t.as<TypeObject>(), v); }
static Value type_base_get(const Value& t) {
  TypeObject* b = t.as<TypeObject>()->m_base;
  return b ? Value::borrow(b) : Value::none();
}
static Value type_dict_get(const Value& t) { return new_mappingproxy(t.as<TypeObject>()->m_dict); }
static Value type_module_get(const Value& t) {
  auto* type = t.as<TypeObject>();
  if (!(type->m_flags & kHeapType)) {
    // A builtin type's module is in its name ("types.GenericAlias"), else builtins; its
    // namespace's __module__, if any, is the descriptor its instances use.
    Value m = dict_get_str(type->m_dict, intern("__module__"));
    if (is_str(m)) return m;
    size_t dot = type->m_name.rfind('.');
    return dot == std::string::npos ? interned("builtins") : new_str(type->m_name.substr(0, dot));
  }
  Value m = dict_get_str(type->m_dict, intern("__module__"));
  return m.is_null() ? interned("builtins") : m;
}
static Value type_doc_get(const Value& t) {
  Value d = dict_get_str(t.as<TypeObject>()->m_dict, intern("__doc__"));
  return d.is_null() ? Value::none() : d;
}

void init_typeslot_types() {
  for (int i = 0; i < 6; i++) compare_names[i] = intern(kCompareNames[i]);
  for (int i = 0; i < 3; i++) unary_names[i] = intern(kUnaryNames[i]);
  for (int op = 0; op < kBinOpCount; op++) {
    binop_names[0][op] = intern(binop_dunder(BinOp(op)));
    binop_names[1][op] = intern(binop_rdunder(BinOp(op)));
    binop_names[2][op] = intern(binop_idunder(BinOp(op)));
  }
  GetSetDescrType.tp_descr_get = getset_get;
  GetSetDescrType.tp_descr_set = getset_set;
  GetSetDescrType.tp_repr = getset_repr;
  type_ready(&GetSetDescrType, &ObjectType);
  type_add_getsets(&GetSetDescrType, {{"__name__", getset_name}, {"__qualname__", getset_qualname},
                                      {"__objclass__", getset_objclass}, {"__doc__", getset_doc}});
  WrapperDescrType.tp_call = wrapper_descr_call;
  WrapperDescrType.tp_descr_get = wrapper_descr_get;
  WrapperDescrType.tp_repr = wrapper_descr_repr;
  type_ready(&WrapperDescrType, &ObjectType);
  type_add_getsets(&WrapperDescrType, {{"__name__", wrapper_descr_name},
                                       {"__qualname__", wrapper_descr_qualname},
                                       {"__objclass__", wrapper_descr_objclass}});
  MethodWrapperType.tp_call = method_wrapper_call;
  MethodWrapperType.tp_repr = method_wrapper_repr;
  type_ready(&MethodWrapperType, &ObjectType);
  type_add_getsets(&MethodWrapperType, {{"__self__", method_wrapper_self},
                                        {"__name__", method_wrapper_name},
                                        {"__qualname__", method_wrapper_qualname}});
  type_add_getsets(&TypeType, {{"__name__", type_name_get, type_name_set},
                               {"__qualname__", type_qualname_get, type_qualname_set},
                               {"__mro__", type_mro_get},
                               {"__bases__", type_bases_get, type_bases_set},
                               {"__base__", type_base_get},
                               {"__dict__", type_dict_get},
                               {"__module__", type_module_get, type_module_set},
                               {"__doc__", type_doc_get, type_doc_set}});
}

}  // namespace hotpy
