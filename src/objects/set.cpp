// The set table, after CPython 3.11's Objects/setobject.c.
//
// The probe order (LINEAR_PROBES neighbours, then perturbed jumps), the reuse of
// the last dummy seen, the resize points (fill*5 >= mask*3, to used*4 or used*2
// past 50000) and each bulk operation's insertion order are all CPython's: they
// decide the order in which a set prints, and programs print sets.
#include <utility>

#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/set_internal.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject SetType("set");
TypeObject FrozenSetType("frozenset");

namespace {
constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr size_t kNotFound = SIZE_MAX;
constexpr size_t kError = SIZE_MAX - 1;
using Slot = SetObject::Slot;

inline bool is_empty(const Slot& s) { return s.hash == 0 && s.key.is_null(); }
}  // namespace

SetObject::SetObject(TypeObject* type) : GcObject(type ? type : &SetType), m_table(kMinSize) {}

SetObject::~SetObject() {
  if (m_dict) decref(m_dict);
}

void SetObject::traverse(Visitor visit, void* arg) {
  for (const Slot& s : m_table)
    if (s.key.is_obj()) visit(s.key.obj(), arg);
  if (m_dict) visit(m_dict, arg);
}

void SetObject::clear() {
  set_clear(this);
  if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
}

DictObject** SetObject::instance_dict() { return (m_type->m_flags & kHeapType) ? &m_dict : nullptr; }

Value new_set(TypeObject* type) { return Value::steal(new SetObject(type ? type : &SetType)); }

int64_t set_key_hash(const Value& key) {
  if (is_exact_str(key)) return as_str(key)->hash();
  return hash(key);
}

int64_t set_lookup_hash(const Value& key, Value* tmp) {
  int64_t h = set_key_hash(key);
  if (h != -1) return h;
  if (!key.is_obj() || !key.type()->is_subtype(&SetType) || !error_matches(&TypeErrorType)) return -1;
  clear_error();
  *tmp = new_frozenset(key);
  if (tmp->is_null()) return -1;
  return set_key_hash(*tmp);
}

// -- the table

