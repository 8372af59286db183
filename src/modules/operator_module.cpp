// operator (also importable as _operator): the operators as functions, with their
// dunder aliases, and itemgetter, attrgetter and methodcaller, with CPython 3.11's
// names, reprs and messages. Being native, it stands in for CPython's operator.py.
#include "modules/modules_state.h"
#include "modules/native.h"
#include "modules/native_base.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject ItemGetterType("operator.itemgetter");
TypeObject AttrGetterType("operator.attrgetter");
TypeObject MethodCallerType("operator.methodcaller");

namespace {

// "add expected 2 arguments, got 1"
bool exact_args(const char* name, size_t nargs, KwNames* kw, size_t n) {
  if (!no_keywords(name, kw)) return false;
  if (nargs == n) return true;
  raise(&TypeErrorType, format("%s expected %zu argument%s, got %zu", name, n, n == 1 ? "" : "s", nargs));
  return false;
}

// "_operator.not_() takes exactly one argument (0 given)"
bool one_arg(const char* name, size_t nargs, KwNames* kw) {
  std::string full = std::string("_operator.") + name;
  return no_keywords(full.c_str(), kw) && check_nargs(full.c_str(), nargs, 1, 1);
}

constexpr const char* kBinNames[kBinOpCount] = {"add",    "sub", "mul",    "matmul", "truediv", "floordiv", "mod",
                                                "pow",    "lshift", "rshift", "and_",    "or_",      "xor"};
constexpr const char* kInplaceNames[kBinOpCount] = {"iadd",    "isub",     "imul",    "imatmul", "itruediv",
                                                    "ifloordiv", "imod",   "ipow",    "ilshift", "irshift",
                                                    "iand",    "ior",      "ixor"};
constexpr const char* kCmpNames[] = {"lt", "le", "eq", "ne", "gt", "ge"};

template <BinOp op>
Value op_binary(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args(kBinNames[int(op)], nargs, kw, 2)) return Value();
  return binary_op(op, args[0], args[1]);
}

template <BinOp op>
Value op_inplace(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args(kInplaceNames[int(op)], nargs, kw, 2)) return Value();
  return inplace_op(op, args[0], args[1]);
}

template <CmpOp op>
Value op_compare(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args(kCmpNames[int(op)], nargs, kw, 2)) return Value();
  return rich_compare(args[0], args[1], op);
}

template <UnaryOp op>
Value op_unary(const Value* args, size_t nargs, KwNames* kw) {
  const char* name = op == UnaryOp::Neg ? "neg" : op == UnaryOp::Pos ? "pos" : "inv";
  if (!one_arg(name, nargs, kw)) return Value();
  return unary_op(op, args[0]);
}

Value op_not(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("not_", nargs, kw)) return Value();
  int t = truthy(args[0]);
  return t < 0 ? Value() : Value::boolean(!t);
}

Value op_truth(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("truth", nargs, kw)) return Value();
  int t = truthy(args[0]);
  return t < 0 ? Value() : Value::boolean(t);
}

Value op_is(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args("is_", nargs, kw, 2)) return Value();
  return Value::boolean(args[0].is(args[1]));
}

Value op_is_not(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args("is_not", nargs, kw, 2)) return Value();
  return Value::boolean(!args[0].is(args[1]));
}

Value op_abs(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("abs", nargs, kw)) return Value();
  Value builtins = modules_state().builtins_module;
  Value abs_fn = get_attr(builtins, intern("abs"));
  if (abs_fn.is_null()) return Value();
  return call1(abs_fn, args[0]);
}

Value op_index(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("index", nargs, kw)) return Value();
  const Value& v = args[0];
  if (v.is_int()) return v;
  if (v.is_bool()) return Value::integer(v.as_bool());
  if (is_bigint(v) && v.type() == &IntType) return v;
  static StrObject* index_name = intern("__index__");
  if (v.type()->lookup(index_name).is_null())
    return raise(&TypeErrorType, format("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
  Value r = call_special(v, index_name, nullptr, 0);
  if (r.is_null()) return Value();
  if (!is_int_like(r))
    return raise(&TypeErrorType, format("__index__ returned non-int (type %s)", type_name(r).c_str()));
  return r;
}

bool is_sequence(const Value& v) { return v.type()->tp_getitem && !is_dict(v); }

Value op_concat_common(const char* name, const Value* args, size_t nargs, KwNames* kw, bool inplace) {
  if (!exact_args(name, nargs, kw, 2)) return Value();
  if (!is_sequence(args[0]))
    return raise(&TypeErrorType, format("'%s' object can't be concatenated", type_name(args[0]).c_str()));
  return inplace ? inplace_op(BinOp::Add, args[0], args[1]) : binary_op(BinOp::Add, args[0], args[1]);
}
Value op_concat(const Value* args, size_t nargs, KwNames* kw) {
  return op_concat_common("concat", args, nargs, kw, false);
}
Value op_iconcat(const Value* args, size_t nargs, KwNames* kw) {
  return op_concat_common("iconcat", args, nargs, kw, true);
}

Value op_contains(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args("contains", nargs, kw, 2)) return Value();
  int r = contains(args[0], args[1]);
  return r < 0 ? Value() : Value::boolean(r);
}

