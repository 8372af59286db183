// dict: insertion-ordered hash table in CPython's compact layout: a dense array of
// entries in insertion order plus a sparse index table with open addressing.
#pragma once
#include <vector>

#include "objects/object.h"
#include "objects/str.h"

namespace hotpy {

struct DictObject : Object {
  struct Entry {
    int64_t hash;
    Value key;   // Null: a deleted entry (a hole kept until the next resize)
    Value value;
  };
  std::vector<Entry> m_entries;
  std::vector<int32_t> m_index;  // -1 empty, -2 deleted, else entry number
  size_t m_used = 0;             // live entries
  uint64_t m_version = 0;        // bumped on every change: iterators detect mutation
  explicit DictObject(TypeObject* type = nullptr);
  void traverse(Visitor, void*) override;
  size_t size() const { return m_used; }
};

extern TypeObject DictType;
inline bool is_dict(const Value& v) { return v.is_obj() && (v.type()->m_flags & kDictSubclass); }
inline DictObject* as_dict(const Value& v) { return v.as<DictObject>(); }

Value new_dict();
// Lookups: Null when missing; an exception may be pending if hashing or __eq__
// raised (check error_pending() when it matters).
Value dict_get(DictObject* d, const Value& key);
Value dict_get_str(DictObject* d, StrObject* key);  // key: any str, fast for interned
int dict_set(DictObject* d, const Value& key, const Value& value);  // -1 on error
int dict_set_str(DictObject* d, StrObject* key, const Value& value);
int dict_del(DictObject* d, const Value& key);  // -1 error (KeyError if missing)
int dict_contains(DictObject* d, const Value& key);  // -1, 0, 1
void dict_clear(DictObject* d);
// Iteration: `pos` starts at 0; returns false at the end.
bool dict_next(DictObject* d, size_t* pos, Value* key, Value* value);
int dict_update(DictObject* d, const Value& other);  // from a mapping or iterable of pairs
Value dict_copy(DictObject* d);

}  // namespace hotpy
