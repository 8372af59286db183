// _functools: partial, reduce and cmp_to_key with CPython 3.11's semantics and
// messages; _lru_cache_wrapper is in functools_lru.cpp.
#include "modules/native.h"
#include "modules/native_base.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/generic_alias.h"
#include "objects/instance.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject PartialType("functools.partial");
TypeObject KeyWrapperType("functools.KeyWrapper");

namespace {

// -- partial(func, /, *args, **keywords)

struct PartialObject : NativeObject {
  Value m_func;
  Value m_args;  // a tuple
  Value m_kw;    // a dict
  explicit PartialObject(TypeObject* t) : NativeObject(t) {}
  DictObject** instance_dict() override { return &m_dict; }  // even a plain partial has one
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_func, c);
    fn(m_args, c);
    fn(m_kw, c);
  }
};

PartialObject* pa(const Value& v) { return v.as<PartialObject>(); }
Value partial_call(const Value& self, const Value* args, size_t nargs, KwNames* kw);

Value partial_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (nargs < 1) return raise(&TypeErrorType, "type 'partial' takes at least one argument");
  Value func = args[0];
  std::vector<Value> pargs;
  Value kwdict = new_dict();
  // A plain partial of a partial is flattened into one.
  if (func.type()->tp_call == partial_call && !pa(func)->m_dict) {
    PartialObject* inner = pa(func);
    pargs = as_tuple(inner->m_args)->m_items;
    if (dict_merge(as_dict(kwdict), as_dict(inner->m_kw)) < 0) return Value();
    func = inner->m_func;
  }
  if (!is_callable(func)) return raise(&TypeErrorType, "the first argument must be callable");
  pargs.insert(pargs.end(), args + 1, args + nargs);
  for (size_t j = 0; kw && j < kw->size(); j++)
    if (dict_set(as_dict(kwdict), kw->m_items[j], args[nargs + j]) < 0) return Value();
  auto* p = new PartialObject(type);
  p->m_func = func;
  p->m_args = new_tuple(std::move(pargs));
  p->m_kw = std::move(kwdict);
  return Value::steal(p);
}

Value partial_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  PartialObject* p = pa(self);
  const std::vector<Value>& stored = as_tuple(p->m_args)->m_items;
  DictObject* skw = as_dict(p->m_kw);
  size_t nkw = kw_count(kw);
  if (stored.empty() && skw->size() == 0) return call(p->m_func, args, nargs, kw);
  if (skw->size() == 0 && nkw == 0 && stored.size() + nargs <= 8) {  // the common case: no allocation
    Value argv[8];
    size_t n = 0;
    for (const Value& v : stored) argv[n++] = v;
    for (size_t i = 0; i < nargs; i++) argv[n++] = args[i];
    return call(p->m_func, argv, n);
  }
  std::vector<Value> argv;
  argv.reserve(stored.size() + nargs + nkw + skw->size());
  argv.insert(argv.end(), stored.begin(), stored.end());
  argv.insert(argv.end(), args, args + nargs);
  if (skw->size() == 0) {
    argv.insert(argv.end(), args + nargs, args + nargs + nkw);
    return call(p->m_func, argv.data(), stored.size() + nargs, kw);
  }
  // Stored keywords, overridden by the call's.
  Value merged = dict_copy(skw);
  for (size_t j = 0; j < nkw; j++)
    if (dict_set(as_dict(merged), kw->m_items[j], args[nargs + j]) < 0) return Value();
  std::vector<Value> names;
  size_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(merged), &pos, &k, &v)) {
    names.push_back(k);
    argv.push_back(v);
  }
  Value kwnames = new_tuple(std::move(names));
  return call(p->m_func, argv.data(), stored.size() + nargs, as_tuple(kwnames));
}

Value partial_repr(const Value& self) {
  ReprGuard guard(self.obj());
  if (guard.recursive()) return new_str("...");
  PartialObject* p = pa(self);
  std::string out = self.type()->m_name + "(";
  Value r = repr(p->m_func);
  if (r.is_null()) return Value();
  out += as_str(r)->m_data;
  for (const Value& a : as_tuple(p->m_args)->m_items) {
    r = repr(a);
    if (r.is_null()) return Value();
    out += ", " + as_str(r)->m_data;
  }
  size_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(p->m_kw), &pos, &k, &v)) {
    Value key = to_str(k);
    if (key.is_null()) return Value();
    r = repr(v);
    if (r.is_null()) return Value();
    out += ", " + as_str(key)->m_data + "=" + as_str(r)->m_data;
  }
  return new_str(out + ")");
}

Value partial_func(const Value& self) { return pa(self)->m_func; }
Value partial_args(const Value& self) { return pa(self)->m_args; }
Value partial_keywords(const Value& self) { return pa(self)->m_kw; }

Value partial_reduce(const Value* args, size_t nargs, KwNames* kw) {
  PartialObject* p = pa(args[0]);
  Value d = p->m_dict ? Value::borrow(p->m_dict) : Value::none();
  return new_tuple({Value::borrow(args[0].type()), new_tuple({p->m_func}),
                    new_tuple({p->m_func, p->m_args, p->m_kw, d})});
}

