// list: the mutable sequence, and sort_values (Python's stable sort).
#include <algorithm>
#include <cstring>
#include <numeric>

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject ListType("list");

ListObject::ListObject(std::vector<Value> items, TypeObject* type)
    : ItemsObject(std::move(items), type ? type : &ListType) {}

Value new_list(std::vector<Value> items) { return Value::steal(new ListObject(std::move(items))); }

// -- sorting

namespace {

// Merge sort over a permutation `a` of item numbers. `lt(x, y)` answers
// keys[x] < keys[y] with 1/0, or -1 when the comparison raised; the sort then stops
// at once. Only `<` is used, as in CPython, so results agree for any total order.
template <class Less>
bool merge_sort(uint32_t* a, uint32_t* tmp, size_t n, Less& lt) {
  if (n <= 16) {  // insertion sort: few comparisons on short runs
    for (size_t i = 1; i < n; ++i) {
      uint32_t x = a[i];
      size_t j = i;
      while (j > 0) {
        int r = lt(x, a[j - 1]);
        if (r < 0) return false;
        if (!r) break;
        a[j] = a[j - 1];
        --j;
      }
      a[j] = x;
    }
    return true;
  }
  size_t half = n / 2;
  if (!merge_sort(a, tmp, half, lt) || !merge_sort(a + half, tmp, n - half, lt)) return false;
  // Already in order (common for presorted input): nothing to merge.
  int r = lt(a[half], a[half - 1]);
  if (r <= 0) return r == 0;
  std::memcpy(tmp, a, half * sizeof(uint32_t));
  size_t i = 0, j = half, k = 0;
  while (i < half && j < n) {
    r = lt(a[j], tmp[i]);
    if (r < 0) return false;
    a[k++] = r ? a[j++] : tmp[i++];  // ties take the left run: stable
  }
  while (i < half) a[k++] = tmp[i++];
  return true;
}

template <class Less>
bool sort_permutation(std::vector<uint32_t>& perm, Less lt) {
  std::vector<uint32_t> tmp(perm.size() / 2 + 1);
  return merge_sort(perm.data(), tmp.data(), perm.size(), lt);
}

enum class KeyKind { Int, Float, Str, Tuple, Other };

KeyKind common_kind(const std::vector<Value>& keys) {
  TypeObject* first = keys[0].type();
  KeyKind kind = keys[0].is_int()               ? KeyKind::Int
                 : keys[0].is_float()           ? KeyKind::Float
                 : first == &StrType            ? KeyKind::Str
                 : first == &TupleType          ? KeyKind::Tuple
                                                : KeyKind::Other;
  if (kind == KeyKind::Other) return kind;
  for (const Value& k : keys)
    if (k.tag() != keys[0].tag() || k.type() != first) return KeyKind::Other;
  return kind;
}

// keys[x] < keys[y] for two exact tuples, as tuple's own `<` decides it (first
// unequal item, else the shorter one) but with ints and strs compared inline:
// CPython's unsafe_tuple_compare does the same for sort keys like (len, name).
int tuple_less(const Value& x, const Value& y) {
  const std::vector<Value>& a = as_tuple(x)->m_items;
  const std::vector<Value>& b = as_tuple(y)->m_items;
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    const Value& p = a[i];
    const Value& q = b[i];
    if (p.is_int() && q.is_int()) {
      if (p.as_int() != q.as_int()) return p.as_int() < q.as_int();
      continue;
    }
    if (p.type() == &StrType && q.type() == &StrType) {
      std::string_view u = as_str(p)->view(), v = as_str(q)->view();
      if (u != v) return u < v;
      continue;
    }
    int eq = equal(p, q);
    if (eq < 0) return -1;
    if (!eq) return compare_bool(p, q, CmpOp::Lt);
  }
  return a.size() < b.size();
}

}  // namespace

