// Weak references (see weakref.h): the referent's list kept in the interpreter's
// side table, the ref type, and clearing when a referent dies or is collected.
#include "objects/weakref.h"

#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/gc.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/generic_alias.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject ReferenceType("weakref.ReferenceType");

void (*report_unraisable)(const Value& obj) = nullptr;

namespace {

WeakrefTable& table() { return ts->gc->weakrefs; }

WeakRefObject* first_weakref(const Object* o) {
  if (!(o->m_gc_flags & kGcWeakReferenced) && !is_immortal(o)) return nullptr;
  if (!ts || !ts->gc) return nullptr;
  auto it = table().find(const_cast<Object*>(o));
  return it == table().end() ? nullptr : it->second;
}

void set_first(Object* o, WeakRefObject* r) {
  if (r) {
    table()[o] = r;
    r->m_wr_prev = nullptr;
    // Immortal objects are shared by interpreters: their flags are never written.
    if (!is_immortal(o)) o->m_gc_flags |= kGcWeakReferenced;
  } else {
    table().erase(o);
    if (!is_immortal(o)) o->m_gc_flags &= ~kGcWeakReferenced;
  }
}

void insert_first(WeakRefObject* r, Object* o) {
  WeakRefObject* old = first_weakref(o);
  r->m_wr_next = old;
  if (old) old->m_wr_prev = r;
  set_first(o, r);
}

void insert_after(WeakRefObject* r, WeakRefObject* prev) {
  r->m_wr_prev = prev;
  r->m_wr_next = prev->m_wr_next;
  if (prev->m_wr_next) prev->m_wr_next->m_wr_prev = r;
  prev->m_wr_next = r;
}

bool plain(const WeakRefObject* r, bool proxy) {
  if (!r->m_callback.is_null()) return false;
  return proxy ? (r->m_type == &ProxyType || r->m_type == &CallableProxyType) : r->m_type == &ReferenceType;
}

// CPython's get_basic_refs: the shared ref and proxy, when the list has them.
void plain_refs(Object* o, WeakRefObject** ref, WeakRefObject** proxy) {
  WeakRefObject* head = first_weakref(o);
  *ref = head && plain(head, false) ? head : nullptr;
  WeakRefObject* next = *ref ? head->m_wr_next : head;
  *proxy = next && plain(next, true) ? next : nullptr;
}

// Runs each callback with its ref; an error in one is reported and the others run.
void call_back(std::vector<std::pair<Value, Value>>& calls) {
  if (calls.empty() || !ts->host) return;  // no interpreter left to run them (its end)
  Value pending = fetch_error();
  for (auto& [ref, callback] : calls) {
    if (callback.is_null()) continue;
    if (call1(callback, ref).is_null()) {
      if (report_unraisable) report_unraisable(callback);
      clear_error();
    }
  }
  calls.clear();
  ts->exc = pending;
}

// -- the ref type

Value ref_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (kw_count(kw)) return raise(&TypeErrorType, "ref() takes no keyword arguments");
  if (nargs < 1) return raise(&TypeErrorType, format("__new__ expected at least 1 argument, got %zu", nargs));
  if (nargs > 2) return raise(&TypeErrorType, format("__new__ expected at most 2 arguments, got %zu", nargs));
  return new_weakref(type, args[0], nargs > 1 ? args[1] : Value());
}

int ref_init(const Value&, const Value*, size_t nargs, KwNames* kw) {
  if (kw_count(kw)) {
    raise(&TypeErrorType, "ref() takes no keyword arguments");
    return -1;
  }
  if (nargs < 1 || nargs > 2) {
    raise(&TypeErrorType, format("__init__ expected at %s %d argument%s, got %zu", nargs < 1 ? "least" : "most",
                                 nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs));
    return -1;
  }
  return 0;
}

Value ref_call(const Value& self, const Value*, size_t nargs, KwNames* kw) {
  if (kw_count(kw)) return raise(&TypeErrorType, "weakref() takes no keyword arguments");
  if (nargs) return raise(&TypeErrorType, format("weakref expected 0 arguments, got %zu", nargs));
  Object* o = self.as<WeakRefObject>()->m_referent;
  return o ? Value::borrow(o) : Value::none();
}

