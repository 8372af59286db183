// tuple, and the helpers every sequence type shares (repr, comparison, indexing,
// repeat counts, collecting an iterable). list lives in list.cpp.
#include "objects/tuple.h"

#include <algorithm>
#include <new>

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/ops.h"

namespace hotpy {

TypeObject TupleType("tuple");


ItemsObject::ItemsObject(std::vector<Value> items, TypeObject* type, bool tracked)
    : GcObject(type, tracked), m_items(std::move(items)) {}

ItemsObject::~ItemsObject() { drop_backwards(m_items); }

void drop_instance_dict(DictObject** d) {
  if (DictObject* dict = std::exchange(*d, nullptr)) decref(dict);
}

void visit_instance_dict(DictObject* d, Object::Visitor visit, void* arg) {
  if (d) visit(d, arg);
}

void drop_backwards(std::vector<Value>& items) {
  while (!items.empty()) {
    Value last = std::move(items.back());
    items.pop_back();
  }
}

// Last item first, as CPython's list and tuple traverse: the collector's order (the
// order finalizers run in) follows it.
void ItemsObject::traverse(Visitor visit, void* arg) {
  for (size_t i = m_items.size(); i-- > 0;)
    if (m_items[i].is_obj()) visit(m_items[i].obj(), arg);
}

void ItemsObject::clear() {
  std::vector<Value> items;
  items.swap(m_items);  // dropped after this object is consistent again
  drop_backwards(items);
}

TupleObject::TupleObject(std::vector<Value> items, TypeObject* type, bool tracked)
    : ItemsObject(std::move(items), type ? type : &TupleType, tracked) {}

Value empty_tuple() {
  // The shared (): immortal, made by whichever interpreter asks first.
  static TupleObject* const empty = [] {
    auto* t = new TupleObject({});
    make_immortal(t);
    return t;
  }();
  return Value::borrow(empty);
}

// -- the free lists (InterpreterState::free_tuples), linked through gc_next: a tuple
// on one is untracked, so the link is free. It keeps its size, all items Null.
// CPython keeps 2000 of each size.
constexpr uint32_t kMaxFreeTuples = 2000;

static bool free_list_has_room(size_t n) {
  return n - 1 < InterpreterState::kFreeTupleSizes && ts && ts->free_tuple_count[n - 1] < kMaxFreeTuples;
}
static void push_free_tuple(TupleObject* t, size_t n) {
  t->gc_next = ts->free_tuples[n - 1];
  ts->free_tuples[n - 1] = t;
  ++ts->free_tuple_count[n - 1];
}

bool recycle_tuple(TupleObject* t) {
  size_t n = t->m_items.size();
  if (!free_list_has_room(n)) return false;
  // Last first, as drop_backwards; an item's __del__ may make and drop tuples meanwhile.
  for (Value* p = t->m_items.data() + n; p-- != t->m_items.data();) Value dropped = std::move(*p);
  if (!free_list_has_room(n)) return false;
  push_free_tuple(t, n);
  return true;
}

bool recycle_atom_tuple(TupleObject* t) {
  size_t n = t->m_items.size();
  if (!free_list_has_room(n)) return false;
  Value* items = t->m_items.data();
  for (size_t i = 0; i < n; i++)
    if (items[i].is_obj()) return false;
  if (t->m_gc_flags & kGcTracked) gc_object_dying(t);
  for (size_t i = 0; i < n; i++) items[i].set_number_over_number(Value());  // nothing to drop
  push_free_tuple(t, n);
  return true;
}

void free_tuple_lists() {
  for (size_t i = 0; i < InterpreterState::kFreeTupleSizes; ++i) {
    while (TupleObject* t = ts->free_tuples[i]) {
      ts->free_tuples[i] = static_cast<TupleObject*>(static_cast<GcObject*>(t->gc_next));
      t->gc_next = t->gc_prev = t;
      delete t;
    }
    ts->free_tuple_count[i] = 0;
  }
}

TupleObject* alloc_tuple_new(size_t n) { return new TupleObject(std::vector<Value>(n), nullptr, false); }

Value new_tuple(std::vector<Value> items) {
  if (items.empty()) return empty_tuple();
  if (TupleObject* t = take_free_tuple(items.size())) {
    std::move(items.begin(), items.end(), t->m_items.begin());
    Value r = Value::steal(t);
    finish_tuple(r);
    return r;
  }
  // Items collected by doubling (tuple(genexpr) of 3 items held room for 4): a tuple
  // never grows, so it keeps only what it holds.
  if (items.capacity() > items.size()) items.shrink_to_fit();
  return Value::steal(new TupleObject(std::move(items)));
}

Value new_tuple(const Value* items, size_t n) {
  if (n == 0) return empty_tuple();
  Value r = Value::steal(alloc_tuple(n));
  std::copy(items, items + n, as_tuple(r)->m_items.begin());
  finish_tuple(r);
  return r;
}

Value new_pair(Value a, Value b) {
  Value r = Value::steal(alloc_tuple(2));
  std::vector<Value>& items = as_tuple(r)->m_items;
  items[0] = std::move(a);
  items[1] = std::move(b);
  finish_tuple(r);
  return r;
}

// -- shared sequence helpers

bool collect_iterable(const Value& iterable, std::vector<Value>& out) {
  TypeObject* t = iterable.type();
  // Exact list/tuple only: a subclass may override __iter__.
  if (t == &ListType || t == &TupleType) {
    const std::vector<Value>& src =
        t == &ListType ? as_list(iterable)->m_items : as_tuple(iterable)->m_items;
    if (&src == &out) {  // l.extend(l): copy first, inserting a range of itself is UB
      std::vector<Value> copy(src);
      out.insert(out.end(), copy.begin(), copy.end());
    } else {
      out.insert(out.end(), src.begin(), src.end());
    }
    return true;
  }
  if (t == &RangeType) {
    // Its exact length, asked for at once (CPython's length hint): list(range(2**62))
    // fails immediately, instead of growing until the machine runs out of memory.
    int64_t n = length(iterable);
    if (n < 0 || !check_alloc(out.size() + uint64_t(n), sizeof(Value))) return false;
    out.reserve(out.size() + size_t(n));
  }
  Value it = get_iter(iterable);
  if (it.is_null()) return false;
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return !error_pending();
    out.push_back(std::move(item));
  }
}

