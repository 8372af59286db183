// slice and range objects, and the range iterator.
//
// Slice resolution follows CPython's PySlice_Unpack + PySlice_AdjustIndices
// exactly, since every sequence type's subscript depends on it. range holds int64
// bounds (the common case); bigger bounds raise OverflowError.
#include <climits>

#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/range_internal.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject SliceType("slice");
TypeObject RangeType("range");
TypeObject RangeIterType("range_iterator");

// -- slice

SliceObject::SliceObject(Value a, Value b, Value c)
    : GcObject(&SliceType), m_start(std::move(a)), m_stop(std::move(b)), m_step(std::move(c)) {}

void SliceObject::traverse(Visitor visit, void* arg) {
  visit_value(m_start, visit, arg);
  visit_value(m_stop, visit, arg);
  visit_value(m_step, visit, arg);
}

Value new_slice(Value start, Value stop, Value step) {
  return Value::steal(new SliceObject(std::move(start), std::move(stop), std::move(step)));
}

bool clamp_slice_index(const Value& v, int64_t* out, bool allow_none) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.as_bool();
    return true;
  }
  if (v.is_none() && allow_none) return true;
  if (is_bigint(v)) {  // PyNumber_AsSsize_t(v, NULL) clamps instead of failing
    *out = mpz_sgn(v.as<BigIntObject>()->m_value) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  if (is_index_like(v)) return index_ssize(v, out, nullptr);
  raise(&TypeErrorType, allow_none
                            ? "slice indices must be integers or None or have an __index__ method"
                            : "slice indices must be integers or have an __index__ method");
  return false;
}

bool slice_unpack(SliceObject* s, int64_t* start, int64_t* stop, int64_t* step) {
  *step = 1;
  if (!s->m_step.is_none()) {
    if (!clamp_slice_index(s->m_step, step, true)) return false;
    if (*step == 0) {
      raise(&ValueErrorType, "slice step cannot be zero");
      return false;
    }
    // Keeps `-step` defined for code that reverses a slice.
    if (*step < -INT64_MAX) *step = -INT64_MAX;
  }
  *start = *step < 0 ? INT64_MAX : 0;
  if (!clamp_slice_index(s->m_start, start, true)) return false;
  *stop = *step < 0 ? INT64_MIN : INT64_MAX;
  return clamp_slice_index(s->m_stop, stop, true);
}

int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) return *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
  return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

bool slice_indices(SliceObject* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count) {
  if (!slice_unpack(s, start, stop, step)) return false;
  *count = slice_adjust(length, start, stop, *step);
  return true;
}

static Value slice_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("slice", kw) || !check_nargs("slice", nargs, 1, 3)) return Value();
  if (nargs == 1) return new_slice(Value::none(), args[0], Value::none());
  return new_slice(args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

static Value slice_repr(const Value& self) {
  auto* s = self.as<SliceObject>();
  std::string out = "slice(";
  const Value* parts[3] = {&s->m_start, &s->m_stop, &s->m_step};
  for (int i = 0; i < 3; ++i) {
    Value r = repr(*parts[i]);
    if (r.is_null()) return Value();
    if (i) out += ", ";
    out += as_str(r)->view();
  }
  out += ")";
  return new_str(std::move(out));
}

static Value slice_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (a.type() != &SliceType || b.type() != &SliceType) return NotImplemented;
  auto* x = a.as<SliceObject>();
  auto* y = b.as<SliceObject>();
  return sequence_compare({x->m_start, x->m_stop, x->m_step}, {y->m_start, y->m_stop, y->m_step}, op);
}

static Value slice_start(const Value& self) { return self.as<SliceObject>()->m_start; }
static Value slice_stop(const Value& self) { return self.as<SliceObject>()->m_stop; }
static Value slice_step(const Value& self) { return self.as<SliceObject>()->m_step; }

// slice.indices(length) -> (start, stop, step)
static Value slice_indices_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("indices", kw) || !check_nargs("slice.indices", nargs - 1, 1, 1)) return Value();
  Value length;
  if (!range_int_arg(args[1], &length)) return Value();
  if (compare_bool(length, Value::integer(0), CmpOp::Lt) == 1)
    return raise(&ValueErrorType, "length should not be negative");
  Value start, stop, step;
  if (!slice_long_indices(args[0].as<SliceObject>(), length, &start, &stop, &step)) return Value();
  return new_tuple({start, stop, step});
}

