// Type objects, the `object` and `type` types, and the singletons None, True/False,
// NotImplemented and Ellipsis.
#include "objects/object.h"
#include "objects/gc.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>

#include "objects/args.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/init.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/object_reduce.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeslots.h"
#include "objects/weakref.h"

namespace hotpy {



TypeObject TypeType("type");
TypeObject ObjectType("object");
TypeObject NoneType("NoneType");
TypeObject BoolType("bool");
TypeObject NotImplementedType("NotImplementedType");
TypeObject EllipsisType("ellipsis");

namespace {
struct Singleton : Object {
  using Object::Object;
};
Singleton not_implemented_obj(&NotImplementedType);
Singleton ellipsis_obj(&EllipsisType);
}  // namespace
Value NotImplemented;
Value Ellipsis;

// Versions are unique in the process (method caches are per interpreter, but the
// builtin types they cache are shared); types change rarely, so an atomic is cheap.
static std::atomic<uint64_t> type_version_counter{0};
static uint64_t next_type_version() { return type_version_counter.fetch_add(1, std::memory_order_relaxed) + 1; }

TypeObject::TypeObject(std::string name)
    : GcObject(&TypeType, BuiltinClass{}), m_name(name), m_qualname(std::move(name)), m_version(next_type_version()) {
  make_immortal(this);
}

void type_modified(TypeObject* type) {
  type->m_version = next_type_version();
  for (TypeObject* sub : type->subclasses()) type_modified(sub);
}

// Builtin types are immortal: their static destructors run at process exit, when
// nothing may be freed any more (a heap class or object still alive then may refer
// to them), so they release nothing.
void register_heap_type(TypeObject* type) {
  type->m_prev_heap = ts->last_heap_type;
  (ts->last_heap_type ? ts->last_heap_type->m_next_heap : ts->first_heap_type) = type;
  ts->last_heap_type = type;
}

std::vector<Value> live_heap_types() {
  std::vector<Value> all;
  for (TypeObject* t = ts->first_heap_type; t; t = t->m_next_heap) all.push_back(Value::borrow(t));
  return all;
}


TypeObject::~TypeObject() {
  if (!(m_flags & kHeapType)) return;
  // A class freed with no interpreter running (a host's reference dropped after its
  // interpreter ended, static destructors at exit) is in no list any more.
  if (ts) {
    (m_prev_heap ? m_prev_heap->m_next_heap : ts->first_heap_type) = m_next_heap;
    (m_next_heap ? m_next_heap->m_prev_heap : ts->last_heap_type) = m_prev_heap;
  }
  delete m_subclasses;
  if (m_dict) decref(m_dict);
  if (m_shared_keys) release_shared_keys(m_shared_keys);
  // With no interpreter running, nothing reads subclass lists again, and a builtin base
  // may be gone already (static destructors): the bases are left alone then.
  if (!ts) return;
  for (TypeObject* base : m_bases) base->remove_subclass(this);
  for (TypeObject* base : m_bases) decref(base);
}

// A builtin type is shared by every interpreter: the classes derived from it are
// listed per interpreter instead (InterpreterState::builtin_subclasses).
std::vector<TypeObject*>* TypeObject::subclass_list(bool make) const {
  if (m_flags & kHeapType) {
    if (!m_subclasses && make) m_subclasses = new std::vector<TypeObject*>();
    return m_subclasses;
  }
  if (!ts) return nullptr;
  auto& lists = ts->builtin_subclasses;
  auto it = lists.find(this);
  if (it == lists.end()) return make ? &lists[this] : nullptr;
  return &it->second;
}

const std::vector<TypeObject*>& TypeObject::subclasses() const {
  static const std::vector<TypeObject*>* none = new std::vector<TypeObject*>();
  std::vector<TypeObject*>* subs = subclass_list(false);
  return subs ? *subs : *none;
}

void TypeObject::add_subclass(TypeObject* sub) { subclass_list(true)->push_back(sub); }

void TypeObject::remove_subclass(TypeObject* sub) {
  std::vector<TypeObject*>* list = subclass_list(false);
  if (!list) return;
  auto& subs = *list;
  for (size_t i = 0; i < subs.size(); i++)
    if (subs[i] == sub) {
      subs.erase(subs.begin() + i);
      return;
    }
}

void TypeObject::traverse(Visitor visit, void* arg) {
  if (m_dict) visit(m_dict, arg);
  for (TypeObject* base : m_bases) visit(base, arg);
}

bool TypeObject::is_subtype(const TypeObject* other) const {
  if (this == other) return true;
  for (const TypeObject* t : m_mro)
    if (t == other) return true;
  return false;
}

Value TypeObject::lookup_uncached(StrObject* name) const {
  for (const TypeObject* t : m_mro) {
    Value v = dict_get_str(t->m_dict, name);
    if (!v.is_null()) return v;
  }
  return Value();
}

// CPython's method cache: attribute lookups along the MRO, remembered per
// (type version, interned name). Every change to a type's namespace or bases goes
// through type_modified() (its dict is reachable only through a mappingproxy), and
// versions never repeat, so a stale entry is never used.
namespace {
// An entry does not own its value: while a type keeps its version, the dicts along
// its MRO are unchanged and hold the value. Owning it would keep a replaced
// method, and through it a whole reloaded module's code, alive until the slot
// is reused.
struct MethodCacheEntry {
  uint64_t version = 0;
  const StrObject* name = nullptr;
  Object* object = nullptr;  // the value when it is a heap object (not counted)
  Value immediate;           // otherwise: an immediate, or Null for "not found"
};
constexpr size_t kMethodCacheSize = 4096;
}  // namespace

// One per interpreter: lookups write to it.
struct MethodCache {
  MethodCacheEntry entries[kMethodCacheSize];
};

// All-zero bytes are empty entries (version 0, a Null immediate, which needs no
// destructor): calloc's pages come zeroed from the system, so an interpreter's start
// writes none of the cache's 160 KB.
static_assert(static_cast<int>(Tag::Null) == 0);
void init_method_cache() {
  void* p = calloc(1, sizeof(MethodCache));
  if (!p) throw std::bad_alloc();
  ts->method_cache = static_cast<MethodCache*>(p);
}
void free_method_cache() {
  free(ts->method_cache);
  ts->method_cache = nullptr;
}

Value TypeObject::lookup(StrObject* name) const {
  if (!name->interned()) return lookup_uncached(name);
  size_t h = ((reinterpret_cast<uintptr_t>(name) >> 4) ^ (m_version * 0x9E3779B9u)) & (kMethodCacheSize - 1);
  MethodCacheEntry& e = ts->method_cache->entries[h];
  if (e.version == m_version && e.name == name) return e.object ? Value::borrow(e.object) : e.immediate;
  Value v = lookup_uncached(name);
  e.version = m_version;
  e.name = name;
  e.object = v.is_obj() ? v.obj() : nullptr;
  e.immediate = v.is_obj() ? Value() : v;
  return v;
}

// ---------------------------------------------------------------------------
// Deleting objects. A long chain (a linked list of nested tuples) would recurse
// once per link in C++ destructors; past a depth the rest is queued and deleted
// iteratively, like CPython's trashcan.

namespace {
thread_local constinit int destroy_depth = 0;
// The queue, made when a chain first gets deep and freed once it is drained (so no
// thread leaves one behind, and one exists even while static destructors run).
thread_local constinit std::vector<Object*>* deferred = nullptr;

// The class goes after the object: its destructor may still read the type (the
// layout, the instance dict), and the class may be the last thing keeping its
// module's objects alive.
void delete_releasing_type(Object* o) {
  TypeObject* type = o->m_owns_type ? o->m_type : nullptr;
  delete o;
  if (type) decref(type);
}

// __del__ runs once, when the count first drops to zero (PEP 442); it may make the
// object reachable again, which then lives on (tracked again if it is a container).
// Then its weak references are cleared and their callbacks run, as CPython orders it.
void finalize_and_delete(Object* o) {
  // An exact tuple has no finalizer and no weak references: kept for reuse (tuple.h).
  if (o->m_type == &TupleType && recycle_tuple(static_cast<TupleObject*>(o))) return;
  if (gc_needs_finalizer(o)) {
    o->m_refcnt = 1;
    gc_run_finalizer(o);
    if (--o->m_refcnt != 0) {
      if (is_gc_object(o)) gc_track(as_gc(o));
      return;
    }
  }
  if (o->m_gc_flags & kGcWeakReferenced) clear_weakrefs_and_call_back(o);
  delete_releasing_type(o);
}
}  // namespace

void (*run_finalizer)(Object* o) = nullptr;

void destroy_object(Object* o) {
  // The commonest death, an exact str: a leaf with no finalizer that nothing weakly
  // references, freed without the depth count or a virtual destructor call.
  if (o->m_type == &StrType && !(o->m_gc_flags & kGcWeakReferenced)) {
    auto* s = static_cast<StrObject*>(o);
    s->StrObject::~StrObject();
    StrObject::operator delete(s, sizeof(StrObject));
    return;
  }
  if (o->m_type == &TupleType && recycle_atom_tuple(static_cast<TupleObject*>(o))) return;
  // Out of the collector's sight before its contents start to go (a destructor may
  // run Python code, and so a collection, while the object is half destroyed).
  if (o->m_gc_flags & kGcTracked) gc_object_dying(o);
  if (destroy_depth > 100) {
    if (!deferred) deferred = new std::vector<Object*>();
    deferred->push_back(o);
    return;
  }
  ++destroy_depth;
  finalize_and_delete(o);
  --destroy_depth;
  if (destroy_depth == 0 && deferred) {
    while (!deferred->empty()) {
      Object* next = deferred->back();
      deferred->pop_back();
      ++destroy_depth;
      finalize_and_delete(next);
      --destroy_depth;
    }
    delete deferred;
    deferred = nullptr;
  }
}

// ---------------------------------------------------------------------------
// type_ready: finishing builtin types

static void inherit_slots(TypeObject* t, const TypeObject* b) {
#define INHERIT(slot) if (!t->slot) t->slot = b->slot;
  INHERIT(tp_new) INHERIT(tp_init) INHERIT(tp_repr) INHERIT(tp_str) INHERIT(tp_hash)
  INHERIT(tp_richcompare) INHERIT(tp_bool) INHERIT(tp_len) INHERIT(tp_getattr)
  INHERIT(tp_setattr) INHERIT(tp_call) INHERIT(tp_iter) INHERIT(tp_next) INHERIT(tp_getitem)
  INHERIT(tp_setitem) INHERIT(tp_contains) INHERIT(tp_binary) INHERIT(tp_inplace)
  INHERIT(tp_unary) INHERIT(tp_descr_get) INHERIT(tp_descr_set)
#undef INHERIT
}

constexpr uint32_t kInheritedFlags = kIntSubclass | kStrSubclass | kTupleSubclass | kListSubclass |
                                     kDictSubclass | kExceptionSubclass | kTypeSubclass;

// Builtin types readied and not yet made immortal with their contents.
static std::mutex builtin_types_lock;
static std::vector<TypeObject*>& readied_builtin_types = *new std::vector<TypeObject*>();

static void make_graph_immortal(Object* root) {
  std::vector<Object*> todo{root};
  while (!todo.empty()) {
    Object* o = todo.back();
    todo.pop_back();
    if (is_immortal(o)) continue;
    make_immortal(o);
    o->traverse([](Object* child, void* arg) { static_cast<std::vector<Object*>*>(arg)->push_back(child); }, &todo);
  }
}

void ready_builtin_types(std::once_flag& once, void (*ready)()) {
  std::call_once(once, [ready] {
    ready();
    std::lock_guard<std::mutex> lock(builtin_types_lock);
    for (TypeObject* t : readied_builtin_types)
      if (t->m_dict) make_graph_immortal(t->m_dict);
    readied_builtin_types.clear();
  });
}

void type_ready(TypeObject* type, TypeObject* base, std::initializer_list<MethodDef> methods) {
  if (!type->m_dict) {
    type->m_dict = new DictObject();
    std::lock_guard<std::mutex> lock(builtin_types_lock);
    readied_builtin_types.push_back(type);
  }
  if (type != &ObjectType && !base) base = &ObjectType;
  type->m_base = base;
  type->m_bases.clear();
  type->m_mro.assign(1, type);
  if (base) {
    type->m_bases.push_back(base);
    type->m_mro.insert(type->m_mro.end(), base->m_mro.begin(), base->m_mro.end());
    type->m_flags |= base->m_flags & kInheritedFlags;
    inherit_slots(type, base);
  }
  for (const MethodDef& m : methods)
    dict_set_str(type->m_dict, intern(m.name), Value::steal(new MethodDescrObject(m.name, m.fn, type)));
  add_slot_wrappers(type);
  if (dict_get_str(type->m_dict, intern("__doc__")).is_null()) dict_set_str(type->m_dict, intern("__doc__"), Value::none());
  type_modified(type);
}

void type_add_getsets(TypeObject* type, std::initializer_list<GetSetDef> getsets) {
  if (!type->m_dict) type->m_dict = new DictObject();
  for (const GetSetDef& g : getsets)
    dict_set_str(type->m_dict, intern(g.name), Value::steal(new GetSetDescrObject(g, type)));
  type_modified(type);
}

void type_add_value(TypeObject* type, const char* name, Value v) {
  if (!type->m_dict) type->m_dict = new DictObject();
  dict_set_str(type->m_dict, intern(name), v);
  type_modified(type);
}

// ---------------------------------------------------------------------------
// object

static Value object_repr(const Value& self) {
  TypeObject* t = self.type();
  Value mod = dict_get_str(t->m_dict, intern("__module__"));
  const void* addr = self.is_obj() ? static_cast<const void*>(self.obj()) : nullptr;
  if (is_str(mod) && as_str(mod)->view() != "builtins")
    return new_str(format("<%s.%s object at %p>", as_str(mod)->m_data.c_str(), t->m_qualname.c_str(), addr));
  return new_str(format("<%s object at %p>", t->m_qualname.c_str(), addr));
}

static Value object_str(const Value& self) {
  auto f = self.type()->tp_repr;
  return f ? f(self) : object_repr(self);
}

static int64_t object_hash(const Value& self) {
  // Identity hash: the address, shifted because allocations are aligned.
  auto h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(self.obj()) >> 4);
  return h == -1 ? -2 : h;
}

