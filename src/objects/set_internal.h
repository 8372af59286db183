// Internals shared by set.cpp (the table and the bulk algorithms) and set_type.cpp
// (the slots and methods of set and frozenset). Not part of the object API.
#pragma once
#include "objects/set.h"

namespace hotpy {

// Hash of a key as stored in a set (exact str answers from its cache); -1 on error.
int64_t set_key_hash(const Value& key);
// Hash for a lookup: a set key (unhashable) is looked up as the equal frozenset,
// which is kept in *tmp. -1 on error.
int64_t set_lookup_hash(const Value& key, Value* tmp);
int set_add_entry(SetObject* so, const Value& key, int64_t hash);
int set_contains_entry(SetObject* so, const Value& key, int64_t hash);   // -1, 0, 1
int set_discard_entry(SetObject* so, const Value& key, int64_t hash);    // -1, 0, 1

// A new set of the builtin kind underlying `type` (set for set subclasses, else
// frozenset), filled from `iterable` when it is not Null.
Value make_new_set_basetype(TypeObject* type, const Value& iterable);
Value make_new_set(TypeObject* type, const Value& iterable);
Value set_copy(SetObject* so);
Value set_difference(SetObject* so, const Value& other);
Value set_symmetric_difference(SetObject* so, const Value& other);
int set_issubset(SetObject* so, const Value& other);    // -1, 0, 1
int set_issuperset(SetObject* so, const Value& other);  // -1, 0, 1
// Exchanges the tables of two sets (intersection_update keeps its identity).
void set_swap_bodies(SetObject* a, SetObject* b);

}  // namespace hotpy
