// The type object and its slots: how every operation finds its implementation.
//
// Like CPython, each type carries C++ function pointers (slots) for the operations
// the evaluator performs; builtin types fill them natively, and classes written in
// Python get dispatchers that call their dunder methods (objects/typeslots.cpp).
// Every slot follows one error convention: a Value result is Null when an exception
// is pending (errors.h); an int result is -1 on error.
#pragma once
#include <initializer_list>
#include <mutex>
#include <string>
#include <vector>

#include "ast/operators.h"
#include "objects/value.h"
#include "objects/gc_object.h"

namespace hotpy {

struct StrObject;
struct DictObject;
struct SharedKeys;
struct TupleObject;

// Keyword names of a call: the values follow the positional arguments in the same
// array (CPython's vectorcall layout). Null when the call has no keywords.
using KwNames = TupleObject;

using NativeFn = Value (*)(const Value* args, size_t nargs, KwNames* kwnames);

enum TypeFlags : uint32_t {
  kHeapType = 1u << 0,       // made by a class statement: attributes may change
  kBaseType = 1u << 1,       // may be subclassed
  kIntSubclass = 1u << 2,    // fast isinstance checks, like CPython's tp_flags
  kStrSubclass = 1u << 3,
  kTupleSubclass = 1u << 4,
  kListSubclass = 1u << 5,
  kDictSubclass = 1u << 6,
  kExceptionSubclass = 1u << 7,  // BaseException
  kTypeSubclass = 1u << 8,
  kNoInstanceDict = 1u << 9,  // __slots__ without __dict__ all the way up: no attribute dict
  kHasFinalizer = 1u << 10,   // a class on the MRO defines __del__
  kWeakrefable = 1u << 11,    // instances can be weakly referenced (CPython's tp_weaklistoffset)
  kIsAbstract = 1u << 12,     // __abstractmethods__ was set non-empty: no instances (abc)
};
// Set by the evaluator: runs the __del__ of an object whose last reference went,
// while an interpreter can run Python code (destroy_object asks only for
// kHasFinalizer classes).
extern void (*run_finalizer)(Object* o);

struct TypeObject : GcObject {
  std::string m_name;                 // "int", or a class's __name__
  std::string m_qualname;
  TypeObject* m_base = nullptr;       // first base; null only for object
  std::vector<TypeObject*> m_bases;   // all bases, as written
  std::vector<TypeObject*> m_mro;     // method resolution order, self first
  DictObject* m_dict = nullptr;       // the class namespace (owned)
  uint32_t m_flags = 0;
  uint32_t m_nslots = 0;              // __slots__ of this class and its bases (instance.h)
  // A heap type's direct heap subclasses (not owned): slot updates, __subclasses__().
  // Made on first use. A builtin type's are per interpreter (subclass_list).
  mutable std::vector<TypeObject*>* m_subclasses = nullptr;
  // Every live heap type, in a list (finalization empties their namespaces).
  TypeObject* m_prev_heap = nullptr;
  TypeObject* m_next_heap = nullptr;
  // Changes whenever this class's attributes (or an ancestor's) may have changed;
  // numbers come from one global counter, so a (type, version) pair never repeats.
  // The method cache (object.cpp) keys on it.
  uint64_t m_version;
  // The names instances keep inline (instance.h), made with the first instance; null
  // for classes whose instances are not plain InstanceObjects with a dict.
  SharedKeys* m_shared_keys = nullptr;

  // -- slots (null: the operation is not supported)
  // Creation: tp_new makes the object, tp_init fills it (returns -1 on error).
  Value (*tp_new)(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) = nullptr;
  int (*tp_init)(const Value& self, const Value* args, size_t nargs, KwNames* kw) = nullptr;
  Value (*tp_repr)(const Value& self) = nullptr;
  Value (*tp_str)(const Value& self) = nullptr;
  int64_t (*tp_hash)(const Value& self) = nullptr;  // -1: error
  // Returns a bool/any object, or NotImplemented.
  Value (*tp_richcompare)(const Value& a, const Value& b, CmpOp op) = nullptr;
  int (*tp_bool)(const Value& self) = nullptr;
  int64_t (*tp_len)(const Value& self) = nullptr;   // -1: error
  Value (*tp_getattr)(const Value& self, StrObject* name) = nullptr;
  int (*tp_setattr)(const Value& self, StrObject* name, const Value& v) = nullptr;  // v Null: delete
  Value (*tp_call)(const Value& self, const Value* args, size_t nargs, KwNames* kw) = nullptr;
  Value (*tp_iter)(const Value& self) = nullptr;
  // Null with no exception pending means exhausted (no StopIteration is made).
  Value (*tp_next)(const Value& self) = nullptr;
  Value (*tp_getitem)(const Value& self, const Value& key) = nullptr;
  int (*tp_setitem)(const Value& self, const Value& key, const Value& v) = nullptr;  // v Null: delete
  int (*tp_contains)(const Value& self, const Value& item) = nullptr;  // -1 error, 0, 1
  // Both operand orders go through the same slot; NotImplemented when unsupported.
  Value (*tp_binary)(BinOp op, const Value& a, const Value& b) = nullptr;
  // `a op= b`; null or NotImplemented falls back to tp_binary.
  Value (*tp_inplace)(BinOp op, const Value& a, const Value& b) = nullptr;
  Value (*tp_unary)(UnaryOp op, const Value& self) = nullptr;  // not `not`
  // Descriptors: obj is Null when the attribute is fetched from the class itself.
  Value (*tp_descr_get)(const Value& descr, const Value& obj, TypeObject* owner) = nullptr;
  int (*tp_descr_set)(const Value& descr, const Value& obj, const Value& v) = nullptr;

