// Evaluating call nodes (Python Language Reference, 6.3.4 "Calls"): the general case
// with *args and **kwargs, and the shortcuts for the common ones (a plain Python
// function, a plain class, a builtin with a few positional arguments).
#include <vector>

#include "eval/attr_cache.h"
#include "eval/call_inline.h"
#include "eval/eval.h"
#include "eval/frame.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeslots.h"

namespace hotpy {

using namespace ast;


// Builds the keyword-name tuple of a call once; it lives on the AST node.
static TupleObject* static_kwnames(const Call* c) {
  if (c->keywords.empty()) return nullptr;
  if (c->kwnames.is_null()) {
    std::vector<Value> names;
    for (const Keyword& k : c->keywords) names.push_back(Value::borrow(k.interned));
    c->kwnames = new_tuple(std::move(names));
  }
  return as_tuple(c->kwnames);
}

bool is_simple_call(const Call* c) {
  if (c->simple < 0) {
    bool simple = true;
    for (const Expr* a : c->args) simple = simple && a->kind != Kind::Starred;
    for (const Keyword& k : c->keywords) simple = simple && !k.arg.empty();
    c->simple = simple;
  }
  return c->simple;
}

// The general case: *iterables and **mappings flattened into one argument array.
static Value call_unpacking(Frame* f, const Call* c, const Value& callee, const Value* self) {
  std::vector<Value> args;
  if (self) args.push_back(*self);
  for (const Expr* a : c->args) {
    if (a->kind == Kind::Starred) {
      Value it = eval(f, static_cast<const Starred*>(a)->value);
      if (it.is_null()) return it;
      if (!it.type()->tp_iter && !it.type()->tp_getitem)
        return raise(&TypeErrorType, format("%s argument after * must be an iterable, not %s",
                                            repr_text(callee).c_str(), type_name(it).c_str()));
      if (!extend_from(args, it)) return Value();
      continue;
    }
    Value v = eval_operand(f, a);
    if (v.is_null()) return v;
    args.push_back(std::move(v));
  }
  size_t npos = args.size();
  std::vector<Value> names;
  auto add_kw = [&](Value name, Value v) {
    for (const Value& n : names)
      if (str_equal(as_str(n), as_str(name))) {
        Value fname = get_attr_opt(callee, INTERN("__qualname__"));
        raise(&TypeErrorType, format("%s() got multiple values for keyword argument '%s'",
                                     fname.is_null() ? "function" : str_text(fname).c_str(),
                                     as_str(name)->m_data.c_str()));
        return false;
      }
    names.push_back(std::move(name));
    args.push_back(std::move(v));
    return true;
  };
  for (const Keyword& k : c->keywords) {
    Value v = eval_operand(f, k.value);
    if (v.is_null()) return v;
    if (!k.arg.empty()) {
      if (!add_kw(Value::borrow(k.interned), v)) return Value();
      continue;
    }
    if (!is_dict(v) && v.type()->lookup(INTERN("keys")).is_null()) {
      Value fname = get_attr_opt(callee, INTERN("__qualname__"));
      return raise(&TypeErrorType, format("%s() argument after ** must be a mapping, not %s",
                                          fname.is_null() ? "function" : str_text(fname).c_str(),
                                          type_name(v).c_str()));
    }
    Value d = v;
    if (!is_dict(v)) {
      d = new_dict();
      if (dict_update(as_dict(d), v) < 0) return Value();
    }
    size_t pos = 0;
    Value key, val;
    while (dict_next(as_dict(d), &pos, &key, &val)) {
      if (!is_str(key)) return raise(&TypeErrorType, "keywords must be strings");
      if (!add_kw(key, val)) return Value();
    }
  }
  Value kw = names.empty() ? Value() : new_tuple(std::move(names));
  return call(callee, args.data(), npos, kw.is_null() ? nullptr : as_tuple(kw));
}

// Most calls pass at most this many positional arguments (self included).
constexpr size_t kFewArgs = 4;

// Argument slots on the C++ stack: only the ones filled are constructed and destroyed.
// Slot 0 is kept free for the object a bound builtin (a module function,
// `append = lst.append`) passes first.
class FewArgs {
 public:
  FewArgs() = default;
  FewArgs(const FewArgs&) = delete;
  FewArgs& operator=(const FewArgs&) = delete;
  ~FewArgs() {
    for (size_t i = m_first; i <= m_count; i++) slot(i)->~Value();
  }
  void push(Value v) { new (slot(++m_count)) Value(std::move(v)); }
  // Fills slot 0 and returns the arguments from there.
  Value* with_first(const Value& first) {
    new (slot(0)) Value(first);
    m_first = 0;
    return slot(0);
  }
  Value* args() { return slot(1); }
  size_t count() const { return m_count; }