static Value object_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (op == CmpOp::Eq) return a.is(b) ? Value::boolean(true) : NotImplemented;
  if (op == CmpOp::Ne) {
    // object.__ne__ inverts the type's own __eq__ unless that is NotImplemented.
    auto eq = a.type()->tp_richcompare;
    Value r = eq ? eq(a, b, CmpOp::Eq) : NotImplemented;
    if (r.is_null() || r.is(NotImplemented)) return r;
    int t = truthy(r);
    if (t < 0) return Value();
    return Value::boolean(!t);
  }
  return NotImplemented;
}

// abc's classes with abstract methods left (CPython's message: the names sorted).
static Value raise_abstract_instantiation(TypeObject* type) {
  Value methods = dict_get_str(type->m_dict, intern("__abstractmethods__"));
  std::vector<Value> names;
  if (methods.is_null() || !collect_iterable(methods, names) || !sort_values(names, Value(), false)) {
    if (!error_pending()) raise(&TypeErrorType, "__abstractmethods__");
    return Value();
  }
  std::string joined;
  for (const Value& n : names) {
    Value text = to_str(n);
    if (text.is_null()) return text;
    joined += (joined.empty() ? "" : ", ") + as_str(text)->m_data;
  }
  return raise(&TypeErrorType, format("Can't instantiate abstract class %s with abstract method%s %s",
                                      type->m_name.c_str(), names.size() > 1 ? "s" : "", joined.c_str()));
}

