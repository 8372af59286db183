// itertools: the lazy iterator building blocks, with CPython 3.11's names, reprs and
// messages. The combinatoric ones (product, permutations, combinations) are in
// itertools_combinatorics.cpp, groupby and tee in itertools_group_tee.cpp.
#include "modules/itertools_internal.h"

#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject CountType("itertools.count");
TypeObject CycleType("itertools.cycle");
TypeObject RepeatType("itertools.repeat");
TypeObject AccumulateType("itertools.accumulate");
TypeObject ChainType("itertools.chain");
TypeObject CompressType("itertools.compress");
TypeObject DropwhileType("itertools.dropwhile");
TypeObject TakewhileType("itertools.takewhile");
TypeObject FilterfalseType("itertools.filterfalse");
TypeObject StarmapType("itertools.starmap");
TypeObject IsliceType("itertools.islice");
TypeObject PairwiseType("itertools.pairwise");
TypeObject ZipLongestType("itertools.zip_longest");

bool itertools_no_keywords(TypeObject* type, TypeObject* base, KwNames* kw) {
  if (type != base || !kw || kw->size() == 0) return true;
  raise(&TypeErrorType, format("%s() takes no keyword arguments", base->m_qualname.c_str()));
  return false;
}

namespace {

// -- count(start=0, step=1)

struct CountObject : NativeObject {
  // Fast mode: both are small ints and the count stays in int64 (m_start Null).
  int64_t m_next = 0, m_istep = 1;
  Value m_start, m_step;  // slow mode: Python numbers
  explicit CountObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_start, c);
    fn(m_step, c);
  }
};

bool is_number(const Value& v) {
  if (v.is_int() || v.is_bool() || v.is_float() || is_bigint(v)) return true;
  TypeObject* t = v.type();
  for (const char* name : {"__index__", "__int__", "__float__", "__complex__"})
    if (!t->lookup(intern(name)).is_null()) return true;
  return false;
}

Value count_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("count", args, nargs, kw, {"start", "step"}, 2, a)) return Value();
  Value start = a[0].is_null() ? Value::integer(0) : a[0];
  Value step = a[1].is_null() ? Value::integer(1) : a[1];
  if (!is_number(start) || !is_number(step)) return raise(&TypeErrorType, "a number is required");
  auto* c = new CountObject(type);
  Value out = Value::steal(c);
  if ((start.is_int() || start.is_bool()) && (step.is_int() || step.is_bool())) {
    c->m_next = small_int(start);
    c->m_istep = small_int(step);
  } else {
    c->m_start = start;
    c->m_step = step;
  }
  return out;
}

Value count_next(const Value& self) {
  auto* c = self.as<CountObject>();
  if (c->m_start.is_null()) {
    int64_t n = c->m_next, next;
    if (!__builtin_add_overflow(n, c->m_istep, &next)) {
      c->m_next = next;
      return Value::integer(n);
    }
    c->m_start = Value::integer(n);  // leaves int64: carries on in Python ints
    c->m_step = Value::integer(c->m_istep);
  }
  Value cur = c->m_start;
  Value next = binary_op(BinOp::Add, cur, c->m_step);
  if (next.is_null()) return Value();
  c->m_start = std::move(next);
  return cur;
}

Value count_repr(const Value& self) {
  auto* c = self.as<CountObject>();
  std::string name = short_type_name(self);
  Value start = c->m_start.is_null() ? Value::integer(c->m_next) : c->m_start;
  Value step = c->m_start.is_null() ? Value::integer(c->m_istep) : c->m_step;
  Value start_repr = repr(start);
  if (start_repr.is_null()) return Value();
  std::string out = name + "(" + as_str(start_repr)->m_data;
  // The step shows unless it is the int 1 (1.0 still shows, as in CPython).
  if (!((step.is_int() && step.as_int() == 1))) {
    Value step_repr = repr(step);
    if (step_repr.is_null()) return Value();
    out += ", " + as_str(step_repr)->m_data;
  }
  return new_str(out + ")");
}