// Scans `seq` for items equal to x: the count, or the first index (find_first).
Value scan_sequence(const char* name, const Value* args, size_t nargs, KwNames* kw, bool find_first) {
  if (!exact_args(name, nargs, kw, 2)) return Value();
  Value it = get_iter(args[0]);
  if (it.is_null()) {
    if (error_matches(&TypeErrorType)) {
      clear_error();
      raise(&TypeErrorType, format("argument of type '%s' is not iterable", type_name(args[0]).c_str()));
    }
    return Value();
  }
  int64_t n = 0, i = 0;
  for (;; i++) {
    if (check_interrupt()) return Value();
    Value item = iter_next(it);
    if (item.is_null()) break;
    int eq = item.is(args[1]) ? 1 : equal(item, args[1]);
    if (eq < 0) return Value();
    if (eq && find_first) return Value::integer(i);
    n += eq;
  }
  if (error_pending()) return Value();
  if (find_first) return raise(&ValueErrorType, "sequence.index(x): x not in sequence");
  return Value::integer(n);
}
Value op_countOf(const Value* args, size_t nargs, KwNames* kw) { return scan_sequence("countOf", args, nargs, kw, false); }
Value op_indexOf(const Value* args, size_t nargs, KwNames* kw) { return scan_sequence("indexOf", args, nargs, kw, true); }

Value op_getitem(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args("getitem", nargs, kw, 2)) return Value();
  return get_item(args[0], args[1]);
}

Value op_setitem(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args("setitem", nargs, kw, 3)) return Value();
  return set_item(args[0], args[1], args[2]) < 0 ? Value() : Value::none();
}

Value op_delitem(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args("delitem", nargs, kw, 2)) return Value();
  return del_item(args[0], args[1]) < 0 ? Value() : Value::none();
}

// length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default.
Value op_length_hint(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("length_hint", kw) || !check_nargs("length_hint", nargs, 1, 2)) return Value();
  int64_t dflt = 0;
  if (nargs == 2) {
    if (!is_int_like(args[1]))
      return raise(&TypeErrorType, format("'%s' object cannot be interpreted as an integer", type_name(args[1]).c_str()));
    if (!index_ssize(args[1], &dflt, &OverflowErrorType)) return Value();
  }
  const Value& o = args[0];
  if (o.type()->tp_len) {
    int64_t n = length(o);
    if (n >= 0) return Value::integer(n);
    if (!error_matches(&TypeErrorType)) return Value();
    clear_error();
  }
  static StrObject* hint_name = intern("__length_hint__");
  if (o.type()->lookup(hint_name).is_null()) return Value::integer(dflt);
  Value r = call_special(o, hint_name, nullptr, 0);
  if (r.is_null()) {
    if (!error_matches(&TypeErrorType)) return Value();
    clear_error();
    return Value::integer(dflt);
  }
  if (r.is(NotImplemented)) return Value::integer(dflt);
  if (!is_int_like(r))
    return raise(&TypeErrorType, format("__length_hint__ must be an integer, not %s", type_name(r).c_str()));
  int64_t n;
  if (!index_ssize(r, &n, &OverflowErrorType)) return Value();
  if (n < 0) return raise(&ValueErrorType, "__length_hint__() should return >= 0");
  return Value::integer(n);
}

Value op_call(const Value* args, size_t nargs, KwNames* kw) {
  if (nargs < 1) return raise(&TypeErrorType, "call expected at least 1 argument, got 0");
  return call(args[0], args + 1, nargs - 1, kw);
}

