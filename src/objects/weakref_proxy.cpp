// weakref.proxy: an object that stands for its referent in every operation
// (attributes, arithmetic, items, iteration, calls for CallableProxyType) without
// keeping it alive; once the referent died each use raises ReferenceError.
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

namespace hotpy {

TypeObject ProxyType("weakref.ProxyType");
TypeObject CallableProxyType("weakref.CallableProxyType");

namespace {

// The referent of a live proxy; Null with ReferenceError for a dead one.
Value referent(const Value& proxy) {
  Object* o = proxy.as<WeakRefObject>()->m_referent;
  if (!o) return raise(&ReferenceErrorType, "weakly-referenced object no longer exists");
  return Value::borrow(o);
}

// An operand as the operation sees it: a proxy is replaced by its referent.
bool unwrap(const Value& v, Value* out) {
  *out = is_proxy(v) ? referent(v) : v;
  return !out->is_null();
}

Value proxy_repr(const Value& self) {
  auto* r = self.as<WeakRefObject>();
  return new_str(format("<weakproxy at %p to %s at %p>", static_cast<void*>(r),
                        r->m_referent ? r->m_referent->m_type->m_name.c_str() : "NoneType",
                        static_cast<void*>(r->m_referent)));
}

Value proxy_str(const Value& self) {
  Value o = referent(self);
  return o.is_null() ? o : to_str(o);
}

Value proxy_getattr(const Value& self, StrObject* name) {
  Value o = referent(self);
  return o.is_null() ? o : get_attr(o, name);
}

int proxy_setattr(const Value& self, StrObject* name, const Value& v) {
  Value o = referent(self);
  if (o.is_null()) return -1;
  return v.is_null() ? del_attr(o, name) : set_attr(o, name, v);
}

Value proxy_richcompare(const Value& a, const Value& b, CmpOp op) {
  Value x, y;
  if (!unwrap(a, &x) || !unwrap(b, &y)) return Value();
  return rich_compare(x, y, op);
}

int proxy_bool(const Value& self) {
  Value o = referent(self);
  return o.is_null() ? -1 : truthy(o);
}

int64_t proxy_len(const Value& self) {
  Value o = referent(self);
  return o.is_null() ? -1 : length(o);
}

Value proxy_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value o = referent(self);
  return o.is_null() ? o : call(o, args, nargs, kw);
}

Value proxy_iter(const Value& self) {
  Value o = referent(self);
  return o.is_null() ? o : get_iter(o);
}

Value proxy_next(const Value& self) {
  Value o = referent(self);
  if (o.is_null()) return o;
  if (!o.type()->tp_next)
    return raise(&TypeErrorType, format("Weakref proxy referenced a non-iterator '%s' object", type_name(o).c_str()));
  return o.type()->tp_next(o);
}

Value proxy_getitem(const Value& self, const Value& key) {
  Value o = referent(self);
  return o.is_null() ? o : get_item(o, key);
}

int proxy_setitem(const Value& self, const Value& key, const Value& v) {
  Value o = referent(self);
  if (o.is_null()) return -1;
  return v.is_null() ? del_item(o, key) : set_item(o, key, v);
}

int proxy_contains(const Value& self, const Value& item) {
  Value o = referent(self);
  return o.is_null() ? -1 : contains(o, item);
}

Value proxy_binary(BinOp op, const Value& a, const Value& b) {
  Value x, y;
  if (!unwrap(a, &x) || !unwrap(b, &y)) return Value();
  return binary_op(op, x, y);
}

// `p += x` is the referent's: the name is then bound to what that returns (as
// CPython, the referent itself for a list).
Value proxy_inplace(BinOp op, const Value& a, const Value& b) {
  Value x, y;
  if (!unwrap(a, &x) || !unwrap(b, &y)) return Value();
  return inplace_op(op, x, y);
}

Value proxy_unary(UnaryOp op, const Value& self) {
  Value o = referent(self);
  return o.is_null() ? o : unary_op(op, o);
}

// The dunders CPython's proxy forwards that hotpy finds by name on the type.
template <const char* kName>
Value forward(const Value* args, size_t nargs, KwNames* kw) {
  Value o = referent(args[0]);
  if (o.is_null()) return o;
  std::vector<Value> rest;
  for (size_t i = 1; i < nargs; i++) {
    Value v;
    if (!unwrap(args[i], &v)) return Value();
    rest.push_back(v);
  }
  if (kw_count(kw)) return raise(&TypeErrorType, format("%s() takes no keyword arguments", kName));
  return call_special(o, intern(kName), rest.data(), rest.size());
}
constexpr char kIndex[] = "__index__", kInt[] = "__int__", kFloat[] = "__float__", kAbs[] = "__abs__",
               kBytes[] = "__bytes__", kReversed[] = "__reversed__", kDivmod[] = "__divmod__",
               kRdivmod[] = "__rdivmod__";

void ready_proxy(TypeObject* t) {
  t->tp_repr = proxy_repr;
  t->tp_str = proxy_str;
  t->tp_getattr = proxy_getattr;
  t->tp_setattr = proxy_setattr;
  t->tp_richcompare = proxy_richcompare;
  t->tp_bool = proxy_bool;
  t->tp_len = proxy_len;
  t->tp_iter = proxy_iter;
  t->tp_next = proxy_next;
  t->tp_getitem = proxy_getitem;
  t->tp_setitem = proxy_setitem;
  t->tp_contains = proxy_contains;
  t->tp_binary = proxy_binary;
  t->tp_inplace = proxy_inplace;
  t->tp_unary = proxy_unary;
  type_ready(t, &ObjectType,
             {{"__index__", forward<kIndex>},
              {"__int__", forward<kInt>},
              {"__float__", forward<kFloat>},
              {"__abs__", forward<kAbs>},
              {"__bytes__", forward<kBytes>},
              {"__reversed__", forward<kReversed>},
              {"__divmod__", forward<kDivmod>},
              {"__rdivmod__", forward<kRdivmod>}});
  t->tp_hash = hash_unhashable;
  type_add_value(t, "__module__", interned("weakref"));
}

}  // namespace

void init_proxy_types() {
  ProxyType.m_qualname = "ProxyType";
  CallableProxyType.m_qualname = "CallableProxyType";
  ready_proxy(&ProxyType);
  CallableProxyType.tp_call = proxy_call;
  ready_proxy(&CallableProxyType);
}

}  // namespace hotpy