// -- cycle(iterable)

struct CycleObject : NativeObject {
  Value m_iter;  // Null once the first pass ended
  std::vector<Value> m_saved;
  size_t m_index = 0;
  explicit CycleObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_iter, c);
    each_ref(m_saved, fn, c);
  }
};

Value cycle_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!itertools_no_keywords(type, &CycleType, kw) || !check_nargs_exact("cycle", nargs, 1)) return Value();
  Value it = get_iter(args[0]);
  if (it.is_null()) return Value();
  auto* c = new CycleObject(type);
  c->m_iter = std::move(it);
  return Value::steal(c);
}

Value cycle_next(const Value& self) {
  auto* c = self.as<CycleObject>();
  if (!c->m_iter.is_null()) {
    Value item = iter_next(c->m_iter);
    if (!item.is_null()) {
      c->m_saved.push_back(item);
      return item;
    }
    if (error_pending()) return Value();
    c->m_iter = Value();
  }
  if (c->m_saved.empty()) return Value();
  if (c->m_index >= c->m_saved.size()) c->m_index = 0;
  return c->m_saved[c->m_index++];
}

// -- repeat(object[, times])

struct RepeatObject : NativeObject {
  Value m_element;
  int64_t m_count = -1;  // -1: forever
  explicit RepeatObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override { fn(m_element, c); }
};

Value repeat_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("repeat", args, nargs, kw, {"object", "times"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "repeat() missing required argument 'object' (pos 1)");
  int64_t n = -1;
  if (!a[1].is_null()) {
    if (!index_ssize(a[1], &n, &OverflowErrorType)) return Value();
    if (n < 0) n = 0;
  }
  auto* r = new RepeatObject(type);
  r->m_element = a[0];
  r->m_count = n;
  return Value::steal(r);
}

Value repeat_next(const Value& self) {
  auto* r = self.as<RepeatObject>();
  if (r->m_count == 0) return Value();
  if (r->m_count > 0) r->m_count--;
  return r->m_element;
}

Value repeat_repr(const Value& self) {
  auto* r = self.as<RepeatObject>();
  Value elem = repr(r->m_element);
  if (elem.is_null()) return Value();
  std::string out = short_type_name(self) + "(" + as_str(elem)->m_data;
  if (r->m_count >= 0) out += ", " + std::to_string(r->m_count);
  return new_str(out + ")");
}

Value repeat_length_hint(const Value* args, size_t, KwNames*) {
  auto* r = args[0].as<RepeatObject>();
  if (r->m_count < 0) return raise(&TypeErrorType, "len() of unsized object");
  return Value::integer(r->m_count);
}

// -- accumulate(iterable, func=None, *, initial=None)

struct AccumulateObject : NativeObject {
  Value m_iter, m_func, m_total, m_initial;
  explicit AccumulateObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_iter, c);
    fn(m_func, c);
    fn(m_total, c);
    fn(m_initial, c);
  }
};

Value accumulate_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (nargs > 2)
    return raise(&TypeErrorType, format("accumulate() takes at most 2 positional arguments (%zu given)", nargs));
  if (!bind_args("accumulate", args, nargs, kw, {"iterable", "func", "initial"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "accumulate() missing required argument 'iterable' (pos 1)");
  Value it = get_iter(a[0]);
  if (it.is_null()) return Value();
  auto* acc = new AccumulateObject(type);
  acc->m_iter = std::move(it);
  if (!a[1].is_null() && !a[1].is_none()) acc->m_func = a[1];
  if (!a[2].is_null() && !a[2].is_none()) acc->m_initial = a[2];
  return Value::steal(acc);
}

Value accumulate_next(const Value& self) {
  auto* acc = self.as<AccumulateObject>();
  if (!acc->m_initial.is_null()) {
    acc->m_total = std::move(acc->m_initial);
    acc->m_initial = Value();
    return acc->m_total;
  }
  Value item = iter_next(acc->m_iter);
  if (item.is_null()) return Value();
  if (acc->m_total.is_null()) {
    acc->m_total = item;
    return item;
  }
  Value total;
  if (acc->m_func.is_null()) {
    total = binary_op(BinOp::Add, acc->m_total, item);
  } else {
    Value pair[2] = {acc->m_total, item};
    total = call(acc->m_func, pair, 2);
  }
  if (total.is_null()) return Value();
  acc->m_total = total;
  return total;
}

// -- chain(*iterables), chain.from_iterable(iterable)

struct ChainObject : NativeObject {
  Value m_source;  // iterator over the iterables; Null when done
  Value m_active;  // iterator over the current one
  explicit ChainObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_source, c);
    fn(m_active, c);
  }
};

