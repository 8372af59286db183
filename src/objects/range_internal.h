// Internals shared by range.cpp (int64 ranges, the fast path) and range_big.cpp
// (ranges of Python ints beyond int64, and slicing with huge bounds).
#pragma once
#include "objects/iter.h"

namespace hotpy {

// A range's four numbers as Python ints, whichever way it stores them.
struct RangeVals {
  Value start, stop, step, len;
};
RangeVals range_vals(const RangeObject* r);

// An integer argument of range(): ints, bools, __index__ objects; TypeError
// "'float' object cannot be interpreted as an integer" otherwise.
bool range_int_arg(const Value& v, Value* out);

// The slots' slow paths, for big ranges (and for huge keys on any range).
Value big_range_repr(const RangeObject* r);
int64_t big_range_len(const RangeObject* r);
Value big_range_getitem(const RangeObject* r, const Value& key);
int big_range_contains(const RangeObject* r, const Value& x);
Value big_range_index(const RangeObject* r, const Value& x);  // position, or Null + ValueError
Value big_range_iter(const RangeObject* r, bool reversed);

// slice.indices() for any length: CPython's _PySlice_GetLongIndices, on Python ints.
bool slice_long_indices(const SliceObject* s, const Value& length, Value* start, Value* stop, Value* step);

}  // namespace hotpy
