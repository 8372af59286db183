// The cycle collector's part of a container object (see gc.h): the links of the
// generation list it is tracked in.
#pragma once
#include "objects/value.h"

namespace hotpy {

// A link of a generation's circular list; the generations' heads are bare links.
struct GcLink {
  GcLink* gc_next;
  union {
    GcLink* gc_prev;
    intptr_t gc_refs;  // during a collection: the object's count of outside references
  };
};

struct GcObject : Object, GcLink {
  // Tracked from birth in the running interpreter's youngest generation (not when
  // made before any interpreter runs: the builtin types and their contents).
  explicit GcObject(TypeObject* type);
  GcObject(TypeObject* type, BuiltinClass);
  // tracked false: the object tracks itself once it may be part of a cycle.
  GcObject(TypeObject* type, bool tracked);
  ~GcObject() override;
  // Drops the references this object holds, breaking a cycle the collector found
  // (CPython's tp_clear). The object must stay valid to use and to destroy.
  virtual void clear() {}
  // A builtin finalizer still to run (a suspended generator's close()), and running
  // it: like __del__, once, when the count drops to zero or the object is found
  // unreachable.
  virtual bool finalizer_pending() const { return false; }
  virtual void run_finalizer() {}
};

inline bool is_gc_object(const Object* o) { return o->m_gc_flags & kGcObject; }
inline GcObject* as_gc(Object* o) { return static_cast<GcObject*>(o); }
inline bool gc_is_tracked(const Object* o) { return o->m_gc_flags & kGcTracked; }
void gc_track(GcObject* o);
void gc_untrack(GcObject* o);
// A traverse's step for a Value member: only heap objects are references.
inline void visit_value(const Value& v, Object::Visitor visit, void* arg) {
  if (v.is_obj()) visit(v.obj(), arg);
}

}  // namespace hotpy
