// dict: the table (lookup, insert, delete, resize) and the C++ API of dict.h. The dict
// type's slots and methods are in dict_type.cpp, views and iterators in dict_views.cpp.
#include "objects/dict.h"

#include <algorithm>
#include <cstring>
#include <new>

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject DictType("dict");

static_assert(sizeof(DictObject) <= 64, "a dict grew past 64 bytes (the allocator's next size up is 80)");

// As in CPython, an exact dict that holds only atoms (str, int, None, ...) cannot be
// part of a cycle: it stays out of the collector's lists, and uncounted, until a
// container is stored in it (track_for). A subclass instance holds its class.
DictObject::DictObject(TypeObject* type)
    : GcObject(type ? type : &DictType, type && type != &DictType) {
  m_version = next_dict_version();
}

namespace {
// A table taken out of its dict, freed once the dict is consistent again.
struct Table {
  DictObject::Entries entries;
  size_t slots = 0;
};
Table take_table(DictObject* d) {
  Table t{std::move(d->m_entries), d->index_size()};
  d->m_kind_bits = 0;
  return t;
}
void destroy_entries(Table table);
}  // namespace

DictObject::~DictObject() { destroy_entries(take_table(this)); }

void DictObject::traverse(Visitor visit, void* arg) {
  for (const Entry& e : m_entries) {  // each value before its key, as CPython
    if (e.value.is_obj()) visit(e.value.obj(), arg);
    if (e.key.is_obj()) visit(e.key.obj(), arg);
  }
}

void DictObject::clear() { dict_clear(this); }

Value new_dict() { return Value::steal(new DictObject()); }

// -- the table

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
// The smallest table: 4 index slots for 3 entries, a 128-byte block. Most dicts
// hold a few keys (JSON objects, kwargs, small records); with CPython's smallest
// (8 slots for 5 entries) they took 224 bytes, which 16-byte Values make 80% more
// than CPython's. It grows to CPython's smallest next.
constexpr size_t kMinSize = 4;
constexpr size_t kSecondSize = 8;
constexpr int kPerturbShift = 5;

using Entry = DictObject::Entry;

inline bool is_container(const Value& v) { return v.is_obj() && is_gc_object(v.obj()); }

// Tracks an untracked dict (see the constructor) once it may hold a container. Not the
// immortal dicts: no interpreter's collector may list those.
inline void track_for(DictObject* d, const Value& key, const Value& value) {
  if (gc_is_tracked(d) || !(is_container(key) || is_container(value))) return;
  if (!is_immortal(d) && ts && ts->gc) gc_track(d);
}

// The same after a whole table was copied in.
void track_for_entries(DictObject* d) {
  for (const Entry& e : d->m_entries) {
    if (gc_is_tracked(d)) return;
    track_for(d, e.key, e.value);
  }
}


// Hash of a key, with exact str (the common key) answered from its cache.
inline int64_t key_hash(const Value& key) {
  if (is_exact_str(key)) return as_str(key)->hash();
  return hash(key);
}

// Entries may fill 2/3 of the index before it grows (CPython's USABLE_FRACTION); the
// smallest table 3/4 (one slot stays empty, so every probe still ends).
constexpr size_t usable_for(size_t slots) { return slots == kMinSize ? 3 : (slots << 1) / 3; }
inline size_t usable(const DictObject* d) { return usable_for(d->index_size()); }

// Bytes per index slot: the narrowest that holds every entry number and the markers.
constexpr size_t index_width(size_t slots) { return slots <= 128 ? 1 : slots <= (1u << 15) ? 2 : 4; }
// The block's bytes before the entries: the index's slots, which end where the
// entries start, just after the count of slots in use (Index::fill), and padding in
// front that keeps the entries 8-byte aligned (the smallest index and the count
// share 8 bytes, as the index alone did).
constexpr size_t index_bytes(size_t slots) { return (sizeof(uint32_t) + index_width(slots) * slots + 7) & ~size_t{7}; }

// Makes a table of `slots` index slots (a power of two, or 0) the dict's.
inline void set_index_size(DictObject* d, size_t slots) {
  d->m_kind_bits = slots ? static_cast<uint8_t>(__builtin_ctzll(slots)) : 0;
}

