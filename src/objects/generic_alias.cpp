// types.GenericAlias (list[int]) and types.UnionType (int | None), as CPython 3.11
// makes them for annotations: reprs, equality, hashing, calling the origin, and the
// isinstance/issubclass rules (a union of classes works, a parameterized generic
// does not).
#include "objects/generic_alias.h"

#include <mutex>

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject GenericAliasType("types.GenericAlias");
TypeObject UnionTypeType("types.UnionType");

namespace {

struct GenericAliasObject : GcObject {
  Value m_origin;
  Value m_args;  // a tuple
  DictObject* m_dict = nullptr;  // instances of Python subclasses (collections.abc's _CallableGenericAlias)
  GenericAliasObject(TypeObject* type, Value origin, Value args)
      : GcObject(type), m_origin(std::move(origin)), m_args(std::move(args)) {}
  ~GenericAliasObject() override {
    if (m_dict) decref(m_dict);
  }
  DictObject** instance_dict() override { return m_type->m_flags & kHeapType ? &m_dict : nullptr; }
  void traverse(Visitor visit, void* arg) override {
    visit_value(m_origin, visit, arg);
    visit_value(m_args, visit, arg);
    if (m_dict) visit(m_dict, arg);
  }
  void clear() override {
    m_origin = Value();
    m_args = Value();
    DictObject* d = m_dict;
    m_dict = nullptr;
    if (d) decref(d);
  }
};

struct UnionObject : GcObject {
  Value m_args;  // a tuple of two or more, None as NoneType
  explicit UnionObject(Value args) : GcObject(&UnionTypeType), m_args(std::move(args)) {}
  void traverse(Visitor visit, void* arg) override { visit_value(m_args, visit, arg); }
};

// Exceptions and isinstance ask this of every class they check: the exact type is the
// fast answer, only a class written in Python can be a subclass.
bool is_alias(const Value& v) {
  if (!v.is_obj()) return false;
  const TypeObject* t = v.type();
  return t == &GenericAliasType || ((t->m_flags & kHeapType) && t->is_subtype(&GenericAliasType));
}
bool is_union(const Value& v) { return v.is_obj() && v.type() == &UnionTypeType; }
const std::vector<Value>& union_args(const Value& u) { return as_tuple(u.as<UnionObject>()->m_args)->m_items; }

// How an argument shows inside a[...] or a | b: classes by (module-qualified) name,
// ... as "...", None for NoneType, anything else by repr.
bool arg_text(const Value& v, std::string& out) {
  if (v.is(Ellipsis)) {
    out += "...";
    return true;
  }
  if (v.is_none() || (v.is_obj() && v.obj() == &NoneType)) {
    out += "None";
    return true;
  }
  if (v.type()->is_subtype(&TypeType) && !is_alias(v)) {
    auto* t = v.as<TypeObject>();
    Value mod = dict_get_str(t->m_dict, intern("__module__"));
    if (is_str(mod) && as_str(mod)->view() != "builtins") out += as_str(mod)->m_data + ".";
    out += t->m_qualname;
    return true;
  }
  Value r = repr(v);
  if (r.is_null()) return false;
  out += as_str(r)->m_data;
  return true;
}

Value alias_repr(const Value& self) {
  auto* a = self.as<GenericAliasObject>();
  std::string out;
  if (!arg_text(a->m_origin, out)) return Value();
  out += "[";
  const auto& args = as_tuple(a->m_args)->m_items;
  if (args.empty()) out += "()";
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    if (is_tuple(args[i]) && as_tuple(args[i])->size() == 0) out += "()";
    else if (!arg_text(args[i], out)) return Value();
  }
  return new_str(out + "]");
}

Value alias_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value r = call(self.as<GenericAliasObject>()->m_origin, args, nargs, kw);
  // The instance remembers the alias that made it, when it can carry attributes.
  if (!r.is_null() && r.is_obj() && r.obj()->instance_dict()) {
    if (set_attr(r, intern("__orig_class__"), self) < 0) clear_error();
  }
  return r;
}