Value chain_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!itertools_no_keywords(type, &ChainType, kw)) return Value();
  Value source = get_iter(new_tuple(args, nargs));
  if (source.is_null()) return Value();
  auto* c = new ChainObject(type);
  c->m_source = std::move(source);
  return Value::steal(c);
}

Value chain_from_iterable(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("from_iterable", kw) || !check_nargs("from_iterable", nargs - 1, 1, 1)) return Value();
  Value source = get_iter(args[1]);
  if (source.is_null()) return Value();
  auto* c = new ChainObject(args[0].as<TypeObject>());
  c->m_source = std::move(source);
  return Value::steal(c);
}

Value chain_next(const Value& self) {
  auto* c = self.as<ChainObject>();
  for (;;) {
    if (c->m_active.is_null()) {
      if (c->m_source.is_null()) return Value();
      Value iterable = iter_next(c->m_source);
      if (iterable.is_null()) {
        c->m_source = Value();
        return Value();
      }
      Value it = get_iter(iterable);
      if (it.is_null()) return Value();
      c->m_active = std::move(it);
    }
    Value item = iter_next(c->m_active);
    if (!item.is_null() || error_pending()) return item;
    c->m_active = Value();
  }
}

// -- compress(data, selectors)

struct TwoIterObject : NativeObject {
  Value m_a, m_b;  // compress: data and selectors; the *while/filterfalse/starmap: func and iterator
  bool m_done = false;  // dropwhile: dropping finished; takewhile: stopped
  explicit TwoIterObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_a, c);
    fn(m_b, c);
  }
};

Value compress_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("compress", args, nargs, kw, {"data", "selectors"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "compress() missing required argument 'data' (pos 1)");
  if (a[1].is_null()) return raise(&TypeErrorType, "compress() missing required argument 'selectors' (pos 2)");
  auto* c = new TwoIterObject(type);
  Value out = Value::steal(c);
  c->m_a = get_iter(a[0]);
  if (c->m_a.is_null()) return Value();
  c->m_b = get_iter(a[1]);
  if (c->m_b.is_null()) return Value();
  return out;
}

Value compress_next(const Value& self) {
  auto* c = self.as<TwoIterObject>();
  for (;;) {
    if (check_interrupt()) return Value();  // a long run of false selectors stays interruptible
    Value item = iter_next(c->m_a);
    if (item.is_null()) return Value();
    Value sel = iter_next(c->m_b);
    if (sel.is_null()) return Value();
    int ok = truthy(sel);
    if (ok < 0) return Value();
    if (ok) return item;
  }
}

// -- dropwhile / takewhile / filterfalse / starmap (predicate or function, iterable)

Value func_iter_new(TypeObject* type, TypeObject* base, const Value* args, size_t nargs, KwNames* kw) {
  if (!itertools_no_keywords(type, base, kw) || !check_nargs_exact(base->m_qualname.c_str(), nargs, 2)) return Value();
  Value it = get_iter(args[1]);
  if (it.is_null()) return Value();
  auto* o = new TwoIterObject(type);
  o->m_a = args[0];
  o->m_b = std::move(it);
  return Value::steal(o);
}

Value dropwhile_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  return func_iter_new(type, &DropwhileType, args, nargs, kw);
}
Value takewhile_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  return func_iter_new(type, &TakewhileType, args, nargs, kw);
}
Value filterfalse_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  return func_iter_new(type, &FilterfalseType, args, nargs, kw);
}
Value starmap_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  return func_iter_new(type, &StarmapType, args, nargs, kw);
}

