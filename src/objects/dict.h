// dict: insertion-ordered hash table in CPython's compact layout: a dense array of
// entries in insertion order plus a sparse index table with open addressing.
//
// Deleting leaves a hole in m_entries (key Null) and a dummy in m_index; holes are
// squeezed out when the table next grows. Lookups of exact str keys compare the
// pointer, then the cached hash and the bytes, and never call __eq__: that is the
// path global and attribute lookups take.
#pragma once
#include <utility>
#include <vector>

#include "objects/interpreter_state.h"
#include "objects/object.h"
#include "objects/gc.h"
#include "objects/str.h"

namespace hotpy {

struct DictObject : GcObject {
  // The value comes before the key: members die last first, and CPython frees an
  // entry's key before its value (the order their __del__ methods run in).
  struct Entry {
    int64_t hash;
    Value value;
    Value key;   // Null: a deleted entry (a hole kept until the next resize)
  };
  // A non-empty table is one block, as CPython's keys object: a 4-byte count of the
  // index slots in use (live + dummy), the index, whose slots are 1, 2 or 4 bytes wide
  // by its size, then room for as many entries as the index may take (2/3 of its
  // slots). A 5-entry dict is a 64-byte object and a 216-byte block (two vectors made
  // it 120 + 200 + 32). The entries keep the read API of the vector they were (size,
  // [], begin/end, back).
  struct Entries {
    Entry* m_data = nullptr;      // the block; null while the dict never held anything
    uint32_t m_size = 0;          // entries appended (holes included)
    Entries() = default;
    // Moving takes the block (the dict frees it); no copies, two dicts never share one.
    Entries(Entries&& o) noexcept
        : m_data(std::exchange(o.m_data, nullptr)), m_size(std::exchange(o.m_size, 0)) {}
    Entries& operator=(Entries&& o) noexcept {
      m_data = std::exchange(o.m_data, nullptr);
      m_size = std::exchange(o.m_size, 0);
      return *this;
    }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    Entry& operator[](size_t i) { return m_data[i]; }
    const Entry& operator[](size_t i) const { return m_data[i]; }
    Entry* begin() { return m_data; }
    Entry* end() { return m_data + m_size; }
    const Entry* begin() const { return m_data; }
    const Entry* end() const { return m_data + m_size; }
    Entry& back() { return m_data[m_size - 1]; }
  };
  // A dict is 64 bytes (the allocator's size class below 80): m_used sits in the
  // padding after the entries' count, the index size in Object::m_kind_bits (as its
  // log2; 0: no table), the count of index slots in use in the block, and the
  // attributes of subclass instances in DictWithAttrs.
  [[no_unique_address]] Entries m_entries;
  uint32_t m_used = 0;             // live entries
  // A new number from one global counter on every change (and at creation), so
  // (dict, version) never repeats: iterators and lookup caches detect mutation.
  uint64_t m_version = 0;
  explicit DictObject(TypeObject* type = nullptr);
  ~DictObject() override;
  void traverse(Visitor, void*) override;
  void clear() override;
  size_t size() const { return m_used; }
  // Index slots: 0 (no table) or 2^k, k >= 2 (read from a table: fewer
  // instructions than decoding k).
  size_t index_size() const { return kIndexSizes[m_kind_bits]; }
  static constexpr uint32_t kIndexSizes[32] = {0,       0,       1u << 2,  1u << 3,  1u << 4,  1u << 5,  1u << 6,
                                               1u << 7, 1u << 8, 1u << 9,  1u << 10, 1u << 11, 1u << 12, 1u << 13,
                                               1u << 14, 1u << 15, 1u << 16, 1u << 17, 1u << 18, 1u << 19, 1u << 20,
                                               1u << 21, 1u << 22, 1u << 23, 1u << 24, 1u << 25, 1u << 26, 1u << 27,
                                               1u << 28, 1u << 29, 1u << 30, 1u << 31};
};

// An instance of a Python subclass of a dict type D: D with room for its attributes.
template <class D>
struct DictWithAttrs : D {
  DictObject* m_inst_dict = nullptr;
  explicit DictWithAttrs(TypeObject* type) : D(type) {}
  ~DictWithAttrs() override {
    if (m_inst_dict) decref(m_inst_dict);
  }
  void traverse(Object::Visitor visit, void* arg) override {
    D::traverse(visit, arg);
    if (m_inst_dict) visit(m_inst_dict, arg);
  }
  void clear() override {
    D::clear();
    if (DictObject* d = std::exchange(m_inst_dict, nullptr)) decref(d);
  }
  DictObject** instance_dict() override { return &m_inst_dict; }
};

extern TypeObject DictType;
inline uint64_t next_dict_version() { return ++ts->dict_version; }
// The value of entry `index` (valid while the dict's version is unchanged).
inline const Value& dict_entry_value(const DictObject* d, size_t index) { return d->m_entries[index].value; }
// Like dict_get_str, also telling which entry holds the key (-1 when absent).
Value dict_get_str_index(DictObject* d, StrObject* key, int64_t* index);
// Replaces the value of live entry `index` (found while the dict's version is unchanged).
void dict_replace_value(DictObject* d, size_t index, Value value);
inline bool is_dict(const Value& v) { return v.is_obj() && (v.type()->m_flags & kDictSubclass); }
inline DictObject* as_dict(const Value& v) { return v.as<DictObject>(); }

Value new_dict();
// Gives an empty dict room for n entries at once (a display, keyword arguments), so
// it is not rebuilt on the way there.
void dict_reserve(DictObject* d, size_t n);
// Lookups: Null when missing; an exception may be pending if hashing or __eq__
// raised (check error_pending() when it matters).
Value dict_get(DictObject* d, const Value& key);
Value dict_get_str(DictObject* d, StrObject* key);  // key: any str, fast for interned
// d.setdefault(key, dflt): the value of key, else dflt stored and returned; Null on error.
Value dict_setdefault(DictObject* d, const Value& key, const Value& dflt);
// d.popitem(): takes the last item out into *key and *value; false when d is empty.
bool dict_pop_last(DictObject* d, Value* key, Value* value);
// 1 when both dicts hold equal items, 0 if not, -1 on error.
int dict_equal(DictObject* a, DictObject* b);
// The value of exact str `key` where `d` holds it, found without running code (each
// key met is `key` itself or an exact str); null when absent, or when a key met would
// need its __eq__ asked (the caller then goes the general way).
const Value* dict_find_str_in_place(const DictObject* d, const StrObject* key);
int dict_set(DictObject* d, const Value& key, const Value& value);  // -1 on error
int dict_set_str(DictObject* d, StrObject* key, const Value& value);
int dict_del(DictObject* d, const Value& key);  // -1 error (KeyError if missing)
// Removes `key` and returns its value; Null when absent (no exception) or on error
// (exception pending).
Value dict_pop(DictObject* d, const Value& key);
int dict_contains(DictObject* d, const Value& key);  // -1, 0, 1
void dict_clear(DictObject* d);
// Iteration: `pos` starts at 0; returns false at the end. key/value may be null.
bool dict_next(DictObject* d, size_t* pos, Value* key, Value* value);
// Like dict_next, also giving the stored hash (saves rehashing when copying keys).
bool dict_next_hash(DictObject* d, size_t* pos, Value* key, Value* value, int64_t* hash);
int dict_update(DictObject* d, const Value& other);  // from a mapping or iterable of pairs
// Adds every entry of `other`, overwriting (dict.update with a dict).
int dict_merge(DictObject* d, DictObject* other);
Value dict_copy(DictObject* d);  // always an exact dict
Value dict_keys_list(DictObject* d);

// Raises KeyError(key) (the key itself is the exception's argument) and returns Null.
Value raise_key_error(const Value& key);

// -- views and iterators (dict_views.cpp)

enum class DictPart : uint8_t { Keys, Values, Items };

struct DictViewObject : GcObject {
  Value m_dict;
  DictViewObject(TypeObject* type, Value dict) : GcObject(type), m_dict(std::move(dict)) {}
  void traverse(Visitor, void*) override;
};
extern TypeObject DictKeysType, DictValuesType, DictItemsType;
Value new_dict_view(const Value& dict, DictPart part);

// Iterators over a dict's keys/values/items, forwards or reversed. They raise
// "dictionary changed size during iteration" like CPython's.
Value new_dict_iter(const Value& dict, DictPart part, bool reversed);
extern TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
extern TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

// A read-only view of [dict] (mappingproxy.cpp): what `C.__dict__` gives for a class.
Value new_mappingproxy(DictObject* dict);
extern TypeObject MappingProxyType;

}  // namespace hotpy
