// Iterators: over lists and tuples by index, the old __getitem__ protocol, and the
// lazy builtins enumerate, zip, map, filter and reversed. slice and range live in
// range.cpp.
#include "objects/iter.h"

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject ListIterType("list_iterator");
TypeObject TupleIterType("tuple_iterator");
TypeObject ListRevIterType("list_reverseiterator");
TypeObject SeqGetItemIterType("iterator");
TypeObject EnumerateType("enumerate");
TypeObject ZipType("zip");
TypeObject MapType("map");
TypeObject FilterType("filter");
TypeObject ReversedType("reversed");

Value iter_self(const Value& self) { return self; }

// -- list / tuple iterators

void SeqIterObject::traverse(Visitor visit, void* arg) { visit_value(m_seq, visit, arg); }

Value new_seq_iter(const Value& seq) {
  TypeObject* type = is_list(seq) ? &ListIterType : &TupleIterType;
  return Value::steal(new SeqIterObject(type, seq));
}

Value new_list_reverse_iter(const Value& list) {
  auto* it = new SeqIterObject(&ListRevIterType, list);
  it->m_index = as_list(list)->size();  // one past the next index to yield
  return Value::steal(it);
}

static Value listiter_next(const Value& self) { return seq_iter_step(self.as<SeqIterObject>()); }
static Value tupleiter_next(const Value& self) { return seq_iter_step(self.as<SeqIterObject>()); }

static Value listreviter_next(const Value& self) {
  auto* it = self.as<SeqIterObject>();
  if (it->m_seq.is_null()) return Value();
  const std::vector<Value>& items = as_list(it->m_seq)->m_items;
  if (it->m_index > 0 && it->m_index <= items.size()) return items[--it->m_index];
  it->m_seq = Value();
  return Value();
}

static Value seqiter_length_hint(const Value* args, size_t nargs, KwNames* kw) {
  auto* it = args[0].as<SeqIterObject>();
  if (it->m_seq.is_null()) return Value::integer(0);
  if (it->m_type == &ListRevIterType) {
    size_t n = as_list(it->m_seq)->size();
    return Value::integer(it->m_index <= n ? static_cast<int64_t>(it->m_index) : 0);
  }
  size_t n = it->m_type == &ListIterType ? as_list(it->m_seq)->size() : as_tuple(it->m_seq)->size();
  return Value::integer(it->m_index < n ? static_cast<int64_t>(n - it->m_index) : 0);
}

// -- the __getitem__ protocol: seq[0], seq[1], ... until IndexError

namespace {
struct GetItemIterObject : GcObject {
  Value m_seq;  // Null once exhausted
  int64_t m_index = 0;
  explicit GetItemIterObject(Value seq) : GcObject(&SeqGetItemIterType), m_seq(std::move(seq)) {}
  void traverse(Visitor visit, void* arg) override { visit_value(m_seq, visit, arg); }
};
}  // namespace

Value new_getitem_iter(const Value& seq) { return Value::steal(new GetItemIterObject(seq)); }

static Value getitemiter_next(const Value& self) {
  auto* it = self.as<GetItemIterObject>();
  if (it->m_seq.is_null()) return Value();
  Value item = get_item(it->m_seq, Value::integer(it->m_index));
  if (!item.is_null()) {
    ++it->m_index;
    return item;
  }
  if (error_matches(&IndexErrorType) || error_matches(&StopIterationType)) {
    clear_error();
    it->m_seq = Value();
  }
  return Value();
}

// Base of the lazy builtins, which Python code may subclass.
namespace {
struct LazyObject : GcObject {
  using GcObject::GcObject;
};
}  // namespace

// -- enumerate(iterable, start=0)

namespace {
struct EnumerateObject : LazyObject {
  Value m_iter;
  int64_t m_index;
  Value m_big_index;  // the count as a Python int once it leaves int64 (else Null)
  Value m_result;  // reused when the caller dropped it
  EnumerateObject(TypeObject* type, Value it, int64_t start)
      : LazyObject(type), m_iter(std::move(it)), m_index(start) {}
  void traverse(Visitor visit, void* arg) override {
    visit_value(m_iter, visit, arg);
    visit_value(m_big_index, visit, arg);
    visit_value(m_result, visit, arg);
  }
};
}  // namespace