// predicate(item) as -1, 0, 1.
int test_item(const Value& pred, const Value& item) {
  Value r = call(pred, &item, 1);
  return r.is_null() ? -1 : truthy(r);
}

Value dropwhile_next(const Value& self) {
  auto* o = self.as<TwoIterObject>();
  for (;;) {
    if (check_interrupt()) return Value();
    Value item = iter_next(o->m_b);
    if (item.is_null() || o->m_done) return item;
    int ok = test_item(o->m_a, item);
    if (ok < 0) return Value();
    if (!ok) {
      o->m_done = true;
      return item;
    }
  }
}

Value takewhile_next(const Value& self) {
  auto* o = self.as<TwoIterObject>();
  if (o->m_done) return Value();
  Value item = iter_next(o->m_b);
  if (item.is_null()) return Value();
  int ok = test_item(o->m_a, item);
  if (ok < 0) return Value();
  if (ok) return item;
  o->m_done = true;
  return Value();
}

Value filterfalse_next(const Value& self) {
  auto* o = self.as<TwoIterObject>();
  bool plain = o->m_a.is_none() || (o->m_a.is_obj() && o->m_a.obj() == &BoolType);
  for (;;) {
    if (check_interrupt()) return Value();
    Value item = iter_next(o->m_b);
    if (item.is_null()) return Value();
    int ok = plain ? truthy(item) : test_item(o->m_a, item);
    if (ok < 0) return Value();
    if (!ok) return item;
  }
}

Value starmap_next(const Value& self) {
  auto* o = self.as<TwoIterObject>();
  Value item = iter_next(o->m_b);
  if (item.is_null()) return Value();
  if (is_tuple(item)) return call(o->m_a, as_tuple(item)->m_items.data(), as_tuple(item)->size());
  std::vector<Value> argv;
  if (!collect_iterable(item, argv)) {
    if (error_matches(&TypeErrorType) && item.type()->tp_iter == nullptr && !item.type()->tp_getitem) {
      clear_error();
      raise(&TypeErrorType, format("'%s' object is not iterable", type_name(item).c_str()));
    }
    return Value();
  }
  return call(o->m_a, argv.data(), argv.size());
}

// -- islice(iterable, stop) / islice(iterable, start, stop[, step])

struct IsliceObject : NativeObject {
  Value m_iter;  // Null once done
  int64_t m_next = 0, m_stop = -1, m_step = 1, m_count = 0;
  explicit IsliceObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override { fn(m_iter, c); }
};

// One islice bound: None keeps `*out`; else an int in [0, sys.maxsize].
bool islice_bound(const Value& v, int64_t* out, const char* message) {
  if (v.is_none()) return true;
  int64_t n = -1;
  if (v.is_int() || v.is_bool() || is_bigint(v) || !v.type()->lookup(intern("__index__")).is_null()) {
    if (!index_ssize(v, &n, &OverflowErrorType)) {
      if (!error_matches(&TypeErrorType) && !error_matches(&OverflowErrorType)) return false;
      clear_error();
      n = -1;
    }
  }
  if (n < 0) {
    raise(&ValueErrorType, message);
    return false;
  }
  *out = n;
  return true;
}