Value object_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  // Extra arguments are an error unless the class overrides exactly one of
  // __new__/__init__ (that one takes them); CPython's two messages say which.
  bool has_args = nargs > 0 || (kw && as_tuple(Value::borrow(kw))->size() > 0);
  if (has_args) {
    if (type->tp_new != ObjectType.tp_new)
      return raise(&TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->tp_init == ObjectType.tp_init)
      return raise(&TypeErrorType, format("%s() takes no arguments", type->m_name.c_str()));
  }
  if (type->m_flags & kIsAbstract) return raise_abstract_instantiation(type);
  return Value::steal(new_instance(type));
}

static int object_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  TypeObject* type = self.type();
  bool has_args = nargs > 0 || (kw && as_tuple(Value::borrow(kw))->size() > 0);
  if (!has_args) return 0;
  if (type->tp_init != ObjectType.tp_init)
    raise(&TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)");
  else if (type->tp_new == ObjectType.tp_new)
    raise(&TypeErrorType,
          format("%s.__init__() takes exactly one argument (the instance to initialize)", type->m_name.c_str()));
  else
    return 0;
  return -1;
}

// object.__format__: only the empty spec, which means str(self).
static Value object_format(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__format__", nargs, 2, 2)) return Value();
  if (!is_str(args[1])) return raise(&TypeErrorType, "__format__() argument must be str");
  if (as_str(args[1])->m_length > 0)
    return raise(&TypeErrorType, format("unsupported format string passed to %s.__format__",
                                        type_name(args[0]).c_str()));
  return to_str(args[0]);
}

