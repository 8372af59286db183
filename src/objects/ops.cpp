// The abstract object protocol (ops.h): dispatch through slots, with CPython's
// fallbacks and TypeError messages.
#include "objects/ops.h"

#include <unordered_set>

#include "objects/dict.h"
#include "objects/instance.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/tuple.h"
#include "objects/typeslots.h"

namespace hotpy {

// ORDER BINOP
static const char* const kSymbols[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
static const char* const kDunders[] = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__",
                                       "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__",
                                       "__and__", "__or__", "__xor__"};
static const char* const kRDunders[] = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__",
                                        "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__",
                                        "__rand__", "__ror__", "__rxor__"};
static const char* const kIDunders[] = {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__",
                                        "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__",
                                        "__iand__", "__ior__", "__ixor__"};
const char* binop_symbol(BinOp op) { return kSymbols[int(op)]; }
const char* binop_dunder(BinOp op) { return kDunders[int(op)]; }
const char* binop_rdunder(BinOp op) { return kRDunders[int(op)]; }
const char* binop_idunder(BinOp op) { return kIDunders[int(op)]; }

// ---------------------------------------------------------------------------
// repr / str

// repr and str count a recursion level each, as CPython's PyObject_Repr/PyObject_Str
// do: a list nested 100,000 deep ends in RecursionError at the limit.
Value repr(const Value& v) {
  auto f = v.type()->tp_repr;
  if (!f) return new_str(format("<%s object>", type_name(v).c_str()));
  if (!enter_recursion(" while getting the repr of an object")) return Value();
  Value r = f(v);
  leave_recursion();
  // Checked here, not in the slot, as CPython's PyObject_Repr: str() of an object whose
  // __repr__ misbehaves blames __str__ (object.__str__ calls the slot unchecked).
  if (!r.is_null() && !is_str(r))
    return raise(&TypeErrorType, format("__repr__ returned non-string (type %s)", type_name(r).c_str()));
  return r;
}

Value to_str(const Value& v) {
  if (is_type(v, &StrType)) return v;
  if (v.is_int()) return small_int_str(v.as_int());  // int.__str__ cannot be replaced
  auto f = v.type()->tp_str;
  if (!f) return repr(v);
  if (!enter_recursion(" while getting the str of an object")) return Value();
  Value r = f(v);
  leave_recursion();
  if (!r.is_null() && !is_str(r))
    return raise(&TypeErrorType, format("__str__ returned non-string (type %s)", type_name(r).c_str()));
  return r;
}

std::string repr_text(const Value& v) {
  Value r = repr(v);
  if (r.is_null()) {
    clear_error();
    return "<unprintable>";
  }
  return as_str(r)->m_data;
}

std::string str_text(const Value& v) {
  Value r = to_str(v);
  if (r.is_null()) {
    clear_error();
    return "<unprintable>";
  }
  return as_str(r)->m_data;
}

namespace {
}
int repr_enter(Object* obj) {
  if (ts->repr_active.count(obj)) return 1;
  ts->repr_active.insert(obj);
  return 0;
}
void repr_leave(Object* obj) { ts->repr_active.erase(obj); }

// ---------------------------------------------------------------------------
// hash, truth, len

int64_t hash(const Value& v) {
  switch (v.tag()) {
    case Tag::Int: {
      int64_t i = v.as_int();
      // CPython reduces modulo 2**61-1; small ints within that range hash to themselves.
      if (i >= -(int64_t(1) << 60) && i < (int64_t(1) << 60)) return i == -1 ? -2 : i;
      return int_hash(v);
    }
    case Tag::Bool: return v.as_bool();
    case Tag::Float: return float_hash(v.as_float());
    case Tag::None: return NoneType.tp_hash(v);
    default: break;
  }
  if (is_type(v, &StrType)) return as_str(v)->hash();
  auto f = v.type()->tp_hash;
  if (!f) {
    raise(&TypeErrorType, format("unhashable type: '%s'", type_name(v).c_str()));
    return -1;
  }
  return f(v);
}