// The index of a table: its slots lie just before the entries, in the same block.
struct Index {
  char* base;
  size_t size;
  Index(Entry* entries, size_t slots)
      : base(reinterpret_cast<char*>(entries) - index_width(slots) * slots), size(slots) {}
  explicit Index(const DictObject* d) : Index(d->m_entries.m_data, d->index_size()) {}
  int64_t operator[](size_t slot) const {
    if (size <= 128) return reinterpret_cast<const int8_t*>(base)[slot];
    if (size <= (1u << 15)) return reinterpret_cast<const int16_t*>(base)[slot];
    return reinterpret_cast<const int32_t*>(base)[slot];
  }
  void set(size_t slot, int64_t ix) const {
    if (size <= 128) reinterpret_cast<int8_t*>(base)[slot] = static_cast<int8_t>(ix);
    else if (size <= (1u << 15)) reinterpret_cast<int16_t*>(base)[slot] = static_cast<int16_t>(ix);
    else reinterpret_cast<int32_t*>(base)[slot] = static_cast<int32_t>(ix);
  }
  // The slots not empty (live + dummy), kept just before the index: the table grows
  // when they reach 2/3.
  uint32_t& fill() const { return reinterpret_cast<uint32_t*>(base)[-1]; }
};

// Calls f with the index as an array of its slot type, so that a probe loop tests the
// width once, not at every slot, and with the index size (read once).
constexpr int64_t kRestart = -3;  // a lookup's "start again" (the table changed under it)
template <class F>
inline int64_t with_slots(const DictObject* d, F&& f) {
  size_t n = d->index_size();
  const char* entries = reinterpret_cast<const char*>(d->m_entries.m_data);
  if (n <= 128) return f(reinterpret_cast<const int8_t*>(entries - n), n);
  if (n <= (1u << 15)) return f(reinterpret_cast<const int16_t*>(entries - 2 * n), n);
  return f(reinterpret_cast<const int32_t*>(entries - 4 * n), n);
}

// A block for `slots` index slots, all empty, and room for their usable entries
// (not constructed): returns where the entries start. The count of slots in use is
// the caller's to set.
Entry* new_block(size_t slots) {
  size_t bytes = index_bytes(slots);
  char* block = static_cast<char*>(::operator new(bytes + usable_for(slots) * sizeof(Entry)));
  std::memset(block, 0xff, bytes);  // kEmpty (-1) in every width
  return reinterpret_cast<Entry*>(block + bytes);
}

void free_block(Entry* entries, size_t slots) {
  ::operator delete(reinterpret_cast<char*>(entries) - index_bytes(slots));
}

// Destroys a table taken out of its dict: entries first to last, as the vector did
// (their __del__ methods run in that order), then the block.
void destroy_entries(Table table) {
  if (!table.entries.m_data) return;
  for (Entry& e : table.entries) e.~Entry();
  free_block(table.entries.m_data, table.slots);
}

// Drops the last entry, a hole (nothing left in it to destroy but its shell).
inline void pop_entry(DictObject* d) { d->m_entries[--d->m_entries.m_size].~Entry(); }

// Gives the empty dict `to` a copy of `from`'s table (both index and entries).
void copy_table(DictObject* to, const DictObject* from) {
  if (!from->m_entries.m_data) return;  // it never held anything: no block to copy
  size_t slots = from->index_size();
  Entry* data = new_block(slots);
  size_t bytes = index_bytes(slots);
  std::memcpy(reinterpret_cast<char*>(data) - bytes, reinterpret_cast<const char*>(from->m_entries.m_data) - bytes,
              bytes);
  for (size_t i = 0; i < from->m_entries.size(); ++i) new (data + i) Entry(from->m_entries[i]);
  to->m_entries.m_data = data;
  to->m_entries.m_size = from->m_entries.m_size;
  set_index_size(to, slots);
  to->m_used = from->m_used;
}

