// The dict type: slots, operators and methods over dict.cpp's table.
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/init.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

// -- slots

static Value dict_repr(const Value& self) {
  DictObject* d = as_dict(self);
  if (d->m_used == 0) return new_str("{}");
  ReprGuard guard(self.obj());
  if (guard.recursive()) return new_str("{...}");
  std::string out = "{";
  size_t pos = 0;
  Value k, v;
  bool first = true;
  while (dict_next(d, &pos, &k, &v)) {  // k and v hold their own references
    if (!first) out += ", ";
    first = false;
    Value kr = repr(k);
    Value vr = kr.is_null() ? Value() : repr(v);
    if (vr.is_null()) return Value();
    out += as_str(kr)->view();
    out += ": ";
    out += as_str(vr)->view();
  }
  out += "}";
  return new_str(std::move(out));
}

static Value dict_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return NotImplemented;
  int eq = dict_equal(as_dict(a), as_dict(b));
  if (eq < 0) return Value();
  return Value::boolean((eq == 1) == (op == CmpOp::Eq));
}

static int64_t dict_len(const Value& self) { return static_cast<int64_t>(as_dict(self)->m_used); }

static Value dict_getitem(const Value& self, const Value& key) {
  Value v = dict_get(as_dict(self), key);
  if (!v.is_null() || error_pending()) return v;
  if (self.type() != &DictType) {  // a subclass may supply the value
    static StrObject* missing = intern("__missing__");
    if (!self.type()->lookup(missing).is_null()) return call_method(self, missing, &key, 1);
  }
  return raise_key_error(key);
}

static int dict_setitem(const Value& self, const Value& key, const Value& v) {
  if (v.is_null()) return dict_del(as_dict(self), key);
  return dict_set(as_dict(self), key, v);
}

static int dict_contains_slot(const Value& self, const Value& key) {
  return dict_contains(as_dict(self), key);
}

static Value dict_iter(const Value& self) { return new_dict_iter(self, DictPart::Keys, false); }

static Value dict_binary(BinOp op, const Value& a, const Value& b) {
  if (op != BinOp::BitOr || !is_dict(a) || !is_dict(b)) return NotImplemented;
  Value out = dict_copy(as_dict(a));
  if (out.is_null() || dict_update(as_dict(out), b) < 0) return Value();
  return out;
}

static Value dict_inplace(BinOp op, const Value& a, const Value& b) {
  if (op != BinOp::BitOr || !is_dict(a)) return NotImplemented;
  if (dict_update(as_dict(a), b) < 0) return Value();
  return a;
}

static Value dict_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (type->m_flags & kHeapType) return Value::steal(new DictWithAttrs<DictObject>(type));
  return Value::steal(new DictObject(type));
}

// dict.update(...) / dict(...): one optional mapping or iterable, then keywords.
static int update_from_args(DictObject* d, const char* fname, const Value* args, size_t nargs,
                            KwNames* kw) {
  if (!check_nargs(fname, nargs, 0, 1)) return -1;
  if (nargs == 1 && dict_update(d, args[0]) < 0) return -1;
  for (size_t j = 0; kw && j < kw->size(); ++j)
    if (dict_set(d, kw->m_items[j], args[nargs + j]) < 0) return -1;
  return 0;
}

static int dict_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  return update_from_args(as_dict(self), "dict", args, nargs, kw);
}

// -- methods (args[0] is self)

static Value dict_keys(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("keys", kw) || !check_nargs("dict.keys", nargs - 1, 0, 0)) return Value();
  return new_dict_view(args[0], DictPart::Keys);
}

static Value dict_values(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("values", kw) || !check_nargs("dict.values", nargs - 1, 0, 0)) return Value();
  return new_dict_view(args[0], DictPart::Values);
}

static Value dict_items(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("items", kw) || !check_nargs("dict.items", nargs - 1, 0, 0)) return Value();
  return new_dict_view(args[0], DictPart::Items);
}

static Value dict_get_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("get", kw) || !check_nargs("get", nargs - 1, 1, 2)) return Value();
  Value v = dict_get(as_dict(args[0]), args[1]);
  if (!v.is_null() || error_pending()) return v;
  return nargs == 3 ? args[2] : Value::none();
}

static Value dict_setdefault_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("setdefault", kw) || !check_nargs("setdefault", nargs - 1, 1, 2)) return Value();
  return dict_setdefault(as_dict(args[0]), args[1], nargs == 3 ? args[2] : Value::none());
}