// _compare_digest(a, b): equality whose time does not depend on where they differ.
Value op_compare_digest(const Value* args, size_t nargs, KwNames* kw) {
  if (!exact_args("_compare_digest", nargs, kw, 2)) return Value();
  std::string_view a, b;
  if (is_str(args[0]) && is_str(args[1])) {
    a = as_str(args[0])->view();
    b = as_str(args[1])->view();
    for (unsigned char c : std::string(a) + std::string(b))
      if (c >= 0x80) return raise(&TypeErrorType, "comparing strings with non-ASCII characters is not supported");
  } else {
    for (const Value& v : {args[0], args[1]})
      if (!is_instance(v, &BytesType))
        return raise(&TypeErrorType, format("a bytes-like object is required, not '%s'", type_name(v).c_str()));
    a = args[0].as<BytesObject>()->m_data;
    b = args[1].as<BytesObject>()->m_data;
  }
  unsigned diff = a.size() != b.size();
  for (size_t i = 0; i < b.size(); i++) diff |= static_cast<unsigned char>(a.size() == b.size() ? a[i] : b[i]) ^
                                                static_cast<unsigned char>(b[i]);
  return Value::boolean(diff == 0);
}

// -- itemgetter(*items), attrgetter(*names), methodcaller(name, /, *args, **kwargs)

struct GetterObject : NativeObject {
  std::vector<Value> m_items;  // itemgetter: keys; attrgetter: each name as a tuple of its dotted parts
  Value m_name;                // methodcaller
  Value m_args;                // methodcaller: tuple
  Value m_kwargs;              // methodcaller: dict
  explicit GetterObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    each_ref(m_items, fn, c);
    fn(m_name, c);
    fn(m_args, c);
    fn(m_kwargs, c);
  }
};

GetterObject* getter(const Value& v) { return v.as<GetterObject>(); }

Value itemgetter_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("itemgetter", kw)) return Value();
  if (nargs < 1) return raise(&TypeErrorType, "itemgetter expected 1 argument, got 0");
  auto* g = new GetterObject(type);
  g->m_items.assign(args, args + nargs);
  return Value::steal(g);
}

bool getter_call_args(const char* name, size_t nargs, KwNames* kw) {
  if (!no_keywords(name, kw)) return false;
  if (nargs == 1) return true;
  raise(&TypeErrorType, format("%s expected 1 argument, got %zu", name, nargs));
  return false;
}

Value itemgetter_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (!getter_call_args("itemgetter", nargs, kw)) return Value();
  const std::vector<Value>& keys = getter(self)->m_items;
  const Value& obj = args[0];
  if (keys.size() == 1) {
    if (is_type(obj, &TupleType) && keys[0].is_int()) {  // the common sort key: no slot dispatch
      int64_t i = keys[0].as_int(), n = int64_t(as_tuple(obj)->size());
      if (i < 0) i += n;
      if (i >= 0 && i < n) return as_tuple(obj)->m_items[size_t(i)];
    }
    return get_item(obj, keys[0]);
  }
  std::vector<Value> out;
  out.reserve(keys.size());
  for (const Value& k : keys) {
    Value v = get_item(obj, k);
    if (v.is_null()) return Value();
    out.push_back(std::move(v));
  }
  return new_tuple(std::move(out));
}

// The repr of a getter: "operator.itemgetter(1, 2)" (the type's dotted name).
Value getter_repr(const Value& self, const std::vector<Value>& shown) {
  ReprGuard guard(self.obj());
  if (guard.recursive()) return new_str(self.type()->m_qualname + "(...)");
  std::string out = self.type()->m_name + "(";
  for (size_t i = 0; i < shown.size(); i++) {
    Value r = repr(shown[i]);
    if (r.is_null()) return Value();
    out += (i ? ", " : "") + as_str(r)->m_data;
  }
  return new_str(out + ")");
}

Value itemgetter_repr(const Value& self) { return getter_repr(self, getter(self)->m_items); }

Value attrgetter_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("attrgetter", kw)) return Value();
  if (nargs < 1) return raise(&TypeErrorType, "attrgetter expected 1 argument, got 0");
  auto* g = new GetterObject(type);
  Value out = Value::steal(g);
  for (size_t i = 0; i < nargs; i++) {
    if (!is_str(args[i])) return raise(&TypeErrorType, "attribute name must be a string");
    std::string_view name = as_str(args[i])->view();
    std::vector<Value> parts;
    for (size_t start = 0;;) {
      size_t dot = name.find('.', start);
      parts.push_back(interned(name.substr(start, dot == std::string_view::npos ? dot : dot - start)));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    g->m_items.push_back(new_tuple(std::move(parts)));
  }
  return out;
}

Value attr_chain(const Value& obj, const Value& parts) {
  Value cur = obj;
  for (const Value& name : as_tuple(parts)->m_items) {
    cur = get_attr(cur, as_str(name));
    if (cur.is_null()) return Value();
  }
  return cur;
}

