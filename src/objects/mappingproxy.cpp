// mappingproxy: the read-only view of a class's namespace that `C.__dict__` and
// `vars(C)` return, as in CPython. Handing out the dict itself would let code
// change a class behind type_modified()'s back, and the method cache (object.cpp)
// trusts a type's version to mean its namespace is unchanged.
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/generic_alias.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject MappingProxyType("mappingproxy");

namespace {

struct MappingProxyObject : GcObject {
  Value m_mapping;
  explicit MappingProxyObject(Value mapping) : GcObject(&MappingProxyType), m_mapping(std::move(mapping)) {}
  void traverse(Visitor visit, void* arg) override { visit_value(m_mapping, visit, arg); }
};

const Value& mapping_of(const Value& proxy) { return proxy.as<MappingProxyObject>()->m_mapping; }

Value proxy_repr(const Value& self) {
  Value inner = repr(mapping_of(self));
  if (inner.is_null()) return Value();
  return new_str("mappingproxy(" + inner.as<StrObject>()->m_data + ")");
}

Value proxy_str(const Value& self) { return to_str(mapping_of(self)); }

Value proxy_getitem(const Value& self, const Value& key) { return get_item(mapping_of(self), key); }
int proxy_contains(const Value& self, const Value& key) { return contains(mapping_of(self), key); }
Value proxy_iter(const Value& self) { return get_iter(mapping_of(self)); }
int64_t proxy_len(const Value& self) { return length(mapping_of(self)); }
Value proxy_richcompare(const Value& self, const Value& other, CmpOp op) {
  return rich_compare(mapping_of(self), other, op);
}

// keys(), values(), items(), copy() and get() are the mapping's own.
template <const char* kName>
Value forward(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords(kName, kw)) return Value();
  return call_method(mapping_of(args[0]), intern(kName), args + 1, nargs - 1);
}
constexpr char kKeys[] = "keys", kValues[] = "values", kItems[] = "items", kCopy[] = "copy",
               kGet[] = "get";

// mappingproxy(mapping): any mapping but a sequence (CPython's mappingproxy_check_mapping).
Value proxy_new(TypeObject*, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("mappingproxy", kw) || !check_nargs("mappingproxy", nargs, 1, 1)) return Value();
  const Value& m = args[0];
  bool mapping = !is_list(m) && !is_tuple(m) && (m.type()->tp_getitem != nullptr || is_dict(m));
  if (!mapping)
    return raise(&TypeErrorType,
                 format("mappingproxy() argument must be a mapping, not %s", type_name(m).c_str()));
  return Value::steal(new MappingProxyObject(m));
}

Value proxy_reversed(const Value* args, size_t, KwNames*) {
  return call_method(mapping_of(args[0]), intern("__reversed__"), nullptr, 0);
}

// proxy | other and other | proxy give a new dict, as the mapping's own | does.
Value proxy_binary(BinOp op, const Value& a, const Value& b) {
  if (op != BinOp::BitOr) return NotImplemented;
  Value left = a.type() == &MappingProxyType ? mapping_of(a) : a;
  Value right = b.type() == &MappingProxyType ? mapping_of(b) : b;
  return binary_op(op, left, right);
}

}  // namespace

Value new_mappingproxy(DictObject* dict) {
  return Value::steal(new MappingProxyObject(Value::borrow(dict)));
}

void init_mappingproxy_type() {
  MappingProxyType.tp_repr = proxy_repr;
  MappingProxyType.tp_str = proxy_str;
  MappingProxyType.tp_getitem = proxy_getitem;
  MappingProxyType.tp_contains = proxy_contains;
  MappingProxyType.tp_iter = proxy_iter;
  MappingProxyType.tp_len = proxy_len;
  MappingProxyType.tp_richcompare = proxy_richcompare;
  MappingProxyType.tp_hash = hash_unhashable;
  MappingProxyType.tp_new = proxy_new;
  MappingProxyType.tp_binary = proxy_binary;
  type_ready(&MappingProxyType, &ObjectType,
             {
                 {"keys", forward<kKeys>},
                 {"values", forward<kValues>},
                 {"items", forward<kItems>},
                 {"copy", forward<kCopy>},
                 {"get", forward<kGet>},
                 {"__reversed__", proxy_reversed},
             });
  type_add_class_getitem(&MappingProxyType);
}

}  // namespace hotpy