// -- range

int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  uint64_t n;
  if (step > 0) {
    if (start >= stop) return 0;
    n = (static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) / static_cast<uint64_t>(step) + 1;
  } else {
    if (start <= stop) return 0;
    n = (static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) /
            (0 - static_cast<uint64_t>(step)) + 1;
  }
  return n > static_cast<uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<int64_t>(n);
}

RangeObject::RangeObject(int64_t a, int64_t b, int64_t c)
    : Object(&RangeType), m_start(a), m_stop(b), m_step(c), m_length(range_length(a, b, c)) {}

RangeIterObject::RangeIterObject(int64_t start, int64_t step, uint64_t n)
    : Object(&RangeIterType), m_next(start), m_step(step), m_remaining(n) {}

static Value range_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("range", kw) || !check_nargs("range", nargs, 1, 3)) return Value();
  Value start = Value::integer(0), stop, step = Value::integer(1);
  if (nargs == 1) {
    if (!range_int_arg(args[0], &stop)) return Value();
  } else {
    if (!range_int_arg(args[0], &start) || !range_int_arg(args[1], &stop)) return Value();
    if (nargs == 3) {
      if (!range_int_arg(args[2], &step)) return Value();
      if (step.is_int() && step.as_int() == 0) return raise(&ValueErrorType, "range() arg 3 must not be zero");
    }
  }
  return new_range(start, stop, step);
}

static Value range_repr(const Value& self) {
  auto* r = self.as<RangeObject>();
  if (r->m_big) return big_range_repr(r);
  if (r->m_step == 1)
    return new_str(format("range(%lld, %lld)", static_cast<long long>(r->m_start),
                          static_cast<long long>(r->m_stop)));
  return new_str(format("range(%lld, %lld, %lld)", static_cast<long long>(r->m_start),
                        static_cast<long long>(r->m_stop), static_cast<long long>(r->m_step)));
}

static int64_t range_len(const Value& self) {
  auto* r = self.as<RangeObject>();
  return r->m_big ? big_range_len(r) : r->m_length;
}

static int range_bool(const Value& self) {
  auto* r = self.as<RangeObject>();
  if (r->m_big) return !(r->m_blength.is_int() && r->m_blength.as_int() == 0);
  return r->m_length != 0;
}

static bool is_big_slice(const SliceObject* s) {
  return is_bigint(s->m_start) || is_bigint(s->m_stop) || is_bigint(s->m_step);
}

static Value range_getitem(const Value& self, const Value& key) {
  auto* r = self.as<RangeObject>();
  if (r->m_big || is_bigint(key)) return big_range_getitem(r, key);
  int64_t i;
  if (key.is_obj() && key.type() == &SliceType) {
    if (is_big_slice(key.as<SliceObject>())) return big_range_getitem(r, key);
    int64_t start, stop, step, count;
    if (!slice_indices(key.as<SliceObject>(), r->m_length, &start, &stop, &step, &count))
      return Value();
    int64_t new_start, new_stop, new_step, a, b;
    if (__builtin_mul_overflow(start, r->m_step, &a) || __builtin_add_overflow(r->m_start, a, &new_start) ||
        __builtin_mul_overflow(stop, r->m_step, &b) || __builtin_add_overflow(r->m_start, b, &new_stop) ||
        __builtin_mul_overflow(step, r->m_step, &new_step))
      return big_range_getitem(r, key);  // the sliced range leaves int64
    auto* out = new RangeObject(new_start, new_stop, new_step);
    out->m_length = count;  // exact, whatever rounding the bounds needed
    return Value::steal(out);
  }
  if (!is_index_like(key))
    return raise(&TypeErrorType,
                 format("range indices must be integers or slices, not %s", type_name(key).c_str()));
  // Clamped: an index beyond int64 is simply out of range, as CPython's arbitrary-size compare.
  if (!index_ssize(key, &i, nullptr)) return Value();
  if (i < 0) i += r->m_length;
  if (i < 0 || i >= r->m_length) return raise(&IndexErrorType, "range object index out of range");
  return Value::integer(r->item(i));
}