// The probe sequence of CPython's dictobject.c: linear congruence plus the high
// bits of the hash shifted in, so every slot is eventually visited.
struct Probe {
  size_t mask, i, perturb;
  Probe(size_t size, int64_t hash)
      : mask(size - 1), i(static_cast<size_t>(hash) & (size - 1)), perturb(static_cast<size_t>(hash)) {}
  void next() {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
};

// Rebuilds the index with `size` slots, squeezing holes out of the entries.
void rebuild(DictObject* d, size_t size) {
  // Always a new block: a lookup whose __eq__ ran sees by its address that the table
  // was rebuilt under it (CPython compares the keys object). The old block is freed
  // without destructors: holes and moved-from entries hold nothing.
  Table taken = take_table(d);
  DictObject::Entries& old = taken.entries;
  Entry* data = new_block(size);
  size_t live = 0;
  if (d->m_used == old.size() && taken.slots <= kSecondSize) {
    // A small table without holes (a growing dict): the entries move as bytes, since a
    // Value holds no pointer into itself, and the old ones are left as if moved from.
    // Bigger tables keep the loop: their memcpy is a `rep movsb`, which callgrind
    // counts per byte, so instruction counts could not judge it.
    live = old.size();
    if (live) std::memcpy(static_cast<void*>(data), static_cast<const void*>(old.m_data), live * sizeof(Entry));
  } else {
    for (Entry& e : old) {
      if (!e.key.is_null()) new (data + live++) Entry(std::move(e));
    }
  }
  if (old.m_data) free_block(old.m_data, taken.slots);
  d->m_entries.m_data = data;
  d->m_entries.m_size = static_cast<uint32_t>(live);
  set_index_size(d, size);
  Index index(data, size);
  for (size_t ix = 0; ix < live; ++ix) {
    Probe p(size, data[ix].hash);
    while (index[p.i] != kEmpty) p.next();
    index.set(p.i, static_cast<int64_t>(ix));
  }
  index.fill() = static_cast<uint32_t>(live);
}

// Room for one more entry: grows to hold 3x the live entries (GROWTH_RATE).
void grow(DictObject* d) {
  size_t want = std::max(kMinSize, size_t{d->m_used} * 3);
  if (d->index_size() == kMinSize) want = std::min(want, kSecondSize);  // not 16 slots for 4 entries
  size_t size = kMinSize;
  while (size < want) size <<= 1;
  rebuild(d, size);
}

}  // namespace

void dict_reserve(DictObject* d, size_t n) {
  if (d->m_used != 0 || n <= usable(d)) return;
  size_t size = kMinSize;
  while (usable_for(size) < n) size <<= 1;
  rebuild(d, size);
}

