// The builtins that consume an iterable: sorted, min, max, sum, any, all. Each has a
// fast path for small ints (and floats) so loops over numbers never reach the
// generic comparison or addition protocol.
#include "builtins/builtins_internal.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

Value b_sorted(const Value* args, size_t nargs, KwNames* kw) {
  if (nargs != 1)
    return raise(&TypeErrorType, format("sorted expected 1 argument, got %zu", nargs));
  Value opt[2];  // key, reverse
  if (!parse_keywords("sort", args, nargs, kw, {"key", "reverse"}, opt)) return Value();
  int64_t reverse = 0;
  if (!opt[1].is_null() && !index_value(opt[1], &reverse)) return Value();
  Value key = opt[0].is_none() ? Value() : opt[0];
  std::vector<Value> items;
  if (!collect_iterable(args[0], items)) return Value();
  if (!sort_values(items, key, reverse != 0)) return Value();
  return new_list(std::move(items));
}

// `a < b` (min) or `a > b` (max): small ints and floats compared directly.
int less_or_greater(const Value& a, const Value& b, CmpOp op) {
  if (a.is_int() && b.is_int())
    return op == CmpOp::Lt ? a.as_int() < b.as_int() : a.as_int() > b.as_int();
  if (a.is_float() && b.is_float())
    return op == CmpOp::Lt ? a.as_float() < b.as_float() : a.as_float() > b.as_float();
  return compare_bool(a, b, op);
}

// min() and max(): one iterable (with an optional default) or several arguments.
Value min_max(const Value* args, size_t nargs, KwNames* kw, CmpOp op) {
  if (!kw && nargs == 2) {  // min(a, b) of two small ints or two floats: no comparison call
    const Value& a = args[0];
    const Value& b = args[1];
    // The first of equal ones wins, and a NaN compares false, as less_or_greater has it.
    if (a.is_int() && b.is_int())
      return (op == CmpOp::Lt ? b.as_int() < a.as_int() : b.as_int() > a.as_int()) ? b : a;
    if (a.is_float() && b.is_float())
      return (op == CmpOp::Lt ? b.as_float() < a.as_float() : b.as_float() > a.as_float()) ? b : a;
  }
  const char* name = op == CmpOp::Lt ? "min" : "max";
  Value opt[2];  // key, default
  if (!parse_keywords(name, args, nargs, kw, {"key", "default"}, opt)) return Value();
  if (nargs == 0) return raise(&TypeErrorType, format("%s expected at least 1 argument, got 0", name));
  if (nargs > 1 && !opt[1].is_null())
    return raise(&TypeErrorType,
                 format("Cannot specify a default for %s() with multiple positional arguments", name));
  Value key = opt[0].is_none() ? Value() : opt[0];
  Value best, best_key;
  auto consider = [&](const Value& item) -> bool {
    Value k = key.is_null() ? item : call1(key, item);
    if (k.is_null()) return false;
    if (best.is_null()) {
      best = item;
      best_key = std::move(k);
      return true;
    }
    int r = less_or_greater(k, best_key, op);
    if (r < 0) return false;
    if (r) {
      best = item;
      best_key = std::move(k);
    }
    return true;
  };
  if (nargs > 1) {
    for (size_t i = 0; i < nargs; i++)
      if (!consider(args[i])) return Value();
  } else {
    Value it = get_iter(args[0]);
    if (it.is_null()) return it;
    auto next = it.type()->tp_next;
    for (;;) {
      Value item = next(it);
      if (item.is_null()) {
        if (error_pending()) return item;
        break;
      }
      if (!consider(item)) return Value();
    }
  }
  if (!best.is_null()) return best;
  if (!opt[1].is_null()) return opt[1];
  return raise(&ValueErrorType, format("%s() arg is an empty sequence", name));
}