Value sequence_repr(const Value& self, const std::vector<Value>& items, const char* open,
                    const char* close) {
  if (items.empty()) return new_str(std::string(open) + close);
  ReprGuard guard(self.obj());
  if (guard.recursive()) return new_str(std::string(open) + "..." + close);
  if (stack_exhausted()) return Value();
  std::string out = open;
  // Index each time: an element's __repr__ may shrink a list under us.
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    Value item = items[i];  // keep it alive while its repr runs
    Value s = repr(item);
    if (s.is_null()) return Value();
    out += as_str(s)->view();
  }
  if (items.size() == 1 && open[0] == '(') out += ',';
  out += close;
  return new_str(std::move(out));
}

Value sequence_compare(const std::vector<Value>& a, const std::vector<Value>& b, CmpOp op) {
  // Different lengths can't be equal: skip comparing items (CPython does the same).
  if (a.size() != b.size() && (op == CmpOp::Eq || op == CmpOp::Ne))
    return Value::boolean(op == CmpOp::Ne);
  if (stack_exhausted()) return Value();
  size_t i = 0;
  for (; i < a.size() && i < b.size(); ++i) {
    Value x = a[i], y = b[i];  // __eq__ may mutate either list
    int eq = equal(x, y);
    if (eq < 0) return Value();
    if (!eq) break;
  }
  if (i >= a.size() || i >= b.size()) {
    size_t la = a.size(), lb = b.size();
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = la < lb; break;
      case CmpOp::Le: r = la <= lb; break;
      case CmpOp::Eq: r = la == lb; break;
      case CmpOp::Ne: r = la != lb; break;
      case CmpOp::Gt: r = la > lb; break;
      case CmpOp::Ge: r = la >= lb; break;
    }
    return Value::boolean(r);
  }
  if (op == CmpOp::Eq) return Value::boolean(false);
  if (op == CmpOp::Ne) return Value::boolean(true);
  Value x = a[i], y = b[i];
  return rich_compare(x, y, op);
}