  explicit TypeObject(std::string name);
  ~TypeObject() override;
  void traverse(Visitor, void*) override;

  bool is_subtype(const TypeObject* other) const;
  const std::vector<TypeObject*>& subclasses() const;
  void add_subclass(TypeObject* sub);
  void remove_subclass(TypeObject* sub);
  std::vector<TypeObject*>* subclass_list(bool make) const;  // null: none (make: an empty one)
  // The attribute `name` along the MRO, without descriptors applied; Null if absent
  // (no exception set). Cached per (type version, interned name).
  Value lookup(StrObject* name) const;
  Value lookup_uncached(StrObject* name) const;
};

// Invalidates cached lookups on `type` and its subclasses: call after changing a
// class's dict (or its bases).
void type_modified(TypeObject* type);
// Called at the end of finalization: from then on a class being destroyed touches
// no other type object (static destructors may already have run for builtin ones).
// Registers a new heap type in the list of live ones (new_class does).
void register_heap_type(TypeObject* type);
// Every heap type alive now, oldest first.
std::vector<Value> live_heap_types();

inline Object::Object(TypeObject* type) : m_owns_type(type->m_flags & kHeapType), m_type(type) {
  if (m_owns_type) incref(type);
}
inline void Object::set_type(TypeObject* type) {
  bool owns = type->m_flags & kHeapType;
  if (owns) incref(type);
  TypeObject* old = m_type;
  bool owned = m_owns_type;
  m_type = type;
  m_owns_type = owns;
  if (owned) decref(old);
}

extern TypeObject TypeType;    // type
extern TypeObject ObjectType;  // object
extern TypeObject NoneType;
extern TypeObject BoolType;
extern TypeObject IntType;
extern TypeObject FloatType;
extern TypeObject NotImplementedType;
extern TypeObject EllipsisType;

extern Value NotImplemented;   // the singleton
extern Value Ellipsis;

inline TypeObject* Value::type() const noexcept {
  switch (m_tag) {
    case Tag::Obj: return m_u.o->m_type;
    case Tag::Int: return &IntType;
    case Tag::Float: return &FloatType;
    case Tag::Bool: return &BoolType;
    case Tag::None: return &NoneType;
    case Tag::Null: break;
  }
  return &NoneType;
}

inline bool is_type(const Value& v, const TypeObject* t) { return v.type() == t; }
inline bool is_instance(const Value& v, const TypeObject* t) { return v.type()->is_subtype(t); }

// Finishes a builtin type: links base and MRO, inherits unset slots, and puts slot
// wrappers (__repr__, __add__, ...) and `methods` into its dict. Called once at start-up.
struct MethodDef {
  const char* name;
  NativeFn fn;  // args[0] is self
  const char* doc = nullptr;
};
void type_ready(TypeObject* type, TypeObject* base, std::initializer_list<MethodDef> methods = {});
// Runs `ready` (which readies builtin types) once in the process, whichever
// interpreter asks first, then makes everything the readied types' dicts hold
// immortal: every interpreter shares them from then on (objects/value.h).
void ready_builtin_types(std::once_flag& once, void (*ready)());
// The running interpreter's method cache (InterpreterState::method_cache).
void init_method_cache();
void free_method_cache();

// A computed attribute of a builtin type (args of an exception, __name__ of a
// function...): stored in the type's dict as a data descriptor.
struct GetSetDef {
  const char* name;
  Value (*get)(const Value& self);
  int (*set)(const Value& self, const Value& v) = nullptr;  // null: read-only
  const char* doc = nullptr;
};
void type_add_getsets(TypeObject* type, std::initializer_list<GetSetDef> getsets);
// Adds a plain value to a builtin type's dict (constants such as int.real).
void type_add_value(TypeObject* type, const char* name, Value v);

// The builtin class whose C++ objects instances of t are (object for plain classes).
const TypeObject* builtin_layout(const TypeObject* t);

// The type's name for messages: "int", "MyClass".
inline const std::string& type_name(const Value& v) { return v.type()->m_name; }

}  // namespace hotpy
