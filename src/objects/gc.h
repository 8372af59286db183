// The cycle collector. Reference counts free most objects at once; a cycle of
// containers (a list that holds itself, two instances that point at each other, a
// function and the module dict that holds it) keeps its counts above zero forever.
// Like CPython's, the collector finds such groups: every container is a GcObject,
// kept in one of three generations, and lists what it references (traverse). An
// object whose count is all explained by references from other objects of the
// generations being collected, and which no object reachable from outside them
// refers to, is garbage: the collector clears its references, and the counts free
// the whole group.
//
// Only containers carry the collector's links: str, bytes, big ints and complex
// numbers hold no references (a __dict__ on an instance of a subclass of them is the
// exception; a cycle through one is not collected).
#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "objects/gc_object.h"
#include "objects/interpreter_state.h"
#include "objects/object.h"

namespace hotpy {

constexpr int kGcGenerations = 3;

// gc.set_debug's flags (CPython's values).
enum GcDebugFlags : int {
  kGcDebugStats = 1,          // a summary of each collection on stderr
  kGcDebugCollectable = 2,
  kGcDebugUncollectable = 4,
  kGcDebugSaveAll = 32,       // unreachable objects go to gc.garbage instead of being freed
  kGcDebugLeak = kGcDebugCollectable | kGcDebugUncollectable | kGcDebugSaveAll,
};

struct GcState {
  GcLink generations[kGcGenerations];
  GcLink permanent;  // gc.freeze()
  // generations[0]: allocations less deallocations since the last collection; the
  // others: collections of the next younger generation since their last one.
  int64_t counts[kGcGenerations] = {0, 0, 0};
  int64_t thresholds[kGcGenerations] = {700, 10, 10};
  bool enabled = true;
  bool collecting = false;
  int held = 0;  // > 0: automatic collections wait (hotreload holds them while it reloads)
  // CPython's guard against quadratic full collections: objects that survived a
  // younger collection since the last full one, against those a full one kept.
  int64_t long_lived_pending = 0;
  int64_t long_lived_total = 0;
  // The weight of compiled trees made since the last full collection
  // (gc_count_allocations). A tree outlives the young collections with the functions
  // that hold it, so its garbage (a reloaded module's old classes) waits for a full one.
  int64_t trees_pending = 0;
  struct Stats {
    int64_t collections = 0, collected = 0, uncollectable = 0;
  } stats[kGcGenerations];
  // The gc module's state (modules/gc.cpp), here because collections use it: the
  // lists gc.garbage and gc.callbacks (made with the module), and gc.set_debug's flags.
  Value garbage;
  Value callbacks;
  int debug = 0;
  // Each weakly referenced object's first weak reference (objects/weakref.h).
  std::unordered_map<Object*, struct WeakRefObject*> weakrefs;
  GcState();
};

void init_gc();  // the running interpreter's collector (first thing it makes)
void free_gc();  // after its last object is gone
// Called at the start (found: null) and the end of every collection, once the gc
// module is imported: gc.callbacks and DEBUG_STATS (modules/gc.cpp).
extern void (*gc_collection_hook)(int generation, const int64_t* found);
// Drops gc.garbage and gc.callbacks (finalization, while objects may still run code).
void gc_release_module_lists();

// Finalizers (PEP 442): an object whose class (a heap type) defines __del__ has one,
// run once in its life, when its count drops to zero or the collector finds it
// unreachable.
// A tracked object whose count reached zero leaves its generation (one deallocation
// for the allocation count) before its contents go.
inline void gc_object_dying(Object* o) {
  GcObject* g = as_gc(o);
  g->gc_prev->gc_next = g->gc_next;
  g->gc_next->gc_prev = g->gc_prev;
  g->gc_next = g->gc_prev = g;
  o->m_gc_flags &= ~kGcTracked;
  if (ts && ts->gc && ts->gc->counts[0] > 0) ts->gc->counts[0]--;
}

inline bool gc_needs_finalizer(const Object* o) {
  if (o->m_gc_flags & kGcFinalized) return false;
  if (o->m_owns_type && (o->m_type->m_flags & kHasFinalizer)) return run_finalizer && ts;
  return (o->m_gc_flags & kGcOwnFinalizer) && ts && static_cast<const GcObject*>(o)->finalizer_pending();
}
// Runs o's __del__ (through run_finalizer, object.h) or its builtin finalizer, and
// marks it finalized; o is held alive by the caller.
void gc_run_finalizer(Object* o);

// Memory that only containers keep alive and that the collector does not see (the
// tree of a compiled module, held by its functions) counts as n allocations, so
// that garbage holding much of it is looked for as often as CPython would.
void gc_count_allocations(int64_t n);

// gc.collect(generation): collects that generation and the younger ones; returns
// how many unreachable objects it found.
int64_t gc_collect(int generation);
// The collection the allocation count asked for (at the evaluator's next statement).
void gc_collect_requested();
// The objects tracked in the generations (gc.get_objects(generation); -1: all).
std::vector<Object*> gc_tracked_objects(int generation);
int64_t gc_generation_count(int generation);
// What the collector sees o reference (gc.get_referents): its traverse, and its class
// when o holds a reference to it (a heap type).
void gc_visit_referents(Object* o, Object::Visitor visit, void* arg);
// gc.freeze(): moves everything tracked into a generation no collection looks at.
void gc_freeze();
void gc_unfreeze();
size_t gc_freeze_count();

}  // namespace hotpy