static Value object_dir(const Value* args, size_t nargs, KwNames*) {
  // Names of the instance dict and of every class on the MRO, sorted.
  // Through attribute access, as CPython: a proxy's __dict__ and __class__ count.
  Value self = args[0];
  DictObject* seen = new DictObject();
  Value hold = Value::steal(seen);
  for (StrObject* name : {intern("__dict__"), intern("__class__")}) {
    Value v = get_attr_opt(self, name);
    if (v.is_null()) {
      if (error_pending()) return Value();
      continue;
    }
    if (name->view() == "__dict__") {
      if (is_dict(v) && dict_update(seen, v) < 0) return Value();
    } else if (v.type()->is_subtype(&TypeType)) {
      for (TypeObject* t : v.as<TypeObject>()->m_mro)
        if (dict_update(seen, Value::borrow(t->m_dict)) < 0) return Value();
    }
  }
  std::vector<Value> names;
  size_t pos = 0;
  Value k, v;
  while (dict_next(seen, &pos, &k, &v)) names.push_back(k);
  if (!sort_values(names, Value(), false)) return Value();
  return new_list(std::move(names));
}

static Value object_class_get(const Value& self) { return Value::borrow(self.type()); }

const TypeObject* builtin_layout(const TypeObject* t) {
  for (const TypeObject* c : t->m_mro)
    if (!(c->m_flags & kHeapType)) return c;
  return &ObjectType;
}

