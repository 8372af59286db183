// The cycle collector (see gc.h): generations, tracking, and CPython's algorithm for
// finding unreachable groups of containers.
#include "objects/gc.h"
#include "objects/instance.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/interpreter_state.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

namespace hotpy {

void (*gc_collection_hook)(int generation, const int64_t* found) = nullptr;

namespace {

void list_init(GcLink* head) { head->gc_next = head->gc_prev = head; }
bool list_empty(const GcLink* head) { return head->gc_next == head; }
void list_remove(GcLink* node) {
  node->gc_prev->gc_next = node->gc_next;
  node->gc_next->gc_prev = node->gc_prev;
}
void list_append(GcLink* head, GcLink* node) {
  node->gc_prev = head->gc_prev;
  node->gc_next = head;
  head->gc_prev->gc_next = node;
  head->gc_prev = node;
}
// Moves every node of `from` to the end of `to`.
void list_merge(GcLink* from, GcLink* to) {
  if (list_empty(from)) return;
  GcLink* first = from->gc_next;
  GcLink* last = from->gc_prev;
  first->gc_prev = to->gc_prev;
  to->gc_prev->gc_next = first;
  last->gc_next = to;
  to->gc_prev = last;
  list_init(from);
}
size_t list_size(const GcLink* head) {
  size_t n = 0;
  for (const GcLink* l = head->gc_next; l != head; l = l->gc_next) n++;
  return n;
}
GcObject* object_of(GcLink* link) { return static_cast<GcObject*>(link); }

// While a collection analyses its set, an object's gc_prev holds the count of its
// references that come from outside the set.
intptr_t& outside_refs(GcObject* o) { return o->gc_refs; }

bool in_collection(Object* o) { return o->m_gc_flags & kGcCollecting; }

// What an object references: what its traverse lists, and its class when it holds a
// reference to it (a heap type).
void traverse_all(GcObject* o, Object::Visitor visit, void* arg) {
  o->traverse(visit, arg);
  if (o->m_owns_type) visit(o->m_type, arg);
}

void subtract_internal_ref(Object* child, void*) {
  if (in_collection(child)) outside_refs(as_gc(child))--;
}

// A child of an object found reachable: reachable too. One set aside as tentatively
// unreachable goes back to the end of the queue; one not looked at yet will be.
void mark_reachable(Object* child, void* queue) {
  if (!in_collection(child)) return;
  GcObject* c = as_gc(child);
  if (c->m_gc_flags & kGcTentative) {
    c->m_gc_flags &= ~kGcTentative;
    outside_refs(c) = 1;
    static_cast<std::vector<GcObject*>*>(queue)->push_back(c);
  } else if (outside_refs(c) == 0) {
    outside_refs(c) = 1;
  }
}

// HOTPY_GC_STRESS=1 (tests): a collection at every allocation of a container, and a
// traverse that reports more references than the object's count stops the process.
bool stress_mode() {
  static const bool on = [] {
    const char* v = std::getenv("HOTPY_GC_STRESS");
    return v && *v && *v != '0';
  }();
  return on;
}

// A traverse listed more references to o than o's count holds: its class's traverse
// is wrong. Freeing o could free a live object, so it is kept.
[[gnu::cold]] void report_overcount(GcObject* o, const std::vector<GcObject*>& work) {
  if (!stress_mode()) return;
  std::fprintf(stderr, "hotpy gc: %ld more references to a '%s' object (count %u) than its count; from:\n",
               long(-outside_refs(o)), o->m_type->m_name.c_str(), unsigned(o->m_refcnt));
  struct Probe {
    Object* target;
    int hits;
  };
  for (GcObject* from : work) {
    Probe p{o, 0};
    traverse_all(from, [](Object* child, void* arg) {
      auto* probe = static_cast<Probe*>(arg);
      if (child == probe->target) probe->hits++;
    }, &p);
    if (p.hits) std::fprintf(stderr, "  %d from a '%s'\n", p.hits, from->m_type->m_name.c_str());
  }
  std::abort();
}

// Marks (kGcReachable) the objects of `set` that something outside the set refers
// to, and everything they reach within it. Each object's count includes `held`
// references of the collector's own. Reorders `set` as CPython's move_unreachable
// leaves its lists (the reachable ones first, then the rest), because that order is
// what users see: the order finalizers run in, at exit too.
void mark_reachable_from_outside(std::vector<GcObject*>& set, intptr_t held) {
  for (GcObject* o : set) {
    o->m_gc_flags = (o->m_gc_flags & ~(kGcReachable | kGcTentative)) | kGcCollecting;
    outside_refs(o) = intptr_t(o->m_refcnt) - held;
  }
  for (GcObject* o : set) traverse_all(o, subtract_internal_ref, nullptr);
  // In order: an object with references from outside (or found reachable before its
  // turn) is reachable and so is what it references; one without is set aside, and
  // goes back to the end of the queue if something reachable turns out to refer to it.
  // The reachable ones are written over the front of `set` as they are found (never
  // past the one being visited, and every object is found reachable at most once): a
  // vector of their own was one more pointer per object, touched at the moment the
  // most garbage waits (a full collection). The aside queue is reserved whole: growing
  // by doubling would leave every smaller copy resident too. Untouched room costs no
  // resident memory.
  // The rescued queue after all of `set` in a vector of their own: room for them in
  // `set`, reserved at each collection and rarely used, raised gc_constraints' peak.
  std::vector<GcObject*> aside, rescued;
  aside.reserve(set.size());
  size_t kept = 0;
  auto visit = [&](GcObject* o) {
    if (outside_refs(o) != 0) {
      // A count below zero is kept too: reachable, as far as we know. (mark_reachable
      // raises only a count of zero, so a negative one is still there to see.)
      if (__builtin_expect(outside_refs(o) < 0, 0)) report_overcount(o, set);
      o->m_gc_flags |= kGcReachable;
      set[kept++] = o;
      traverse_all(o, mark_reachable, &rescued);
    } else {
      o->m_gc_flags |= kGcTentative;
      aside.push_back(o);
    }
  };
  for (size_t i = 0, n = set.size(); i < n; i++) visit(set[i]);
  for (size_t i = 0; i < rescued.size(); i++) visit(rescued[i]);  // grows as it goes
  for (GcObject* o : aside)
    if (o->m_gc_flags & kGcTentative) {
      o->m_gc_flags &= ~kGcTentative;
      set[kept++] = o;
    }
}

// CPython 3.11 keeps the attributes of an instance of a class in the instance (a
// "managed dict") until something asks for its __dict__; hotpy's instances always
// have a separate dict. So that gc.collect() reports the numbers CPython reports,
// an unreachable instance's unreachable dict is not counted on its own.
size_t count_instance_dicts(const std::vector<GcObject*>& set) {
  constexpr uint32_t kRealDict = kTypeSubclass | kTupleSubclass | kIntSubclass;
  auto unreachable = [](const Object* o) { return (o->m_gc_flags & (kGcCollecting | kGcReachable)) == kGcCollecting; };
  size_t n = 0;
  for (GcObject* o : set) {
    if (!o->m_owns_type || (o->m_type->m_flags & kRealDict) || !unreachable(o) || has_inline_attributes(o)) continue;
    DictObject** d = o->instance_dict();
    if (d && *d && unreachable(static_cast<Object*>(*d))) n++;
  }
  return n;
}

// CPython's rule for a tuple's item: no cycle can pass through it when it is no
// container, an immortal one, or a tuple already untracked. Any other container
// counts, tracked or not yet (a dict tracks itself once it holds one).
bool may_join_a_cycle(const Value& item) {
  if (!item.is_obj()) return false;
  Object* o = item.obj();
  if (!is_gc_object(o) || is_immortal(o)) return false;
  return o->m_type != &TupleType || gc_is_tracked(o);
}

// A tuple's items never change, so a surviving exact tuple of atoms can never be part
// of a cycle: the collector stops tracking it (as CPython does, which keeps big tables
// of records out of every later collection). The iterators that refill their result
// tuple in place track it again.
bool untracks_as_atoms(const GcObject* o) {
  if (o->m_type != &TupleType) return false;
  for (const Value& item : static_cast<const TupleObject*>(o)->m_items)
    if (may_join_a_cycle(item)) return false;
  return true;
}

// Links each object of `set` (marked, and in no list) into `reachable` or
// `unreachable`, but for the reachable tuples of atoms, which leave the collector's
// lists; returns how many were reachable and stay tracked (*untracked: how many left).
size_t split_marked(std::vector<GcObject*>& set, GcLink* reachable, GcLink* unreachable,
                    size_t* untracked = nullptr) {
  size_t n = 0, left = 0;
  for (GcObject* o : set) {
    bool found = o->m_gc_flags & kGcReachable;
    o->m_gc_flags &= ~(kGcCollecting | kGcReachable);
    if (found && untracks_as_atoms(o)) {
      o->m_gc_flags &= ~kGcTracked;
      o->gc_next = o->gc_prev = o;
      left++;
      continue;
    }
    list_append(found ? reachable : unreachable, o);
    n += found;
  }
  if (untracked) *untracked = left;
  return n;
}

// What the garbage of one collection asks of the steps before it is freed. Most
// collections find neither weak references nor finalizers, and then no code runs
// between finding the garbage and freeing it: nothing can be resurrected.
struct GarbageNeeds {
  bool weakly_referenced = false;
  bool finalizers = false;
};

// The unreachable objects, each held alive (one extra reference) until released.
std::vector<GcObject*> hold_all(GcLink* unreachable, GarbageNeeds* needs) {
  std::vector<GcObject*> held;
  for (GcLink* l = unreachable->gc_next; l != unreachable; l = l->gc_next) {
    GcObject* o = object_of(l);
    held.push_back(o);
    incref(o);
    needs->weakly_referenced |= (o->m_gc_flags & kGcWeakReferenced) != 0;
    needs->finalizers |= gc_needs_finalizer(o);
  }
  return held;
}

// Weak references to the unreachable objects are cleared before any finalizer runs
// (CPython's handle_weakrefs); the callbacks of those outside the garbage run now.
// Returns whether any callback ran.
bool clear_weakrefs(const std::vector<GcObject*>& held) {
  for (GcObject* o : held) o->m_gc_flags |= kGcCollecting;
  std::vector<Value> to_call = clear_weakrefs_to_garbage(held);
  for (GcObject* o : held) o->m_gc_flags &= ~kGcCollecting;
  if (to_call.empty()) return false;
  call_weakref_callbacks(to_call);
  return true;
}

// PEP 442: the finalizer of each unreachable object that has one and has not run
// yet. They may make objects reachable again, or free some (all are held).
void finalize_garbage(const std::vector<GcObject*>& held) {
  for (GcObject* o : held)
    if (gc_needs_finalizer(o)) gc_run_finalizer(o);
}

// After finalizers ran: the held objects that something outside them now refers to,
// and all they reach, go back to `survivors`; the rest stay in `unreachable`.
void rescue_resurrected(const std::vector<GcObject*>& held, GcLink* unreachable, GcLink* survivors) {
  std::vector<GcObject*> still;
  for (GcObject* o : held)
    if (gc_is_tracked(o)) {  // one a finalizer untracked is not ours to judge
      list_remove(o);
      still.push_back(o);
    }
  mark_reachable_from_outside(still, 1);
  split_marked(still, survivors, unreachable);
}

// Breaks the unreachable groups: each object drops its references, then the holds
// go and the counts free the groups. Whatever is left (kept by a destructor) ends
// in `survivors`.
void delete_garbage(const std::vector<GcObject*>& held, GcLink* unreachable, GcLink* survivors) {
  // gc.DEBUG_SAVEALL: into gc.garbage, uncleared (counted as collected, as CPython).
  bool save_all = ts->gc->debug & kGcDebugSaveAll;
  for (GcLink* l = unreachable->gc_next; l != unreachable; l = l->gc_next) {
    if (!save_all)
      object_of(l)->clear();
    else if (is_list(ts->gc->garbage))
      as_list(ts->gc->garbage)->m_items.push_back(Value::borrow(object_of(l)));
  }
  // Nothing above freed a held object; from here on they go.
  list_merge(unreachable, survivors);
  for (GcObject* o : held) decref(o);
}

int64_t collect(GcState& gc, int generation) {
  gc.collecting = true;
  if (gc_collection_hook) gc_collection_hook(generation, nullptr);
  for (int i = 0; i < generation; i++) list_merge(&gc.generations[i], &gc.generations[generation]);
  if (generation + 1 < kGcGenerations) gc.counts[generation + 1]++;
  for (int i = 0; i <= generation; i++) gc.counts[i] = 0;
  GcLink* survivors = &gc.generations[generation + 1 < kGcGenerations ? generation + 1 : generation];
  std::vector<GcObject*> work;
  GcLink* head = &gc.generations[generation];
  size_t tracked = 0;
  for (GcLink* l = head->gc_next; l != head; l = l->gc_next) tracked++;
  work.reserve(tracked);
  for (GcLink* l = head->gc_next; l != head; l = l->gc_next) work.push_back(object_of(l));
  list_init(head);
  GcLink unreachable;
  list_init(&unreachable);
  mark_reachable_from_outside(work, 0);
  size_t instance_dicts = count_instance_dicts(work);
  size_t untracked = 0;
  size_t survived = split_marked(work, survivors, &unreachable, &untracked);
  if (generation == kGcGenerations - 2) gc.long_lived_pending += int64_t(survived);
  if (generation == kGcGenerations - 1) {
    gc.long_lived_total = int64_t(survived);
    gc.long_lived_pending = 0;
    gc.trees_pending = 0;
  }
  int64_t found = int64_t(work.size() - survived - untracked - instance_dicts);
  work.clear();
  work.shrink_to_fit();
  GarbageNeeds needs;
  std::vector<GcObject*> held = hold_all(&unreachable, &needs);
  // A weakref callback may run any code, even give a class a __del__: then every
  // step is taken as if anything could have happened.
  bool code_ran = needs.weakly_referenced && clear_weakrefs(held);
  if (code_ran || needs.finalizers) {
    finalize_garbage(held);
    rescue_resurrected(held, &unreachable, survivors);
  }
  delete_garbage(held, &unreachable, survivors);
  gc.stats[generation].collections++;
  gc.stats[generation].collected += found;
  if (gc_collection_hook) gc_collection_hook(generation, &found);
  gc.collecting = false;
  return found;
}

}  // namespace

void gc_run_finalizer(Object* o) {
  o->m_gc_flags |= kGcFinalized;
  if (o->m_owns_type && (o->m_type->m_flags & kHasFinalizer) && run_finalizer)
    run_finalizer(o);
  else if (is_gc_object(o))
    as_gc(o)->run_finalizer();
}

GcState::GcState() {
  for (GcLink& g : generations) list_init(&g);
  list_init(&permanent);
}

GcObject::GcObject(TypeObject* type) : GcObject(type, true) {}

GcObject::GcObject(TypeObject* type, bool tracked) : Object(type) {
  m_gc_flags = kGcObject;
  gc_next = gc_prev = this;
  if (tracked && ts && ts->gc) gc_track(this);
}

GcObject::GcObject(TypeObject* type, BuiltinClass b) : Object(type, b) {
  m_gc_flags = kGcObject;
  gc_next = gc_prev = this;
}

GcObject::~GcObject() { gc_untrack(this); }


void gc_track(GcObject* o) {
  if (gc_is_tracked(o)) return;
  GcState& gc = *ts->gc;
  o->m_gc_flags |= kGcTracked;
  list_append(&gc.generations[0], o);
  if (++gc.counts[0] > gc.thresholds[0] && gc.thresholds[0] > 0 && gc.enabled && !gc.collecting)
    ts->pending_interrupt.fetch_or(kGcRequested, std::memory_order_relaxed);
}

void gc_count_allocations(int64_t n) {
  if (!ts || !ts->gc) return;
  GcState& gc = *ts->gc;
  gc.counts[0] += n;
  gc.trees_pending += n;
  if (gc.counts[0] > gc.thresholds[0] && gc.thresholds[0] > 0 && gc.enabled && !gc.collecting)
    ts->pending_interrupt.fetch_or(kGcRequested, std::memory_order_relaxed);
}

void gc_untrack_object(Object* o) { gc_untrack(as_gc(o)); }

void gc_untrack(GcObject* o) {
  if (!gc_is_tracked(o)) return;
  list_remove(o);
  o->gc_next = o->gc_prev = o;
  o->m_gc_flags &= ~kGcTracked;
}

void init_gc() {
  ts->gc = new GcState();
  if (stress_mode()) ts->gc->thresholds[0] = 1;
}

void free_gc() {
  detach_all_weakrefs();
  // Objects still tracked (kept alive past the end) must not point at the heads.
  for (GcLink* head : {&ts->gc->generations[0], &ts->gc->generations[1], &ts->gc->generations[2], &ts->gc->permanent})
    while (!list_empty(head)) gc_untrack(object_of(head->gc_next));
  delete ts->gc;
  ts->gc = nullptr;
}

int64_t gc_collect(int generation) {
  GcState& gc = *ts->gc;
  if (gc.collecting) return 0;
  // The exception being raised or handled is not the collector's business.
  Value pending = fetch_error();
  int64_t found = collect(gc, generation);
  clear_error();
  ts->exc = pending;
  return found;
}

void gc_collect_requested() {
  GcState& gc = *ts->gc;
  if (gc.collecting || !gc.enabled || gc.held) return;
  // Compiled trees weigh like that many objects: once those made since the last full
  // collection outweigh a quarter of the long-lived objects (and a floor, so that
  // imports at start-up do not each cause one), the next collection is a full one.
  constexpr int64_t kTreesFloor = 4096;  // about 2 MB of trees (compile.cpp weighs them)
  if (gc.trees_pending > std::max(kTreesFloor, gc.long_lived_total / 4) && gc.thresholds[0] > 0) {
    gc_collect(kGcGenerations - 1);
    return;
  }
  // The oldest generation whose count passed its threshold; a full collection only
  // when a quarter of the long-lived objects are new (CPython's rule).
  for (int g = kGcGenerations - 1; g >= 0; g--) {
    if (gc.counts[g] <= gc.thresholds[g] || gc.thresholds[g] <= 0) continue;
    if (g == kGcGenerations - 1 && gc.long_lived_pending < gc.long_lived_total / 4) continue;
    gc_collect(g);
    return;
  }
}

std::vector<Object*> gc_tracked_objects(int generation) {
  std::vector<Object*> out;
  for (int g = 0; g < kGcGenerations; g++) {
    if (generation >= 0 && g != generation) continue;
    GcLink* head = &ts->gc->generations[g];
    for (GcLink* l = head->gc_next; l != head; l = l->gc_next) out.push_back(object_of(l));
  }
  return out;
}

int64_t gc_generation_count(int generation) { return ts->gc->counts[generation]; }

void gc_visit_referents(Object* o, Object::Visitor visit, void* arg) {
  if (is_gc_object(o)) traverse_all(as_gc(o), visit, arg);
}

void gc_release_module_lists() {
  ts->gc->garbage = Value();
  ts->gc->callbacks = Value();
}

void gc_freeze() {
  for (GcLink& g : ts->gc->generations) list_merge(&g, &ts->gc->permanent);
  ts->gc->counts[0] = 0;
}
void gc_unfreeze() { list_merge(&ts->gc->permanent, &ts->gc->generations[kGcGenerations - 1]); }
size_t gc_freeze_count() { return list_size(&ts->gc->permanent); }

}  // namespace hotpy
