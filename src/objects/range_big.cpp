// Ranges beyond int64 (range(2**70), range(10**20, 10**20 + 5)), computed on
// Python ints with the ordinary int operations. Slow but exact, like CPython's
// longrangeiter; every int64 range stays on range.cpp's fast path.
#include <gmp.h>

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/range_internal.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject LongRangeIterType("longrange_iterator");

namespace {

Value add(const Value& a, const Value& b) { return binary_op(BinOp::Add, a, b); }
Value sub(const Value& a, const Value& b) { return binary_op(BinOp::Sub, a, b); }
Value mul(const Value& a, const Value& b) { return binary_op(BinOp::Mul, a, b); }

int sign(const Value& v) {
  if (v.is_int()) return (v.as_int() > 0) - (v.as_int() < 0);
  if (v.is_bool()) return v.as_bool();
  return mpz_sgn(v.as<BigIntObject>()->m_value);
}

// a < b on ints (never fails).
bool less(const Value& a, const Value& b) { return compare_bool(a, b, CmpOp::Lt) == 1; }

// CPython's compute_range_length: how many ints range(start, stop, step) yields.
Value length_of(const Value& start, const Value& stop, const Value& step) {
  if (sign(step) > 0) {
    if (!less(start, stop)) return Value::integer(0);
    return add(binary_op(BinOp::FloorDiv, sub(sub(stop, start), Value::integer(1)), step), Value::integer(1));
  }
  if (!less(stop, start)) return Value::integer(0);
  Value neg = binary_op(BinOp::Sub, Value::integer(0), step);
  return add(binary_op(BinOp::FloorDiv, sub(sub(start, stop), Value::integer(1)), neg), Value::integer(1));
}

struct LongRangeIterObject : Object {
  Value m_next, m_step, m_remaining;
  LongRangeIterObject(Value next, Value step, Value n)
      : Object(&LongRangeIterType), m_next(std::move(next)), m_step(std::move(step)), m_remaining(std::move(n)) {}
  void traverse(Visitor visit, void* arg) override {
    for (const Value* v : {&m_next, &m_step, &m_remaining})
      if (v->is_obj()) visit(v->obj(), arg);
  }
};

Value longrangeiter_next(const Value& self) {
  auto* it = self.as<LongRangeIterObject>();
  if (sign(it->m_remaining) <= 0) return Value();
  Value v = it->m_next;
  it->m_next = add(v, it->m_step);
  it->m_remaining = sub(it->m_remaining, Value::integer(1));
  return v;
}

}  // namespace

RangeVals range_vals(const RangeObject* r) {
  if (r->m_big) return {r->m_bstart, r->m_bstop, r->m_bstep, r->m_blength};
  return {Value::integer(r->m_start), Value::integer(r->m_stop), Value::integer(r->m_step),
          Value::integer(r->m_length)};
}