Value islice_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!itertools_no_keywords(type, &IsliceType, kw) || !check_nargs("islice", nargs, 2, 4)) return Value();
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (!islice_bound(args[1], &stop,
                      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
      return Value();
  } else {
    bool ok = islice_bound(args[1], &start,
                           "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.") &&
              islice_bound(args[2], &stop,
                           "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (!ok) {
      if (error_matches(&ValueErrorType)) {
        clear_error();
        raise(&ValueErrorType, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
      }
      return Value();
    }
    if (nargs == 4 && !args[3].is_none()) {
      bool good = false;
      if (args[3].is_int() || args[3].is_bool() || is_bigint(args[3]) ||
          !args[3].type()->lookup(intern("__index__")).is_null()) {
        if (!index_ssize(args[3], &step, nullptr)) {
          if (!error_matches(&TypeErrorType)) return Value();
          clear_error();
        } else {
          good = step >= 1;
        }
      }
      if (!good) return raise(&ValueErrorType, "Step for islice() must be a positive integer or None.");
    }
  }
  Value it = get_iter(args[0]);
  if (it.is_null()) return Value();
  auto* s = new IsliceObject(type);
  s->m_iter = std::move(it);
  s->m_next = start;
  s->m_stop = stop;
  s->m_step = step;
  return Value::steal(s);
}

Value islice_next(const Value& self) {
  auto* s = self.as<IsliceObject>();
  if (s->m_iter.is_null()) return Value();
  while (s->m_count < s->m_next) {
    if (check_interrupt()) return Value();
    Value skipped = iter_next(s->m_iter);
    if (skipped.is_null()) {
      if (!error_pending()) s->m_iter = Value();
      return Value();
    }
    s->m_count++;
  }
  if (s->m_stop != -1 && s->m_count >= s->m_stop) {
    s->m_iter = Value();
    return Value();
  }
  Value item = iter_next(s->m_iter);
  if (item.is_null()) {
    if (!error_pending()) s->m_iter = Value();
    return Value();
  }
  s->m_count++;
  int64_t old = s->m_next;
  if (__builtin_add_overflow(s->m_next, s->m_step, &s->m_next) || s->m_next < old ||
      (s->m_stop != -1 && s->m_next > s->m_stop))
    s->m_next = s->m_stop;
  return item;
}

// -- pairwise(iterable)

struct PairwiseObject : NativeObject {
  Value m_iter, m_old;
  explicit PairwiseObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_iter, c);
    fn(m_old, c);
  }
};

Value pairwise_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!itertools_no_keywords(type, &PairwiseType, kw) || !check_nargs_exact("pairwise", nargs, 1)) return Value();
  Value it = get_iter(args[0]);
  if (it.is_null()) return Value();
  auto* p = new PairwiseObject(type);
  p->m_iter = std::move(it);
  return Value::steal(p);
}

Value pairwise_next(const Value& self) {
  auto* p = self.as<PairwiseObject>();
  if (p->m_iter.is_null()) return Value();
  if (p->m_old.is_null()) {
    p->m_old = iter_next(p->m_iter);
    if (p->m_old.is_null()) {
      p->m_iter = Value();
      return Value();
    }
  }
  Value next = iter_next(p->m_iter);
  if (next.is_null()) {
    p->m_iter = Value();
    p->m_old = Value();
    return Value();
  }
  Value out = new_tuple({p->m_old, next});
  p->m_old = std::move(next);
  return out;
}

// -- zip_longest(*iterables, fillvalue=None)

struct ZipLongestObject : NativeObject {
  std::vector<Value> m_iters;  // a Null one is exhausted
  size_t m_active = 0;
  Value m_fill;
  Value m_result;
  explicit ZipLongestObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    each_ref(m_iters, fn, c);
    fn(m_fill, c);
    fn(m_result, c);
  }
};

Value zip_longest_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value fill = Value::none();
  for (size_t j = 0; kw && j < kw->size(); ++j) {
    if (as_str(kw->m_items[j])->view() != "fillvalue")
      return raise(&TypeErrorType, "zip_longest() got an unexpected keyword argument");
    fill = args[nargs + j];
  }
  auto* z = new ZipLongestObject(type);
  Value out = Value::steal(z);
  z->m_fill = fill;
  for (size_t i = 0; i < nargs; ++i) {
    Value it = get_iter(args[i]);
    if (it.is_null()) return Value();
    z->m_iters.push_back(std::move(it));
  }
  z->m_active = nargs;
  return out;
}

