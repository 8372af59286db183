// _collections: deque (collections_deque.cpp), defaultdict, _count_elements (the
// counting loop of Counter) and _tuplegetter (namedtuple's field descriptors),
// with CPython 3.11's names and messages. OrderedDict is left to
// collections/__init__.py's Python version, as CPython allows.
#include "modules/collections_internal.h"

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject DefaultDictType("collections.defaultdict");
TypeObject TupleGetterType("_collections._tuplegetter");

namespace {

// -- defaultdict(default_factory=None, /, ...)

struct DefaultDictObject : DictObject {
  Value m_factory;  // None when there is none
  explicit DefaultDictObject(TypeObject* t) : DictObject(t), m_factory(Value::none()) {}
  void traverse(Visitor visit, void* arg) override {
    visit_value(m_factory, visit, arg);
    DictObject::traverse(visit, arg);
  }
  void clear() override {
    Value f = std::exchange(m_factory, Value::none());
    DictObject::clear();
  }
};

DefaultDictObject* dd(const Value& v) { return v.as<DefaultDictObject>(); }

Value defaultdict_new(TypeObject* type, const Value*, size_t, KwNames*) {
  if (type->m_flags & kHeapType) return Value::steal(new DictWithAttrs<DefaultDictObject>(type));
  return Value::steal(new DefaultDictObject(type));
}

int defaultdict_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value factory = Value::none();
  if (nargs > 0) {
    factory = args[0];
    if (!factory.is_none() && !is_callable(factory)) {
      raise(&TypeErrorType, "first argument must be callable or None");
      return -1;
    }
    args++;
    nargs--;
  }
  dd(self)->m_factory = factory;
  return DictType.tp_init(self, args, nargs, kw);
}

Value defaultdict_missing(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__missing__", kw) || !check_nargs("__missing__", nargs - 1, 1, 1)) return Value();
  const Value& factory = dd(args[0])->m_factory;
  if (factory.is_none()) return raise_key_error(args[1]);
  Value value = call0(factory);
  if (value.is_null()) return Value();
  if (set_item(args[0], args[1], value) < 0) return Value();
  return value;
}

// type(self)(self.default_factory, arg)
Value new_like(const Value& self, const Value& arg) {
  Value argv[2] = {dd(self)->m_factory, arg};
  return call(Value::borrow(self.type()), argv, 2);
}

Value defaultdict_copy(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("copy", nargs - 1, 0, 0)) return Value();
  return new_like(args[0], args[0]);
}

Value defaultdict_repr(const Value& self) {
  const Value& factory = dd(self)->m_factory;
  std::string fact = "None";
  if (!factory.is_none()) {
    if (factory.is_obj()) {
      ReprGuard guard(factory.obj());
      if (guard.recursive()) {
        fact = "...";
      } else {
        Value r = repr(factory);
        if (r.is_null()) return Value();
        fact = as_str(r)->m_data;
      }
    } else {
      Value r = repr(factory);
      if (r.is_null()) return Value();
      fact = as_str(r)->m_data;
    }
  }
  Value base = DictType.tp_repr(self);
  if (base.is_null()) return Value();
  return new_str(short_type_name(self) + "(" + fact + ", " + as_str(base)->m_data + ")");
}

Value defaultdict_binary(BinOp op, const Value& a, const Value& b) {
  if (op != BinOp::BitOr) return NotImplemented;
  bool left = a.type()->is_subtype(&DefaultDictType);
  const Value& self = left ? a : b;
  const Value& other = left ? b : a;
  if (!is_dict(other)) return NotImplemented;
  Value out = new_like(self, a);
  if (out.is_null()) return Value();
  if (is_dict(out) ? dict_update(as_dict(out), b) < 0 : call_method(out, intern("update"), &b, 1).is_null())
    return Value();
  return out;
}

Value defaultdict_reduce(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__reduce__", nargs - 1, 0, 0)) return Value();
  const Value& factory = dd(args[0])->m_factory;
  Value ctor_args = factory.is_none() ? new_tuple({}) : new_tuple({factory});
  Value items = call_method(args[0], intern("items"), nullptr, 0);
  if (items.is_null()) return Value();
  Value it = get_iter(items);
  if (it.is_null()) return Value();
  return new_tuple({Value::borrow(args[0].type()), ctor_args, Value::none(), Value::none(), it});
}

Value factory_get(const Value& self) { return dd(self)->m_factory; }
int factory_set(const Value& self, const Value& v) {
  dd(self)->m_factory = v.is_null() ? Value::none() : v;
  return 0;
}

// -- _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x