bool sort_values(std::vector<Value>& items, const Value& key, bool reverse) {
  size_t n = items.size();
  if (n < 2) return true;
  if (n > UINT32_MAX) {
    raise_memory_error();
    return false;
  }
  // Keys are computed once, before any comparison, as CPython does.
  std::vector<Value> computed;
  if (!key.is_null() && !key.is_none()) {
    computed.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      Value k = call(key, &items[i], 1);
      if (k.is_null()) return false;
      computed.push_back(std::move(k));
    }
  }
  const std::vector<Value>& keys = computed.empty() ? items : computed;

  // Sorting a permutation leaves `items` untouched if a comparison raises. For
  // reverse=True, CPython reverses, sorts stably and reverses again, so equal
  // elements keep their original order; the permutation does the same.
  std::vector<uint32_t> perm(n);
  std::iota(perm.begin(), perm.end(), 0u);
  if (reverse) std::reverse(perm.begin(), perm.end());
  bool ok;
  switch (common_kind(keys)) {
    case KeyKind::Int:
      ok = sort_permutation(perm, [&](uint32_t x, uint32_t y) {
        return static_cast<int>(keys[x].as_int() < keys[y].as_int());
      });
      break;
    case KeyKind::Float:
      ok = sort_permutation(perm, [&](uint32_t x, uint32_t y) {
        return static_cast<int>(keys[x].as_float() < keys[y].as_float());
      });
      break;
    case KeyKind::Str:  // UTF-8 byte order is code point order
      ok = sort_permutation(perm, [&](uint32_t x, uint32_t y) {
        return static_cast<int>(as_str(keys[x])->view() < as_str(keys[y])->view());
      });
      break;
    case KeyKind::Tuple:
      ok = sort_permutation(perm, [&](uint32_t x, uint32_t y) { return tuple_less(keys[x], keys[y]); });
      break;
    default:
      ok = sort_permutation(perm, [&](uint32_t x, uint32_t y) {
        return compare_bool(keys[x], keys[y], CmpOp::Lt);
      });
      break;
  }
  if (!ok) return false;
  // CPython moves the keys with the items and frees them in sorted order (before
  // undoing the reversal): their __del__ methods run in that order.
  if (!computed.empty()) {
    for (uint32_t i : perm) computed[i] = Value();
    std::vector<Value>().swap(computed);  // its block goes before the items move
  }
  if (reverse) std::reverse(perm.begin(), perm.end());
  // The items move to their places in `items` itself, cycle by cycle (a second vector
  // of n items would be peak memory): position j takes the item at perm[j], and a
  // placed position is marked by perm[j] == j.
  for (size_t i = 0; i < n; ++i) {
    if (perm[i] == i) continue;
    Value first = std::move(items[i]);
    size_t j = i;
    for (;;) {
      size_t from = perm[j];
      perm[j] = uint32_t(j);
      if (from == i) {
        items[j] = std::move(first);
        break;
      }
      items[j] = std::move(items[from]);
      j = from;
    }
  }
  return true;
}

// -- slots

static Value list_repr(const Value& self) {
  return sequence_repr(self, as_list(self)->m_items, "[", "]");
}

static Value list_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_list(a) || !is_list(b)) return NotImplemented;
  return sequence_compare(as_list(a)->m_items, as_list(b)->m_items, op);
}

static int64_t list_len(const Value& self) { return static_cast<int64_t>(as_list(self)->size()); }

static Value raise_bad_index(const Value& key) {
  return raise(&TypeErrorType,
               format("list indices must be integers or slices, not %s", type_name(key).c_str()));
}

static Value list_getitem(const Value& self, const Value& key) {
  const std::vector<Value>& items = as_list(self)->m_items;
  int64_t i;
  if (key.is_int()) {
    i = key.as_int();
  } else if (key.is_obj() && key.type() == &SliceType) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<SliceObject>(), &start, &stop, &step)) return Value();
    int64_t count = slice_adjust(static_cast<int64_t>(items.size()), &start, &stop, step);
    std::vector<Value> out;
    out.reserve(static_cast<size_t>(count));
    if (step == 1) {
      out.assign(items.begin() + start, items.begin() + start + count);
    } else {
      for (int64_t k = 0, j = start; k < count; ++k, j += step) out.push_back(items[j]);
    }
    return new_list(std::move(out));
  } else if (!sequence_index(key, &i)) {
    return error_pending() ? Value() : raise_bad_index(key);
  }
  if (!wrap_index(&i, items.size())) return raise(&IndexErrorType, "list index out of range");
  return items[static_cast<size_t>(i)];
}

// Items to store by slice assignment: any iterable (a copy when it is the list itself).
static bool assigned_items(const Value& v, std::vector<Value>& out, const char* msg) {
  if (collect_iterable(v, out)) return true;
  if (error_matches(&TypeErrorType) && v.type()->tp_iter == nullptr && !v.type()->tp_getitem) {
    clear_error();
    raise(&TypeErrorType, msg);
  }
  return false;
}