Value b_min(const Value* args, size_t nargs, KwNames* kw) { return min_max(args, nargs, kw, CmpOp::Lt); }
Value b_max(const Value* args, size_t nargs, KwNames* kw) { return min_max(args, nargs, kw, CmpOp::Gt); }

// sum(iterable, /, start=0), as CPython's builtin_sum_impl: a running int64 while
// the items are small ints, a running double once a float appears, and the generic
// `+` for everything else (and after an int overflow).
Value b_sum(const Value* args, size_t nargs, KwNames* kw) {
  size_t nkw = kw ? kw->size() : 0;
  if (nargs == 0) return raise(&TypeErrorType, "sum() takes at least 1 positional argument (0 given)");
  if (nargs + nkw > 2) return raise(&TypeErrorType, format("sum() takes at most 2 arguments (%zu given)", nargs + nkw));
  Value opt[1];
  if (!parse_keywords("sum", args, nargs, kw, {"start"}, opt)) return Value();
  Value result = nargs == 2 ? args[1] : opt[0].is_null() ? Value::integer(0) : opt[0];
  if (is_str(result)) return raise(&TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(result)) return raise(&TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]");
  Value it = get_iter(args[0]);
  if (it.is_null()) return it;
  auto next = it.type()->tp_next;
  Value item;
  bool pending = false;  // `item` was fetched but not yet added
  if (result.is_int()) {
    int64_t acc = result.as_int();
    for (;;) {
      item = next(it);
      if (item.is_null()) {
        if (error_pending()) return item;
        return Value::integer(acc);
      }
      if (item.is_int() || item.is_bool()) {
        int64_t sum;
        if (!__builtin_add_overflow(acc, item.is_int() ? item.as_int() : int64_t(item.as_bool()), &sum)) {
          acc = sum;
          continue;
        }
      }
      break;
    }
    // An overflow, a float or another type: one generic addition, then the float
    // path (if that made a float) or the generic one.
    result = binary_op(BinOp::Add, Value::integer(acc), item);
    if (result.is_null()) return result;
  }
  if (result.is_float()) {
    double f = result.as_float();
    for (;;) {
      if (!pending) {
        item = next(it);
        if (item.is_null()) {
          if (error_pending()) return item;
          return Value::number(f);
        }
      }
      pending = false;
      if (item.is_float()) f += item.as_float();
      else if (item.is_int()) f += static_cast<double>(item.as_int());
      else if (item.is_bool()) f += item.as_bool();
      else {
        pending = true;
        break;
      }
    }
    result = Value::number(f);
  }
  for (;;) {
    if (!pending) {
      item = next(it);
      if (item.is_null()) {
        if (error_pending()) return item;
        return result;
      }
    }
    pending = false;
    result = binary_op(BinOp::Add, result, item);
    if (result.is_null()) return result;
  }
}

Value any_all(const Value* args, size_t nargs, KwNames* kw, bool want) {
  const char* name = want ? "any" : "all";
  if (!no_keywords(name, kw) || !builtin_arity(name, nargs, 1, 1)) return Value();
  Value it = get_iter(args[0]);
  if (it.is_null()) return it;
  auto next = it.type()->tp_next;
  for (;;) {
    Value item = next(it);
    if (item.is_null()) {
      if (error_pending()) return item;
      return Value::boolean(!want);
    }
    int t = item.is_bool() ? item.as_bool() : truthy(item);
    if (t < 0) return Value();
    if (t == static_cast<int>(want)) return Value::boolean(want);
  }
}

Value b_any(const Value* args, size_t nargs, KwNames* kw) { return any_all(args, nargs, kw, true); }
Value b_all(const Value* args, size_t nargs, KwNames* kw) { return any_all(args, nargs, kw, false); }

}  // namespace

void add_seq_builtins(ModuleObject* m) {
  module_add_functions(m, {{"sorted", b_sorted},
                           {"min", b_min},
                           {"max", b_max},
                           {"sum", b_sum},
                           {"any", b_any},
                           {"all", b_all}});
}

}  // namespace hotpy