static Value enumerate_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  for (size_t j = 0; kw && j < kw->size(); ++j) {
    std::string_view name = as_str(kw->m_items[j])->view();
    if (name != "iterable" && name != "start")
      return raise(&TypeErrorType, format("'%s' is an invalid keyword argument for enumerate()",
                                          std::string(name).c_str()));
  }
  Value bound[2];
  if (!bind_args("enumerate", args, nargs, kw, {"iterable", "start"}, 2, bound)) return Value();
  if (bound[0].is_null())
    return raise(&TypeErrorType, "enumerate() missing required argument 'iterable'");
  int64_t start = 0;
  Value big_start;
  if (!bound[1].is_null()) {
    if (is_bigint(bound[1])) {
      big_start = bound[1];
    } else if (!index_value(bound[1], &start)) {
      return Value();
    }
  }
  Value it = get_iter(bound[0]);
  if (it.is_null()) return Value();
  auto* e = new EnumerateObject(type, std::move(it), start);
  e->m_big_index = std::move(big_start);
  return Value::steal(e);
}

static Value enumerate_next(const Value& self) {
  auto* e = self.as<EnumerateObject>();
  Value item = iter_next(e->m_iter);
  if (item.is_null()) return Value();
  Value index;
  if (e->m_big_index.is_null() && e->m_index < INT64_MAX) {
    index = Value::integer(e->m_index++);
  } else {  // counting on past int64 in Python ints
    if (e->m_big_index.is_null()) e->m_big_index = Value::integer(e->m_index);
    index = e->m_big_index;
    e->m_big_index = binary_op(BinOp::Add, index, Value::integer(1));
    if (e->m_big_index.is_null()) return Value();
  }
  return reuse_pair(e->m_result, std::move(index), std::move(item));
}

// -- zip(*iterables, strict=False)

namespace {
struct ZipObject : LazyObject {
  std::vector<Value> m_iters;
  bool m_strict = false;
  Value m_result;
  explicit ZipObject(TypeObject* type) : LazyObject(type) {}
  void traverse(Visitor visit, void* arg) override {
    for (const Value& v : m_iters) visit_value(v, visit, arg);
    visit_value(m_result, visit, arg);
  }
};
}  // namespace

static Value zip_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  bool strict = false;
  if (kw && kw->size() > 0) {
    if (kw->size() > 1)
      return raise(&TypeErrorType,
                   format("zip() takes at most 1 keyword argument (%zu given)", kw->size()));
    StrObject* name = as_str(kw->m_items[0]);
    if (name->view() != "strict")
      return raise(&TypeErrorType,
                   format("'%s' is an invalid keyword argument for zip()", name->m_data.c_str()));
    int t = truthy(args[nargs]);
    if (t < 0) return Value();
    strict = t;
  }
  auto* z = new ZipObject(type);
  Value result = Value::steal(z);
  z->m_strict = strict;
  z->m_iters.reserve(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    Value it = get_iter(args[i]);
    if (it.is_null()) return Value();
    z->m_iters.push_back(std::move(it));
  }
  return result;
}

// A StopIteration raised by a user __next__ also ends iteration; anything else
// propagates. True when iteration simply ended.
static bool exhausted_cleanly() {
  if (!error_pending()) return true;
  if (error_matches(&StopIterationType)) {
    clear_error();
    return true;
  }
  return false;
}

static Value zip_strict_error(ZipObject* z, size_t i) {
  if (!exhausted_cleanly()) return Value();
  if (i > 0) {
    return raise(&ValueErrorType, format("zip() argument %zu is shorter than argument%s%zu", i + 1,
                                         i == 1 ? " " : "s 1-", i));
  }
  for (i = 1; i < z->m_iters.size(); ++i) {
    Value item = iter_next(z->m_iters[i]);
    if (!item.is_null()) {
      return raise(&ValueErrorType, format("zip() argument %zu is longer than argument%s%zu", i + 1,
                                           i == 1 ? " " : "s 1-", i));
    }
    if (!exhausted_cleanly()) return Value();
  }
  return Value();
}