// Position of int `x` in the range, or -1.
static int64_t range_find_int(const RangeObject* r, int64_t x) {
  if (r->m_length == 0) return -1;
  uint64_t diff, step;
  if (r->m_step > 0) {
    if (x < r->m_start || x >= r->m_stop) return -1;
    diff = static_cast<uint64_t>(x) - static_cast<uint64_t>(r->m_start);
    step = static_cast<uint64_t>(r->m_step);
  } else {
    if (x > r->m_start || x <= r->m_stop) return -1;
    diff = static_cast<uint64_t>(r->m_start) - static_cast<uint64_t>(x);
    step = 0 - static_cast<uint64_t>(r->m_step);
  }
  if (diff % step) return -1;
  return static_cast<int64_t>(diff / step);
}

// Membership and index() for any value: ints arithmetically, others by comparing
// with each element (1.0 in range(3) is true). Returns -2 on error.
static int64_t range_find(const RangeObject* r, const Value& x) {
  if (x.is_int()) return range_find_int(r, x.as_int());
  if (x.is_bool()) return range_find_int(r, x.as_bool());
  if (is_bigint(x)) return -1;  // every element fits int64
  for (int64_t i = 0; i < r->m_length; ++i) {
    int eq = equal(Value::integer(r->item(i)), x);
    if (eq < 0) return -2;
    if (eq) return i;
  }
  return -1;
}

static int range_contains(const Value& self, const Value& x) {
  auto* r = self.as<RangeObject>();
  if (r->m_big) return big_range_contains(r, x);
  int64_t i = range_find(r, x);
  return i == -2 ? -1 : i >= 0;
}

static Value range_iter(const Value& self) {
  auto* r = self.as<RangeObject>();
  if (r->m_big) return big_range_iter(r, false);
  return Value::steal(new RangeIterObject(r->m_start, r->m_step, static_cast<uint64_t>(r->m_length)));
}

static Value range_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (a.type() != &RangeType || b.type() != &RangeType) return NotImplemented;
  if (op != CmpOp::Eq && op != CmpOp::Ne) return NotImplemented;
  auto* x = a.as<RangeObject>();
  auto* y = b.as<RangeObject>();
  if (x->m_big || y->m_big) {
    RangeVals u = range_vals(x), v = range_vals(y);
    bool same = equal(u.len, v.len) == 1 &&
                (equal(u.len, Value::integer(0)) == 1 ||
                 (equal(u.start, v.start) == 1 &&
                  (equal(u.len, Value::integer(1)) == 1 || equal(u.step, v.step) == 1)));
    return Value::boolean(op == CmpOp::Eq ? same : !same);
  }
  // Ranges are equal when they produce the same sequence.
  bool same = x->m_length == y->m_length &&
              (x->m_length == 0 ||
               (x->m_start == y->m_start && (x->m_length == 1 || x->m_step == y->m_step)));
  return Value::boolean(op == CmpOp::Eq ? same : !same);
}

// hash((len, start, step)) with the parts that don't affect equality set to None.
static int64_t range_hash(const Value& self) {
  RangeVals v = range_vals(self.as<RangeObject>());
  Value start = Value::none(), step = Value::none();
  if (equal(v.len, Value::integer(0)) != 1) {
    start = v.start;
    if (equal(v.len, Value::integer(1)) != 1) step = v.step;
  }
  return hash(new_tuple({v.len, start, step}));
}

static Value range_start(const Value& self) { return range_vals(self.as<RangeObject>()).start; }
static Value range_stop(const Value& self) { return range_vals(self.as<RangeObject>()).stop; }
static Value range_step(const Value& self) { return range_vals(self.as<RangeObject>()).step; }