int64_t ref_hash(const Value& self) {
  auto* r = self.as<WeakRefObject>();
  if (r->m_hash != -1) return r->m_hash;
  if (!r->m_referent) {
    raise(&TypeErrorType, "weak object has gone away");
    return -1;
  }
  r->m_hash = hash(Value::borrow(r->m_referent));
  return r->m_hash;
}

Value ref_richcompare(const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_weakref(a) || !is_weakref(b) || is_proxy(a) || is_proxy(b))
    return NotImplemented;
  Object* x = a.as<WeakRefObject>()->m_referent;
  Object* y = b.as<WeakRefObject>()->m_referent;
  if (!x || !y) return Value::boolean((a.obj() == b.obj()) == (op == CmpOp::Eq));
  return rich_compare(Value::borrow(x), Value::borrow(y), op);
}

Value ref_repr(const Value& self) {
  auto* r = self.as<WeakRefObject>();
  if (!r->m_referent) return new_str(format("<weakref at %p; dead>", static_cast<void*>(r)));
  Value obj = Value::borrow(r->m_referent);
  Value name = get_attr_opt(obj, intern("__name__"));
  if (name.is_null() && error_pending()) return Value();
  std::string text = format("<weakref at %p; to '%s' at %p", static_cast<void*>(r), type_name(obj).c_str(),
                            static_cast<void*>(r->m_referent));
  if (is_str(name)) text += " (" + as_str(name)->m_data + ")";
  return new_str(text + ">");
}

Value ref_callback_get(const Value& self) {
  const Value& cb = self.as<WeakRefObject>()->m_callback;
  return cb.is_null() ? Value::none() : cb;
}

}  // namespace

WeakRefObject::WeakRefObject(TypeObject* type, Object* referent, Value callback)
    : GcObject(type), m_referent(referent), m_callback(std::move(callback)) {}

WeakRefObject::~WeakRefObject() {
  unlink();
  if (m_dict) decref(m_dict);
}

void WeakRefObject::unlink() {
  if (!m_referent) return;
  if (m_wr_next) m_wr_next->m_wr_prev = m_wr_prev;
  if (m_wr_prev) m_wr_prev->m_wr_next = m_wr_next;
  else if (ts && ts->gc) set_first(m_referent, m_wr_next);
  m_wr_prev = m_wr_next = nullptr;
  m_referent = nullptr;
}

void WeakRefObject::traverse(Visitor visit, void* arg) {
  if (m_callback.is_obj()) visit(m_callback.obj(), arg);
  if (m_dict) visit(m_dict, arg);
}

void WeakRefObject::clear() {
  Value callback = std::move(m_callback);
  m_callback = Value();
  DictObject* d = m_dict;
  m_dict = nullptr;
  if (d) decref(d);
}

bool is_weakref(const Value& v) {
  TypeObject* t = v.type();
  return t->is_subtype(&ReferenceType) || t == &ProxyType || t == &CallableProxyType;
}
bool is_proxy(const Value& v) { return v.type() == &ProxyType || v.type() == &CallableProxyType; }

bool weakrefable(const Object* o) { return o->m_type->m_flags & kWeakrefable; }

Value new_weakref(TypeObject* type, const Value& o, const Value& callback) {
  if (!o.is_obj() || !weakrefable(o.obj()))
    return raise(&TypeErrorType, format("cannot create weak reference to '%s' object", type_name(o).c_str()));
  Object* referent = o.obj();
  Value cb = callback.is_none() ? Value() : callback;
  bool proxy = type == &ProxyType || type == &CallableProxyType;
  WeakRefObject *ref, *shared_proxy;
  plain_refs(referent, &ref, &shared_proxy);
  if (cb.is_null()) {
    if (type == &ReferenceType && ref) return Value::borrow(ref);
    if (proxy && shared_proxy) return Value::borrow(shared_proxy);
  }
  auto* r = new WeakRefObject(type, referent, cb);
  // The plain ref first; the plain proxy after it; the rest after both, newest first.
  bool shared = cb.is_null() && (type == &ReferenceType || proxy);
  WeakRefObject* prev = (shared && !proxy) ? nullptr : (shared || !shared_proxy) ? ref : shared_proxy;
  if (prev) insert_after(r, prev);
  else insert_first(r, referent);
  return Value::steal(r);
}