Value zip_longest_next(const Value& self) {
  auto* z = self.as<ZipLongestObject>();
  size_t n = z->m_iters.size();
  if (n == 0 || z->m_active == 0) return Value();
  if (TupleObject* t = reusable_tuple(z->m_result, n)) {  // refill in place: no allocation
    for (size_t i = 0; i < n; ++i) {
      Value item;
      if (!z->m_iters[i].is_null()) {
        item = iter_next(z->m_iters[i]);
        if (item.is_null()) {
          if (error_pending()) return Value();
          z->m_iters[i] = Value();
          if (--z->m_active == 0) return Value();
        }
      }
      Value old = std::move(t->m_items[i]);
      t->m_items[i] = item.is_null() ? z->m_fill : std::move(item);
    }
    return z->m_result;
  }
  std::vector<Value> items;
  items.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    if (z->m_iters[i].is_null()) {
      items.push_back(z->m_fill);
      continue;
    }
    Value item = iter_next(z->m_iters[i]);
    if (item.is_null()) {
      if (error_pending()) return Value();
      z->m_iters[i] = Value();
      if (--z->m_active == 0) return Value();
      item = z->m_fill;
    }
    items.push_back(std::move(item));
  }
  return reuse_or_new_tuple(z->m_result, std::move(items));
}

Value class_method(const char* name, NativeFn fn) {
  return Value::steal(new ClassMethodObject(new_builtin(name, fn)));
}

void ready_iter(TypeObject* t, const char* name, Value (*make)(TypeObject*, const Value*, size_t, KwNames*),
                Value (*next)(const Value&), std::initializer_list<MethodDef> methods = {}) {
  t->tp_new = make;
  t->tp_iter = iter_self;
  t->tp_next = next;
  t->tp_getattr = generic_getattr;
  t->tp_setattr = generic_setattr;
  ready_module_type(t, "itertools", name, &ObjectType, methods);
}

void ready_itertools_types() {
  CountType.tp_repr = count_repr;
  ready_iter(&CountType, "count", count_new, count_next);
  ready_iter(&CycleType, "cycle", cycle_new, cycle_next);
  RepeatType.tp_repr = repeat_repr;
  ready_iter(&RepeatType, "repeat", repeat_new, repeat_next, {{"__length_hint__", repeat_length_hint}});
  ready_iter(&AccumulateType, "accumulate", accumulate_new, accumulate_next);
  ready_iter(&ChainType, "chain", chain_new, chain_next);
  type_add_value(&ChainType, "from_iterable", class_method("from_iterable", chain_from_iterable));
  type_add_class_getitem(&ChainType);
  ready_iter(&CompressType, "compress", compress_new, compress_next);
  ready_iter(&DropwhileType, "dropwhile", dropwhile_new, dropwhile_next);
  ready_iter(&TakewhileType, "takewhile", takewhile_new, takewhile_next);
  ready_iter(&FilterfalseType, "filterfalse", filterfalse_new, filterfalse_next);
  ready_iter(&StarmapType, "starmap", starmap_new, starmap_next);
  ready_iter(&IsliceType, "islice", islice_new, islice_next);
  ready_iter(&PairwiseType, "pairwise", pairwise_new, pairwise_next);
  ready_iter(&ZipLongestType, "zip_longest", zip_longest_new, zip_longest_next);
  ready_group_tee_types();
  ready_combinatoric_types();
}

}  // namespace

void ready_itertools_iter(TypeObject* t, const char* name,
                          Value (*make)(TypeObject*, const Value*, size_t, KwNames*), Value (*next)(const Value&),
                          std::initializer_list<MethodDef> methods) {
  ready_iter(t, name, make, next, methods);
}

Value init_itertools_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_itertools_types);
  Value m = new_module("itertools");
  auto* mod = m.as<ModuleObject>();
  for (TypeObject* t : {&CountType, &CycleType, &RepeatType, &AccumulateType, &ChainType, &CompressType,
                        &DropwhileType, &TakewhileType, &FilterfalseType, &StarmapType, &IsliceType,
                        &PairwiseType, &ZipLongestType})
    module_add(mod, t->m_qualname.c_str(), Value::borrow(t));
  add_group_tee_types(mod);
  add_combinatoric_types(mod);
  return m;
}

}  // namespace hotpy