// The __slots__ names instances of t carry, from the class down to object.
static bool slot_names(const TypeObject* t, std::vector<std::string>& out) {
  for (const TypeObject* c : t->m_mro) {
    if (!(c->m_flags & kHeapType)) break;
    Value spec = dict_get_str(c->m_dict, intern("__slots__"));
    if (spec.is_null()) continue;
    std::vector<Value> names;
    if (is_str(spec)) names.push_back(spec);
    else if (!collect_iterable(spec, names)) return false;
    for (const Value& n : names)
      if (is_str(n)) out.push_back(as_str(n)->m_data);
  }
  return true;
}

// obj.__class__ = C: only between classes written in Python whose instances are
// the same C++ object with the same __slots__ (CPython's compatible_for_assignment).
static int object_class_set(const Value& self, const Value& v) {
  if (v.is_null()) {
    raise(&TypeErrorType, "can't delete __class__ attribute");
    return -1;
  }
  if (!v.type()->is_subtype(&TypeType)) {
    raise(&TypeErrorType, format("__class__ must be set to a class, not '%s' object", type_name(v).c_str()));
    return -1;
  }
  TypeObject* to = v.as<TypeObject>();
  TypeObject* from = self.type();
  if (!self.is_obj() || !(to->m_flags & kHeapType) || !(from->m_flags & kHeapType)) {
    raise(&TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  std::vector<std::string> to_slots, from_slots;
  if (!slot_names(to, to_slots) || !slot_names(from, from_slots)) return -1;
  if (builtin_layout(to) != builtin_layout(from) || to_slots != from_slots ||
      (to->m_flags & kNoInstanceDict) != (from->m_flags & kNoInstanceDict)) {
    raise(&TypeErrorType, format("__class__ assignment: '%s' object layout differs from '%s'", to->m_name.c_str(),
                                 from->m_name.c_str()));
    return -1;
  }
  self.obj()->set_type(to);
  return 0;
}

Value object_dict_get(const Value& self) {
  DictObject** d = self.is_obj() ? self.obj()->instance_dict() : nullptr;
  if (!d)
    return raise(&AttributeErrorType, format("'%s' object has no attribute '__dict__'", type_name(self).c_str()));
  if (!*d) *d = new DictObject();
  return Value::borrow(*d);
}

int object_dict_set(const Value& self, const Value& v) {
  DictObject** d = self.is_obj() ? self.obj()->instance_dict() : nullptr;
  if (!d) {
    raise(&AttributeErrorType, format("'%s' object has no attribute '__dict__'", type_name(self).c_str()));
    return -1;
  }
  if (!v.is_null() && !is_dict(v)) {
    raise(&TypeErrorType, format("__dict__ must be set to a dictionary, not a '%s'", type_name(v).c_str()));
    return -1;
  }
  DictObject* old = *d;  // deleted: a fresh empty dict on the next use
  if (!v.is_null()) incref(v.obj());
  *d = v.is_null() ? nullptr : as_dict(v);
  if (old) decref(old);
  return 0;
}

// ---------------------------------------------------------------------------
// type

static Value type_repr(const Value& self) {
  auto* t = self.as<TypeObject>();
  Value mod = dict_get_str(t->m_dict, intern("__module__"));
  if (is_str(mod) && as_str(mod)->view() != "builtins")
    return new_str(format("<class '%s.%s'>", as_str(mod)->m_data.c_str(), t->m_qualname.c_str()));
  return new_str(format("<class '%s'>", t->m_qualname.c_str()));
}

static Value type_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  auto* type = self.as<TypeObject>();
  if (type == &TypeType && nargs != 3) {  // only type itself has the one-argument form
    if (nargs != 1) return raise(&TypeErrorType, "type() takes 1 or 3 arguments");
    if (kw && kw->size() > 0) return raise(&TypeErrorType, "type() takes no keyword arguments");
    return Value::borrow(args[0].type());
  }
  if (!type->tp_new)
    return raise(&TypeErrorType, format("cannot create '%s' instances", type->m_name.c_str()));
  Value obj = type->tp_new(type, args, nargs, kw);
  if (obj.is_null()) return obj;
  // __init__ runs only when __new__ returned an instance of the class.
  if (obj.type()->is_subtype(type) && obj.type()->tp_init) {
    if (obj.type()->tp_init(obj, args, nargs, kw) < 0) return Value();
  }
  return obj;
}

static Value type_new(TypeObject* meta, const Value* args, size_t nargs, KwNames* kw) {
  bool has_kw = kw && kw->size() > 0;
  if (nargs != 3)
    return raise(&TypeErrorType, format("type.__new__() takes exactly 3 arguments (%zu given)", nargs));
  static const char* const kExpected[3] = {"str", "tuple", "dict"};
  bool ok[3] = {is_str(args[0]), is_tuple(args[1]), is_dict(args[2])};
  for (int i = 0; i < 3; i++)
    if (!ok[i])
      return raise(&TypeErrorType, format("type.__new__() argument %d must be %s, not %s", i + 1, kExpected[i],
                                          type_name(args[i]).c_str()));
  // The most derived metaclass of the bases decides: type('E', (Enum,), ns) is made by
  // EnumType, whose own __new__ then runs (CPython's _PyType_CalculateMetaclass).
  TypeObject* winner = meta;
  for (const Value& b : as_tuple(args[1])->m_items) {
    TypeObject* bm = b.type();
    if (winner->is_subtype(bm)) continue;
    if (!bm->is_subtype(winner))
      return raise(&TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                   "subclass of the metaclasses of all its bases");
    winner = bm;
  }
  if (winner != meta && winner->tp_new != type_new) return winner->tp_new(winner, args, nargs, kw);
  meta = winner;
  // The keywords of `class C(Base, k=v)` go on to Base.__init_subclass__.
  return new_class(meta, as_str(args[0]), args[1], as_dict(args[2]), args + 3, has_kw ? kw : nullptr);
}

// object.__init_subclass__ (a classmethod): does nothing, takes nothing.
static Value object_init_subclass(const Value* args, size_t nargs, KwNames* kw) {
  std::string who = args[0].as<TypeObject>()->m_qualname + ".__init_subclass__()";
  if (kw && kw->size() > 0) return raise(&TypeErrorType, format("%s takes no keyword arguments", who.c_str()));
  if (nargs > 1)
    return raise(&TypeErrorType, format("%s takes no arguments (%zu given)", who.c_str(), nargs - 1));
  return Value::none();
}

static int type_init(const Value&, const Value*, size_t nargs, KwNames* kw) {
  if (nargs == 1 && kw && kw->size() > 0) {
    raise(&TypeErrorType, "type.__init__() takes no keyword arguments");
    return -1;
  }
  if (nargs != 1 && nargs != 3) {
    raise(&TypeErrorType, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

static Value type_mro_method(const Value* args, size_t nargs, KwNames*) {
  std::vector<Value> items;
  for (TypeObject* t : args[0].as<TypeObject>()->m_mro) items.push_back(Value::borrow(t));
  return new_list(std::move(items));
}

// type.__instancecheck__ / __subclasscheck__: the checks without any metaclass hook,
// for a metaclass's own hook to fall back on (super().__instancecheck__(obj)).
static Value type_instancecheck(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__instancecheck__", nargs - 1, 1, 1)) return Value();
  auto* cls = args[0].as<TypeObject>();
  if (args[1].type()->is_subtype(cls)) return Value::boolean(true);
  // An object may claim another class through __class__ (CPython's recursive_isinstance).
  Value claimed = get_attr_opt(args[1], intern("__class__"));
  if (claimed.is_null()) {
    if (error_pending() && !error_matches(&AttributeErrorType)) return Value();
    clear_error();
    return Value::boolean(false);
  }
  return Value::boolean(claimed.type()->is_subtype(&TypeType) && claimed.as<TypeObject>()->is_subtype(cls));
}
static Value type_subclasscheck(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__subclasscheck__", nargs - 1, 1, 1)) return Value();
  if (!args[1].type()->is_subtype(&TypeType)) return raise(&TypeErrorType, "issubclass() arg 1 must be a class");
  return Value::boolean(args[1].as<TypeObject>()->is_subtype(args[0].as<TypeObject>()));
}
// type.__prepare__(name, bases, **kwds), a classmethod: the empty class namespace.
static Value type_prepare(const Value*, size_t, KwNames*) { return new_dict(); }
// object.__subclasshook__, a classmethod: no opinion, so abc decides the usual way.
static Value object_subclasshook(const Value*, size_t, KwNames*) { return NotImplemented; }

static Value type_subclasses(const Value* args, size_t nargs, KwNames*) {
  std::vector<Value> items;
  for (TypeObject* t : args[0].as<TypeObject>()->subclasses()) items.push_back(Value::borrow(t));
  return new_list(std::move(items));
}

// ---------------------------------------------------------------------------
// None, bool, NotImplemented, Ellipsis

static Value none_repr(const Value&) { return interned("None"); }
static int none_bool(const Value&) { return 0; }
static int64_t none_hash(const Value&) { return 0xFCA86420; }
static Value none_new(TypeObject*, const Value*, size_t nargs, KwNames*) {
  if (nargs) return raise(&TypeErrorType, "NoneType takes no arguments");
  return Value::none();
}

static Value bool_repr(const Value& self) { return interned(self.as_bool() ? "True" : "False"); }
static Value bool_new(TypeObject*, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("bool", kw) || !check_nargs("bool", nargs, 0, 1)) return Value();
  if (nargs == 0) return Value::boolean(false);
  int t = truthy(args[0]);
  if (t < 0) return Value();
  return Value::boolean(t);
}
// & | ^ of two bools stay bool; everything else is int arithmetic.
static Value bool_binary(BinOp op, const Value& a, const Value& b) {
  if (a.is_bool() && b.is_bool()) {
    bool x = a.as_bool(), y = b.as_bool();
    if (op == BinOp::BitAnd) return Value::boolean(x && y);
    if (op == BinOp::BitOr) return Value::boolean(x || y);
    if (op == BinOp::BitXor) return Value::boolean(x != y);
  }
  return int_binary(op, a, b);
}

static Value notimpl_repr(const Value&) { return interned("NotImplemented"); }
static Value ellipsis_repr(const Value&) { return interned("Ellipsis"); }

void init_core_types() {
  NotImplemented = Value::borrow(&not_implemented_obj);
  Ellipsis = Value::borrow(&ellipsis_obj);
  make_immortal(&not_implemented_obj);
  make_immortal(&ellipsis_obj);

  ObjectType.m_flags = kBaseType;
  ObjectType.tp_new = object_new;
  ObjectType.tp_init = object_init;
  ObjectType.tp_repr = object_repr;
  ObjectType.tp_str = object_str;
  ObjectType.tp_hash = object_hash;
  ObjectType.tp_richcompare = object_richcompare;
  ObjectType.tp_getattr = generic_getattr;
  ObjectType.tp_setattr = generic_setattr;
  type_ready(&ObjectType, nullptr, {{"__format__", object_format}, {"__dir__", object_dir}});
  type_add_getsets(&ObjectType, {{"__class__", object_class_get, object_class_set}, {"__dict__", object_dict_get, object_dict_set}});
  add_object_reduce_methods();
  type_add_value(&ObjectType, "__init_subclass__",
                 Value::steal(new ClassMethodObject(new_builtin("__init_subclass__", object_init_subclass))));
  type_add_value(&ObjectType, "__subclasshook__",
                 Value::steal(new ClassMethodObject(new_builtin("__subclasshook__", object_subclasshook))));

  TypeType.m_flags = kBaseType | kTypeSubclass;
  TypeType.tp_call = type_call;
  TypeType.tp_new = type_new;
  TypeType.tp_init = type_init;
  TypeType.tp_repr = type_repr;
  TypeType.tp_binary = type_or;  // int | None
  TypeType.tp_getattr = type_getattr;
  TypeType.tp_setattr = type_setattr;
  type_ready(&TypeType, &ObjectType,
             {{"mro", type_mro_method},
              {"__subclasses__", type_subclasses},
              {"__instancecheck__", type_instancecheck},
              {"__subclasscheck__", type_subclasscheck}});
  type_add_value(&TypeType, "__prepare__", Value::steal(new ClassMethodObject(new_builtin("__prepare__", type_prepare))));

  NoneType.tp_repr = none_repr;
  NoneType.tp_bool = none_bool;
  NoneType.tp_hash = none_hash;
  NoneType.tp_new = none_new;
  type_ready(&NoneType, &ObjectType);

  BoolType.tp_repr = bool_repr;
  BoolType.tp_new = bool_new;
  BoolType.tp_binary = bool_binary;
  BoolType.tp_init = nullptr;

  NotImplementedType.tp_repr = notimpl_repr;
  type_ready(&NotImplementedType, &ObjectType);
  EllipsisType.tp_repr = ellipsis_repr;
  type_ready(&EllipsisType, &ObjectType);
}

// bool derives from int, so it is readied after int.
static void init_bool_type() {
  BoolType.m_flags &= ~kBaseType;
  type_ready(&BoolType, &IntType);
  BoolType.m_flags &= ~kBaseType;
}

static void ready_types() {
  init_core_types();
  init_typeslot_types();
  init_str_type();
  init_dict_type();
  init_int_type();
  init_bool_type();
  init_float_type();
  init_complex_type();
  init_bytes_type();
  init_tuple_list_types();
  init_set_types();
  init_iter_types();
  init_function_types();
  init_exception_types();
  init_module_type();
  init_generic_alias_types();  // after the types it makes subscriptable
  init_weakref_types();
  add_builtin_reduce_methods();
}

void init_types() {
  static std::once_flag once;
  ready_builtin_types(once, ready_types);
}

}  // namespace hotpy