bool is_index_like(const Value& v) {
  if (v.is_int() || v.is_bool()) return true;
  if (!v.is_obj()) return false;
  if (is_bigint(v) || (v.type()->m_flags & kIntSubclass)) return true;
  static StrObject* name = intern("__index__");
  return !v.type()->lookup(name).is_null();
}

bool sequence_index(const Value& key, int64_t* out) {
  if (key.is_int()) {
    *out = key.as_int();
    return true;
  }
  if (key.is_bool()) {
    *out = key.as_bool();
    return true;
  }
  if (!is_index_like(key)) return false;
  return index_ssize(key, out, &IndexErrorType);
}

bool repeat_count(const Value& n, int64_t* out) {
  if (n.is_int()) {
    *out = n.as_int() < 0 ? 0 : n.as_int();
    return true;
  }
  if (!is_index_like(n)) {
    raise(&TypeErrorType, format("can't multiply sequence by non-int of type '%s'", type_name(n).c_str()));
    return false;
  }
  // CPython's sequence repeat: PyNumber_AsSsize_t, so a huge count of either sign overflows.
  if (!index_ssize(n, out, &OverflowErrorType)) return false;
  if (*out < 0) *out = 0;
  return true;
}

bool index_bounds(const Value* args, size_t nargs, size_t size, int64_t* start, int64_t* stop) {
  *start = 0;
  *stop = static_cast<int64_t>(size);
  for (size_t k = 0; k < nargs && k < 2; ++k) {
    int64_t v;
    if (!clamp_slice_index(args[k], &v, false)) return false;
    if (v < 0) {
      v += static_cast<int64_t>(size);
      if (v < 0) v = 0;
    }
    (k == 0 ? *start : *stop) = v;
  }
  if (*stop > static_cast<int64_t>(size)) *stop = static_cast<int64_t>(size);
  return true;
}

bool check_nargs_exact(const char* fname, size_t nargs, size_t n) {
  if (nargs == n) return true;
  raise(&TypeErrorType, format("%s expected %zu argument%s, got %zu", fname, n, n == 1 ? "" : "s", nargs));
  return false;
}

int64_t hash_unhashable(const Value& self) {
  raise(&TypeErrorType, format("unhashable type: '%s'", type_name(self).c_str()));
  return -1;
}

Value binary_try_right(BinOp op, const Value& a, const Value& b) {
  TypeObject* tb = b.type();
  if (tb != a.type() && tb->tp_binary) return tb->tp_binary(op, a, b);
  return NotImplemented;
}

bool repeat_items(const std::vector<Value>& src, int64_t n, std::vector<Value>& out) {
  if (n <= 0 || src.empty()) return true;
  // Value is 16 bytes: beyond 2^32 items the request cannot be met on any machine
  // we target; CPython answers MemoryError there too.
  if (static_cast<uint64_t>(n) > (uint64_t{1} << 32) / src.size()) {
    raise_memory_error();
    return false;
  }
  try {
    out.reserve(out.size() + src.size() * static_cast<size_t>(n));
  } catch (const std::bad_alloc&) {
    raise_memory_error();
    return false;
  }
  if (src.size() == 1) {
    out.insert(out.end(), static_cast<size_t>(n), src[0]);  // appends: list *= n keeps the originals
  } else {
    for (int64_t k = 0; k < n; ++k) out.insert(out.end(), src.begin(), src.end());
  }
  return true;
}

Value raise_concat_error(const Value& seq, const Value& other) {
  const char* name = type_name(seq).c_str();
  return raise(&TypeErrorType, format("can only concatenate %s (not \"%s\") to %s", name,
                                      type_name(other).c_str(), name));
}

Value sequence_repeat_error(const Value& a, const Value& b, const Value& seq) {
  // CPython repeats the left operand when it is a sequence, so it names the right one.
  const Value& n = (&seq == &a) ? b : (is_str(a) || is_list(a) || is_tuple(a)) ? b : a;
  return raise(&TypeErrorType,
               format("can't multiply sequence by non-int of type '%s'", type_name(n).c_str()));
}