Value partial_setstate(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__setstate__", nargs - 1, 1, 1)) return Value();
  const Value& state = args[1];
  if (!is_tuple(state) || as_tuple(state)->size() != 4) return raise(&TypeErrorType, "invalid partial state");
  const std::vector<Value>& s = as_tuple(state)->m_items;
  if (!is_callable(s[0]) || !is_tuple(s[1]) || (!s[2].is_none() && !is_dict(s[2])))
    return raise(&TypeErrorType, "invalid partial state");
  PartialObject* p = pa(args[0]);
  p->m_func = s[0];
  p->m_args = is_type(s[1], &TupleType) ? s[1] : new_tuple(as_tuple(s[1])->m_items);
  p->m_kw = s[2].is_none() ? new_dict() : dict_copy(as_dict(s[2]));
  if (!s[3].is_none()) {
    if (!is_dict(s[3])) return raise(&TypeErrorType, "invalid partial state");
    if (DictObject* old = std::exchange(p->m_dict, nullptr)) decref(old);
    Value copy = dict_copy(as_dict(s[3]));
    p->m_dict = static_cast<DictObject*>(copy.release());
  }
  return Value::none();
}

// -- reduce(function, iterable[, initial])

Value functools_reduce(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("reduce", kw) || !check_nargs("reduce", nargs, 2, 3)) return Value();
  Value it = get_iter(args[1]);
  if (it.is_null()) {
    if (error_matches(&TypeErrorType)) {
      clear_error();
      raise(&TypeErrorType, "reduce() arg 2 must support iteration");
    }
    return Value();
  }
  Value acc = nargs == 3 ? args[2] : Value();
  for (;;) {
    if (check_interrupt()) return Value();  // reduce(add, count()) must stay interruptible
    Value item = iter_next(it);
    if (item.is_null()) {
      if (error_pending()) return Value();
      break;
    }
    if (acc.is_null()) {
      acc = std::move(item);
      continue;
    }
    Value argv[2] = {std::move(acc), std::move(item)};
    acc = call(args[0], argv, 2);
    if (acc.is_null()) return Value();
  }
  if (acc.is_null()) return raise(&TypeErrorType, "reduce() of empty iterable with no initial value");
  return acc;
}

// -- cmp_to_key(mycmp): a callable making KeyWrapper objects ordered by mycmp

struct KeyWrapperObject : NativeObject {
  Value m_cmp, m_obj;  // m_obj Null: the key function itself, not yet applied
  explicit KeyWrapperObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_cmp, c);
    fn(m_obj, c);
  }
};

Value functools_cmp_to_key(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("cmp_to_key", args, nargs, kw, {"mycmp"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "cmp_to_key() missing required argument 'mycmp' (pos 1)");
  auto* k = new KeyWrapperObject(&KeyWrapperType);
  k->m_cmp = a[0];
  return Value::steal(k);
}

Value keywrapper_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("K", args, nargs, kw, {"obj"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "K() missing required argument 'obj' (pos 1)");
  auto* k = new KeyWrapperObject(&KeyWrapperType);
  k->m_cmp = self.as<KeyWrapperObject>()->m_cmp;
  k->m_obj = a[0];
  return Value::steal(k);
}

Value keywrapper_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (b.type() != &KeyWrapperType) return raise(&TypeErrorType, "other argument must be K instance");
  auto* x = a.as<KeyWrapperObject>();
  auto* y = b.as<KeyWrapperObject>();
  if (x->m_obj.is_null() || y->m_obj.is_null()) return raise(&AttributeErrorType, "object");
  Value argv[2] = {x->m_obj, y->m_obj};
  Value r = call(x->m_cmp, argv, 2);
  if (r.is_null()) return Value();
  return rich_compare(r, Value::integer(0), op);
}

Value keywrapper_obj(const Value& self) {
  const Value& o = self.as<KeyWrapperObject>()->m_obj;
  return o.is_null() ? raise(&AttributeErrorType, "obj") : o;
}

void ready_functools_types() {
  PartialType.m_flags |= kWeakrefable;
  PartialType.tp_new = partial_new;
  PartialType.tp_call = partial_call;
  PartialType.tp_repr = partial_repr;
  PartialType.tp_getattr = generic_getattr;
  PartialType.tp_setattr = generic_setattr;
  ready_module_type(&PartialType, "functools", "partial", &ObjectType,
                    {{"__reduce__", partial_reduce}, {"__setstate__", partial_setstate}});
  type_add_getsets(&PartialType, {{"func", partial_func},
                                  {"args", partial_args},
                                  {"keywords", partial_keywords},
                                  {"__dict__", object_dict_get, object_dict_set}});
  type_add_class_getitem(&PartialType);
  KeyWrapperType.tp_call = keywrapper_call;
  KeyWrapperType.tp_richcompare = keywrapper_richcompare;
  KeyWrapperType.tp_hash = hash_unhashable;
  ready_module_type(&KeyWrapperType, "functools", "KeyWrapper", &ObjectType, {}, false);
  type_add_getsets(&KeyWrapperType, {{"obj", keywrapper_obj}});
  type_add_value(&KeyWrapperType, "__hash__", Value::none());
}

}  // namespace

void add_lru_cache_type(ModuleObject* m);  // functools_lru.cpp

Value init_functools_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_functools_types);
  Value m = new_module("_functools");
  auto* mod = m.as<ModuleObject>();
  module_add(mod, "partial", Value::borrow(&PartialType));
  module_add_functions(mod, {{"reduce", functools_reduce}, {"cmp_to_key", functools_cmp_to_key}});
  add_lru_cache_type(mod);
  return m;
}

}  // namespace hotpy