static Value zip_next(const Value& self) {
  auto* z = self.as<ZipObject>();
  size_t n = z->m_iters.size();
  if (n == 0) return Value();
  if (TupleObject* t = reusable_tuple(z->m_result, n)) {  // refill in place: no allocation
    for (size_t i = 0; i < n; ++i) {
      Value item = iter_next(z->m_iters[i]);
      if (item.is_null()) return z->m_strict ? zip_strict_error(z, i) : Value();
      Value old = std::move(t->m_items[i]);
      t->m_items[i] = std::move(item);
    }
    return z->m_result;
  }
  Value t = Value::steal(alloc_tuple(n));  // filled in place (tuple.h)
  std::vector<Value>& items = as_tuple(t)->m_items;
  for (size_t i = 0; i < n; ++i) {
    items[i] = iter_next(z->m_iters[i]);
    if (items[i].is_null()) return z->m_strict ? zip_strict_error(z, i) : Value();
  }
  finish_tuple(t);
  z->m_result = t;
  return t;
}

// -- map(func, *iterables)

namespace {
struct MapObject : LazyObject {
  Value m_func;
  std::vector<Value> m_iters;
  explicit MapObject(TypeObject* type) : LazyObject(type) {}
  void traverse(Visitor visit, void* arg) override {
    visit_value(m_func, visit, arg);
    for (const Value& v : m_iters) visit_value(v, visit, arg);
  }
};
}  // namespace

static Value map_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("map", kw)) return Value();
  if (nargs < 2) return raise(&TypeErrorType, "map() must have at least two arguments.");
  auto* m = new MapObject(type);
  Value result = Value::steal(m);
  m->m_func = args[0];
  for (size_t i = 1; i < nargs; ++i) {
    Value it = get_iter(args[i]);
    if (it.is_null()) return Value();
    m->m_iters.push_back(std::move(it));
  }
  return result;
}

static Value map_next(const Value& self) {
  auto* m = self.as<MapObject>();
  size_t n = m->m_iters.size();
  if (n == 1) {  // the common case: no argument vector to build
    Value item = iter_next(m->m_iters[0]);
    if (item.is_null()) return Value();
    return call(m->m_func, &item, 1);
  }
  std::vector<Value> items;
  items.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    Value item = iter_next(m->m_iters[i]);
    if (item.is_null()) return Value();
    items.push_back(std::move(item));
  }
  return call(m->m_func, items.data(), n);
}

// -- filter(function or None, iterable)

namespace {
struct FilterObject : LazyObject {
  Value m_func;  // None or bool: keep truthy items
  Value m_iter;
  FilterObject(TypeObject* type, Value f, Value it)
      : LazyObject(type), m_func(std::move(f)), m_iter(std::move(it)) {}
  void traverse(Visitor visit, void* arg) override {
    visit_value(m_func, visit, arg);
    visit_value(m_iter, visit, arg);
  }
};
}  // namespace

static Value filter_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("filter", kw) || !check_nargs_exact("filter", nargs, 2)) return Value();
  Value it = get_iter(args[1]);
  if (it.is_null()) return Value();
  return Value::steal(new FilterObject(type, args[0], std::move(it)));
}

static Value filter_next(const Value& self) {
  auto* f = self.as<FilterObject>();
  bool plain = f->m_func.is_none() || (f->m_func.is_obj() && f->m_func.obj() == &BoolType);
  for (;;) {
    Value item = iter_next(f->m_iter);
    if (item.is_null()) return Value();
    int ok;
    if (plain) {
      ok = truthy(item);
    } else {
      Value r = call(f->m_func, &item, 1);
      if (r.is_null()) return Value();
      ok = truthy(r);
    }
    if (ok < 0) return Value();
    if (ok) return item;
  }
}

// -- reversed(seq)

