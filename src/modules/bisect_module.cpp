// _bisect: the binary searches and insertions CPython's bisect.py imports, with
// CPython 3.11's signatures (lo, hi, keyword-only key) and messages. Items are
// compared with `<` only, in the same order as CPython, so user types see the same calls.
#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

// The insertion point of x in a[lo:hi]; right: after equal items. -1 with an error.
int64_t search(const char* fname, const Value* args, size_t nargs, KwNames* kw, bool right, Value* item_out,
               Value* seq_out) {
  Value a[5];
  if (!bind_args(fname, args, nargs, kw, {"a", "x", "lo", "hi", "key"}, 4, a)) return -1;
  if (a[0].is_null() || a[1].is_null()) {
    raise(&TypeErrorType, format("%s() missing required argument '%s' (pos %d)", fname, a[0].is_null() ? "a" : "x",
                                 a[0].is_null() ? 1 : 2));
    return -1;
  }
  int64_t lo = 0, hi = -1;
  if (!a[2].is_null() && !index_value(a[2], &lo)) return -1;
  if (lo < 0) {
    raise(&ValueErrorType, "lo must be non-negative");
    return -1;
  }
  if (a[3].is_null() || a[3].is_none()) {
    hi = length(a[0]);
    if (hi < 0) return -1;
  } else if (!index_value(a[3], &hi)) {
    return -1;
  }
  bool has_key = !a[4].is_null() && !a[4].is_none();
  Value x = a[1];
  *item_out = a[1];
  *seq_out = a[0];
  if (has_key && item_out != nullptr && std::string_view(fname).substr(0, 6) == "insort") {
    x = call1(a[4], a[1]);
    if (x.is_null()) return -1;
  }
  while (lo < hi) {
    int64_t mid = int64_t((uint64_t(lo) + uint64_t(hi)) / 2);
    Value item = get_item(a[0], Value::integer(mid));
    if (item.is_null()) return -1;
    if (has_key) {
      item = call1(a[4], item);
      if (item.is_null()) return -1;
    }
    // bisect_right moves right unless x < item; bisect_left moves right while item < x.
    int less = right ? compare_bool(x, item, CmpOp::Lt) : compare_bool(item, x, CmpOp::Lt);
    if (less < 0) return -1;
    if (right ? less : !less) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

Value bisect_fn(const char* fname, bool right, const Value* args, size_t nargs, KwNames* kw) {
  Value item, seq;
  int64_t i = search(fname, args, nargs, kw, right, &item, &seq);
  return i < 0 ? Value() : Value::integer(i);
}

Value insort_fn(const char* fname, bool right, const Value* args, size_t nargs, KwNames* kw) {
  Value item, seq;
  int64_t i = search(fname, args, nargs, kw, right, &item, &seq);
  if (i < 0) return Value();
  if (seq.type() == &ListType) {
    auto& items = as_list(seq)->m_items;
    items.insert(items.begin() + std::min<int64_t>(i, int64_t(items.size())), item);
    return Value::none();
  }
  Value call_args[2] = {Value::integer(i), item};
  Value r = call_method(seq, intern("insert"), call_args, 2);
  return r.is_null() ? r : Value::none();
}

Value bisect_right(const Value* a, size_t n, KwNames* kw) { return bisect_fn("bisect_right", true, a, n, kw); }
Value bisect_left(const Value* a, size_t n, KwNames* kw) { return bisect_fn("bisect_left", false, a, n, kw); }
Value insort_right(const Value* a, size_t n, KwNames* kw) { return insort_fn("insort_right", true, a, n, kw); }
Value insort_left(const Value* a, size_t n, KwNames* kw) { return insort_fn("insort_left", false, a, n, kw); }

}  // namespace

Value init_bisect_module() {
  Value m = new_module("_bisect");
  module_add_functions(m.as<ModuleObject>(), {{"bisect_right", bisect_right},
                                              {"bisect_left", bisect_left},
                                              {"insort_right", insort_right},
                                              {"insort_left", insort_left}});
  return m;
}

}  // namespace hotpy