bool range_int_arg(const Value& v, Value* out) {
  if (v.is_int() || is_bigint(v)) {
    *out = v;
    return true;
  }
  if (v.is_bool()) {
    *out = Value::integer(v.as_bool());
    return true;
  }
  if (is_index_like(v)) {
    static StrObject* name = intern("__index__");
    Value r = call_method(v, name, nullptr, 0);
    if (r.is_null()) return false;
    if (!is_int_like(r)) {
      raise(&TypeErrorType, format("__index__ returned non-int (type %s)", type_name(r).c_str()));
      return false;
    }
    return range_int_arg(r, out);
  }
  raise(&TypeErrorType, format("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
  return false;
}

Value new_range(const Value& start, const Value& stop, const Value& step) {
  if (start.is_int() && stop.is_int() && step.is_int()) {
    int64_t n = range_length(start.as_int(), stop.as_int(), step.as_int());
    if (n < INT64_MAX) return Value::steal(new RangeObject(start.as_int(), stop.as_int(), step.as_int()));
  }
  Value len = length_of(start, stop, step);
  if (len.is_null()) return Value();
  auto* r = new RangeObject(0, 0, 1);  // the int64 fields say "empty" to anyone ignoring m_big
  r->m_big = true;
  r->m_bstart = start;
  r->m_bstop = stop;
  r->m_bstep = step;
  r->m_blength = len;
  return Value::steal(r);
}

Value big_range_repr(const RangeObject* r) {
  std::string out = "range(" + int_to_string(r->m_bstart) + ", " + int_to_string(r->m_bstop);
  if (!(r->m_bstep.is_int() && r->m_bstep.as_int() == 1)) out += ", " + int_to_string(r->m_bstep);
  return new_str(out + ")");
}

int64_t big_range_len(const RangeObject* r) {
  if (r->m_blength.is_int()) return r->m_blength.as_int();
  raise(&OverflowErrorType, "Python int too large to convert to C ssize_t");
  return -1;
}

// A slice bound or step as a Python int (evaluate_slice_index).
static bool slice_value(const Value& v, Value* out) {
  if (v.is_int() || is_bigint(v) || v.is_bool() || is_index_like(v)) return range_int_arg(v, out);
  raise(&TypeErrorType, "slice indices must be integers or None or have an __index__ method");
  return false;
}

bool slice_long_indices(const SliceObject* s, const Value& length, Value* start, Value* stop, Value* step) {
  *step = Value::integer(1);
  if (!s->m_step.is_none()) {
    if (!slice_value(s->m_step, step)) return false;
    if (sign(*step) == 0) {
      raise(&ValueErrorType, "slice step cannot be zero");
      return false;
    }
  }
  bool negative = sign(*step) < 0;
  Value lower = Value::integer(negative ? -1 : 0);
  Value upper = negative ? sub(length, Value::integer(1)) : length;
  auto bound = [&](const Value& v, Value* out, const Value& dflt) {
    if (v.is_none()) {
      *out = dflt;
      return true;
    }
    if (!slice_value(v, out)) return false;
    if (sign(*out) < 0) {
      *out = add(*out, length);
      if (less(*out, lower)) *out = lower;
    } else if (less(upper, *out)) {
      *out = upper;
    }
    return true;
  };
  return bound(s->m_start, start, negative ? upper : lower) && bound(s->m_stop, stop, negative ? lower : upper);
}

Value big_range_getitem(const RangeObject* r, const Value& key) {
  RangeVals v = range_vals(r);
  if (key.is_obj() && key.type() == &SliceType) {
    Value start, stop, step;
    if (!slice_long_indices(key.as<SliceObject>(), v.len, &start, &stop, &step)) return Value();
    return new_range(add(v.start, mul(start, v.step)), add(v.start, mul(stop, v.step)), mul(v.step, step));
  }
  if (!is_index_like(key))
    return raise(&TypeErrorType,
                 format("range indices must be integers or slices, not %s", type_name(key).c_str()));
  Value i;
  if (!range_int_arg(key, &i)) return Value();
  if (sign(i) < 0) i = add(i, v.len);
  if (sign(i) < 0 || !less(i, v.len)) return raise(&IndexErrorType, "range object index out of range");
  return add(v.start, mul(i, v.step));
}

int big_range_contains(const RangeObject* r, const Value& x) {
  if (!is_int_like(x)) {  // 1.0 in range(...): compare with each element, as CPython
    Value it = big_range_iter(r, false);
    for (;;) {
      Value item = iter_next(it);
      if (item.is_null()) return error_pending() ? -1 : 0;
      int eq = equal(item, x);
      if (eq) return eq;
    }
  }
  RangeVals v = range_vals(r);
  Value n = x.is_bool() ? Value::integer(x.as_bool()) : x;
  bool inside = sign(v.step) > 0 ? !less(n, v.start) && less(n, v.stop) : less(v.stop, n) && !less(v.start, n);
  if (!inside) return 0;
  return sign(binary_op(BinOp::Mod, sub(n, v.start), v.step)) == 0;
}

Value big_range_index(const RangeObject* r, const Value& x) {
  int found = big_range_contains(r, x);
  if (found < 0) return Value();
  if (!found) {
    Value text = repr(x);
    if (text.is_null()) return Value();
    return raise(&ValueErrorType, format("%s is not in range", as_str(text)->m_data.c_str()));
  }
  RangeVals v = range_vals(r);
  if (is_int_like(x)) {
    Value n = x.is_bool() ? Value::integer(x.as_bool()) : x;
    return binary_op(BinOp::FloorDiv, sub(n, v.start), v.step);
  }
  Value it = big_range_iter(r, false);  // equal to some element: find which
  for (Value pos = Value::integer(0);; pos = add(pos, Value::integer(1))) {
    Value item = iter_next(it);
    if (item.is_null()) return Value();
    int eq = equal(item, x);
    if (eq < 0) return Value();
    if (eq) return pos;
  }
}

Value big_range_iter(const RangeObject* r, bool reversed) {
  RangeVals v = range_vals(r);
  if (reversed) {
    Value last = add(v.start, mul(sub(v.len, Value::integer(1)), v.step));
    return Value::steal(new LongRangeIterObject(last, binary_op(BinOp::Sub, Value::integer(0), v.step), v.len));
  }
  return Value::steal(new LongRangeIterObject(v.start, v.step, v.len));
}

void init_long_range_iter_type() {
  LongRangeIterType.tp_iter = iter_self;
  LongRangeIterType.tp_next = longrangeiter_next;
  type_ready(&LongRangeIterType, &ObjectType);
}

}  // namespace hotpy