// A result tuple that the iterator may refill in place when nobody else holds it
// (CPython's trick for enumerate/zip/dict.items: `for i, x in ...` then allocates
// no tuple per step).
Value reuse_or_new_tuple(Value& cache, std::vector<Value>&& items) {
  if (TupleObject* t = reusable_tuple(cache, items.size())) {
    std::vector<Value>& slots = t->m_items;
    for (size_t i = 0; i < items.size(); ++i) {
      Value old = std::move(slots[i]);
      slots[i] = std::move(items[i]);
    }
    return cache;
  }
  cache = new_tuple(std::move(items));
  return cache;
}

Value reuse_pair(Value& cache, Value a, Value b) {
  if (TupleObject* t = reusable_tuple(cache, 2)) {
    Value old0 = std::move(t->m_items[0]);  // released after the tuple is whole again
    Value old1 = std::move(t->m_items[1]);
    t->m_items[0] = std::move(a);
    t->m_items[1] = std::move(b);
    return cache;
  }
  cache = new_pair(std::move(a), std::move(b));
  return cache;
}

// -- tuple slots

static Value tuple_repr(const Value& self) {
  return sequence_repr(self, as_tuple(self)->m_items, "(", ")");
}

// CPython's xxHash-based tuplehash (Objects/tupleobject.c), so hash((1, 2)) agrees.
static int64_t tuple_hash(const Value& self) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  const std::vector<Value>& items = as_tuple(self)->m_items;
  if (stack_exhausted()) return -1;  // ((((...),),),) nests without limit
  uint64_t acc = kPrime5;
  for (const Value& item : items) {
    int64_t lane = hash(item);
    if (lane == -1) return -1;
    acc += static_cast<uint64_t>(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += items.size() ^ (kPrime5 ^ 3527539UL);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

static Value tuple_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return NotImplemented;
  return sequence_compare(as_tuple(a)->m_items, as_tuple(b)->m_items, op);
}

static int64_t tuple_len(const Value& self) { return static_cast<int64_t>(as_tuple(self)->size()); }

static Value tuple_getitem(const Value& self, const Value& key) {
  const std::vector<Value>& items = as_tuple(self)->m_items;
  int64_t i;
  if (key.is_int()) {
    i = key.as_int();
  } else if (key.is_obj() && key.type() == &SliceType) {
    int64_t start, stop, step, count;
    if (!slice_indices(key.as<SliceObject>(), static_cast<int64_t>(items.size()), &start, &stop,
                       &step, &count))
      return Value();
    if (step == 1 && count == static_cast<int64_t>(items.size()) && self.type() == &TupleType)
      return self;
    if (count == 0) return empty_tuple();
    Value r = Value::steal(alloc_tuple(static_cast<size_t>(count)));
    std::vector<Value>& out = as_tuple(r)->m_items;
    for (int64_t k = 0, j = start; k < count; ++k, j += step) out[k] = items[j];
    finish_tuple(r);
    return r;
  } else if (!sequence_index(key, &i)) {
    if (error_pending()) return Value();
    return raise(&TypeErrorType,
                 format("tuple indices must be integers or slices, not %s", type_name(key).c_str()));
  }
  if (!wrap_index(&i, items.size())) return raise(&IndexErrorType, "tuple index out of range");
  return items[static_cast<size_t>(i)];
}

static int tuple_contains(const Value& self, const Value& item) {
  const std::vector<Value>& items = as_tuple(self)->m_items;
  for (const Value& v : items) {
    int eq = item_equal(v, item);
    if (eq) return eq;
  }
  return 0;
}

static Value tuple_iter(const Value& self) { return new_seq_iter(self); }

static Value tuple_binary(BinOp op, const Value& a, const Value& b) {
  if (op == BinOp::Add) {
    if (!is_tuple(a)) return NotImplemented;
    if (!is_tuple(b)) {
      Value r = binary_try_right(op, a, b);
      if (r.is_null() || !r.is(NotImplemented)) return r;
      return raise_concat_error(a, b);
    }
    const std::vector<Value>& x = as_tuple(a)->m_items;
    const std::vector<Value>& y = as_tuple(b)->m_items;
    if (y.empty() && a.type() == &TupleType) return a;
    if (x.empty() && b.type() == &TupleType) return b;
    if (x.empty() && y.empty()) return empty_tuple();
    Value r = Value::steal(alloc_tuple(x.size() + y.size()));
    std::copy(y.begin(), y.end(), std::copy(x.begin(), x.end(), as_tuple(r)->m_items.begin()));
    finish_tuple(r);
    return r;
  }
  if (op == BinOp::Mul) {
    bool left = is_tuple(a);
    const Value& seq = left ? a : b;
    const Value& n = left ? b : a;
    if (!is_index_like(n)) {
      if (left) {
        Value r = binary_try_right(op, a, b);
        if (r.is_null() || !r.is(NotImplemented)) return r;
      }
      return sequence_repeat_error(a, b, seq);
    }
    int64_t count;
    if (!repeat_count(n, &count)) return Value();
    const std::vector<Value>& items = as_tuple(seq)->m_items;
    if (count == 1 && seq.type() == &TupleType) return seq;
    std::vector<Value> out;
    if (!repeat_items(items, count, out)) return Value();
    return new_tuple(std::move(out));
  }
  return NotImplemented;
}

static Value tuple_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("tuple", kw) || !check_nargs("tuple", nargs, 0, 1)) return Value();
  if (type == &TupleType) {
    if (nargs == 0) return empty_tuple();
    if (args[0].type() == &TupleType) return args[0];
    if (args[0].type() == &ListType) return new_tuple(as_list(args[0])->m_items.data(), as_list(args[0])->size());
  }
  std::vector<Value> items;
  if (nargs == 1 && !collect_iterable(args[0], items)) return Value();
  if (type == &TupleType) return new_tuple(std::move(items));
  items.shrink_to_fit();  // as new_tuple does
  if (type->m_flags & kHeapType) return Value::steal(new WithInstanceDict<TupleObject>(std::move(items), type));
  return Value::steal(new TupleObject(std::move(items), type));
}