Value attrgetter_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (!getter_call_args("attrgetter", nargs, kw)) return Value();
  const std::vector<Value>& names = getter(self)->m_items;
  if (names.size() == 1) return attr_chain(args[0], names[0]);
  std::vector<Value> out;
  for (const Value& parts : names) {
    Value v = attr_chain(args[0], parts);
    if (v.is_null()) return Value();
    out.push_back(std::move(v));
  }
  return new_tuple(std::move(out));
}

Value attrgetter_repr(const Value& self) {
  std::vector<Value> shown;
  for (const Value& parts : getter(self)->m_items) {
    std::string dotted;
    for (const Value& p : as_tuple(parts)->m_items) dotted += (dotted.empty() ? "" : ".") + as_str(p)->m_data;
    shown.push_back(new_str(dotted));
  }
  return getter_repr(self, shown);
}

Value methodcaller_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (nargs < 1) return raise(&TypeErrorType, "methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) return raise(&TypeErrorType, "method name must be a string");
  auto* g = new GetterObject(type);
  Value out = Value::steal(g);
  g->m_name = interned(as_str(args[0])->view());
  g->m_args = new_tuple(args + 1, nargs - 1);
  g->m_kwargs = new_dict();
  for (size_t j = 0; j < kw_count(kw); j++)
    if (dict_set(as_dict(g->m_kwargs), kw->m_items[j], args[nargs + j]) < 0) return Value();
  return out;
}

Value methodcaller_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (!getter_call_args("methodcaller", nargs, kw)) return Value();
  GetterObject* g = getter(self);
  Value method = get_attr(args[0], as_str(g->m_name));
  if (method.is_null()) return Value();
  std::vector<Value> argv = as_tuple(g->m_args)->m_items;
  DictObject* kwargs = as_dict(g->m_kwargs);
  if (kwargs->size() == 0) return call(method, argv.data(), argv.size());
  size_t npos = argv.size();
  std::vector<Value> names;
  size_t pos = 0;
  Value k, v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    names.push_back(k);
    argv.push_back(v);
  }
  Value kwnames = new_tuple(std::move(names));
  return call(method, argv.data(), npos, as_tuple(kwnames));
}

Value methodcaller_repr(const Value& self) {
  GetterObject* g = getter(self);
  ReprGuard guard(self.obj());
  if (guard.recursive()) return new_str(self.type()->m_qualname + "(...)");
  Value name = repr(g->m_name);
  if (name.is_null()) return Value();
  std::string out = self.type()->m_name + "(" + as_str(name)->m_data;
  for (const Value& a : as_tuple(g->m_args)->m_items) {
    Value r = repr(a);
    if (r.is_null()) return Value();
    out += ", " + as_str(r)->m_data;
  }
  size_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(g->m_kwargs), &pos, &k, &v)) {
    Value r = repr(v);
    if (r.is_null()) return Value();
    out += ", " + as_str(k)->m_data + "=" + as_str(r)->m_data;
  }
  return new_str(out + ")");
}

Value itemgetter_reduce(const Value* args, size_t, KwNames*) {
  return new_tuple({Value::borrow(args[0].type()), new_tuple(getter(args[0])->m_items)});
}

void ready_getter(TypeObject* t, const char* name, Value (*make)(TypeObject*, const Value*, size_t, KwNames*),
                  Value (*callf)(const Value&, const Value*, size_t, KwNames*), Value (*reprf)(const Value&),
                  std::initializer_list<MethodDef> methods = {}) {
  t->tp_new = make;
  t->tp_call = callf;
  t->tp_repr = reprf;
  ready_module_type(t, "operator", name, &ObjectType, methods, false);
}