// a[slice] = v, or del a[slice] when v is Null.
static int list_ass_slice(ListObject* l, SliceObject* s, const Value& v) {
  int64_t start, stop, step;
  // Validate the slice first (a zero step wins over a bad value, as in CPython),
  // then collect the new items, then resolve against the length that the bounds'
  // __index__ and the items' iterator (any Python code) left us.
  if (!slice_unpack(s, &start, &stop, &step)) return -1;
  std::vector<Value> seq;
  if (!v.is_null() && !assigned_items(v, seq, step == 1 ? "can only assign an iterable"
                                                        : "must assign iterable to extended slice"))
    return -1;
  int64_t count = slice_adjust(static_cast<int64_t>(l->size()), &start, &stop, step);
  std::vector<Value>& items = l->m_items;
  // Dropped only after the list is consistent again; an extended slice's items go in
  // slice order (the vector's destructor), as CPython frees its garbage array.
  std::vector<Value> removed;

  if (step == 1) {
    if (stop < start) stop = start;
    auto first = items.begin() + start, last = items.begin() + stop;
    removed.assign(std::make_move_iterator(first), std::make_move_iterator(last));
    size_t old_n = static_cast<size_t>(stop - start), new_n = seq.size();
    if (new_n > old_n) {
      items.insert(items.begin() + stop, new_n - old_n, Value());
    } else if (new_n < old_n) {
      items.erase(items.begin() + start + new_n, items.begin() + stop);
    }
    std::move(seq.begin(), seq.end(), items.begin() + start);
    drop_backwards(removed);  // CPython's list_ass_slice frees them last first
    return 0;
  }
  if (v.is_null()) {  // del a[::step]: compact the survivors in one pass
    if (count == 0) return 0;
    if (step < 0) {  // same positions, walked forwards
      start += step * (count - 1);
      step = -step;
    }
    size_t w = static_cast<size_t>(start);
    for (size_t r = static_cast<size_t>(start); r < items.size(); ++r) {
      bool hit = r >= static_cast<size_t>(start) && (r - start) % step == 0 &&
                 (r - start) / step < static_cast<size_t>(count);
      if (hit) {
        removed.push_back(std::move(items[r]));
      } else {
        items[w++] = std::move(items[r]);
      }
    }
    items.resize(w);
    return 0;
  }
  if (static_cast<int64_t>(seq.size()) != count) {
    raise(&ValueErrorType, format("attempt to assign sequence of size %zu to extended slice of size %lld",
                                  seq.size(), static_cast<long long>(count)));
    return -1;
  }
  removed.reserve(static_cast<size_t>(count));
  for (int64_t k = 0, j = start; k < count; ++k, j += step) {
    removed.push_back(std::move(items[j]));
    items[j] = std::move(seq[k]);
  }
  return 0;
}

static int list_setitem(const Value& self, const Value& key, const Value& v) {
  ListObject* l = as_list(self);
  int64_t i;
  if (key.is_int()) {
    i = key.as_int();
  } else if (key.is_obj() && key.type() == &SliceType) {
    return list_ass_slice(l, key.as<SliceObject>(), v);
  } else if (!sequence_index(key, &i)) {
    if (!error_pending()) raise_bad_index(key);
    return -1;
  }
  if (!wrap_index(&i, l->size())) {
    raise(&IndexErrorType, "list assignment index out of range");
    return -1;
  }
  // The old item dies after the list is updated: its __del__ may look at the list.
  Value old = std::move(l->m_items[i]);
  if (v.is_null()) {
    l->m_items.erase(l->m_items.begin() + i);
  } else {
    l->m_items[i] = v;
  }
  return 0;
}

static int list_contains(const Value& self, const Value& item) {
  const std::vector<Value>& items = as_list(self)->m_items;
  for (size_t i = 0; i < items.size(); ++i) {
    Value x = items[i];  // __eq__ may shrink the list
    int eq = item_equal(x, item);
    if (eq) return eq;
  }
  return 0;
}

static Value list_iter(const Value& self) { return new_seq_iter(self); }

static Value list_binary(BinOp op, const Value& a, const Value& b) {
  if (op == BinOp::Add) {
    if (!is_list(a)) return NotImplemented;
    if (!is_list(b)) {
      Value r = binary_try_right(op, a, b);
      if (r.is_null() || !r.is(NotImplemented)) return r;
      return raise_concat_error(a, b);
    }
    const std::vector<Value>& x = as_list(a)->m_items;
    const std::vector<Value>& y = as_list(b)->m_items;
    std::vector<Value> out;
    out.reserve(x.size() + y.size());
    out.insert(out.end(), x.begin(), x.end());
    out.insert(out.end(), y.begin(), y.end());
    return new_list(std::move(out));
  }
  if (op == BinOp::Mul) {
    bool left = is_list(a);
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
    std::vector<Value> out;
    if (!repeat_items(as_list(seq)->m_items, count, out)) return Value();
    return new_list(std::move(out));
  }
  return NotImplemented;
}