static Value range_index(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("index", kw) || !check_nargs("range.index", nargs - 1, 1, 1)) return Value();
  auto* r = args[0].as<RangeObject>();
  if (r->m_big || is_bigint(args[1])) return big_range_index(r, args[1]);
  int64_t i = range_find(r, args[1]);
  if (i == -2) return Value();
  // Anything but an int was searched for by ==, as CPython's generic sequence search.
  if (i < 0 && !is_int_like(args[1])) return raise(&ValueErrorType, "sequence.index(x): x not in sequence");
  if (i < 0) {
    Value r = repr(args[1]);
    if (r.is_null()) return Value();
    return raise(&ValueErrorType, format("%s is not in range", as_str(r)->m_data.c_str()));
  }
  return Value::integer(i);
}

static Value range_count(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("count", kw) || !check_nargs("range.count", nargs - 1, 1, 1)) return Value();
  auto* r = args[0].as<RangeObject>();
  const Value& x = args[1];
  if (r->m_big) {
    if (is_int_like(x)) {
      int found = big_range_contains(r, x);
      return found < 0 ? Value() : Value::integer(found);
    }
    Value it = big_range_iter(r, false);
    int64_t n = 0;
    for (;;) {
      Value item = iter_next(it);
      if (item.is_null()) return error_pending() ? Value() : Value::integer(n);
      int eq = equal(item, x);
      if (eq < 0) return Value();
      n += eq;
    }
  }
  if (x.is_int() || x.is_bool() || is_bigint(x)) return Value::integer(range_find(r, x) >= 0);
  int64_t n = 0;
  for (int64_t i = 0; i < r->m_length; ++i) {
    int eq = equal(Value::integer(r->item(i)), x);
    if (eq < 0) return Value();
    n += eq;
  }
  return Value::integer(n);
}

Value range_reversed_iter(const RangeObject* r) {
  if (r->m_big) return big_range_iter(r, true);
  int64_t n = r->m_length;
  int64_t start = n ? r->item(n - 1) : r->m_start;
  int64_t step = static_cast<int64_t>(0 - static_cast<uint64_t>(r->m_step));
  return Value::steal(new RangeIterObject(start, step, static_cast<uint64_t>(n)));
}

static Value range_reversed(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("range.__reversed__", nargs - 1, 0, 0)) return Value();
  return range_reversed_iter(args[0].as<RangeObject>());
}

static Value rangeiter_next(const Value& self) {
  auto* it = self.as<RangeIterObject>();
  if (it->m_remaining == 0) return Value();
  int64_t v = it->m_next;
  it->m_next = static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(it->m_step));
  --it->m_remaining;
  return Value::integer(v);
}

static Value rangeiter_length_hint(const Value* args, size_t nargs, KwNames* kw) {
  uint64_t n = args[0].as<RangeIterObject>()->m_remaining;
  return Value::integer(n > static_cast<uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<int64_t>(n));
}

void init_long_range_iter_type();  // range_big.cpp

void init_slice_range_types() {
  SliceType.tp_new = slice_new;
  SliceType.tp_repr = slice_repr;
  SliceType.tp_richcompare = slice_richcompare;
  SliceType.tp_hash = hash_unhashable;  // slices became hashable only in 3.12
  type_ready(&SliceType, &ObjectType, {{"indices", slice_indices_method}});
  type_add_getsets(&SliceType, {{"start", slice_start}, {"stop", slice_stop}, {"step", slice_step}});

  RangeType.tp_new = range_new;
  RangeType.tp_repr = range_repr;
  RangeType.tp_len = range_len;
  RangeType.tp_bool = range_bool;
  RangeType.tp_getitem = range_getitem;
  RangeType.tp_contains = range_contains;
  RangeType.tp_iter = range_iter;
  RangeType.tp_richcompare = range_richcompare;
  RangeType.tp_hash = range_hash;
  type_ready(&RangeType, &ObjectType,
             {{"index", range_index}, {"count", range_count}, {"__reversed__", range_reversed}});
  type_add_getsets(&RangeType, {{"start", range_start}, {"stop", range_stop}, {"step", range_step}});

  RangeIterType.tp_iter = iter_self;
  RangeIterType.tp_next = rangeiter_next;
  type_ready(&RangeIterType, &ObjectType, {{"__length_hint__", rangeiter_length_hint}});
  init_long_range_iter_type();
}

}  // namespace hotpy