 private:
  Value* slot(size_t i) { return reinterpret_cast<Value*>(m_raw) + i; }
  alignas(Value) char m_raw[(kFewArgs + 1) * sizeof(Value)];
  size_t m_count = 0;  // slots 1..m_count are built
  size_t m_first = 1;  // 0 once slot 0 is built
};

// A call with at most kFewArgs positional arguments and no keywords: a builtin
// function or a builtin type's method is entered directly, as call() would enter it
// (neither counts a recursion level).
[[gnu::noinline]] static Value call_few_positional(Frame* f, const Call* c, const Value& callee, Value* self) {
  FewArgs a;
  if (self) a.push(std::move(*self));
  for (const Expr* e : c->args) {
    Value v = eval_operand(f, e);
    if (v.is_null()) return v;
    a.push(std::move(v));
  }
  size_t n = a.count();
  TypeObject* t = callee.type();
  Value result;
  if (t == &BuiltinFunctionType) {
    if (stack_exhausted()) return mark(f, c, Value());
    auto* b = callee.as<BuiltinFunctionObject>();
    result = b->m_self.is_null() ? b->m_fn(a.args(), n, nullptr) : b->m_fn(a.with_first(b->m_self), n + 1, nullptr);
  } else if (t == &MethodDescrType && n > 0 && a.args()[0].type() == callee.as<MethodDescrObject>()->m_owner) {
    if (stack_exhausted()) return mark(f, c, Value());
    result = callee.as<MethodDescrObject>()->m_fn(a.args(), n, nullptr);
  } else if (t == &TypeType && callee.obj() == &StrType && n == 1) {
    // str(x): what type_call would reach through str.__new__ (str's __init__ is object's).
    if (stack_exhausted()) return mark(f, c, Value());
    result = to_str(a.args()[0]);
  } else if (t == &FunctionType) {
    result = call_function(callee.as<FunctionObject>(), a.args(), n, nullptr);
  } else {
    result = call(callee, a.args(), n, nullptr);
  }
  return mark(f, c, std::move(result));
}

static Value call_evaluated(Frame* f, const Call* c, Value callee, Value self, bool self_needed);
static Value call_callee(Frame* f, const Call* c, Value callee, Value self, bool self_needed);

// `super().name(args)` in a method, where `super` is the builtin and name, found along
// the MRO after the method's class, is a Python function taking the arguments as they
// are: that function called with the method's first argument, as the bound method the
// super object would make would call it. Null with no error when this does not apply.
static Value call_through_super(Frame* f, const Call* c, const Attribute* a, bool* applied) {
  *applied = false;
  auto* sc = static_cast<const Call*>(a->value);
  if (!sc->args.empty() || !sc->keywords.empty() || sc->func->kind != Kind::Name || !c->keywords.empty() ||
      static_cast<const Name*>(sc->func)->interned != INTERN("super") || !is_simple_call(c))
    return Value();
  Value sup = eval(f, sc->func);
  if (sup.is_null()) {
    *applied = true;  // NameError, as the generic path would raise
    return mark(f, sc, Value());
  }
  if (!sup.is_obj() || sup.obj() != &SuperType || f != ts->current_frame) return Value();
  Value type, obj;
  if (!zero_arg_super(&type, &obj)) {
    clear_error();  // the generic path raises it again, from the super() call
    return Value();
  }
  if (!obj.is_obj() || !is_type(type, &TypeType) || !obj.type()->is_subtype(type.as<TypeObject>())) return Value();
  const auto& mro = obj.type()->m_mro;
  size_t i = 0;
  while (i < mro.size() && mro[i] != type.obj()) i++;
  for (i++; i < mro.size(); i++) {
    Value v = dict_get_str(mro[i]->m_dict, a->interned);
    if (v.is_null()) continue;
    if (!is_type(v, &FunctionType)) return Value();
    auto* fn = v.as<FunctionObject>();
    if (!takes_directly(fn, c->args.size() + 1)) return Value();
    *applied = true;
    return mark(f, c, call_direct(f, fn, &obj, c->args));
  }
  return Value();
}

// `obj.name(args)` once obj is evaluated, when the node's cache has no shortcut for it.
[[gnu::noinline]] static Value call_attribute_of(Frame* f, const Call* c, Value self) {
  auto* a = static_cast<const Attribute*>(c->func);
  bool self_needed = false;
  Value callee = cached_module_attribute(a, self);
  if (callee.is_null()) callee = mark(f, a, load_method(a, self, &self_needed));
  if (callee.is_null()) return callee;
  return call_callee(f, c, std::move(callee), std::move(self), self_needed);
}

// `lst.append(x)` (the cache found list.append on lst's class, a list or a subclass):
// x goes to the end without an argument array or a call (CPython specialises it too).
[[gnu::noinline]] static Value append_to_list(Frame* f, const Call* c, const Value& self) {
  Value x = eval_operand(f, c->args[0]);
  if (x.is_null()) return x;
  as_list(self)->m_items.push_back(std::move(x));
  return Value::none();
}

// `lst.pop()`: the last item, taken off.
[[gnu::noinline]] static Value pop_from_list(Frame* f, const Call* c, const Value& self) {
  std::vector<Value>& items = as_list(self)->m_items;
  if (items.empty()) return mark(f, c, raise(&IndexErrorType, "pop from empty list"));
  Value out = std::move(items.back());
  items.pop_back();
  return out;
}
// `d.get(k)`, `d.get(k, default)`: as dict.get, a str key through the str lookup.
[[gnu::noinline]] static Value get_from_dict(Frame* f, const Call* c, const Value& self) {
  Value key = eval_operand(f, c->args[0]);
  if (key.is_null()) return key;
  Value fallback = Value::none();
  if (c->args.size() == 2 && (fallback = eval_operand(f, c->args[1])).is_null()) return fallback;
  Value v = is_exact_str(key) ? dict_get_str(as_dict(self), as_str(key)) : dict_get(as_dict(self), key);
  if (!v.is_null()) return v;
  return error_pending() ? mark(f, c, Value()) : fallback;
}

// A method of a builtin type, found by the node's cache on the receiver's own class,
// with fewer than kFewArgs arguments.
[[gnu::always_inline]] static inline Value call_method_descr(Frame* f, const Call* c, Object* m, Value& self) {
  if (c->args.size() > 1) return call_few_positional(f, c, Value::borrow(m), &self);
  // At most one argument (s.strip(), l.pop(0), d.keys()): the receiver and the
  // argument straight into the method.
  Value argv[2] = {std::move(self), Value()};
  size_t n = 1;
  if (!c->args.empty()) {
    argv[1] = eval_operand(f, c->args[0]);
    if (argv[1].is_null()) return Value();
    n = 2;
  }
  if (stack_exhausted()) return mark(f, c, Value());
  return mark(f, c, static_cast<MethodDescrObject*>(m)->m_fn(argv, n, nullptr));
}
// A builtin type's method as above, or one of those answered here: `lst.append(x)`,
// `lst.pop()` and `d.get(k)` on a list or dict (or a subclass that keeps them).
[[gnu::always_inline]] static inline Value call_builtin_method(Frame* f, const Call* c, Object* m, Value& self) {
  if (m->m_kind_bits != kMethodNotInline) {
    uint32_t flags = self.type()->m_flags;  // a list or dict method found on self's class
    size_t n = c->args.size();
    switch (m->m_kind_bits) {
      case kMethodListAppend:
        if (n == 1 && (flags & kListSubclass)) return append_to_list(f, c, self);
        break;
      case kMethodListPop:
        if (n == 0 && (flags & kListSubclass)) return pop_from_list(f, c, self);
        break;
      case kMethodDictGet:
        if ((n == 1 || n == 2) && (flags & kDictSubclass)) return get_from_dict(f, c, self);
        break;
    }
  }
  return call_method_descr(f, c, m, self);
}
static Value eval_call_builtin_method(Frame* f, const Expr* e);

// A method of the receiver's class whose parameters take the arguments as they are
// (the node's cache knows it): called without a bound method. Null with no error
// when this does not apply. `specialize`: the node is eval_call_method's and its
// receiver was read in place, so a builtin type's method gives it its own handler.
[[gnu::always_inline]] static inline Value call_cached_method(Frame* f, const Call* c, const Attribute* a, Value& self,
                                                              bool specialize, bool* applied) {
  *applied = false;
  Object* m = cached_method(a, self);
  if (!m) return Value();
  if (m->m_type == &FunctionType) {
    auto* fn = static_cast<FunctionObject*>(m);
    if (!takes_exactly(fn, c->args.size() + 1)) {
      if (!takes_directly(fn, c->args.size() + 1)) return Value();
      *applied = true;
      return mark(f, c, call_direct(f, fn, &self, c->args));  // defaults to fill: out of line
    }
    *applied = true;
    return mark(f, c, call_direct_inline(f, fn, &self, c->args));
  }
  if (m->m_type != &MethodDescrType || c->args.size() >= kFewArgs) return Value();
  *applied = true;
  if (specialize) c->eval_fn = eval_call_builtin_method;
  return call_builtin_method(f, c, m, self);
}

// `lst.append(x)`, `s.strip()`, `seen.add(m)`, `", ".join(parts)`: a call site whose
// receiver is read in place and whose method was a builtin type's when it last ran.
// eval_call_method's C++ frame is laid out for entering Python methods; this one only
// checks the node's cache still finds such a method. Anything else is
// eval_call_method's, and the node goes back to it.
static Value eval_call_builtin_method(Frame* f, const Expr* e) {
  auto* c = static_cast<const Call*>(e);
  auto* a = static_cast<const Attribute*>(c->func);
  if (const Value* in_place = linked_in_place_deep(f, a->value_slot, a->value)) {
    Object* m = cached_method(a, *in_place);
    if (m && m->m_type == &MethodDescrType) {
      Value self = *in_place;
      return call_builtin_method(f, c, m, self);
    }
  }
  e->eval_fn = eval_call_method;
  return eval_call_method(f, e);
}

Value eval_call_method(Frame* f, const Expr* e) {
  auto* c = static_cast<const Call*>(e);
  auto* a = static_cast<const Attribute*>(c->func);
  const Value* in_place = linked_in_place_deep(f, a->value_slot, a->value);
  Value self = in_place ? *in_place : eval(f, a->value);
  if (self.is_null()) return self;
  bool applied;
  Value r = call_cached_method(f, c, a, self, in_place != nullptr, &applied);
  if (applied) return r;
  return call_attribute_of(f, c, std::move(self));
}

Value eval_call(Frame* f, const Call* c) {
  Value callee;
  if (c->func->kind == Kind::Attribute) {
    auto* a = static_cast<const Attribute*>(c->func);
    if (a->value->kind == Kind::Call) {
      bool applied;
      Value r = call_through_super(f, c, a, &applied);
      if (applied) return r;
    }
    Value self = eval_operand(f, a->value);
    if (self.is_null()) return self;
    if (c->keywords.empty() && is_simple_call(c)) {
      bool applied;
      Value r = call_cached_method(f, c, a, self, false, &applied);
      if (applied) return r;
    }
    return call_attribute_of(f, c, std::move(self));
  }
  callee = eval(f, c->func);
  if (callee.is_null()) return callee;
  return call_callee(f, c, std::move(callee), Value(), false);
}

// The call once its callee (and the receiver, for a method found by load_method) is known.
static Value call_callee(Frame* f, const Call* c, Value callee, Value self, bool self_needed) {
  // `obj.method(x)` of a builtin type: straight to the few-arguments call.
  if (c->keywords.empty() && c->args.size() + self_needed <= kFewArgs && !is_type(callee, &FunctionType) &&
      callee.type() != &TypeType && is_simple_call(c))
    return call_few_positional(f, c, callee, self_needed ? &self : nullptr);
  return call_evaluated(f, c, std::move(callee), std::move(self), self_needed);
}

Value eval_call_with_callee(Frame* f, const Call* c, Value callee) {
  return call_evaluated(f, c, std::move(callee), Value(), false);
}

// `C(args)` for a plain class C (plain_class_init): the instance is made and its
// __init__ called directly, as type.__call__ would, counting the same levels.
static constexpr size_t kDirectInitArgs = 7;
static Value instantiate(Frame* f, const Call* c, TypeObject* cls, FunctionObject* init) {
  if (takes_directly(init, c->args.size() + 1) && init->m_nslots <= kFixedSlots) {
    Value instance;
    Value r = call_init_direct(f, cls, init, c->args, &instance);
    return r.is_null() || check_init_result(r) < 0 ? Value() : instance;
  }
  Value args[kDirectInitArgs + 1];
  size_t n = 1;
  for (const Expr* a : c->args) {
    args[n] = eval_operand(f, a);
    if (args[n++].is_null()) return Value();
  }
  if (!enter_recursion(" while calling a Python object")) return Value();
  args[0] = Value::steal(new_instance(cls));
  Value r = call_function(init, args, n, nullptr);
  leave_recursion();
  return check_init_result(r) < 0 ? Value() : std::move(args[0]);
}

// plain_class_init(cls), remembered by the node while cls keeps its version.
static FunctionObject* class_init_at(const Call* c, TypeObject* cls) {
  if (c->init_type != cls || c->init_version != cls->m_version) {
    Value init = plain_class_init(cls);
    c->init_type = cls;
    c->init_version = cls->m_version;
    c->init_fn = init.is_null() ? nullptr : init.obj();  // the class holds it while the version holds
  }
  return cls->m_type == &TypeType ? static_cast<FunctionObject*>(c->init_fn) : nullptr;
}

static Value call_evaluated(Frame* f, const Call* c, Value callee, Value self, bool self_needed) {
  if (!is_simple_call(c)) return mark(f, c, call_unpacking(f, c, callee, self_needed ? &self : nullptr));
  size_t nargs = c->args.size() + self_needed;
  if (c->keywords.empty()) {
    if (is_type(callee, &FunctionType)) {
      auto* fn = callee.as<FunctionObject>();
      if (takes_directly(fn, nargs))
        return mark(f, c, call_direct(f, fn, self_needed ? &self : nullptr, c->args));
      if (generator_takes_directly(fn, nargs))
        return mark(f, c, call_generator_direct(f, fn, self_needed ? &self : nullptr, c->args));
    } else if (!self_needed && callee.type() == &TypeType && c->args.size() <= kDirectInitArgs) {
      if (FunctionObject* init = class_init_at(c, callee.as<TypeObject>()))
        return mark(f, c, instantiate(f, c, callee.as<TypeObject>(), init));
    }
    if (nargs <= kFewArgs) return call_few_positional(f, c, callee, self_needed ? &self : nullptr);
  }

  size_t total = nargs + c->keywords.size();
  // Arguments are built in place: only the slots in use are constructed.
  alignas(Value) char stack[8 * sizeof(Value)];
  std::vector<Value> heap;
  Value* args = reinterpret_cast<Value*>(stack);
  if (total > 8) {
    heap.resize(total);
    args = heap.data();
  }
  size_t built = 0;
  size_t on_stack = 0;  // how many of `built` the stack buffer holds
  StackValues owned(reinterpret_cast<Value*>(stack), on_stack);
  auto put = [&](Value v) {
    if (args == reinterpret_cast<Value*>(stack)) {
      new (&args[built]) Value(std::move(v));
      on_stack++;
    } else {
      args[built] = std::move(v);
    }
    built++;
  };
  if (self_needed) put(std::move(self));
  for (const Expr* a : c->args) {
    Value v = eval_operand(f, a);
    if (v.is_null()) return Value();
    put(std::move(v));
  }
  for (const Keyword& k : c->keywords) {
    Value v = eval_operand(f, k.value);
    if (v.is_null()) return Value();
    put(std::move(v));
  }
  Value result = is_type(callee, &FunctionType)
                     ? call_function(callee.as<FunctionObject>(), args, nargs, static_kwnames(c))
                     : call(callee, args, nargs, static_kwnames(c));
  return mark(f, c, std::move(result));
}

// The length of an exact list, tuple, str or dict (no code runs), else -1.
static inline int64_t builtin_length(const Value& v) {
  if (!v.is_obj()) return -1;
  const TypeObject* t = v.type();
  if (t == &ListType) return int64_t(as_list(v)->m_items.size());
  if (t == &TupleType) return int64_t(as_tuple(v)->m_items.size());
  if (t == &StrType) return as_str(v)->m_length;
  if (t == &DictType) return int64_t(as_dict(v)->m_used);
  return -1;
}
// len(x) and isinstance(x, C) of the builtins themselves, computed here as the builtins
// would: no argument array and no call. `applied` is false (nothing evaluated) when the
// call does not have the builtin's arity: the general path raises its error.
static Value call_builtin_inline(Frame* f, const Call* c, uint8_t which, bool* applied) {
  size_t nargs = which == kBuiltinLen ? 1 : 2;
  *applied = c->args.size() == nargs;
  if (!*applied) return Value();
  // Operands that are read where they are (a local, a global, `local.attr`: reading
  // them runs no code) answer the common cases without a reference taken.
  if (const Value* xp = operand_in_place_deep(f, c->args[0])) {
    if (which == kBuiltinLen) {
      if (int64_t n = builtin_length(*xp); n >= 0) return Value::integer(n);
    } else if (const Value* cp = operand_in_place_deep(f, c->args[1]);
               cp && cp->is_obj() && xp->type() == cp->obj()) {
      return Value::boolean(true);
    }
  }
  Value x = eval_operand(f, c->args[0]);
  if (x.is_null()) return x;
  if (which == kBuiltinLen) {
    if (stack_exhausted()) return mark(f, c, Value());
    int64_t n = length(x);
    return n < 0 ? mark(f, c, Value()) : Value::integer(n);
  }
  Value cls = eval_operand(f, c->args[1]);
  if (cls.is_null()) return cls;
  // An exact class of a plain metaclass has no __instancecheck__ to ask.
  if (cls.is_obj() && (x.type() == cls.obj() ||
                       (cls.type() == &TypeType && x.type()->is_subtype(cls.as<TypeObject>()))))
    return Value::boolean(true);
  if (stack_exhausted()) return mark(f, c, Value());
  int r = is_instance_of(x, cls);
  return r < 0 ? mark(f, c, Value()) : Value::boolean(r);
}

// A builtin function other than len and isinstance (which eval_call_plain answers
// inline), or a builtin class (str, int, tuple: a static type, whose __init__ no code
// can replace): eval_call_plain sends either straight to call_few_positional.
static bool plain_builtin_callee(const Value& v) {
  if (!v.is_obj()) return false;
  const TypeObject* t = v.type();
  if (t == &BuiltinFunctionType) return v.obj()->m_kind_bits == kBuiltinNotInline;
  return t == &TypeType && !(v.as<TypeObject>()->m_flags & kHeapType);
}
// `abs(x)`, `max(a, b)`, `str(i)`: a global name that held such a callee when this
// node last ran. eval_call_plain's C++ frame is laid out for entering Python
// functions; this one only checks that the name still holds such a callee. Anything
// else is eval_call_plain's, and the node goes back to it.
static Value eval_call_builtin(Frame* f, const Expr* e) {
  auto* c = static_cast<const Call*>(e);
  const Value* g = global_in_place(f, static_cast<const Name*>(c->func));
  if (g && plain_builtin_callee(*g))
    return call_few_positional(f, c, Value(*g), nullptr);  // (held: the arguments may rebind the name)
  e->eval_fn = eval_call_plain;
  return eval_call_plain(f, e);
}

// `f(a, b)` with f a name and plain positional arguments: when f is a plain
// Python function taking exactly those, its frame is filled directly. Kept apart
// from eval_call so the common case runs in a small C++ frame.
Value eval_call_plain(Frame* f, const Expr* e) {
  auto* c = static_cast<const Call*>(e);
  auto* n = static_cast<const Name*>(c->func);
  // A cached global (the usual callee) is read here without a handler call.
  const Value* global = n->scope == NameScope::Global ? global_in_place(f, n) : nullptr;
  Value callee = global ? *global : eval(f, n);
  if (callee.is_null()) return callee;
  if (is_type(callee, &FunctionType)) {
    auto* fn = callee.as<FunctionObject>();
    if (takes_exactly(fn, c->args.size()))
      return mark(f, e, call_direct_inline(f, fn, nullptr, c->args));
    if (takes_directly(fn, c->args.size())) return mark(f, e, call_direct(f, fn, nullptr, c->args));
    if (generator_takes_directly(fn, c->args.size())) return mark(f, e, call_generator_direct(f, fn, nullptr, c->args));
  }
  if (callee.type() == &BuiltinFunctionType && callee.obj()->m_kind_bits != kBuiltinNotInline) {
    bool applied;
    Value r = call_builtin_inline(f, c, callee.obj()->m_kind_bits, &applied);
    if (applied) return r;
  }
  if (callee.type() == &TypeType && c->args.size() <= kDirectInitArgs)
    if (FunctionObject* init = class_init_at(c, callee.as<TypeObject>()))
      return mark(f, e, instantiate(f, c, callee.as<TypeObject>(), init));
  // Any other class (str(x), int(s), a class with __new__) ends here too, as
  // call_evaluated would send it after asking class_init_at a second time.
  if (c->args.size() <= kFewArgs) {
    if (global && plain_builtin_callee(callee)) e->eval_fn = eval_call_builtin;
    return call_few_positional(f, c, callee, nullptr);
  }
  return eval_call_with_callee(f, c, std::move(callee));
}

}  // namespace hotpy
