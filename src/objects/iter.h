// Iterator objects of the builtin sequences and the lazy builtins (range, enumerate,
// zip, map, filter, reversed), and slice/range objects.
#pragma once
#include "objects/object.h"

namespace hotpy {

struct SliceObject : Object {
  Value m_start, m_stop, m_step;  // None when omitted
  SliceObject(Value a, Value b, Value c);
  void traverse(Visitor, void*) override;
};
extern TypeObject SliceType;
Value new_slice(Value start, Value stop, Value step);
// Resolves a slice against a sequence length, as PySlice_GetIndicesEx; false on error.
bool slice_indices(SliceObject* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count);

struct RangeObject : Object {
  int64_t m_start, m_stop, m_step, m_length;
  RangeObject(int64_t a, int64_t b, int64_t c);
};
extern TypeObject RangeType;

// Iterator over a tuple or list (by index, so it sees appends, like CPython's).
Value new_seq_iter(const Value& seq);
// Iterator calling __getitem__(0), (1), ... until IndexError (old sequence protocol).
Value new_getitem_iter(const Value& seq);

extern TypeObject EnumerateType, ZipType, MapType, FilterType, ReversedType;

}  // namespace hotpy
