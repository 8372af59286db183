// itertools.groupby (with its _grouper sub-iterators) and tee (_tee iterators
// sharing _tee_dataobject blocks), with CPython 3.11's semantics: a grouper
// stops once its groupby has moved on, and tee keeps only what a lagging copy
// has still to read.
#include "modules/itertools_internal.h"

#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject GroupbyType("itertools.groupby");
TypeObject GrouperType("itertools._grouper");
TypeObject TeeType("itertools._tee");
TypeObject TeeDataType("itertools._tee_dataobject");

namespace {

// -- groupby(iterable, key=None)

struct GrouperObject;

struct GroupbyObject : NativeObject {
  Value m_iter, m_keyfunc, m_tgtkey, m_currkey, m_currvalue;
  // The grouper of the current group, only compared (not owned): an older one
  // sees it is no longer current and stops.
  GrouperObject* m_currgrouper = nullptr;
  explicit GroupbyObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_iter, c);
    fn(m_keyfunc, c);
    fn(m_tgtkey, c);
    fn(m_currkey, c);
    fn(m_currvalue, c);
  }
};

struct GrouperObject : NativeObject {
  Value m_parent, m_tgtkey;
  explicit GrouperObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_parent, c);
    fn(m_tgtkey, c);
  }
};

Value groupby_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("groupby", args, nargs, kw, {"iterable", "key"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "groupby() missing required argument 'iterable' (pos 1)");
  Value it = get_iter(a[0]);
  if (it.is_null()) return Value();
  auto* g = new GroupbyObject(type);
  g->m_iter = std::move(it);
  if (!a[1].is_null() && !a[1].is_none()) g->m_keyfunc = a[1];
  return Value::steal(g);
}

// Reads the next value and its key into currvalue/currkey; false at the end or on error.
bool groupby_step(GroupbyObject* g) {
  Value value = iter_next(g->m_iter);
  if (value.is_null()) return false;
  Value key = g->m_keyfunc.is_null() ? value : call(g->m_keyfunc, &value, 1);
  if (key.is_null()) return false;
  g->m_currvalue = std::move(value);
  g->m_currkey = std::move(key);
  return true;
}

Value groupby_next(const Value& self) {
  auto* g = self.as<GroupbyObject>();
  g->m_currgrouper = nullptr;
  // Skip what is left of the current group.
  for (;;) {
    if (check_interrupt()) return Value();
    if (!g->m_currkey.is_null()) {
      if (g->m_tgtkey.is_null()) break;
      int eq = equal(g->m_tgtkey, g->m_currkey);
      if (eq < 0) return Value();
      if (eq == 0) break;
    }
    if (!groupby_step(g)) return Value();
  }
  g->m_tgtkey = g->m_currkey;
  auto* grouper = new GrouperObject(&GrouperType);
  Value gv = Value::steal(grouper);
  grouper->m_parent = self;
  grouper->m_tgtkey = g->m_tgtkey;
  g->m_currgrouper = grouper;
  return new_tuple({g->m_currkey, std::move(gv)});
}

Value grouper_next(const Value& self) {
  auto* gr = self.as<GrouperObject>();
  auto* g = gr->m_parent.as<GroupbyObject>();
  if (g->m_currgrouper != gr) return Value();
  if (g->m_currvalue.is_null() && !groupby_step(g)) return Value();
  int eq = equal(gr->m_tgtkey, g->m_currkey);
  if (eq <= 0) return Value();
  Value out = std::move(g->m_currvalue);
  g->m_currvalue = Value();
  return out;
}

Value grouper_new(TypeObject*, const Value*, size_t, KwNames*) {
  return raise(&TypeErrorType, "cannot create 'itertools._grouper' instances");
}

// -- tee

constexpr size_t kTeeBlock = 57;  // values per shared block, as CPython's LINKCELLS

struct TeeDataObject : NativeObject {
  Value m_iter;
  std::vector<Value> m_values;
  Value m_next;  // the following block, once a reader went past this one
  bool m_running = false;
  explicit TeeDataObject(Value it) : NativeObject(&TeeDataType), m_iter(std::move(it)) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_iter, c);
    each_ref(m_values, fn, c);
    fn(m_next, c);
  }
};

struct TeeObject : NativeObject {
  Value m_data;  // a TeeDataObject
  size_t m_index = 0;
  explicit TeeObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override { fn(m_data, c); }
};