// Where `key` is: its slot, kNotFound, or kError. An __eq__ that changes the table
// makes the search start over.
static size_t set_lookkey(SetObject* so, const Value& key, int64_t hash) {
  bool key_str = is_exact_str(key);
restart:
  Slot* table = so->m_table.data();
  size_t mask = so->m_table.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (size_t j = i;; ++j) {
      Slot& e = table[j];
      if (is_empty(e)) return kNotFound;
      if (e.hash == hash) {  // never a dummy: their hash is -1
        if (e.key.is(key)) return j;
        if (key_str && is_exact_str(e.key)) {
          if (as_str(e.key)->m_data == as_str(key)->m_data) return j;
        } else {
          Value startkey = e.key;
          int cmp = equal(startkey, key);
          if (cmp < 0) return kError;
          if (so->m_table.data() != table || so->m_table.size() != mask + 1 ||
              !table[j].key.is(startkey))
            goto restart;
          if (cmp > 0) return j;
        }
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Puts a key known to be absent into a table without dummies.
static void set_insert_clean(Slot* table, size_t mask, Value key, int64_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  Slot* e;
  for (;;) {
    e = &table[i];
    if (e->key.is_null()) goto found;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++e;
        if (e->key.is_null()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found:
  e->key = std::move(key);
  e->hash = hash;
}

// Moves the active keys into the smallest table larger than `minused`.
static int set_table_resize(SetObject* so, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  std::vector<Slot> old;
  old.swap(so->m_table);
  so->m_table.resize(newsize);
  so->m_fill = so->m_used;
  Slot* table = so->m_table.data();
  for (Slot& e : old)
    if (!e.key.is_null()) set_insert_clean(table, newsize - 1, std::move(e.key), e.hash);
  return 0;
}

int set_add_entry(SetObject* so, const Value& key, int64_t hash) {
  Value held = key;  // __eq__ below must not free the key we are inserting
restart:
  Slot* table = so->m_table.data();
  size_t mask = so->m_table.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  Slot* freeslot = nullptr;
  Slot* entry;
  bool key_str = is_exact_str(key);
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (size_t j = i;; ++j) {
      entry = &table[j];
      if (is_empty(*entry)) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        if (entry->key.is(key)) return 0;
        if (key_str && is_exact_str(entry->key)) {
          if (as_str(entry->key)->m_data == as_str(key)->m_data) return 0;
        } else {
          Value startkey = entry->key;
          int cmp = equal(startkey, key);
          if (cmp > 0) return 0;
          if (cmp < 0) return -1;
          if (so->m_table.data() != table || so->m_table.size() != mask + 1 ||
              !table[j].key.is(startkey))
            goto restart;
        }
      } else if (entry->hash == -1) {
        freeslot = entry;  // the last dummy on the path is the one reused
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot) {
    ++so->m_used;
    freeslot->key = std::move(held);
    freeslot->hash = hash;
    return 0;
  }
  ++so->m_fill;
  ++so->m_used;
  entry->key = std::move(held);
  entry->hash = hash;
  if (so->m_fill * 5 < mask * 3) return 0;
  return set_table_resize(so, so->m_used > 50000 ? so->m_used * 2 : so->m_used * 4);
}

int set_contains_entry(SetObject* so, const Value& key, int64_t hash) {
  size_t j = set_lookkey(so, key, hash);
  return j == kError ? -1 : j != kNotFound;
}

int set_discard_entry(SetObject* so, const Value& key, int64_t hash) {
  size_t j = set_lookkey(so, key, hash);
  if (j == kError) return -1;
  if (j == kNotFound) return 0;
  Value old = std::move(so->m_table[j].key);  // the slot becomes a dummy
  so->m_table[j].hash = -1;
  --so->m_used;
  return 1;
}

// -- the C++ API

int set_add(SetObject* s, const Value& key) {
  int64_t h = set_key_hash(key);
  if (h == -1) return -1;
  return set_add_entry(s, key, h);
}

int set_contains(SetObject* s, const Value& key) {
  Value tmp;
  int64_t h = set_lookup_hash(key, &tmp);
  if (h == -1) return -1;
  return set_contains_entry(s, tmp.is_null() ? key : tmp, h);
}

int set_discard(SetObject* s, const Value& key) {
  Value tmp;
  int64_t h = set_lookup_hash(key, &tmp);
  if (h == -1) return -1;
  return set_discard_entry(s, tmp.is_null() ? key : tmp, h);
}

bool set_next(SetObject* s, size_t* pos, Value* key) {
  while (*pos < s->m_table.size()) {
    const Slot& e = s->m_table[(*pos)++];
    if (!e.key.is_null()) {
      *key = e.key;
      return true;
    }
  }
  return false;
}

void set_clear(SetObject* s) {
  std::vector<Slot> old;  // destructors run after the set is consistent
  old.swap(s->m_table);
  s->m_table.resize(kMinSize);
  s->m_fill = s->m_used = 0;
}

void set_swap_bodies(SetObject* a, SetObject* b) {
  std::swap(a->m_table, b->m_table);
  std::swap(a->m_fill, b->m_fill);
  std::swap(a->m_used, b->m_used);
  std::swap(a->m_hash, b->m_hash);
}

Value make_new_set(TypeObject* type, const Value& iterable) {
  Value result = Value::steal(new SetObject(type));
  if (!iterable.is_null() && set_update(as_set(result), iterable) < 0) return Value();
  return result;
}

Value make_new_set_basetype(TypeObject* type, const Value& iterable) {
  if (type != &SetType && type != &FrozenSetType)
    type = type->is_subtype(&SetType) ? &SetType : &FrozenSetType;
  return make_new_set(type, iterable);
}

Value new_frozenset(const Value& iterable) { return make_new_set(&FrozenSetType, iterable); }

Value set_copy(SetObject* so) { return make_new_set_basetype(so->m_type, Value::borrow(so)); }

Value new_set_display(const std::vector<Value>& items, bool all_constant) {
  Value result = new_set();
  if (all_constant && items.size() > 2) {
    // The compiler makes frozenset(items); merging it into the code's constants
    // rebuilds it from its own iteration order (merge_consts_recursive); SET_UPDATE
    // then merges that into the empty set. Each step can move items.
    Value folded = new_frozenset(new_tuple(items));
    if (folded.is_null()) return Value();
    std::vector<Value> order;
    size_t pos = 0;
    Value key;
    while (set_next(as_set(folded), &pos, &key)) order.push_back(key);
    Value merged = new_frozenset(new_tuple(std::move(order)));
    if (merged.is_null() || set_update(as_set(result), merged) < 0) return Value();
    return result;
  }
  for (const Value& item : items)
    if (set_add(as_set(result), item) < 0) return Value();
  return result;
}

// -- bulk operations

static int set_merge(SetObject* so, SetObject* other) {
  if (so == other || other->m_used == 0) return 0;
  // One big resize up front, expecting few overlapping keys.
  if ((so->m_fill + other->m_used) * 5 >= (so->m_table.size() - 1) * 3)
    set_table_resize(so, (so->m_used + other->m_used) * 2);
  size_t mask = so->m_table.size() - 1;
  // Empty, same size, no dummies to drop: the table is copied slot for slot.
  if (so->m_fill == 0 && mask == other->m_table.size() - 1 && other->m_fill == other->m_used) {
    so->m_table = other->m_table;
    so->m_fill = other->m_fill;
    so->m_used = other->m_used;
    return 0;
  }
  if (so->m_fill == 0) {  // empty: no duplicates possible
    so->m_fill = so->m_used = other->m_used;
    for (const Slot& e : other->m_table)
      if (!e.key.is_null()) set_insert_clean(so->m_table.data(), mask, e.key, e.hash);
    return 0;
  }
  for (size_t i = 0; i < other->m_table.size(); ++i) {
    Slot e = other->m_table[i];  // holds the key while __eq__ runs
    if (!e.key.is_null() && set_add_entry(so, e.key, e.hash) < 0) return -1;
  }
  return 0;
}

int set_update(SetObject* so, const Value& other) {
  if (is_set_like(other)) return set_merge(so, as_set(other));
  if (other.type() == &DictType) {
    DictObject* d = as_dict(other);
    if ((so->m_fill + d->m_used) * 5 >= (so->m_table.size() - 1) * 3)
      set_table_resize(so, (so->m_used + d->m_used) * 2);
    size_t pos = 0;
    Value key;
    int64_t h;
    while (dict_next_hash(d, &pos, &key, nullptr, &h))
      if (set_add_entry(so, key, h) < 0) return -1;
    return 0;
  }
  Value it = get_iter(other);
  if (it.is_null()) return -1;
  for (;;) {
    Value key = iter_next(it);
    if (key.is_null()) return error_pending() ? -1 : 0;
    if (set_add(so, key) < 0) return -1;
  }
}

Value set_intersection(SetObject* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) return set_copy(so);
  Value result = make_new_set_basetype(so->m_type, Value());
  SetObject* rs = as_set(result);
  if (is_set_like(other)) {
    SetObject* big = so;
    SetObject* small = as_set(other);
    if (small->m_used > big->m_used) std::swap(big, small);
    for (size_t i = 0; i < small->m_table.size(); ++i) {
      Slot e = small->m_table[i];
      if (e.key.is_null()) continue;
      int rv = set_contains_entry(big, e.key, e.hash);
      if (rv < 0 || (rv && set_add_entry(rs, e.key, e.hash) < 0)) return Value();
    }
    return result;
  }
  Value it = get_iter(other);
  if (it.is_null()) return Value();
  for (;;) {
    Value key = iter_next(it);
    if (key.is_null()) return error_pending() ? Value() : result;
    int64_t h = set_key_hash(key);
    if (h == -1) return Value();
    int rv = set_contains_entry(so, key, h);
    if (rv < 0 || (rv && set_add_entry(rs, key, h) < 0)) return Value();
  }
}

int set_difference_update(SetObject* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) {
    set_clear(so);
    return 0;
  }
  if (is_set_like(other)) {
    Value o = other;
    // Much bigger than us: discard only what we share.
    if ((as_set(other)->m_used >> 3) > so->m_used) {
      o = set_intersection(so, other);
      if (o.is_null()) return -1;
    }
    SetObject* os = as_set(o);
    for (size_t i = 0; i < os->m_table.size(); ++i) {
      Slot e = os->m_table[i];
      if (!e.key.is_null() && set_discard_entry(so, e.key, e.hash) < 0) return -1;
    }
  } else {
    Value it = get_iter(other);
    if (it.is_null()) return -1;
    for (;;) {
      Value key = iter_next(it);
      if (key.is_null()) {
        if (error_pending()) return -1;
        break;
      }
      int64_t h = set_key_hash(key);
      if (h == -1 || set_discard_entry(so, key, h) < 0) return -1;
    }
  }
  // More than a quarter dummies: rebuild without them.
  if (so->m_fill - so->m_used <= (so->m_table.size() - 1) / 4) return 0;
  return set_table_resize(so, so->m_used > 50000 ? so->m_used * 2 : so->m_used * 4);
}

// s - other, choosing CPython's strategy by relative size (it decides the order).
Value set_difference(SetObject* so, const Value& other) {
  size_t other_size;
  bool other_is_dict = other.type() == &DictType;
  if (is_set_like(other)) {
    other_size = as_set(other)->m_used;
  } else if (other_is_dict) {
    other_size = as_dict(other)->m_used;
  } else {
    other_size = SIZE_MAX;  // copy, then remove what other yields
  }
  if (other_size == SIZE_MAX || (so->m_used >> 2) > other_size) {
    Value result = set_copy(so);
    if (result.is_null() || set_difference_update(as_set(result), other) < 0) return Value();
    return result;
  }
  Value result = make_new_set_basetype(so->m_type, Value());
  SetObject* rs = as_set(result);
  for (size_t i = 0; i < so->m_table.size(); ++i) {
    Slot e = so->m_table[i];
    if (e.key.is_null()) continue;
    int rv;
    if (other_is_dict) {
      rv = dict_contains(as_dict(other), e.key);
    } else {
      rv = set_contains_entry(as_set(other), e.key, e.hash);
    }
    if (rv < 0 || (!rv && set_add_entry(rs, e.key, e.hash) < 0)) return Value();
  }
  return result;
}

int set_symmetric_difference_update(SetObject* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) {
    set_clear(so);
    return 0;
  }
  auto toggle = [so](const Value& key, int64_t h) {
    int rv = set_discard_entry(so, key, h);
    if (rv < 0) return -1;
    return rv ? 0 : set_add_entry(so, key, h);
  };
  if (other.type() == &DictType) {
    DictObject* d = as_dict(other);
    size_t pos = 0;
    Value key;
    int64_t h;
    while (dict_next_hash(d, &pos, &key, nullptr, &h))
      if (toggle(key, h) < 0) return -1;
    return 0;
  }
  Value o = is_set_like(other) ? other : make_new_set_basetype(so->m_type, other);
  if (o.is_null()) return -1;
  SetObject* os = as_set(o);
  for (size_t i = 0; i < os->m_table.size(); ++i) {
    Slot e = os->m_table[i];
    if (!e.key.is_null() && toggle(e.key, e.hash) < 0) return -1;
  }
  return 0;
}

Value set_symmetric_difference(SetObject* so, const Value& other) {
  Value result = make_new_set_basetype(so->m_type, other);
  if (result.is_null()) return Value();
  if (set_symmetric_difference_update(as_set(result), Value::borrow(so)) < 0) return Value();
  return result;
}

int set_issubset(SetObject* so, const Value& other) {
  if (!is_set_like(other)) {
    Value tmp = set_intersection(so, other);
    if (tmp.is_null()) return -1;
    return as_set(tmp)->m_used == so->m_used;
  }
  SetObject* os = as_set(other);
  if (so->m_used > os->m_used) return 0;
  for (size_t i = 0; i < so->m_table.size(); ++i) {
    Slot e = so->m_table[i];
    if (e.key.is_null()) continue;
    int rv = set_contains_entry(os, e.key, e.hash);
    if (rv <= 0) return rv;
  }
  return 1;
}

int set_issuperset(SetObject* so, const Value& other) {
  if (is_set_like(other)) return set_issubset(as_set(other), Value::borrow(so));
  Value it = get_iter(other);
  if (it.is_null()) return -1;
  for (;;) {
    Value key = iter_next(it);
    if (key.is_null()) return error_pending() ? -1 : 1;
    int rv = set_contains(so, key);
    if (rv <= 0) return rv;
  }
}

}  // namespace hotpy