namespace {

// lookup()'s probe loop over an index of one slot type; kRestart when an __eq__
// changed the table under it.
template <class Slot>
int64_t lookup_in(DictObject* d, const Slot* index, size_t table_size, const Value& key, int64_t hash,
                  size_t* slot) {
  const Entry* table = d->m_entries.m_data;
  Probe p(table_size, hash);
  bool key_is_str = is_exact_str(key);
  for (;; p.next()) {
    int64_t ix = index[p.i];
    if (ix == kEmpty) return -1;
    if (ix < 0) continue;
    const Entry& e = d->m_entries[ix];
    if (e.hash != hash) continue;  // cheaper than identity, and implied by it
    if (e.key.is(key)) {
      *slot = p.i;
      return ix;
    }
    if (key_is_str && is_exact_str(e.key)) {
      if (str_same_text(as_str(e.key), as_str(key))) {
        *slot = p.i;
        return ix;
      }
      continue;
    }
    Value startkey = e.key;  // __eq__ may delete it from the dict
    int eq = equal(startkey, key);
    if (eq < 0) return -2;
    // (The size too: two rebuilds may hand the first index's memory back.)
    if (d->m_entries.m_data != table || d->index_size() != table_size ||
        static_cast<size_t>(ix) >= d->m_entries.size() ||  // popitem drops trailing entries
        !d->m_entries[ix].key.is(startkey))
      return kRestart;
    if (eq) {
      *slot = p.i;
      return ix;
    }
  }
}

// Finds `key`: its entry number (and its index slot in *slot), -1 when absent, -2
// on error. An __eq__ that rebuilt the table or removed the entry it compared makes
// the search start again; other changes let it go on probing, as CPython's does.
int64_t lookup(DictObject* d, const Value& key, int64_t hash, size_t* slot) {
  for (;;) {
    if (d->index_size() == 0) return -1;
    int64_t ix = with_slots(d, [&](const auto* index, size_t n) { return lookup_in(d, index, n, key, hash, slot); });
    if (ix != kRestart) return ix;
  }
}

// lookup() for an exact str key: the cached hash first, then the pointer, then the
// bytes; no __eq__ unless a non-str key shares the hash (then the generic path).
template <class Slot>
inline int64_t lookup_str_in(DictObject* d, const Slot* index, size_t slots, const Value& key, int64_t hash,
                             size_t* slot) {
  const StrObject* k = as_str(key);
  const Entry* entries = d->m_entries.m_data;
  Probe p(slots, hash);
  for (;; p.next()) {
    int64_t ix = index[p.i];
    if (ix == kEmpty) return -1;
    if (ix < 0) continue;
    const Entry& e = entries[ix];
    if (e.hash != hash) continue;
    // The same object first: that needs no read of the stored key (often not in cache).
    if (e.key.is_obj() && e.key.obj() == k) {
      *slot = p.i;
      return ix;
    }
    if (!is_exact_str(e.key)) return lookup(d, key, hash, slot);
    const StrObject* ek = as_str(e.key);
    if (str_same_text(ek, k)) {
      *slot = p.i;
      return ix;
    }
  }
}

inline int64_t lookup_str(DictObject* d, const Value& key, int64_t hash, size_t* slot) {
  if (d->index_size() == 0) return -1;
  return with_slots(d, [&](const auto* index, size_t n) { return lookup_str_in(d, index, n, key, hash, slot); });
}

// Either lookup, chosen by the key's type.
inline int64_t find(DictObject* d, const Value& key, int64_t hash, size_t* slot) {
  return is_exact_str(key) ? lookup_str(d, key, hash, slot) : lookup(d, key, hash, slot);
}

// Appends a key known to be absent.
void insert_new(DictObject* d, const Value& key, int64_t hash, const Value& value) {
  // Both budgets: appended entries (holes included, so churn compacts) and index
  // slots in use (popitem leaves dummies behind), so probes always end at an empty slot.
  size_t limit = usable(d);
  Index index(d);
  if (d->m_entries.size() >= limit || index.fill() >= limit) {
    grow(d);
    index = Index(d);
  }
  Probe p(index.size, hash);
  while (index[p.i] >= 0) p.next();  // empty or dummy: either may take it
  if (index[p.i] == kEmpty) ++index.fill();
  index.set(p.i, d->m_entries.m_size);
  new (d->m_entries.m_data + d->m_entries.m_size) Entry{hash, value, key};
  ++d->m_entries.m_size;
  track_for(d, key, value);
  ++d->m_used;
  d->m_version = next_dict_version();
}

int insert(DictObject* d, const Value& key, int64_t hash, const Value& value) {
  size_t slot;
  int64_t ix = find(d, key, hash, &slot);
  if (ix == -2) return -1;
  if (ix < 0) {
    insert_new(d, key, hash, value);
    return 0;
  }
  dict_replace_value(d, size_t(ix), value);
  return 0;
}

// Removes entry `ix` found at index slot `slot`, handing back its key and value
// (the caller lets them die once it is done with the dict).
void delete_at(DictObject* d, int64_t ix, size_t slot, Value* key, Value* value) {
  Index(d).set(slot, kDummy);
  Entry& e = d->m_entries[ix];
  *key = std::move(e.key);  // leaves the hole: key Null
  *value = std::move(e.value);
  --d->m_used;
  d->m_version = next_dict_version();
}

// The index slot holding entry `ix`.
size_t slot_of(DictObject* d, int64_t ix) {
  Index index(d);
  Probe p(index.size, d->m_entries[ix].hash);
  while (index[p.i] != ix) p.next();
  return p.i;
}

}  // namespace

// -- the C++ API

void dict_replace_value(DictObject* d, size_t index, Value value) {
  // The old value dies after the dict is consistent: its __del__ may look at it.
  Entry& e = d->m_entries[index];
  Value old = std::move(e.value);
  e.value = std::move(value);
  track_for(d, e.key, e.value);
  d->m_version = next_dict_version();
}

Value dict_get(DictObject* d, const Value& key) {
  if (d->m_used == 0 && is_exact_str(key)) return Value();
  int64_t h = key_hash(key);
  if (h == -1) return Value();
  size_t slot;
  int64_t ix = find(d, key, h, &slot);
  if (ix < 0) return Value();
  return d->m_entries[ix].value;
}

Value dict_get_str(DictObject* d, StrObject* key) {
  if (d->index_size() == 0) return Value();
  int64_t h = key->hash();
  bool exact = key->m_type == &StrType;
  Index index(d);
  Probe p(index.size, h);
  for (;; p.next()) {
    int64_t ix = index[p.i];
    if (ix == kEmpty) return Value();
    if (ix < 0) continue;
    const Entry& e = d->m_entries[ix];
    if (e.key.is_obj() && e.key.obj() == key) return e.value;
    if (e.hash != h) continue;
    if (exact && is_exact_str(e.key)) {
      if (str_same_text(as_str(e.key), key)) return e.value;
      continue;
    }
    return dict_get(d, Value::borrow(key));  // a str subclass may define __eq__
  }
}