// -- tuple methods (args[0] is self)

static Value tuple_index(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("index", kw) || !check_nargs("index", nargs - 1, 1, 3)) return Value();
  const std::vector<Value>& items = as_tuple(args[0])->m_items;
  int64_t start, stop;
  if (!index_bounds(args + 2, nargs - 2, items.size(), &start, &stop)) return Value();
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(items.size()); ++i) {
    int eq = item_equal(items[i], args[1]);
    if (eq < 0) return Value();
    if (eq) return Value::integer(i);
  }
  return raise(&ValueErrorType, "tuple.index(x): x not in tuple");
}

static Value tuple_count(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("count", kw) || !check_nargs("tuple.count", nargs - 1, 1, 1)) return Value();
  int64_t n = 0;
  for (const Value& v : as_tuple(args[0])->m_items) {
    int eq = item_equal(v, args[1]);
    if (eq < 0) return Value();
    n += eq;
  }
  return Value::integer(n);
}

static Value tuple_getnewargs(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("tuple.__getnewargs__", nargs - 1, 0, 0)) return Value();
  return new_tuple({new_tuple(as_tuple(args[0])->m_items)});
}

void init_list_type();  // list.cpp

void init_tuple_list_types() {
  TupleType.m_flags |= kBaseType | kTupleSubclass;
  TupleType.tp_new = tuple_new;
  TupleType.tp_repr = tuple_repr;
  TupleType.tp_hash = tuple_hash;
  TupleType.tp_richcompare = tuple_richcompare;
  TupleType.tp_len = tuple_len;
  TupleType.tp_getitem = tuple_getitem;
  TupleType.tp_contains = tuple_contains;
  TupleType.tp_iter = tuple_iter;
  TupleType.tp_binary = tuple_binary;
  type_ready(&TupleType, &ObjectType,
             {{"index", tuple_index}, {"count", tuple_count}, {"__getnewargs__", tuple_getnewargs}});
  empty_tuple();  // made now so the first () costs nothing
  init_list_type();
}

}  // namespace hotpy
