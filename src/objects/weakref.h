// Weak references (CPython's _weakref): a ref or proxy names an object without
// keeping it alive. When the object dies its weak references are cleared, then the
// callbacks of those that are still alive run, newest first (CPython's order).
//
// An object does not carry its weak references: the interpreter keeps a side table
// from object to its list (WeakrefTable), and a flag bit on the object
// (kGcWeakReferenced) tells the destroy path and the collector to look there, so
// objects nobody weakly references pay one bit test when they die.
#pragma once
#include <unordered_map>
#include <vector>

#include "objects/object.h"

namespace hotpy {

extern TypeObject ReferenceType;       // weakref.ReferenceType (weakref.ref)
extern TypeObject ProxyType;           // weakref.ProxyType
extern TypeObject CallableProxyType;   // weakref.CallableProxyType

struct WeakRefObject : GcObject {
  Object* m_referent;  // not counted; null once the referent died
  Value m_callback;    // Null when none (or once called)
  int64_t m_hash = -1;  // the referent's hash, kept so a dead ref stays hashable
  DictObject* m_dict = nullptr;  // instances of Python subclasses (WeakMethod, KeyedRef)
  // The referent's list, in CPython's order: the plain ref (no callback, exact
  // type) first, then the plain proxy, then the others newest first.
  WeakRefObject* m_wr_prev = nullptr;
  WeakRefObject* m_wr_next = nullptr;
  WeakRefObject(TypeObject* type, Object* referent, Value callback);
  ~WeakRefObject() override;
  void traverse(Visitor, void*) override;
  void clear() override;
  DictObject** instance_dict() override { return m_type->m_flags & kHeapType ? &m_dict : nullptr; }
  // Unlinks from the referent's list and forgets the referent.
  void unlink();
};

// Per interpreter (GcState): each weakly referenced object's first weak reference.
using WeakrefTable = std::unordered_map<Object*, WeakRefObject*>;

bool is_weakref(const Value& v);  // a ref or a proxy, or an instance of a subclass
bool is_proxy(const Value& v);
// Can `o` be weakly referenced (CPython: its type has tp_weaklistoffset)?
bool weakrefable(const Object* o);
// ref(o, callback) of `type` (ReferenceType or a subclass, or a proxy type): the
// shared plain ref or proxy when there is no callback. Null with TypeError when o
// cannot be weakly referenced.
Value new_weakref(TypeObject* type, const Value& o, const Value& callback);
// The weak references to o, in list order (getweakrefs), and their number.
std::vector<Value> weakrefs_of(const Object* o);
size_t weakref_count(const Object* o);

// The referent died (its count reached zero, its finalizer ran): clears its weak
// references and runs the callbacks. Only for objects flagged kGcWeakReferenced.
void clear_weakrefs_and_call_back(Object* o);
// The collector found `garbage` unreachable (each flagged kGcCollecting): clears the
// weak references to them; returns the weak references outside the garbage whose
// callbacks must run, held.
std::vector<Value> clear_weakrefs_to_garbage(const std::vector<GcObject*>& garbage);
void call_weakref_callbacks(std::vector<Value>& refs);
// The interpreter ends with objects still alive (a host's): their weak references
// stop pointing at them and at each other, uncalled.
void detach_all_weakrefs();

// Reports an error no caller can receive ("Exception ignored in: <obj>"): set by
// the evaluator, which prints it as sys.unraisablehook says.
extern void (*report_unraisable)(const Value& obj);

void init_weakref_types();
void init_proxy_types();  // weakref_proxy.cpp

}  // namespace hotpy