std::vector<Value> weakrefs_of(const Object* o) {
  std::vector<Value> refs;
  for (WeakRefObject* r = first_weakref(o); r; r = r->m_wr_next) refs.push_back(Value::borrow(r));
  return refs;
}

size_t weakref_count(const Object* o) {
  size_t n = 0;
  for (WeakRefObject* r = first_weakref(o); r; r = r->m_wr_next) n++;
  return n;
}

void clear_weakrefs_and_call_back(Object* o) {
  WeakRefObject* r = first_weakref(o);
  if (!r) return;
  set_first(o, nullptr);
  std::vector<std::pair<Value, Value>> calls;
  while (r) {
    WeakRefObject* next = r->m_wr_next;
    r->m_referent = nullptr;
    r->m_wr_prev = r->m_wr_next = nullptr;
    Value callback = std::move(r->m_callback);
    r->m_callback = Value();
    // A ref being destroyed (its own __del__ running) gets no call.
    if (!callback.is_null() && r->m_refcnt > 0) calls.emplace_back(Value::borrow(r), std::move(callback));
    r = next;
  }
  call_back(calls);
}

std::vector<Value> clear_weakrefs_to_garbage(const std::vector<GcObject*>& garbage) {
  std::vector<Value> to_call;
  for (GcObject* o : garbage) {
    WeakRefObject* r = first_weakref(o);
    if (!r) continue;
    set_first(o, nullptr);
    while (r) {
      WeakRefObject* next = r->m_wr_next;
      r->m_referent = nullptr;
      r->m_wr_prev = r->m_wr_next = nullptr;
      // A ref that is garbage too is freed with the rest, uncalled (as CPython).
      if (!r->m_callback.is_null() && !(r->m_gc_flags & kGcCollecting)) to_call.push_back(Value::borrow(r));
      r = next;
    }
  }
  return to_call;
}

void detach_all_weakrefs() {
  for (auto& [o, first] : table()) {
    if (!is_immortal(o)) o->m_gc_flags &= ~kGcWeakReferenced;
    for (WeakRefObject* r = first; r;) {
      WeakRefObject* next = r->m_wr_next;
      r->m_referent = nullptr;
      r->m_wr_prev = r->m_wr_next = nullptr;
      r = next;
    }
  }
  table().clear();
}

void call_weakref_callbacks(std::vector<Value>& refs) {
  std::vector<std::pair<Value, Value>> calls;
  for (Value& r : refs) {
    Value callback = r.as<WeakRefObject>()->m_callback;
    calls.emplace_back(std::move(r), std::move(callback));
  }
  refs.clear();
  call_back(calls);
}

void init_weakref_types() {
  for (TypeObject* t : {&TypeType, &FunctionType, &BuiltinFunctionType, &MethodType, &SetType, &FrozenSetType,
                        &CodeType, &ModuleType, &GenericAliasType})
    t->m_flags |= kWeakrefable;
  ReferenceType.m_qualname = "ReferenceType";
  ReferenceType.m_flags |= kBaseType;
  ReferenceType.tp_new = ref_new;
  ReferenceType.tp_init = ref_init;
  ReferenceType.tp_call = ref_call;
  ReferenceType.tp_hash = ref_hash;
  ReferenceType.tp_richcompare = ref_richcompare;
  ReferenceType.tp_repr = ref_repr;
  type_ready(&ReferenceType, &ObjectType);
  type_add_value(&ReferenceType, "__module__", interned("weakref"));
  type_add_getsets(&ReferenceType, {{"__callback__", ref_callback_get}});
  type_add_class_getitem(&ReferenceType);
  init_proxy_types();
}

}  // namespace hotpy