namespace {
struct ReversedObject : LazyObject {
  Value m_seq;        // Null once exhausted
  int64_t m_index;    // next index to fetch; -1 when done
  ReversedObject(TypeObject* type, Value seq, int64_t index)
      : LazyObject(type), m_seq(std::move(seq)), m_index(index) {}
  void traverse(Visitor visit, void* arg) override { visit_value(m_seq, visit, arg); }
};
}  // namespace

static Value raise_not_reversible(const Value& seq) {
  return raise(&TypeErrorType, format("'%s' object is not reversible", type_name(seq).c_str()));
}

static Value reversed_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("reversed", kw) || !check_nargs_exact("reversed", nargs, 1)) return Value();
  const Value& seq = args[0];
  TypeObject* t = seq.type();
  if (t == &ListType) return new_list_reverse_iter(seq);
  if (t == &RangeType) return range_reversed_iter(seq.as<RangeObject>());
  if (t != &TupleType) {
    static StrObject* name = intern("__reversed__");
    Value meth = t->lookup(name);
    if (!meth.is_null()) {
      if (meth.is_none()) return raise_not_reversible(seq);
      return call_method(seq, name, nullptr, 0);
    }
    if (!t->tp_getitem || is_dict(seq)) return raise_not_reversible(seq);
  }
  int64_t n = length(seq);
  if (n < 0) return Value();
  return Value::steal(new ReversedObject(type, seq, n - 1));
}

static Value reversed_next(const Value& self) {
  auto* r = self.as<ReversedObject>();
  if (r->m_index >= 0 && !r->m_seq.is_null()) {
    if (r->m_seq.type() == &TupleType) {  // immutable: the index stays valid
      return as_tuple(r->m_seq)->m_items[static_cast<size_t>(r->m_index--)];
    }
    Value item = get_item(r->m_seq, Value::integer(r->m_index));
    if (!item.is_null()) {
      --r->m_index;
      return item;
    }
    if (!error_matches(&IndexErrorType) && !error_matches(&StopIterationType)) return Value();
    clear_error();
  }
  r->m_index = -1;
  r->m_seq = Value();
  return Value();
}

static Value reversed_length_hint(const Value* args, size_t nargs, KwNames* kw) {
  auto* r = args[0].as<ReversedObject>();
  if (r->m_seq.is_null() || r->m_index < 0) return Value::integer(0);
  int64_t n = length(r->m_seq);
  if (n < 0) return Value();
  return Value::integer(r->m_index < n ? r->m_index + 1 : 0);
}

// -- start-up

void init_slice_range_types();  // range.cpp

static void ready_iterator(TypeObject* type, Value (*next)(const Value&),
                           std::initializer_list<MethodDef> methods = {}) {
  type->tp_iter = iter_self;
  type->tp_next = next;
  type_ready(type, &ObjectType, methods);
}

void init_iter_types() {
  ready_iterator(&ListIterType, listiter_next, {{"__length_hint__", seqiter_length_hint}});
  ready_iterator(&TupleIterType, tupleiter_next, {{"__length_hint__", seqiter_length_hint}});
  ready_iterator(&ListRevIterType, listreviter_next, {{"__length_hint__", seqiter_length_hint}});
  ready_iterator(&SeqGetItemIterType, getitemiter_next);

  // The lazy builtins are classes: they can be subclassed, and tp_new takes the
  // builtin's arguments.
  EnumerateType.m_flags |= kBaseType;
  EnumerateType.tp_new = enumerate_new;
  ready_iterator(&EnumerateType, enumerate_next);
  ZipType.m_flags |= kBaseType;
  ZipType.tp_new = zip_new;
  ready_iterator(&ZipType, zip_next);
  MapType.m_flags |= kBaseType;
  MapType.tp_new = map_new;
  ready_iterator(&MapType, map_next);
  FilterType.m_flags |= kBaseType;
  FilterType.tp_new = filter_new;
  ready_iterator(&FilterType, filter_next);
  ReversedType.m_flags |= kBaseType;
  ReversedType.tp_new = reversed_new;
  ready_iterator(&ReversedType, reversed_next, {{"__length_hint__", reversed_length_hint}});

  init_slice_range_types();
}

}  // namespace hotpy