static Value list_inplace(BinOp op, const Value& a, const Value& b) {
  if (!is_list(a)) return NotImplemented;
  ListObject* l = as_list(a);
  if (op == BinOp::Add) {  // extend with any iterable
    if (!collect_iterable(b, l->m_items)) return Value();
    return a;
  }
  if (op == BinOp::Mul) {
    if (!is_index_like(b)) return NotImplemented;
    int64_t count;
    if (!repeat_count(b, &count)) return Value();
    if (count == 0) {  // a clear: the items go last first, as list.clear()
      std::vector<Value> old;
      old.swap(l->m_items);
      drop_backwards(old);
    } else if (count > 1) {
      std::vector<Value> src(l->m_items);
      if (!repeat_items(src, count - 1, l->m_items)) return Value();
    }
    return a;
  }
  return NotImplemented;
}

static Value list_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (type->m_flags & kHeapType) return Value::steal(new WithInstanceDict<ListObject>({}, type));
  return Value::steal(new ListObject({}, type));
}

static int list_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("list", kw) || !check_nargs("list", nargs, 0, 1)) return -1;
  ListObject* l = as_list(self);
  std::vector<Value> old;
  old.swap(l->m_items);  // list.__init__ empties the list first (their __del__ runs
  drop_backwards(old);   // before the iterable is read, as CPython's _list_clear)
  if (nargs == 1 && !collect_iterable(args[0], l->m_items)) return -1;
  return 0;
}

// -- methods (args[0] is self)

size_t list_capacity_after_appends(size_t n) {
  size_t allocated = 0;
  while (allocated < n) {
    size_t size = allocated + 1;  // the append that finds the list full
    allocated = (size + (size >> 3) + 6) & ~size_t(3);
  }
  return allocated;
}

static Value list_append(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("append", kw) || !check_nargs("list.append", nargs - 1, 1, 1)) return Value();
  as_list(args[0])->m_items.push_back(args[1]);
  return Value::none();
}

static Value list_extend(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("extend", kw) || !check_nargs("list.extend", nargs - 1, 1, 1)) return Value();
  if (!collect_iterable(args[1], as_list(args[0])->m_items)) return Value();
  return Value::none();
}

static Value list_insert(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("insert", kw) || !check_nargs_exact("insert", nargs - 1, 2)) return Value();
  std::vector<Value>& items = as_list(args[0])->m_items;
  int64_t i;
  if (!index_value(args[1], &i)) return Value();
  int64_t n = static_cast<int64_t>(items.size());
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  items.insert(items.begin() + i, args[2]);
  return Value::none();
}

static Value list_pop(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("pop", kw) || !check_nargs("pop", nargs - 1, 0, 1)) return Value();
  std::vector<Value>& items = as_list(args[0])->m_items;
  int64_t i = -1;
  if (nargs == 2 && !index_value(args[1], &i)) return Value();
  if (items.empty()) return raise(&IndexErrorType, "pop from empty list");
  if (!wrap_index(&i, items.size())) return raise(&IndexErrorType, "pop index out of range");
  Value out = std::move(items[i]);
  items.erase(items.begin() + i);
  return out;
}

// Position of the first item equal to x in [start, stop), -1 if none, -2 on error.
static int64_t list_find(const std::vector<Value>& items, const Value& x, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(items.size()); ++i) {
    Value item = items[i];
    int eq = item_equal(item, x);
    if (eq < 0) return -2;
    if (eq) return i;
  }
  return -1;
}

static Value list_remove(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("remove", kw) || !check_nargs("list.remove", nargs - 1, 1, 1)) return Value();
  std::vector<Value>& items = as_list(args[0])->m_items;
  int64_t i = list_find(items, args[1], 0, INT64_MAX);
  if (i == -2) return Value();
  if (i < 0) return raise(&ValueErrorType, "list.remove(x): x not in list");
  Value old = std::move(items[i]);
  items.erase(items.begin() + i);
  return Value::none();
}