Value count_elements(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("_count_elements", kw) || !check_nargs("_count_elements", nargs, 2, 2)) return Value();
  const Value& mapping = args[0];
  Value it = get_iter(args[1]);
  if (it.is_null()) return Value();
  static StrObject* get_name = intern("get");
  static StrObject* setitem_name = intern("__setitem__");
  // A dict (or a subclass such as Counter that keeps dict's get and __setitem__)
  // is updated directly.
  TypeObject* t = mapping.type();
  bool direct = is_dict(mapping) && t->lookup(get_name).is(DictType.lookup(get_name)) &&
                t->lookup(setitem_name).is(DictType.lookup(setitem_name));
  Value one = Value::integer(1), zero = Value::integer(0);
  Value get = direct ? Value() : get_attr(mapping, get_name);
  if (!direct && get.is_null()) return Value();
  for (uint32_t n = 0;; n++) {
    if ((n & 1023) == 1023 && check_interrupt()) return Value();
    Value key = iter_next(it);
    if (key.is_null()) return error_pending() ? Value() : Value::none();
    Value old;
    if (direct) {
      old = dict_get(as_dict(mapping), key);
      if (old.is_null()) {
        if (error_pending()) return Value();
        old = zero;
      }
    } else {
      Value argv[2] = {key, zero};
      old = call(get, argv, 2);
      if (old.is_null()) return Value();
    }
    Value count = old.is_int() && old.as_int() < INT64_MAX ? Value::integer(old.as_int() + 1)
                                                            : binary_op(BinOp::Add, old, one);
    if (count.is_null()) return Value();
    if ((direct ? dict_set(as_dict(mapping), key, count) : set_item(mapping, key, count)) < 0) return Value();
  }
}

// -- _tuplegetter(index, doc): the descriptor of a namedtuple field

struct TupleGetterObject : NativeObject {
  int64_t m_index = 0;
  Value m_doc;
  explicit TupleGetterObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override { fn(m_doc, c); }
};

Value tuplegetter_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("_tuplegetter", kw) || !check_nargs("_tuplegetter", nargs, 2, 2)) return Value();
  int64_t index;
  if (!index_ssize(args[0], &index, &OverflowErrorType)) return Value();
  auto* g = new TupleGetterObject(type);
  g->m_index = index;
  g->m_doc = args[1];
  return Value::steal(g);
}

Value tuplegetter_get(const Value& descr, const Value& obj, TypeObject*) {
  if (obj.is_null() || obj.is_none()) return descr;
  auto* g = descr.as<TupleGetterObject>();
  if (!is_tuple(obj))
    return raise(&TypeErrorType, format("descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                                        static_cast<long long>(g->m_index), type_name(obj).c_str()));
  const std::vector<Value>& items = as_tuple(obj)->m_items;
  if (g->m_index < 0 || size_t(g->m_index) >= items.size()) return raise(&IndexErrorType, "tuple index out of range");
  return items[size_t(g->m_index)];
}

int tuplegetter_set(const Value&, const Value&, const Value& v) {
  raise(&AttributeErrorType, v.is_null() ? "can't delete attribute" : "can't set attribute");
  return -1;
}

Value tuplegetter_doc(const Value& self) { return self.as<TupleGetterObject>()->m_doc; }
int tuplegetter_set_doc(const Value& self, const Value& v) {
  self.as<TupleGetterObject>()->m_doc = v.is_null() ? Value::none() : v;
  return 0;
}

Value tuplegetter_reduce(const Value* args, size_t nargs, KwNames* kw) {
  auto* g = args[0].as<TupleGetterObject>();
  return new_tuple({Value::borrow(args[0].type()), new_tuple({Value::integer(g->m_index), g->m_doc})});
}

void ready_collections_types() {
  ready_deque_types();
  DefaultDictType.tp_new = defaultdict_new;
  DefaultDictType.tp_init = defaultdict_init;
  DefaultDictType.tp_repr = defaultdict_repr;
  DefaultDictType.tp_binary = defaultdict_binary;
  ready_module_type(&DefaultDictType, "collections", "defaultdict", &DictType,
                    {{"__missing__", defaultdict_missing},
                     {"copy", defaultdict_copy},
                     {"__copy__", defaultdict_copy},
                     {"__reduce__", defaultdict_reduce}});
  type_add_getsets(&DefaultDictType, {{"default_factory", factory_get, factory_set}});
  TupleGetterType.tp_new = tuplegetter_new;
  TupleGetterType.tp_descr_get = tuplegetter_get;
  TupleGetterType.tp_descr_set = tuplegetter_set;
  ready_module_type(&TupleGetterType, "_collections", "_tuplegetter", &ObjectType,
                    {{"__reduce__", tuplegetter_reduce}}, false);
  type_add_getsets(&TupleGetterType, {{"__doc__", tuplegetter_doc, tuplegetter_set_doc}});
}

}  // namespace

Value init_collections_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_collections_types);
  Value m = new_module("_collections");
  auto* mod = m.as<ModuleObject>();
  module_add(mod, "deque", Value::borrow(&DequeType));
  module_add(mod, "defaultdict", Value::borrow(&DefaultDictType));
  module_add(mod, "_deque_iterator", Value::borrow(&DequeIterType));
  module_add(mod, "_deque_reverse_iterator", Value::borrow(&DequeRevIterType));
  module_add(mod, "_tuplegetter", Value::borrow(&TupleGetterType));
  module_add_functions(mod, {{"_count_elements", count_elements}});
  return m;
}

}  // namespace hotpy
