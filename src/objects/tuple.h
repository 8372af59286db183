// tuple and list: sequences of Values.
//
// Both keep their items in a std::vector<Value>; a list's vector grows in place, a
// tuple's never changes after creation. The helpers at the end are shared by every
// sequence type (tuple, list, and the str/bytes/range authors may use them too).
#pragma once
#include <initializer_list>
#include <vector>

#include "objects/object.h"
#include "objects/gc.h"
#include "objects/ops.h"

namespace hotpy {

// An object's class is one of its references when it is a heap type (Object
// holds it); traverse() reports it.
inline void visit_heap_type(TypeObject* t, Object::Visitor visit, void* arg) {
  if (t->m_flags & kHeapType) visit(t, arg);
}

// The storage tuple and list share: the items. Instances of Python subclasses
// (namedtuple-like classes, list subclasses) are WithInstanceDict, below.
struct ItemsObject : GcObject {
  std::vector<Value> m_items;
  ItemsObject(std::vector<Value> items, TypeObject* type, bool tracked = true);
  ~ItemsObject() override;
  size_t size() const { return m_items.size(); }
  void traverse(Visitor, void*) override;
  void clear() override;
};

struct TupleObject : ItemsObject {
  explicit TupleObject(std::vector<Value> items, TypeObject* type = nullptr, bool tracked = true);
};

struct ListObject : ItemsObject {
  explicit ListObject(std::vector<Value> items = {}, TypeObject* type = nullptr);
};

extern TypeObject TupleType;
extern TypeObject ListType;

inline bool is_tuple(const Value& v) { return v.is_obj() && (v.type()->m_flags & kTupleSubclass); }
inline bool is_list(const Value& v) { return v.is_obj() && (v.type()->m_flags & kListSubclass); }
inline TupleObject* as_tuple(const Value& v) { return v.as<TupleObject>(); }
inline ListObject* as_list(const Value& v) { return v.as<ListObject>(); }

Value new_tuple(std::vector<Value> items);
Value new_tuple(const Value* items, size_t n);  // copies them
// `new_tuple({a, b})`: no vector is made.
inline Value new_tuple(std::initializer_list<Value> items) { return new_tuple(items.begin(), items.size()); }
Value new_pair(Value a, Value b);

// Making a tuple in place, without a vector: alloc_tuple(n) gives an exact tuple of
// n > 0 Null items that the collector does not track yet, so no Python code (a
// __del__, gc.get_objects()) can see it unfinished; the caller fills every item,
// then hands it to finish_tuple. Dropped unfinished (an item raised), it is freed.
//   Value t = Value::steal(alloc_tuple(n)); ...fill as_tuple(t)->m_items...; finish_tuple(t);
TupleObject* alloc_tuple_new(size_t n);  // alloc_tuple when no dead tuple of size n is kept
inline void finish_tuple(const Value& t) {
  if (ts && ts->gc) gc_track(as_gc(t.obj()));
}
// Where a dead exact tuple goes (destroy_object): its items are dropped and it is
// kept on its size's free list, which alloc_tuple takes from. False when it is not
// kept (too big, or the list is full): then it is deleted.
bool recycle_tuple(TupleObject* t);
// recycle_tuple for a tuple of atoms only (small ints, floats, None, bools): nothing to
// drop, so destroy_object keeps it at once, without its depth count or a finalizer
// check (`return a, b` and `d[k] = n + 1, m` make and drop these by the million).
bool recycle_atom_tuple(TupleObject* t);
void free_tuple_lists();  // the interpreter's, when it ends (after its last object)
// A kept dead tuple of n items (all Null), made new again; null when there is none.
inline TupleObject* take_free_tuple(size_t n) {
  if (n - 1 >= InterpreterState::kFreeTupleSizes || !ts) return nullptr;
  TupleObject* t = ts->free_tuples[n - 1];
  if (!t) return nullptr;
  ts->free_tuples[n - 1] = static_cast<TupleObject*>(static_cast<GcObject*>(t->gc_next));
  --ts->free_tuple_count[n - 1];
  t->m_refcnt = 1;  // as the constructor leaves a new one: untracked
  t->m_gc_flags = kGcObject;
  t->gc_next = t->gc_prev = t;
  return t;
}
inline TupleObject* alloc_tuple(size_t n) {
  TupleObject* t = take_free_tuple(n);
  return t ? t : alloc_tuple_new(n);
}
// Empties items, last first: CPython drops a list's or tuple's items in that order,
// which is the order their __del__ methods run.
void drop_backwards(std::vector<Value>& items);

// For WithInstanceDict (dict.h is not included here): drops *d and nulls it; visits d.
void drop_instance_dict(DictObject** d);
void visit_instance_dict(DictObject* d, Object::Visitor visit, void* arg);

// An instance of a Python subclass of tuple or list (or of a struct sequence): as in
// CPython, `().x = 1` fails but a subclass instance has a __dict__. Only these carry
// the pointer, so a plain list or tuple is 64 bytes, not 80. Made only for heap types
// (tuple_new, list_new, struct sequences' __new__).
template <class Items>
struct WithInstanceDict : Items {
  DictObject* m_dict = nullptr;
  using Items::Items;
  // The dict before the items, as CPython's subtype_dealloc, subtype_traverse and
  // subtype_clear go: the order __del__ methods and the collector see.
  ~WithInstanceDict() override { drop_instance_dict(&m_dict); }
  void traverse(Object::Visitor visit, void* arg) override {
    visit_instance_dict(m_dict, visit, arg);
    Items::traverse(visit, arg);
  }
  void clear() override {
    drop_instance_dict(&m_dict);
    Items::clear();
  }
  DictObject** instance_dict() override { return &m_dict; }
};
Value empty_tuple();  // the shared ()
Value new_list(std::vector<Value> items = {});
// The capacity CPython's list has after `n` appends to an empty list (its growth
// pattern, 4, 8, 16, 24, ...): a list comprehension whose size is known from the
// start takes it at once and reports the same sys.getsizeof.
size_t list_capacity_after_appends(size_t n);

// Collects the items of any iterable into `out` (appending); false on error.
bool collect_iterable(const Value& iterable, std::vector<Value>& out);

// Sorts in place with Python's semantics (stable; key may be Null; reverse keeps
// stability); false on error (a comparison raised). On error the items keep their
// original order.
bool sort_values(std::vector<Value>& items, const Value& key, bool reverse);

// Shared repr of a sequence "(1, 2)" / "[1, 2]" with the recursion guard.
Value sequence_repr(const Value& self, const std::vector<Value>& items, const char* open, const char* close);

// -- helpers shared by the sequence types

// `x == item` for searches (in, index, count, remove): two small ints are settled
// inline, everything else goes through equal(). -1 on error.
inline int item_equal(const Value& x, const Value& item);

// Lexicographic rich comparison of two item arrays (tuple/list semantics).
Value sequence_compare(const std::vector<Value>& a, const std::vector<Value>& b, CmpOp op);
// A subscript that is an index: true and *out set for ints/bools/__index__ objects;
// huge ints raise IndexError("cannot fit 'int' into an index-sized integer").
// Returns false with no error pending when `key` is not index-like at all.
bool sequence_index(const Value& key, int64_t* out);
// True when `v` is an int, bool, or has __index__.
bool is_index_like(const Value& v);
// Resolves a possibly negative index against `size`; false when out of range.
inline bool wrap_index(int64_t* i, size_t size) {
  if (*i < 0) *i += static_cast<int64_t>(size);
  return *i >= 0 && static_cast<uint64_t>(*i) < size;
}
// The repeat count of `seq * n`: raises CPython's "can't multiply sequence by
// non-int of type 'float'" / OverflowError; negative counts become 0.
bool repeat_count(const Value& n, int64_t* out);
// Arguments `start, stop` of index(): clamped like slice bounds.
bool index_bounds(const Value* args, size_t nargs, size_t size, int64_t* start, int64_t* stop);

// CPython's "insert expected 2 arguments, got 1" (args.h's check_nargs says
// "takes exactly one argument" for a count of one, which is another CPython form).
bool check_nargs_exact(const char* fname, size_t nargs, size_t n);

// The unhashable types' tp_hash: "unhashable type: 'list'".
int64_t hash_unhashable(const Value& self);

// Before a sequence's tp_binary raises its own TypeError for `seq op x`, the right
// operand's type gets its chance (its __radd__/__rmul__), as CPython's binary_op1
// tries both nb slots before falling back to sq_concat/sq_repeat.
Value binary_try_right(BinOp op, const Value& a, const Value& b);
// `can only concatenate list (not "tuple") to list`
Value raise_concat_error(const Value& seq, const Value& other);
// "can't multiply sequence by non-int of type 'X'" for `a * b` where `seq` is the
// sequence operand (a or b).
Value sequence_repeat_error(const Value& a, const Value& b, const Value& seq);
// An iterator's result tuple (enumerate, zip, dict.items()) that is refilled in
// place when the caller has already dropped it (refcount 1), else replaced by a new
// one: `for i, x in enumerate(xs)` then allocates no tuple per step.
Value reuse_or_new_tuple(Value& cache, std::vector<Value>&& items);
// The same for a pair, without building a vector when the tuple is reused.
Value reuse_pair(Value& cache, Value a, Value b);
// The cached tuple when it may be refilled in place (only the cache holds it and it
// has `n` items), else null.
inline TupleObject* reusable_tuple(const Value& cache, size_t n) {
  if (cache.is_obj() && cache.obj()->m_refcnt == 1 && static_cast<TupleObject*>(cache.obj())->size() == n) {
    auto* t = static_cast<TupleObject*>(cache.obj());
    // A collection may have untracked it while it held atoms (objects/gc.cpp).
    if (!gc_is_tracked(t) && ts && ts->gc) gc_track(t);
    return t;
  }
  return nullptr;
}
// Appends `n` copies of `src` to `out`; MemoryError when absurdly large.
bool repeat_items(const std::vector<Value>& src, int64_t n, std::vector<Value>& out);

inline int item_equal(const Value& x, const Value& item) {
  if (x.is_int() && item.is_int()) return x.as_int() == item.as_int();
  return equal(x, item);
}

}  // namespace hotpy