Value alias_mro_entries(const Value* args, size_t nargs, KwNames*) {
  return new_tuple({args[0].as<GenericAliasObject>()->m_origin});
}

Value alias_getattr(const Value& self, StrObject* name) {
  auto* a = self.as<GenericAliasObject>();
  std::string_view n = name->view();
  if (n == "__origin__") return a->m_origin;
  if (n == "__args__") return a->m_args;
  if (n == "__parameters__") return empty_tuple();
  if (n == "__class__") return Value::borrow(self.type());
  if (n == "__mro_entries__" || n == "__reduce__" || n == "__dir__") return generic_getattr(self, name);
  // Everything else is the origin's (list[int].append is list.append).
  return get_attr(a->m_origin, name);
}

Value alias_compare(const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_alias(b)) return NotImplemented;
  auto* x = a.as<GenericAliasObject>();
  auto* y = b.as<GenericAliasObject>();
  int same = x->m_origin.is(y->m_origin) ? 1 : 0;
  if (same) {
    same = compare_bool(x->m_args, y->m_args, CmpOp::Eq);
    if (same < 0) return Value();
  }
  return Value::boolean((op == CmpOp::Eq) == (same == 1));
}

int64_t alias_hash(const Value& self) {
  auto* a = self.as<GenericAliasObject>();
  int64_t h1 = hash(a->m_origin), h2 = hash(a->m_args);
  if (h1 == -1 || h2 == -1) return -1;
  int64_t h = h1 ^ h2;
  return h == -1 ? -2 : h;
}

// What may stand in a union: classes, None, generic aliases and unions.
bool unionable(const Value& v) {
  return v.is_none() || (v.is_obj() && v.type()->is_subtype(&TypeType)) || is_alias(v) || is_union(v);
}

Value union_repr(const Value& self) {
  std::string out;
  const auto& args = union_args(self);
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += " | ";
    if (!arg_text(args[i], out)) return Value();
  }
  return new_str(out);
}

Value union_getattr(const Value& self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "__args__") return self.as<UnionObject>()->m_args;
  if (n == "__parameters__") return empty_tuple();
  return generic_getattr(self, name);
}

// Unions compare as sets of their members.
Value union_compare(const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_union(b)) return NotImplemented;
  Value x = new_frozenset(a.as<UnionObject>()->m_args), y = new_frozenset(b.as<UnionObject>()->m_args);
  if (x.is_null() || y.is_null()) return Value();
  int same = compare_bool(x, y, CmpOp::Eq);
  if (same < 0) return Value();
  return Value::boolean((op == CmpOp::Eq) == (same == 1));
}

int64_t union_hash(const Value& self) {
  Value s = new_frozenset(self.as<UnionObject>()->m_args);
  return s.is_null() ? -1 : hash(s);
}

// One member, flattened: a union's members, None as NoneType, duplicates dropped.
int add_member(std::vector<Value>& members, const Value& v) {
  if (is_union(v)) {
    for (const Value& m : union_args(v))
      if (add_member(members, m) < 0) return -1;
    return 0;
  }
  Value m = v.is_none() ? Value::borrow(&NoneType) : v;
  for (const Value& have : members) {
    int same = have.is(m) ? 1 : (is_alias(have) && is_alias(m)) ? compare_bool(have, m, CmpOp::Eq) : 0;
    if (same < 0) return -1;
    if (same) return 0;
  }
  members.push_back(m);
  return 0;
}

Value union_or(BinOp op, const Value& a, const Value& b) {
  if (op != BinOp::BitOr || !unionable(a) || !unionable(b)) return NotImplemented;
  return make_union(a, b);
}

// isinstance(x, alias) and issubclass(c, alias) are errors, also inside a union.
bool refuse_parameterized(const Value& cls, const char* who) {
  bool generic = is_alias(cls);
  if (is_union(cls))
    for (const Value& m : union_args(cls)) generic = generic || is_alias(m);
  if (generic) raise(&TypeErrorType, format("%s() argument 2 cannot be a parameterized generic", who));
  return generic;
}