static Value dict_pop_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("pop", kw) || !check_nargs("pop", nargs - 1, 1, 2)) return Value();
  Value v = dict_pop(as_dict(args[0]), args[1]);
  if (!v.is_null() || error_pending()) return v;
  if (nargs == 3) return args[2];
  return raise_key_error(args[1]);
}

static Value dict_popitem(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("popitem", kw) || !check_nargs("dict.popitem", nargs - 1, 0, 0)) return Value();
  Value k, v;
  if (!dict_pop_last(as_dict(args[0]), &k, &v)) return raise(&KeyErrorType, "popitem(): dictionary is empty");
  return new_tuple({std::move(k), std::move(v)});
}

static Value dict_update_method(const Value* args, size_t nargs, KwNames* kw) {
  if (update_from_args(as_dict(args[0]), "update", args + 1, nargs - 1, kw) < 0) return Value();
  return Value::none();
}

static Value dict_clear_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("clear", kw) || !check_nargs("dict.clear", nargs - 1, 0, 0)) return Value();
  dict_clear(as_dict(args[0]));
  return Value::none();
}

static Value dict_copy_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("copy", kw) || !check_nargs("dict.copy", nargs - 1, 0, 0)) return Value();
  return dict_copy(as_dict(args[0]));
}

static Value dict_reversed(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("dict.__reversed__", nargs - 1, 0, 0)) return Value();
  return new_dict_iter(args[0], DictPart::Keys, true);
}

static Value dict_contains_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("dict.__contains__", nargs - 1, 1, 1)) return Value();
  int r = dict_contains(as_dict(args[0]), args[1]);
  if (r < 0) return Value();
  return Value::boolean(r);
}

static Value dict_getitem_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("dict.__getitem__", nargs - 1, 1, 1)) return Value();
  return dict_getitem(args[0], args[1]);
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class.
static Value dict_fromkeys(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("fromkeys", kw) || !check_nargs("fromkeys", nargs - 1, 1, 2)) return Value();
  Value value = nargs == 3 ? args[2] : Value::none();
  Value d = call0(args[0]);
  if (d.is_null()) return Value();
  Value it = get_iter(args[1]);
  if (it.is_null()) return Value();
  bool exact = d.type() == &DictType;
  for (;;) {
    Value k = iter_next(it);
    if (k.is_null()) return error_pending() ? Value() : d;
    if ((exact ? dict_set(as_dict(d), k, value) : set_item(d, k, value)) < 0) return Value();
  }
}

void init_dict_views();         // dict_views.cpp
void init_mappingproxy_type();  // mappingproxy.cpp

void init_dict_type() {
  DictType.m_flags |= kBaseType | kDictSubclass;
  DictType.tp_new = dict_new;
  DictType.tp_init = dict_init;
  DictType.tp_repr = dict_repr;
  DictType.tp_hash = hash_unhashable;
  DictType.tp_richcompare = dict_richcompare;
  DictType.tp_len = dict_len;
  DictType.tp_getitem = dict_getitem;
  DictType.tp_setitem = dict_setitem;
  DictType.tp_contains = dict_contains_slot;
  DictType.tp_iter = dict_iter;
  DictType.tp_binary = dict_binary;
  DictType.tp_inplace = dict_inplace;
  type_ready(&DictType, &ObjectType,
             {
                 {"keys", dict_keys},
                 {"values", dict_values},
                 {"items", dict_items},
                 {"get", dict_get_method},
                 {"setdefault", dict_setdefault_method},
                 {"pop", dict_pop_method},
                 {"popitem", dict_popitem},
                 {"update", dict_update_method},
                 {"clear", dict_clear_method},
                 {"copy", dict_copy_method},
                 {"__reversed__", dict_reversed},
                 {"__contains__", dict_contains_method},
                 {"__getitem__", dict_getitem_method},
             });
  // `d.get(k)` and `d.get(k, default)` are done at the call node (eval/call_node.cpp).
  dict_get_str(DictType.m_dict, intern("get")).obj()->m_kind_bits = kMethodDictGet;
  // fromkeys is a classmethod: dict.fromkeys(...) and {}.fromkeys(...) both get the class.
  dict_set_str(DictType.m_dict, intern("fromkeys"),
               Value::steal(new ClassMethodObject(new_builtin("fromkeys", dict_fromkeys))));
  init_dict_views();
  init_mappingproxy_type();
}

}  // namespace hotpy