int truthy(const Value& v) {
  switch (v.tag()) {
    case Tag::Bool: return v.as_bool();
    case Tag::None: return 0;
    case Tag::Int: return v.as_int() != 0;
    case Tag::Float: return v.as_float() != 0.0;
    case Tag::Null: return 0;
    case Tag::Obj: break;
  }
  TypeObject* t = v.type();
  if (t->tp_bool) return t->tp_bool(v);
  if (t->tp_len) {
    int64_t n = t->tp_len(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

int64_t length(const Value& v) {
  auto f = v.type()->tp_len;
  if (!f) {
    raise(&TypeErrorType, format("object of type '%s' has no len()", type_name(v).c_str()));
    return -1;
  }
  return f(v);
}

// ---------------------------------------------------------------------------
// comparison

static const CmpOp kSwapped[] = {CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le};
static const char* const kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

static Value compare_slots(const Value& a, const Value& b, CmpOp op);

Value rich_compare(const Value& a, const Value& b, CmpOp op) {
  if (a.is_int() && b.is_int()) {
    // Counted too, without recursing: (0,) < (1,) at the limit fails as in CPython.
    if (__builtin_expect(ts->depth >= ts->recursion_limit, 0)) {
      ++ts->depth;  // the level recursion_limit_error reports and undoes
      recursion_limit_error(" in comparison");
      return Value();
    }
    int64_t x = a.as_int(), y = b.as_int();
    switch (op) {
      case CmpOp::Lt: return Value::boolean(x < y);
      case CmpOp::Le: return Value::boolean(x <= y);
      case CmpOp::Eq: return Value::boolean(x == y);
      case CmpOp::Ne: return Value::boolean(x != y);
      case CmpOp::Gt: return Value::boolean(x > y);
      case CmpOp::Ge: return Value::boolean(x >= y);
    }
  }
  // One level per comparison, like CPython's PyObject_RichCompare: [[[...]]] == [[[...]]]
  // ends in RecursionError "in comparison".
  if (!enter_recursion(" in comparison")) return Value();
  Value r = compare_slots(a, b, op);
  leave_recursion();
  return r;
}

static Value compare_slots(const Value& a, const Value& b, CmpOp op) {
  TypeObject* ta = a.type();
  TypeObject* tb = b.type();
  bool checked_reverse = false;
  // A subclass's reflected method goes first, overridden or not (CPython's do_richcompare).
  if (ta != tb && tb->tp_richcompare && tb->is_subtype(ta)) {
    checked_reverse = true;
    Value r = tb->tp_richcompare(b, a, kSwapped[int(op)]);
    if (!r.is(NotImplemented)) return r;
  }
  if (ta->tp_richcompare) {
    Value r = ta->tp_richcompare(a, b, op);
    if (!r.is(NotImplemented)) return r;
  }
  if (!checked_reverse && tb->tp_richcompare) {
    Value r = tb->tp_richcompare(b, a, kSwapped[int(op)]);
    if (!r.is(NotImplemented)) return r;
  }
  if (op == CmpOp::Eq) return Value::boolean(a.is(b));
  if (op == CmpOp::Ne) return Value::boolean(!a.is(b));
  return raise(&TypeErrorType, format("'%s' not supported between instances of '%s' and '%s'",
                                      kCmpSymbols[int(op)], ta->m_name.c_str(), tb->m_name.c_str()));
}

int compare_bool(const Value& a, const Value& b, CmpOp op) {
  Value r = rich_compare(a, b, op);
  if (r.is_null()) return -1;
  if (r.is_bool()) return r.as_bool();
  return truthy(r);
}

int equal(const Value& a, const Value& b) {
  if (a.is(b)) return a.is_float() ? a.as_float() == a.as_float() : 1;  // nan != nan
  return compare_bool(a, b, CmpOp::Eq);
}

// ---------------------------------------------------------------------------
// arithmetic

static Value binary_error(BinOp op, const Value& a, const Value& b, bool inplace) {
  if (op == BinOp::Pow && !inplace)
    return raise(&TypeErrorType, format("unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                                        type_name(a).c_str(), type_name(b).c_str()));
  return raise(&TypeErrorType, format("unsupported operand type(s) for %s%s: '%s' and '%s'", binop_symbol(op),
                                      inplace ? "=" : "", type_name(a).c_str(), type_name(b).c_str()));
}

Value raise_binary_error(BinOp op, const Value& a, const Value& b) { return binary_error(op, a, b, false); }

static Value binary_dispatch(BinOp op, const Value& a, const Value& b) {
  TypeObject* ta = a.type();
  TypeObject* tb = b.type();
  auto fa = ta->tp_binary;
  auto fb = tb != ta ? tb->tp_binary : nullptr;
  if (fb == fa) fb = nullptr;
  if (fa) {
    if (fb && tb->is_subtype(ta)) {
      Value r = fb(op, a, b);
      if (!r.is(NotImplemented)) return r;
      fb = nullptr;
    }
    Value r = fa(op, a, b);
    if (!r.is(NotImplemented)) return r;
  }
  if (fb) {
    Value r = fb(op, a, b);
    if (!r.is(NotImplemented)) return r;
  }
  return NotImplemented;
}

// `kInplace`: an augmented assignment, whose error names its operator ("+=").
template <bool kInplace>
static Value arithmetic(BinOp op, const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int(), r;
    switch (op) {
      case BinOp::Add: if (!__builtin_add_overflow(x, y, &r)) return Value::integer(r); break;
      case BinOp::Sub: if (!__builtin_sub_overflow(x, y, &r)) return Value::integer(r); break;
      case BinOp::Mul: if (!__builtin_mul_overflow(x, y, &r)) return Value::integer(r); break;
      case BinOp::BitAnd: return Value::integer(x & y);
      case BinOp::BitOr: return Value::integer(x | y);
      case BinOp::BitXor: return Value::integer(x ^ y);
      default: break;
    }
    Value result = int_binary(op, a, b);
    if (result.is(NotImplemented)) return binary_error(op, a, b, kInplace);  // int @ int
    return result;
  }
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    switch (op) {
      case BinOp::Add: return Value::number(x + y);
      case BinOp::Sub: return Value::number(x - y);
      case BinOp::Mul: return Value::number(x * y);
      default: break;
    }
    Value r = float_binary(op, a, b);
    if (r.is(NotImplemented)) return binary_error(op, a, b, kInplace);  // float ^ float
    return r;
  }
  Value r = binary_dispatch(op, a, b);
  if (r.is(NotImplemented)) return binary_error(op, a, b, kInplace);
  return r;
}

Value binary_op(BinOp op, const Value& a, const Value& b) { return arithmetic<false>(op, a, b); }

Value inplace_op(BinOp op, const Value& a, const Value& b) {
  if (a.is_obj()) {
    auto f = a.type()->tp_inplace;
    if (f) {
      Value r = f(op, a, b);
      if (!r.is(NotImplemented)) return r;
    }
  } else {
    return arithmetic<true>(op, a, b);  // numbers held in the Value: no in-place form
  }
  Value r = binary_dispatch(op, a, b);
  if (r.is(NotImplemented)) return binary_error(op, a, b, true);
  return r;
}

Value unary_op(UnaryOp op, const Value& v) {
  if (op == UnaryOp::Not) {
    int t = truthy(v);
    return t < 0 ? Value() : Value::boolean(!t);
  }
  if (v.is_int() && op == UnaryOp::Neg && v.as_int() != INT64_MIN) return Value::integer(-v.as_int());
  if (v.is_float()) {
    if (op == UnaryOp::Neg) return Value::number(-v.as_float());
    if (op == UnaryOp::Pos) return v;
  }
  // A dunder written in Python answers for itself, NotImplemented included (unlike
  // binary operators, unary ones have no fallback).
  Value r;
  if (python_unary(v, op, &r)) return r;
  auto f = v.type()->tp_unary;
  if (f) {
    r = f(op, v);
    if (!r.is(NotImplemented)) return r;
  }
  static const char* const names[] = {"unary -", "unary +", "unary ~"};
  return raise(&TypeErrorType,
               format("bad operand type for %s: '%s'", names[int(op)], type_name(v).c_str()));
}

int contains(const Value& container, const Value& item) {
  auto f = container.type()->tp_contains;
  if (f) return f(container, item);
  Value it = get_iter(container);
  if (it.is_null()) {
    if (error_matches(&TypeErrorType)) {
      clear_error();
      raise(&TypeErrorType, format("argument of type '%s' is not iterable", type_name(container).c_str()));
    }
    return -1;
  }
  for (;;) {
    Value x = iter_next(it);
    if (x.is_null()) return error_pending() ? -1 : 0;
    int eq = equal(x, item);
    if (eq != 0) return eq;
  }
}

// ---------------------------------------------------------------------------
// attributes

static Value no_attribute(const Value& obj, StrObject* name) {
  return raise_attribute_error(obj, name,
                               format("'%s' object has no attribute '%s'", type_name(obj).c_str(), name->m_data.c_str()));
}

Value generic_getattr(const Value& obj, StrObject* name) {
  TypeObject* type = obj.type();
  Value descr = type->lookup(name);
  decltype(type->tp_descr_get) get = nullptr;
  if (!descr.is_null()) {
    TypeObject* dt = descr.type();
    get = dt->tp_descr_get;
    if (get && dt->tp_descr_set) return get(descr, obj, type);
  }
  if (obj.is_obj()) {
    if (has_inline_attributes(obj.obj())) {
      if (const Value* v = static_cast<InstanceObject*>(obj.obj())->inline_value(name)) return *v;
      if (!descr.is_null()) return get ? get(descr, obj, type) : descr;
      return no_attribute(obj, name);
    }
    DictObject** d = obj.obj()->instance_dict();
    if (d && *d) {
      Value v = dict_get_str(*d, name);
      if (!v.is_null()) return v;
    }
  }
  if (!descr.is_null()) return get ? get(descr, obj, type) : descr;
  return no_attribute(obj, name);
}

int generic_setattr(const Value& obj, StrObject* name, const Value& v) {
  TypeObject* type = obj.type();
  Value descr = type->lookup(name);
  if (!descr.is_null() && descr.type()->tp_descr_set) return descr.type()->tp_descr_set(descr, obj, v);
  if (obj.is_obj() && has_inline_attributes(obj.obj()) && !v.is_null() &&
      set_inline_attribute(static_cast<InstanceObject*>(obj.obj()), name, v) >= 0)
    return 0;
  DictObject** d = obj.is_obj() ? obj.obj()->instance_dict() : nullptr;
  if (!d) {
    if (descr.is_null())
      no_attribute(obj, name);
    else
      raise(&AttributeErrorType, format("'%s' object attribute '%s' is read-only", type_name(obj).c_str(),
                                        name->m_data.c_str()));
    return -1;
  }
  if (!*d) *d = new DictObject();
  if (v.is_null()) {
    if (dict_get_str(*d, name).is_null()) {
      no_attribute(obj, name);
      return -1;
    }
    return dict_del(*d, Value::borrow(name));
  }
  return dict_set_str(*d, name, v);
}

Value get_attr(const Value& obj, StrObject* name) {
  auto f = obj.type()->tp_getattr;
  if (!f) return no_attribute(obj, name);
  return f(obj, name);
}

Value get_attr_opt(const Value& obj, StrObject* name) {
  Value v = get_attr(obj, name);
  if (v.is_null() && error_matches(&AttributeErrorType)) clear_error();
  return v;
}

int set_attr(const Value& obj, StrObject* name, const Value& v) {
  auto f = obj.type()->tp_setattr;
  if (!f) {
    if (obj.type()->tp_getattr == nullptr || !obj.is_obj())
      raise(&AttributeErrorType, format("'%s' object has no attribute '%s'", type_name(obj).c_str(),
                                        name->m_data.c_str()));
    else
      raise(&AttributeErrorType, format("'%s' object attribute '%s' is read-only", type_name(obj).c_str(),
                                        name->m_data.c_str()));
    return -1;
  }
  return f(obj, name, v);
}

int del_attr(const Value& obj, StrObject* name) { return set_attr(obj, name, Value()); }

// ---------------------------------------------------------------------------
// items

Value get_item(const Value& obj, const Value& key) {
  auto f = obj.type()->tp_getitem;
  if (f) return f(obj, key);
  if (obj.type()->is_subtype(&TypeType)) {
    // list[int], or a class's own __class_getitem__ (an implicit classmethod).
    if (obj.obj() == &TypeType) return new_generic_alias(obj, key);
    Value cg = obj.as<TypeObject>()->lookup(INTERN("__class_getitem__"));
    if (!cg.is_null()) {
      Value bound = cg.type()->tp_descr_get ? cg.type()->tp_descr_get(cg, Value(), obj.as<TypeObject>()) : cg;
      return call1(bound, key);
    }
    return raise(&TypeErrorType,
                 format("type '%s' is not subscriptable", obj.as<TypeObject>()->m_name.c_str()));
  }
  return raise(&TypeErrorType, format("'%s' object is not subscriptable", type_name(obj).c_str()));
}

int set_item(const Value& obj, const Value& key, const Value& v) {
  auto f = obj.type()->tp_setitem;
  if (!f) {
    raise(&TypeErrorType, format("'%s' object does not support item assignment", type_name(obj).c_str()));
    return -1;
  }
  return f(obj, key, v);
}

// CPython words this error by the path PyObject_DelItem took: a sequence type
// given an index says "doesn't", everything else "does not". Classes written in
// Python always count as sequence types there (heap types carry the slots).
int raise_no_item_deletion(const Value& obj, const Value& key) {
  TypeObject* t = obj.type();
  bool sequence = (t->m_flags & kHeapType) || t->tp_len || t->tp_contains || t->tp_getitem;
  const char* fmt = sequence && is_index_like(key) ? "'%s' object doesn't support item deletion"
                                                   : "'%s' object does not support item deletion";
  raise(&TypeErrorType, format(fmt, type_name(obj).c_str()));
  return -1;
}

int del_item(const Value& obj, const Value& key) {
  auto f = obj.type()->tp_setitem;
  if (!f) return raise_no_item_deletion(obj, key);
  return f(obj, key, Value());
}

// ---------------------------------------------------------------------------
// iteration

Value get_iter(const Value& obj) {
  TypeObject* t = obj.type();
  if (t->tp_iter) return t->tp_iter(obj);
  if (t->tp_getitem && obj.is_obj() && !is_dict(obj)) return new_getitem_iter(obj);
  return raise(&TypeErrorType, format("'%s' object is not iterable", type_name(obj).c_str()));
}

Value iter_next(const Value& it) {
  auto f = it.type()->tp_next;
  if (!f) return raise(&TypeErrorType, format("'%s' object is not an iterator", type_name(it).c_str()));
  return f(it);
}

// ---------------------------------------------------------------------------
// calls

Value call(const Value& callable, const Value* args, size_t nargs, KwNames* kw) {
  TypeObject* t = callable.type();
  if (t == &FunctionType) return call_function(callable.as<FunctionObject>(), args, nargs, kw);
  auto f = t->tp_call;
  if (!f) return raise(&TypeErrorType, format("'%s' object is not callable", type_name(callable).c_str()));
  // CPython counts a level for a call through tp_call (_PyObject_MakeTpCall): a class
  // made by a class statement, or an instance with __call__; and for a builtin called
  // with keywords (sorted(key=...), list.sort(key=...)). Other builtin calls, bound
  // methods and builtin types are called without one (specialized or vectorcall).
  bool counted = (t->m_flags & kHeapType) ||
                 (t == &TypeType && (callable.as<TypeObject>()->m_flags & kHeapType)) ||
                 (kw && (t == &BuiltinFunctionType || t == &MethodDescrType));
  if (!counted) {
    if (stack_exhausted()) return Value();
    return f(callable, args, nargs, kw);
  }
  if (!enter_recursion(" while calling a Python object")) return Value();
  Value r = f(callable, args, nargs, kw);
  leave_recursion();
  return r;
}

Value get_method(const Value& obj, StrObject* name, bool* self_needed) {
  *self_needed = false;
  TypeObject* type = obj.type();
  if (type->tp_getattr == generic_getattr) {
    Value descr = type->lookup(name);
    if (!descr.is_null()) {
      TypeObject* dt = descr.type();
      if (dt == &FunctionType || dt == &MethodDescrType) {
        // A method, unless an instance attribute shadows it.
        bool shadowed;
        if (obj.is_obj() && has_inline_attributes(obj.obj())) {
          shadowed = static_cast<InstanceObject*>(obj.obj())->inline_value(name);
        } else {
          DictObject** d = obj.is_obj() ? obj.obj()->instance_dict() : nullptr;
          shadowed = d && *d && !dict_get_str(*d, name).is_null();
        }
        if (!shadowed) {
          *self_needed = true;
          return descr;
        }
      }
    }
  }
  return get_attr(obj, name);
}

Value call_method(const Value& obj, StrObject* name, const Value* args, size_t nargs) {
  bool self_needed;
  Value f = get_method(obj, name, &self_needed);
  if (f.is_null()) return f;
  if (!self_needed) return call(f, args, nargs);
  return call_with_first(f, obj, args, nargs, nullptr);
}

Value call_special(const Value& self, StrObject* name, const Value* args, size_t nargs) {
  Value f = self.type()->lookup(name);
  if (f.is_null())
    return raise(&AttributeErrorType,
                 format("'%s' object has no attribute '%s'", type_name(self).c_str(), name->m_data.c_str()));
  if (is_type(f, &FunctionType)) return call_with_first(f, self, args, nargs, nullptr);
  auto get = f.type()->tp_descr_get;
  Value bound = get ? get(f, self, self.type()) : f;
  if (bound.is_null()) return bound;
  return call(bound, args, nargs);
}

size_t kw_count(KwNames* kw) { return kw ? kw->size() : 0; }

Value call_with_first(const Value& f, const Value& first, const Value* args, size_t nargs, KwNames* kw) {
  return with_first_arg(first, args, nargs, kw, [&](const Value* all, size_t n) {
    if (is_type(f, &FunctionType)) return call_function(f.as<FunctionObject>(), all, n, kw);
    return call(f, all, n, kw);
  });
}

bool is_callable(const Value& v) { return v.type()->tp_call != nullptr || v.type() == &FunctionType; }

bool index_value(const Value& v, int64_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.as_bool();
    return true;
  }
  if (is_bigint(v)) return int_to_int64(v, out);
  if (v.is_obj()) {
    Value f = v.type()->lookup(INTERN("__index__"));
    if (!f.is_null()) {
      Value r = call_special(v, INTERN("__index__"), nullptr, 0);
      if (r.is_null()) return false;
      if (!is_int_like(r)) {
        raise(&TypeErrorType, format("__index__ returned non-int (type %s)", type_name(r).c_str()));
        return false;
      }
      return index_value(r, out);
    }
  }
  raise(&TypeErrorType, format("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
  return false;
}

bool index_ssize(const Value& v, int64_t* out, TypeObject* overflow) {
  Value i = v;
  if (!is_int_like(v)) {
    if (!v.is_obj() || v.type()->lookup(INTERN("__index__")).is_null()) {
      raise(&TypeErrorType, format("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
      return false;
    }
    i = call_special(v, INTERN("__index__"), nullptr, 0);
    if (i.is_null()) return false;
    if (!is_int_like(i)) {
      raise(&TypeErrorType, format("__index__ returned non-int (type %s)", type_name(i).c_str()));
      return false;
    }
  }
  if (!i.is_obj()) {
    *out = small_int(i);
    return true;
  }
  mpz_srcptr z = bigint_mpz(i);
  if (mpz_fits_slong_p(z)) {
    *out = mpz_get_si(z);
    return true;
  }
  if (!overflow) {
    *out = mpz_sgn(z) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  raise(overflow, format("cannot fit '%s' into an index-sized integer", type_name(v).c_str()));
  return false;
}

// A class whose metaclass (written in Python) defines `hook` (__instancecheck__,
// __subclasscheck__) answers for itself: -2 when there is no such hook.
static int metaclass_check(const Value& x, const Value& cls, const char* hook) {
  TypeObject* meta = cls.type();
  if (!(meta->m_flags & kHeapType)) return -2;
  StrObject* name = intern(hook);
  Value f = meta->lookup(name);
  // type's own hook is the plain check the caller makes anyway.
  if (f.is_null() || f.is(dict_get_str(TypeType.m_dict, name))) return -2;
  if (!enter_recursion(hook[2] == 'i' ? " in __instancecheck__" : " in __subclasscheck__")) return -1;
  Value r = call_method(cls, name, &x, 1);
  leave_recursion();
  if (r.is_null()) return -1;
  return truthy(r);
}

// A tuple of classes counts a level, as in CPython: ((((int,),),),) nests without limit.
int is_subclass_of(const Value& cls, const Value& base) {
  if (is_tuple(base)) {
    if (!enter_recursion(" in __subclasscheck__")) return -1;
    int r = 0;
    for (const Value& b : as_tuple(base)->m_items) {
      r = is_subclass_of(cls, b);
      if (r != 0) break;
    }
    leave_recursion();
    return r;
  }
  int u = union_instance_check(cls, base, true);
  if (u != -2) return u;
  if (int hook = metaclass_check(cls, base, "__subclasscheck__"); hook != -2) return hook;
  if (!base.type()->is_subtype(&TypeType)) {
    raise(&TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  if (!cls.type()->is_subtype(&TypeType)) {
    raise(&TypeErrorType, "issubclass() arg 1 must be a class");
    return -1;
  }
  return cls.as<TypeObject>()->is_subtype(base.as<TypeObject>());
}

int is_instance_of(const Value& obj, const Value& cls) {
  if (is_tuple(cls)) {
    if (!enter_recursion(" in __instancecheck__")) return -1;
    int r = 0;
    for (const Value& c : as_tuple(cls)->m_items) {
      r = is_instance_of(obj, c);
      if (r != 0) break;
    }
    leave_recursion();
    return r;
  }
  if (cls.is_obj() && obj.type() == cls.obj()) return 1;  // first, as in CPython
  int u = union_instance_check(obj, cls, false);
  if (u != -2) return u;
  if (int hook = metaclass_check(obj, cls, "__instancecheck__"); hook != -2) return hook;
  if (!cls.type()->is_subtype(&TypeType)) {
    raise(&TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  if (obj.type()->is_subtype(cls.as<TypeObject>())) return 1;
  // An object may claim another class through __class__ (proxies, mocks); honour it,
  // as CPython's object_isinstance. Skipped when __class__ can only be the type.
  static StrObject* class_name = intern("__class__");
  Value descr = obj.type()->lookup(class_name);
  if (obj.type()->tp_getattr == ObjectType.tp_getattr && descr.is(dict_get_str(ObjectType.m_dict, class_name)))
    return 0;
  Value claimed = get_attr_opt(obj, class_name);
  if (claimed.is_null()) {
    if (error_pending() && !error_matches(&AttributeErrorType)) return -1;
    clear_error();
    return 0;
  }
  if (claimed.is(Value::borrow(obj.type())) || !claimed.type()->is_subtype(&TypeType)) return 0;
  return claimed.as<TypeObject>()->is_subtype(cls.as<TypeObject>());
}

}  // namespace hotpy