// cls.__class_getitem__(item), bound as a classmethod: args[0] is the class.
Value class_getitem(const Value* args, size_t nargs, KwNames*) {
  if (nargs != 2) return raise(&TypeErrorType, "__class_getitem__() takes exactly one argument");
  return new_generic_alias(args[0], args[1]);
}

// types.GenericAlias(origin, args), as list[int] makes it.
Value alias_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (type == &GenericAliasType && !no_keywords("GenericAlias", kw)) return Value();
  if (nargs != 2)
    return raise(&TypeErrorType, format("GenericAlias expected 2 arguments, got %zu", nargs));
  Value items = is_tuple(args[1]) ? args[1] : new_tuple({args[1]});
  return Value::steal(new GenericAliasObject(type, args[0], std::move(items)));
}

void ready_alias_types() {
  GenericAliasType.tp_new = alias_new;
  GenericAliasType.m_qualname = "GenericAlias";
  GenericAliasType.tp_repr = alias_repr;
  GenericAliasType.tp_call = alias_call;
  GenericAliasType.tp_getattr = alias_getattr;
  GenericAliasType.tp_richcompare = alias_compare;
  GenericAliasType.tp_hash = alias_hash;
  GenericAliasType.tp_binary = union_or;
  GenericAliasType.m_flags |= kBaseType;
  type_ready(&GenericAliasType, &ObjectType, {{"__mro_entries__", alias_mro_entries}});
  type_add_value(&GenericAliasType, "__module__", interned("types"));
  UnionTypeType.m_qualname = "UnionType";
  UnionTypeType.tp_repr = union_repr;
  UnionTypeType.tp_getattr = union_getattr;
  UnionTypeType.tp_richcompare = union_compare;
  UnionTypeType.tp_hash = union_hash;
  UnionTypeType.tp_binary = union_or;
  type_ready(&UnionTypeType, &ObjectType);
  type_add_value(&UnionTypeType, "__module__", interned("types"));
  // The builtin classes CPython 3.11 gives a __class_getitem__ (list[int]).
  for (TypeObject* t : {&ListType, &DictType, &TupleType, &SetType, &FrozenSetType, &EnumerateType,
                        &BaseExceptionGroupType, &ExceptionGroupType})
    type_add_class_getitem(t);
}

}  // namespace

void type_add_class_getitem(TypeObject* type) {
  type_add_value(type, "__class_getitem__",
                 Value::steal(new ClassMethodObject(new_builtin("__class_getitem__", class_getitem))));
}

Value new_generic_alias(const Value& origin, const Value& item) {
  Value args = is_tuple(item) ? item : new_tuple({item});
  return Value::steal(new GenericAliasObject(&GenericAliasType, origin, std::move(args)));
}

Value make_union(const Value& a, const Value& b) {
  std::vector<Value> members;
  if (add_member(members, a) < 0 || add_member(members, b) < 0) return Value();
  if (members.size() == 1) return members[0];
  return Value::steal(new UnionObject(new_tuple(std::move(members))));
}

Value type_or(BinOp op, const Value& a, const Value& b) { return union_or(op, a, b); }

int union_instance_check(const Value& obj, const Value& cls, bool subclass) {
  if (cls.is_obj() && cls.type() == &TypeType) return -2;  // a plain class: every except clause asks
  if (!is_alias(cls) && !is_union(cls)) return -2;
  if (refuse_parameterized(cls, subclass ? "issubclass" : "isinstance")) return -1;
  for (const Value& m : union_args(cls)) {
    int r = subclass ? is_subclass_of(obj, m) : is_instance_of(obj, m);
    if (r != 0) return r;
  }
  return 0;
}

void init_generic_alias_types() {
  static std::once_flag once;
  ready_builtin_types(once, ready_alias_types);
}

}  // namespace hotpy