void ready_operator_types() {
  ready_getter(&ItemGetterType, "itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr,
               {{"__reduce__", itemgetter_reduce}});
  ready_getter(&AttrGetterType, "attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr);
  ready_getter(&MethodCallerType, "methodcaller", methodcaller_new, methodcaller_call, methodcaller_repr);
}

// Adds fn as `name` and, when dunder is given, as `__dunder__` too (the same object).
void add_op(ModuleObject* m, const char* name, NativeFn fn, const char* dunder = nullptr) {
  Value f = new_builtin(name, fn);
  module_add(m, name, f);
  if (dunder) module_add(m, (std::string("__") + dunder + "__").c_str(), f);
}

Value make_operator_module(const char* name) {
  static std::once_flag once;
  ready_builtin_types(once, ready_operator_types);
  Value m = new_module(name);
  auto* mod = m.as<ModuleObject>();
  add_op(mod, "add", op_binary<BinOp::Add>, "add");
  add_op(mod, "sub", op_binary<BinOp::Sub>, "sub");
  add_op(mod, "mul", op_binary<BinOp::Mul>, "mul");
  add_op(mod, "matmul", op_binary<BinOp::MatMul>, "matmul");
  add_op(mod, "truediv", op_binary<BinOp::TrueDiv>, "truediv");
  add_op(mod, "floordiv", op_binary<BinOp::FloorDiv>, "floordiv");
  add_op(mod, "mod", op_binary<BinOp::Mod>, "mod");
  add_op(mod, "pow", op_binary<BinOp::Pow>, "pow");
  add_op(mod, "lshift", op_binary<BinOp::LShift>, "lshift");
  add_op(mod, "rshift", op_binary<BinOp::RShift>, "rshift");
  add_op(mod, "and_", op_binary<BinOp::BitAnd>, "and");
  add_op(mod, "or_", op_binary<BinOp::BitOr>, "or");
  add_op(mod, "xor", op_binary<BinOp::BitXor>, "xor");
  add_op(mod, "iadd", op_inplace<BinOp::Add>, "iadd");
  add_op(mod, "isub", op_inplace<BinOp::Sub>, "isub");
  add_op(mod, "imul", op_inplace<BinOp::Mul>, "imul");
  add_op(mod, "imatmul", op_inplace<BinOp::MatMul>, "imatmul");
  add_op(mod, "itruediv", op_inplace<BinOp::TrueDiv>, "itruediv");
  add_op(mod, "ifloordiv", op_inplace<BinOp::FloorDiv>, "ifloordiv");
  add_op(mod, "imod", op_inplace<BinOp::Mod>, "imod");
  add_op(mod, "ipow", op_inplace<BinOp::Pow>, "ipow");
  add_op(mod, "ilshift", op_inplace<BinOp::LShift>, "ilshift");
  add_op(mod, "irshift", op_inplace<BinOp::RShift>, "irshift");
  add_op(mod, "iand", op_inplace<BinOp::BitAnd>, "iand");
  add_op(mod, "ior", op_inplace<BinOp::BitOr>, "ior");
  add_op(mod, "ixor", op_inplace<BinOp::BitXor>, "ixor");
  add_op(mod, "lt", op_compare<CmpOp::Lt>, "lt");
  add_op(mod, "le", op_compare<CmpOp::Le>, "le");
  add_op(mod, "eq", op_compare<CmpOp::Eq>, "eq");
  add_op(mod, "ne", op_compare<CmpOp::Ne>, "ne");
  add_op(mod, "gt", op_compare<CmpOp::Gt>, "gt");
  add_op(mod, "ge", op_compare<CmpOp::Ge>, "ge");
  add_op(mod, "neg", op_unary<UnaryOp::Neg>, "neg");
  add_op(mod, "pos", op_unary<UnaryOp::Pos>, "pos");
  Value inv = new_builtin("inv", op_unary<UnaryOp::Invert>);
  for (const char* name : {"inv", "invert", "__inv__", "__invert__"}) module_add(mod, name, inv);
  add_op(mod, "not_", op_not, "not");
  add_op(mod, "truth", op_truth);
  add_op(mod, "is_", op_is);
  add_op(mod, "is_not", op_is_not);
  add_op(mod, "abs", op_abs, "abs");
  add_op(mod, "index", op_index, "index");
  add_op(mod, "concat", op_concat, "concat");
  add_op(mod, "iconcat", op_iconcat, "iconcat");
  add_op(mod, "contains", op_contains, "contains");
  add_op(mod, "countOf", op_countOf);
  add_op(mod, "indexOf", op_indexOf);
  add_op(mod, "getitem", op_getitem, "getitem");
  add_op(mod, "setitem", op_setitem, "setitem");
  add_op(mod, "delitem", op_delitem, "delitem");
  add_op(mod, "length_hint", op_length_hint);
  add_op(mod, "call", op_call, "call");
  module_add(mod, "itemgetter", Value::borrow(&ItemGetterType));
  module_add(mod, "attrgetter", Value::borrow(&AttrGetterType));
  module_add(mod, "methodcaller", Value::borrow(&MethodCallerType));
  return m;
}

}  // namespace

Value init_operator_module() { return make_operator_module("operator"); }

Value init_underscore_operator_module() {
  Value m = make_operator_module("_operator");
  add_op(m.as<ModuleObject>(), "_compare_digest", op_compare_digest);
  return m;
}

}  // namespace hotpy
