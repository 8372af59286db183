// Iterator objects of the builtin sequences and the lazy builtins (range, enumerate,
// zip, map, filter, reversed), and slice/range objects.
//
// Every iterator follows object.h's convention: tp_next returns Null with no
// exception pending when exhausted, so `for` loops never build a StopIteration.
#pragma once
#include <vector>

#include "objects/object.h"
#include "objects/gc.h"
#include "objects/tuple.h"

namespace hotpy {

struct SliceObject : GcObject {
  Value m_start, m_stop, m_step;  // None when omitted
  SliceObject(Value a, Value b, Value c);
  void traverse(Visitor, void*) override;
};
extern TypeObject SliceType;
Value new_slice(Value start, Value stop, Value step);
// Resolves a slice against a sequence length, as PySlice_GetIndicesEx; false on error.
// For an immutable sequence only: the bounds' __index__ may run any Python code, which
// can shrink a mutable one after `length` was taken. A mutable sequence calls
// slice_unpack, then slice_adjust with the length it has afterwards.
bool slice_indices(SliceObject* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count);
// PySlice_Unpack: the bounds as given (None filled in), clamped to int64; false on error.
bool slice_unpack(SliceObject* s, int64_t* start, int64_t* stop, int64_t* step);
// PySlice_AdjustIndices: clamps the bounds to `length`; returns the number of items.
int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step);
// One slice bound as _PyEval_SliceIndex: ints (huge ones clamp to the int64 range),
// bools and __index__ objects. None is accepted (and leaves *out alone) only when
// `allow_none`; the TypeError names what was allowed, like CPython.
bool clamp_slice_index(const Value& v, int64_t* out, bool allow_none);

struct RangeObject : Object {
  int64_t m_start, m_stop, m_step, m_length;
  // A range whose bounds or length leave int64 (range(2**70)) keeps Python ints in
  // the Values below and takes range_big.cpp's paths; its int64 fields are then
  // not meaningful (m_length is 0). Code that walks m_start/m_step/m_length
  // directly must check m_big first.
  bool m_big = false;
  Value m_bstart, m_bstop, m_bstep, m_blength;
  RangeObject(int64_t a, int64_t b, int64_t c);
  // The i-th element (0 <= i < m_length), computed without overflow.
  int64_t item(int64_t i) const {
    return static_cast<int64_t>(static_cast<uint64_t>(m_start) +
                                static_cast<uint64_t>(i) * static_cast<uint64_t>(m_step));
  }
};
extern TypeObject RangeType;
// range(start, stop, step) for any ints (step != 0): int64 when everything fits.
Value new_range(const Value& start, const Value& stop, const Value& step);
// reversed(r)
Value range_reversed_iter(const RangeObject* r);
// Number of elements of range(start, stop, step); step != 0. Saturates at INT64_MAX.
int64_t range_length(int64_t start, int64_t stop, int64_t step);

// Iterator over a tuple or list by index, so it sees appends, like CPython's. The
// evaluator may step it directly (check the type, then m_seq/m_index).
struct SeqIterObject : GcObject {
  Value m_seq;       // Null once exhausted
  size_t m_index = 0;
  SeqIterObject(TypeObject* type, Value seq) : GcObject(type), m_seq(std::move(seq)) {}
  void traverse(Visitor, void*) override;
  void clear() override { Value seq = std::move(m_seq); }
};
extern TypeObject ListIterType, TupleIterType, ListRevIterType;
// One step of a ListIterType or TupleIterType iterator, as its __next__ takes it.
inline Value seq_iter_step(SeqIterObject* it) {
  if (it->m_seq.is_null()) return Value();
  const std::vector<Value>& items = it->m_seq.as<ItemsObject>()->m_items;
  if (it->m_index < items.size()) return items[it->m_index++];
  it->m_seq = Value();  // let go of the sequence as soon as it is done, like CPython
  return Value();
}
// The next item of iterator `it` (null at its end or on an error), as its __next__
// gives it: a list's or tuple's iterator is stepped here, without a call.
inline bool is_seq_iter(const Value& it) { return it.type() == &ListIterType || it.type() == &TupleIterType; }
inline Value iter_step(const Value& it) {
  return is_seq_iter(it) ? seq_iter_step(it.as<SeqIterObject>()) : it.type()->tp_next(it);
}
Value new_seq_iter(const Value& seq);
// list.__reversed__
Value new_list_reverse_iter(const Value& list);

// Iterator over a range: a counter, no allocation per step.
struct RangeIterObject : Object {
  int64_t m_next, m_step;
  uint64_t m_remaining;
  RangeIterObject(int64_t start, int64_t step, uint64_t n);
};
extern TypeObject RangeIterType;

// Iterator calling __getitem__(0), (1), ... until IndexError (old sequence protocol).
Value new_getitem_iter(const Value& seq);
extern TypeObject SeqGetItemIterType;  // "iterator"

extern TypeObject EnumerateType, ZipType, MapType, FilterType, ReversedType;

// tp_iter of every iterator type: returns the iterator itself.
Value iter_self(const Value& self);

}  // namespace hotpy