const Value* dict_find_str_in_place(const DictObject* d, const StrObject* key) {
  if (d->index_size() == 0) return nullptr;
  int64_t h = key->hash();
  Index index(d);
  Probe p(index.size, h);
  for (;; p.next()) {
    int64_t ix = index[p.i];
    if (ix == kEmpty) return nullptr;
    if (ix < 0) continue;
    const Entry& e = d->m_entries[ix];
    if (e.key.is_obj() && e.key.obj() == key) return &e.value;
    if (e.hash != h) continue;
    if (!is_exact_str(e.key)) return nullptr;
    if (str_same_text(as_str(e.key), key)) return &e.value;
  }
}

Value dict_get_str_index(DictObject* d, StrObject* key, int64_t* index) {
  *index = -1;
  if (d->index_size() == 0 || key->m_type != &StrType) return dict_get_str(d, key);
  int64_t h = key->hash();
  Index slots(d);
  Probe p(slots.size, h);
  for (;; p.next()) {
    int64_t ix = slots[p.i];
    if (ix == kEmpty) return Value();
    if (ix < 0) continue;
    const Entry& e = d->m_entries[ix];
    if ((e.key.is_obj() && e.key.obj() == key) ||
        (e.hash == h && is_exact_str(e.key) && str_same_text(as_str(e.key), key))) {
      *index = ix;
      return e.value;
    }
    if (e.hash == h && !is_exact_str(e.key)) return dict_get(d, Value::borrow(key));
  }
}

int dict_set(DictObject* d, const Value& key, const Value& value) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  return insert(d, key, h, value);
}

int dict_set_str(DictObject* d, StrObject* key, const Value& value) {
  return insert(d, Value::borrow(key), key->hash(), value);
}

int dict_del(DictObject* d, const Value& key) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  size_t slot;
  int64_t ix = find(d, key, h, &slot);
  if (ix == -2) return -1;
  if (ix == -1) {
    raise_key_error(key);
    return -1;
  }
  Value k, v;
  delete_at(d, ix, slot, &k, &v);
  return 0;
}

Value dict_pop(DictObject* d, const Value& key) {
  if (d->m_used == 0) return Value();  // like CPython, no hashing of the key
  int64_t h = key_hash(key);
  if (h == -1) return Value();
  size_t slot;
  int64_t ix = find(d, key, h, &slot);
  if (ix < 0) return Value();
  Value k, v;
  delete_at(d, ix, slot, &k, &v);
  return v;
}

bool dict_pop_last(DictObject* d, Value* key, Value* value) {
  if (d->m_used == 0) return false;
  // LIFO: the last live entry; trailing holes go with it, as in CPython.
  while (d->m_entries.back().key.is_null()) pop_entry(d);
  int64_t ix = static_cast<int64_t>(d->m_entries.size()) - 1;
  delete_at(d, ix, slot_of(d, ix), key, value);
  pop_entry(d);
  return true;
}

int dict_contains(DictObject* d, const Value& key) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  size_t slot;
  int64_t ix = find(d, key, h, &slot);
  return ix == -2 ? -1 : ix >= 0;
}

void dict_clear(DictObject* d) {
  // Take everything out first: destructors run afterwards and may use the dict.
  Table old = take_table(d);
  d->m_used = 0;
  d->m_version = next_dict_version();
  destroy_entries(std::move(old));
}

bool dict_next_hash(DictObject* d, size_t* pos, Value* key, Value* value, int64_t* hash) {
  while (*pos < d->m_entries.size()) {
    const Entry& e = d->m_entries[(*pos)++];
    if (e.key.is_null()) continue;
    if (key) *key = e.key;
    if (value) *value = e.value;
    if (hash) *hash = e.hash;
    return true;
  }
  return false;
}

bool dict_next(DictObject* d, size_t* pos, Value* key, Value* value) {
  return dict_next_hash(d, pos, key, value, nullptr);
}