Value tee_from_iterator(Value it) {
  auto* t = new TeeObject(&TeeType);
  t->m_data = Value::steal(new TeeDataObject(std::move(it)));
  return Value::steal(t);
}

Value tee_copy_of(const Value& self) {
  auto* src = self.as<TeeObject>();
  auto* t = new TeeObject(&TeeType);
  t->m_data = src->m_data;
  t->m_index = src->m_index;
  return Value::steal(t);
}

Value tee_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!itertools_no_keywords(type, &TeeType, kw) || !check_nargs("_tee", nargs, 1, 1)) return Value();
  Value it = get_iter(args[0]);
  if (it.is_null()) return Value();
  if (it.type() == &TeeType) return tee_copy_of(it);
  return tee_from_iterator(std::move(it));
}

Value tee_next(const Value& self) {
  auto* t = self.as<TeeObject>();
  auto* data = t->m_data.as<TeeDataObject>();
  if (t->m_index >= kTeeBlock) {
    if (data->m_next.is_null()) data->m_next = Value::steal(new TeeDataObject(data->m_iter));
    t->m_data = data->m_next;
    t->m_index = 0;
    data = t->m_data.as<TeeDataObject>();
  }
  if (t->m_index < data->m_values.size()) return data->m_values[t->m_index++];
  if (data->m_running) return raise(&RuntimeErrorType, "cannot re-enter the tee iterator");
  data->m_running = true;
  Value data_ref = t->m_data;  // the block stays alive while the iterator runs
  Value item = iter_next(data->m_iter);
  data->m_running = false;
  if (item.is_null()) return Value();
  // The iterator may have let another copy read past this block meanwhile.
  data->m_values.push_back(item);
  if (t->m_index < data->m_values.size()) return data->m_values[t->m_index++];
  return item;
}

Value tee_copy_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("_tee.__copy__", nargs - 1, 0, 0)) return Value();
  return tee_copy_of(args[0]);
}

Value teedata_new(TypeObject*, const Value*, size_t, KwNames*) {
  return raise(&TypeErrorType, "_tee_dataobject() takes no arguments here");
}

// tee(iterable, n=2, /)
Value itertools_tee(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("tee", kw) || !check_nargs("tee", nargs, 1, 2)) return Value();
  int64_t n = 2;
  if (nargs == 2 && !index_ssize(args[1], &n, &OverflowErrorType)) return Value();
  if (n < 0) return raise(&ValueErrorType, "n must be >= 0");
  std::vector<Value> out;
  if (n == 0) return new_tuple({});
  Value it = get_iter(args[0]);
  if (it.is_null()) return Value();
  static StrObject* copy_name = intern("__copy__");
  Value copyfunc = get_attr_opt(it, copy_name);
  if (copyfunc.is_null() && error_pending()) return Value();
  Value first;
  if (copyfunc.is_null()) {
    first = tee_from_iterator(std::move(it));
    copyfunc = get_attr(first, copy_name);
    if (copyfunc.is_null()) return Value();
  } else {
    first = std::move(it);
  }
  out.push_back(std::move(first));
  for (int64_t i = 1; i < n; i++) {
    Value copy = call0(copyfunc);
    if (copy.is_null()) return Value();
    out.push_back(std::move(copy));
  }
  return new_tuple(std::move(out));
}

}  // namespace

void ready_group_tee_types() {
  ready_itertools_iter(&GroupbyType, "groupby", groupby_new, groupby_next);
  ready_itertools_iter(&GrouperType, "_grouper", grouper_new, grouper_next);
  TeeType.m_flags |= kWeakrefable;
  ready_itertools_iter(&TeeType, "_tee", tee_new, tee_next, {{"__copy__", tee_copy_method}});
  TeeDataType.tp_new = teedata_new;
  ready_module_type(&TeeDataType, "itertools", "_tee_dataobject", &ObjectType, {}, false);
}

void add_group_tee_types(ModuleObject* m) {
  module_add(m, "groupby", Value::borrow(&GroupbyType));
  module_add(m, "_grouper", Value::borrow(&GrouperType));
  module_add(m, "_tee", Value::borrow(&TeeType));
  module_add(m, "_tee_dataobject", Value::borrow(&TeeDataType));
  module_add_functions(m, {{"tee", itertools_tee}});
}

}  // namespace hotpy