static Value list_index(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("index", kw) || !check_nargs("index", nargs - 1, 1, 3)) return Value();
  const std::vector<Value>& items = as_list(args[0])->m_items;
  int64_t start, stop;
  if (!index_bounds(args + 2, nargs - 2, items.size(), &start, &stop)) return Value();
  int64_t i = list_find(items, args[1], start, stop);
  if (i == -2) return Value();
  if (i < 0) {
    Value r = repr(args[1]);
    if (r.is_null()) return Value();
    return raise(&ValueErrorType, format("%s is not in list", as_str(r)->m_data.c_str()));
  }
  return Value::integer(i);
}

static Value list_count(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("count", kw) || !check_nargs("list.count", nargs - 1, 1, 1)) return Value();
  const std::vector<Value>& items = as_list(args[0])->m_items;
  int64_t n = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    Value item = items[i];
    int eq = item_equal(item, args[1]);
    if (eq < 0) return Value();
    n += eq;
  }
  return Value::integer(n);
}

static Value list_reverse(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("reverse", kw) || !check_nargs("list.reverse", nargs - 1, 0, 0)) return Value();
  std::vector<Value>& items = as_list(args[0])->m_items;
  std::reverse(items.begin(), items.end());
  return Value::none();
}

// sort(*, key=None, reverse=False)
static Value list_sort(const Value* args, size_t nargs, KwNames* kw) {
  if (nargs > 1) return raise(&TypeErrorType, "sort() takes no positional arguments");
  Value key, rev;
  for (size_t j = 0; kw && j < kw->size(); ++j) {
    std::string_view name = as_str(kw->m_items[j])->view();
    if (name == "key") {
      key = args[nargs + j];
    } else if (name == "reverse") {
      rev = args[nargs + j];
    } else {
      return raise(&TypeErrorType, format("'%s' is an invalid keyword argument for sort()",
                                          std::string(name).c_str()));
    }
  }
  int64_t reverse = 0;
  if (!rev.is_null() && !index_value(rev, &reverse)) return Value();
  ListObject* l = as_list(args[0]);
  // While sorting, the list looks empty (as in CPython): a key function or __lt__
  // that mutates it cannot pull items out from under the sort.
  std::vector<Value> items;
  items.swap(l->m_items);
  bool ok = sort_values(items, key, reverse != 0);
  bool modified = !l->m_items.empty();
  std::vector<Value> intruders;
  intruders.swap(l->m_items);
  l->m_items.swap(items);
  drop_backwards(intruders);  // with the sorted list back in place, as CPython
  if (!ok) return Value();
  if (modified) return raise(&ValueErrorType, "list modified during sort");
  return Value::none();
}

static Value list_copy(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("copy", kw) || !check_nargs("list.copy", nargs - 1, 0, 0)) return Value();
  return new_list(as_list(args[0])->m_items);
}

static Value list_clear(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("clear", kw) || !check_nargs("list.clear", nargs - 1, 0, 0)) return Value();
  std::vector<Value> old;
  old.swap(as_list(args[0])->m_items);
  drop_backwards(old);
  return Value::none();
}

static Value list_reversed(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("list.__reversed__", nargs - 1, 0, 0)) return Value();
  return new_list_reverse_iter(args[0]);
}

void init_list_type() {
  ListType.m_flags |= kBaseType | kListSubclass;
  ListType.tp_new = list_new;
  ListType.tp_init = list_init;
  ListType.tp_repr = list_repr;
  ListType.tp_hash = hash_unhashable;
  ListType.tp_richcompare = list_richcompare;
  ListType.tp_len = list_len;
  ListType.tp_getitem = list_getitem;
  ListType.tp_setitem = list_setitem;
  ListType.tp_contains = list_contains;
  ListType.tp_iter = list_iter;
  ListType.tp_binary = list_binary;
  ListType.tp_inplace = list_inplace;
  type_ready(&ListType, &ObjectType,
             {
                 {"append", list_append},
                 {"extend", list_extend},
                 {"insert", list_insert},
                 {"pop", list_pop},
                 {"remove", list_remove},
                 {"index", list_index},
                 {"count", list_count},
                 {"reverse", list_reverse},
                 {"sort", list_sort},
                 {"copy", list_copy},
                 {"clear", list_clear},
                 {"__reversed__", list_reversed},
             });
  // `lst.append(x)` and `lst.pop()` are done at the call node (eval/call_node.cpp).
  dict_get_str(ListType.m_dict, intern("append")).obj()->m_kind_bits = kMethodListAppend;
  dict_get_str(ListType.m_dict, intern("pop")).obj()->m_kind_bits = kMethodListPop;
}

}  // namespace hotpy