int dict_merge(DictObject* d, DictObject* other) {
  if (d == other || other->m_used == 0) return 0;
  // Into an empty dict from one without holes: copy the table as it is.
  if (d->m_used == 0 && other->m_used == other->m_entries.size()) {
    Table old = take_table(d);  // holes only
    copy_table(d, other);
    track_for_entries(d);
    d->m_version = next_dict_version();
    destroy_entries(std::move(old));
    return 0;
  }
  // A __del__ or __eq__ that adds to `other` or empties it stops the merge, as in
  // CPython (deleting leaves a hole, which does not count).
  size_t n = other->m_entries.size();
  for (size_t i = 0; i < n; ++i) {
    {
      Entry e = other->m_entries[i];  // holds the references while __eq__ runs
      if (e.key.is_null()) continue;
      if (insert(d, e.key, e.hash, e.value) < 0) return -1;
    }
    if (other->m_entries.size() != n) {
      raise(&RuntimeErrorType, "dict mutated during update");
      return -1;
    }
  }
  return 0;
}

// dict.update(iterable of pairs)
static int merge_from_pairs(DictObject* d, const Value& seq) {
  Value it = get_iter(seq);
  if (it.is_null()) return -1;
  for (size_t n = 0;; ++n) {
    Value item = iter_next(it);
    if (item.is_null()) return error_pending() ? -1 : 0;
    std::vector<Value> kv;
    if (!collect_iterable(item, kv)) {
      if (error_matches(&TypeErrorType) && !item.type()->tp_iter && !item.type()->tp_getitem) {
        clear_error();
        raise(&TypeErrorType,
              format("cannot convert dictionary update sequence element #%zu to a sequence", n));
      }
      return -1;
    }
    if (kv.size() != 2) {
      raise(&ValueErrorType,
            format("dictionary update sequence element #%zu has length %zu; 2 is required", n, kv.size()));
      return -1;
    }
    if (dict_set(d, kv[0], kv[1]) < 0) return -1;
  }
}

int dict_update(DictObject* d, const Value& other) {
  // A dict whose iteration is not overridden merges table to table.
  if (is_dict(other) && other.type()->tp_iter == DictType.tp_iter) return dict_merge(d, as_dict(other));
  static StrObject* keys_name = intern("keys");
  Value keys = get_attr_opt(other, keys_name);
  if (keys.is_null()) {
    if (error_pending()) return -1;
    return merge_from_pairs(d, other);
  }
  Value ks = call0(keys);
  if (ks.is_null()) return -1;
  Value it = get_iter(ks);
  if (it.is_null()) return -1;
  for (;;) {
    Value k = iter_next(it);
    if (k.is_null()) return error_pending() ? -1 : 0;
    Value v = get_item(other, k);
    if (v.is_null() || dict_set(d, k, v) < 0) return -1;
  }
}

Value dict_copy(DictObject* d) {
  auto* out = new DictObject();
  Value result = Value::steal(out);
  if (d->m_used == d->m_entries.size()) {
    copy_table(out, d);
    track_for_entries(out);
  } else if (dict_merge(out, d) < 0) {
    return Value();
  }
  return result;
}

Value dict_keys_list(DictObject* d) {
  std::vector<Value> keys;
  keys.reserve(d->m_used);
  size_t pos = 0;
  Value k;
  while (dict_next(d, &pos, &k, nullptr)) keys.push_back(k);
  return new_list(std::move(keys));
}

int dict_equal(DictObject* a, DictObject* b) {
  if (a->m_used != b->m_used) return 0;
  for (size_t i = 0; i < a->m_entries.size(); ++i) {
    Entry e = a->m_entries[i];  // keeps key and value alive through __eq__
    if (e.key.is_null()) continue;
    size_t slot;
    int64_t ix = find(b, e.key, e.hash, &slot);
    if (ix == -2) return -1;
    if (ix == -1) return 0;
    Value bv = b->m_entries[ix].value;
    int eq = equal(e.value, bv);
    if (eq <= 0) return eq;
  }
  return 1;
}

Value dict_setdefault(DictObject* d, const Value& key, const Value& dflt) {
  // One lookup, as CPython: a second would run the keys' __eq__ twice.
  int64_t h = key_hash(key);
  if (h == -1) return Value();
  size_t slot;
  int64_t ix = find(d, key, h, &slot);
  if (ix == -2) return Value();
  if (ix >= 0) return d->m_entries[ix].value;
  insert_new(d, key, h, dflt);
  return dflt;
}

Value raise_key_error(const Value& key) {
  Value exc = call1(Value::borrow(&KeyErrorType), key);
  if (exc.is_null()) return Value();
  return raise_value(exc);
}

}  // namespace hotpy
