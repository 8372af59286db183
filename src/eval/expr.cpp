// Evaluating expressions (Python Language Reference, chapter 6 "Expressions").
#include <algorithm>
#include <optional>
#include <vector>

#include "eval/attr_cache.h"
#include "eval/coroutine.h"
#include "eval/eval.h"
#include "eval/frame.h"
#include "eval/number_ops.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/suggestions.h"
#include "objects/tuple.h"
#include "objects/typeslots.h"

namespace hotpy {

using namespace ast;


// ---------------------------------------------------------------------------
// 6.2.1 Identifiers (names)

// The names a mistyped one is compared with, in CPython's order: the function's own
// variables, then the module's globals, then builtins; the first list that has a
// close one wins.
static Value name_suggestion(Frame* f, const Name* n) {
  std::vector<std::string_view> names;
  auto closest = [&]() -> Value {
    std::optional<std::string> best = closest_name(n->id, names);
    names.clear();
    return best ? new_str(*best) : Value();
  };
  if (f->scope->type != Scope::Type::Module && f->scope->type != Scope::Type::Class) {
    const auto& free = f->scope->free_slots;
    for (int i = 0; i < f->scope->nslots; i++)
      if (std::find(free.begin(), free.end(), i) == free.end() && f->scope->slot_names[i] != "__class__")
        names.push_back(f->scope->slot_names[i]);
    if (Value v = closest(); !v.is_null()) return v;
  }
  for (DictObject* d : {f->globals, builtins_dict()}) {
    size_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value))
      if (is_str(key)) names.push_back(as_str(key)->view());
    if (Value v = closest(); !v.is_null()) return v;
  }
  return Value();
}

static Value name_error(Frame* f, const Name* n) {
  Value exc = new_exception(&NameErrorType, format("name '%s' is not defined", n->id.c_str()));
  auto* e = as_exception(exc);
  e->m_name = Value::borrow(n->interned);
  e->m_suggestion = name_suggestion(f, n);
  return raise_value(exc);
}

static Value unbound_local(const Name* n) {
  return raise(&UnboundLocalErrorType,
               format("cannot access local variable '%s' where it is not associated with a value", n->id.c_str()));
}

static Value unbound_free(const Name* n) {
  return raise(&NameErrorType, format("cannot access free variable '%s' where it is not associated with a value"
                                      " in enclosing scope",
                                      n->id.c_str()));
}

// Globals, then builtins. The place a name was found is cached on the node: a
// hot global (a function calling itself) then costs two compares, not a lookup.
static Value load_global(Frame* f, const Name* n) {
  if (f->locals && f->scope->type == Scope::Type::Module) {
    // exec() with a separate locals mapping: module-level names live there.
    Value v = locals_get(f, n->interned);
    if (!v.is_null() || error_pending()) return v;
  }
  DictObject* g = f->globals;
  if (n->cache_globals == g && g->m_version == n->cache_gver &&
      (n->cache_where == g || n->cache_where->m_version == n->cache_wver))
    return *n->cache_value;
  int64_t index;
  Value v = dict_get_str_index(g, n->interned, &index);
  DictObject* where = g;
  if (v.is_null()) {
    where = builtins_dict();
    v = dict_get_str_index(where, n->interned, &index);
    if (v.is_null()) return name_error(f, n);
  }
  if (index >= 0) {
    n->cache_globals = g;
    n->cache_gver = g->m_version;
    n->cache_where = where;
    n->cache_wver = where->m_version;
    n->cache_value = &dict_entry_value(where, size_t(index));
  }
  return v;
}

static bool is_free_slot(const Frame* f, int slot) {
  for (int s : f->scope->free_slots)
    if (s == slot) return true;
  return false;
}

static Value load_name(Frame* f, const Name* n) {
  switch (n->scope) {
    case NameScope::Fast: {
      const Value& v = f->slots[n->slot];
      if (v.is_null()) return unbound_local(n);
      return v;
    }
    case NameScope::Deref: {
      const Value& v = f->slots[n->slot].as<CellObject>()->m_value;
      if (v.is_null()) return is_free_slot(f, n->slot) ? unbound_free(n) : unbound_local(n);
      return v;
    }
    case NameScope::Global: return load_global(f, n);
    case NameScope::ClassBody:
    case NameScope::ClassDeref: {
      if (f->locals) {
        Value v = locals_get(f, n->interned);
        if (!v.is_null() || error_pending()) return v;
      }
      if (n->scope == NameScope::ClassDeref) {
        const Value& v = f->slots[n->slot].as<CellObject>()->m_value;
        if (v.is_null()) return unbound_free(n);
        return v;
      }
      return load_global(f, n);
    }
    case NameScope::Unresolved: break;
  }
  return raise(&SystemErrorType, format("unresolved name '%s'", n->id.c_str()));
}

// ---------------------------------------------------------------------------
// 6.2.3 Displays: tuples, lists, sets, dicts, with * and ** unpacking

bool extend_from(std::vector<Value>& out, const Value& iterable) {
  // Exact types only: a subclass's own __iter__ decides what it yields.
  if (is_type(iterable, &ListType) || is_type(iterable, &TupleType)) {
    const auto& items = is_type(iterable, &ListType) ? as_list(iterable)->m_items : as_tuple(iterable)->m_items;
    out.insert(out.end(), items.begin(), items.end());
    return true;
  }
  return collect_iterable(iterable, out);
}

static bool eval_elements(Frame* f, const ExprList& elts, std::vector<Value>& out) {
  out.reserve(elts.size());
  for (const Expr* e : elts) {
    if (e->kind == Kind::Starred) {
      Value it = eval(f, static_cast<const Starred*>(e)->value);
      if (it.is_null()) return false;
      if (!extend_from(out, it)) {
        if (error_matches(&TypeErrorType) && !it.type()->tp_iter) {
          clear_error();
          raise(&TypeErrorType, format("Value after * must be an iterable, not %s", type_name(it).c_str()));
        }
        return false;
      }
      continue;
    }
    Value v = eval_operand(f, e);
    if (v.is_null()) return false;
    out.push_back(std::move(v));
  }
  return true;
}

static Value eval_dict(Frame* f, const DictExpr* d) {
  Value result = new_dict();
  DictObject* dict = as_dict(result);
  dict_reserve(dict, d->keys.size());
  for (size_t i = 0; i < d->keys.size(); i++) {
    if (!d->keys[i]) {
      Value m = eval(f, d->values[i]);
      if (m.is_null()) return m;
      if (!is_dict(m) && m.type()->lookup(INTERN("keys")).is_null())
        return raise(&TypeErrorType, format("'%s' object is not a mapping", type_name(m).c_str()));
      if (dict_update(dict, m) < 0) return Value();
      continue;
    }
    Value k = eval_operand(f, d->keys[i]);
    if (k.is_null()) return k;
    Value v = eval_operand(f, d->values[i]);
    if (v.is_null()) return v;
    if (dict_set(dict, k, v) < 0) return Value();
  }
  return result;
}

// A literal CPython's compiler folds into a constant (set displays depend on it).
static bool is_constant_expr(const Expr* e) {
  switch (e->kind) {
    case Kind::Constant: return true;
    case Kind::UnaryOp: {
      auto* u = static_cast<const UnaryOpExpr*>(e);
      return u->op != UnaryOp::Not && u->operand->kind == Kind::Constant;
    }
    case Kind::Tuple:
      for (const Expr* x : static_cast<const Sequence*>(e)->elts)
        if (!is_constant_expr(x)) return false;
      return true;
    default: return false;
  }
}

// ---------------------------------------------------------------------------
// 6.3.2 Subscriptions and slicings

// The bounds and step of a slice, in order (None when omitted); false on error.
static bool eval_slice_parts(Frame* f, const Slice* s, Value parts[3]) {
  const Expr* exprs[3] = {s->lower, s->upper, s->step};
  for (int i = 0; i < 3; i++) {
    if (!exprs[i]) {
      parts[i] = Value::none();
      continue;
    }
    parts[i] = eval(f, exprs[i]);
    if (parts[i].is_null()) return false;
  }
  return true;
}

static Value eval_slice(Frame* f, const Slice* s) {
  Value parts[3];
  if (!eval_slice_parts(f, s, parts)) return Value();
  return new_slice(parts[0], parts[1], parts[2]);
}

// text[i:j] of an exact str: small-int or omitted bounds slice without a slice object.
static Value slice_exact_str(Frame* f, const Value& text, const Expr* e) {
  auto* s = static_cast<const Slice*>(e);
  Value parts[3];
  if (!eval_slice_parts(f, s, parts)) return Value();
  auto simple = [](const Value& v) { return v.is_int() || v.is_none(); };
  if (parts[2].is_none() && simple(parts[0]) && simple(parts[1]))
    return str_slice_simple(as_str(text), parts[0], parts[1]);
  Value slice = new_slice(parts[0], parts[1], parts[2]);
  return get_item(text, slice);
}

Value eval_subscript_key(Frame* f, const Expr* e) {
  if (e->kind == Kind::Slice) return eval_slice(f, static_cast<const Slice*>(e));
  return eval_operand(f, e);
}

// ---------------------------------------------------------------------------
// 6.10 Comparisons

static Value compare(const Value& a, const Value& b, CompareOp op) {
  switch (op) {
    case CompareOp::Is: return Value::boolean(a.is(b));
    case CompareOp::IsNot: return Value::boolean(!a.is(b));
    case CompareOp::In:
    case CompareOp::NotIn: {
      int r = contains(b, a);
      if (r < 0) return Value();
      return Value::boolean(op == CompareOp::In ? r : !r);
    }
    default: return rich_compare(a, b, CmpOp(op));
  }
}

static Value eval_compare(Frame* f, const Compare* c) {
  Value left = eval_operand(f, c->left);
  if (left.is_null()) return left;
  size_t n = c->ops.size();
  for (size_t i = 0; i < n; i++) {
    Value right = eval_operand(f, c->comparators[i]);
    if (right.is_null()) return right;
    Value r = compare(left, right, c->ops[i]);
    if (r.is_null() || i + 1 == n) return r;
    int t = r.is_bool() ? r.as_bool() : truthy(r);
    if (t < 0) return Value();
    if (!t) return r;
    left = std::move(right);
  }
  return Value::boolean(true);
}

// ---------------------------------------------------------------------------
// The dispatcher. The common nodes are handled here with small-int fast paths;
// the rest go through eval_other. The innermost expression whose own operation
// raised is remembered in the frame for the traceback's line and carets.

// str + str. Out of line: the int and float paths of eval_binop stay compact.
[[gnu::noinline]] static Value add_exact_strs(Value l, const Value& r) {
  // In `a + b + c` the left operand is a temporary only `l` holds: it grows in place.
  if (l.obj()->m_refcnt != 1) return str_concat(as_str(l), as_str(r));
  str_append_in_place(as_str(l), as_str(r));
  return l;
}

// `a + b` where a's class defines __add__ in Python and b is of the same class or a
// number held in the Value: the node remembers the function (per class version) and
// calls it as the class's slot would, then goes on as binary_op would after it.
static FunctionObject* binary_dunder_at(const BinOpExpr* b, TypeObject* t) {
  if (b->dunder_type != t || b->dunder_version != t->m_version) {
    Value fn = python_binary_dunder(t, b->op);
    b->dunder_type = t;
    b->dunder_version = t->m_version;
    b->dunder_fn = fn.is_null() ? nullptr : fn.obj();  // the class holds it while the version holds
  }
  return static_cast<FunctionObject*>(b->dunder_fn);
}
static Value call_binary_dunder(FunctionObject* fn, BinOp op, const Value& l, const Value& r) {
  Value res = call_function_pair(fn, l, r);
  if (!res.is(NotImplemented)) return res;
  if (!r.is_obj()) {  // the number's own operator is asked next
    if (auto fb = r.type()->tp_binary) {
      res = fb(op, l, r);
      if (!res.is(NotImplemented)) return res;
    }
  }
  return raise_binary_error(op, l, r);
}

// `left`: the left operand when it was read in place already.
[[gnu::always_inline]] static inline Value binop_evaluated(Frame* f, const BinOpExpr* b, const Value* left) {
  Value l = left ? *left : linked_operand(f, b->left_slot, b->left);
  if (l.is_null()) return l;
  Value r = linked_operand(f, b->right_slot, b->right);
  if (r.is_null()) return r;
  if (Value v = binop_numbers(b->op, l, r); !v.is_null()) return v;
  if (b->op == BinOp::Add && is_exact_str(l) && is_exact_str(r)) {
    return add_exact_strs(std::move(l), r);
  } else if (l.is_obj() && (!r.is_obj() || r.type() == l.type()) && (l.type()->m_flags & kHeapType)) {
    if (FunctionObject* fn = binary_dunder_at(b, l.type())) return mark(f, b, call_binary_dunder(fn, b->op, l, r));
  }
  return mark(f, b, binary_op(b->op, l, r));
}
[[gnu::noinline]] static Value binop_held(Frame* f, const BinOpExpr* b, const Value* left) {
  return binop_evaluated(f, b, left);
}
// Two handlers, chosen by the left operand's kind. When it may be read in place (a
// name, a constant, `local.attr`), numbers are added where they are, in a small C++
// frame with the rest out of line. Otherwise (`f(x) + g(x)`, `a * b + c`) all of it
// runs in one frame: an extra C++ call level per operation costs deep recursions more
// than the bigger frame does.
static Value eval_binop_in_place(Frame* f, const Expr* e) {
  auto* b = static_cast<const BinOpExpr*>(e);
  const Value* l = linked_in_place_deep(f, b->left_slot, b->left);
  if (!l) return binop_held(f, b, nullptr);
  if (const Value* r = linked_in_place_deep(f, b->right_slot, b->right))
    if (Value v = binop_numbers(b->op, *l, *r); !v.is_null()) return v;
  return binop_held(f, b, l);
}
static Value eval_binop_node(Frame* f, const Expr* e) {
  return binop_evaluated(f, static_cast<const BinOpExpr*>(e), nullptr);
}
static bool maybe_in_place(const Expr* e) {
  return e->kind == Kind::Name || e->kind == Kind::Constant || e->kind == Kind::Attribute;
}

// The six orderings of two values of one kind, by their C++ comparison (a float NaN
// compares false, as in Python).
template <class T> [[gnu::always_inline]] static inline Value ordered(CompareOp op, const T& x, const T& y) {
  switch (op) {
    case CompareOp::Lt: return Value::boolean(x < y);
    case CompareOp::Le: return Value::boolean(x <= y);
    case CompareOp::Eq: return Value::boolean(x == y);
    case CompareOp::Ne: return Value::boolean(x != y);
    case CompareOp::Gt: return Value::boolean(x > y);
    default: return Value::boolean(x >= y);
  }
}

[[gnu::always_inline]] static inline Value eval_compare_one(Frame* f, const Compare* c);
static Value eval_compare_node(Frame* f, const Compare* c) {
  if (c->ops.size() != 1 || c->ops[0] == CompareOp::In || c->ops[0] == CompareOp::NotIn)
    return mark(f, c, eval_compare(f, c));
  return eval_compare_one(f, c);
}
// Identity, ints, floats and exact strs answer without the slot dispatch (and run no
// code); anything else is Null with no error.
[[gnu::noinline]] static Value compare_strs(CompareOp op, const StrObject* l, const StrObject* r) {
  if (op == CompareOp::Eq || op == CompareOp::Ne) return Value::boolean(str_equal(l, r) == (op == CompareOp::Eq));
  return ordered(op, l->view(), r->view());  // UTF-8 bytes: code-point order
}
[[gnu::always_inline]] static inline Value compare_directly(CompareOp op, const Value& l, const Value& r) {
  if (op == CompareOp::Is) return Value::boolean(l.is(r));
  if (op == CompareOp::IsNot) return Value::boolean(!l.is(r));
  if (l.is_int() && r.is_int()) return ordered(op, l.as_int(), r.as_int());
  if (l.is_float() && r.is_float()) return ordered(op, l.as_float(), r.as_float());
  if (is_exact_str(l) && is_exact_str(r)) {
    // The same str (an interned name, a constant): equal without reading it. Two
    // interned strs are equal only when they are one object (one table holds them all).
    if (op == CompareOp::Eq || op == CompareOp::Ne) {
      if (l.obj() == r.obj()) return Value::boolean(op == CompareOp::Eq);
      if (as_str(l)->interned() && as_str(r)->interned()) return Value::boolean(op == CompareOp::Ne);
    }
    return compare_strs(op, as_str(l), as_str(r));
  }
  return Value();
}
// `left`: the left operand when it was read in place already.
[[gnu::noinline]] static Value compare_evaluated(Frame* f, const Compare* c, const Value* left) {
  Value l = left ? *left : linked_operand(f, c->left_slot, c->left);
  if (l.is_null()) return l;
  Value r = linked_operand(f, c->right_slot, c->first_comparator);
  if (r.is_null()) return r;
  CompareOp op = c->first_op;
  if (Value v = compare_directly(op, l, r); !v.is_null()) return v;
  return mark(f, c, rich_compare(l, r, CmpOp(op)));
}
// One comparison other than `in`. Operands that are locals, constants or `local.attr`
// are compared where they are; the rest (and any comparison that may run code, which
// must hold its operands) out of line.
[[gnu::always_inline]] static inline Value eval_compare_one(Frame* f, const Compare* c) {
  const Value* l = linked_in_place_deep(f, c->left_slot, c->left);
  if (!l) return compare_evaluated(f, c, nullptr);
  const Value* r = linked_in_place_deep(f, c->right_slot, c->first_comparator);
  if (r)
    if (Value v = compare_directly(c->first_op, *l, *r); !v.is_null()) return v;
  return compare_evaluated(f, c, l);
}

// The kinds choose_eval gives no handler of their own (UnaryOp, BoolOp and IfExp have
// theirs).
static Value eval_other(Frame* f, const Expr* e) {
  switch (e->kind) {
    case Kind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      Value v = eval(f, n->value);
      if (v.is_null() || !assign_name(f, n->target, v)) return Value();
      return v;
    }
    case Kind::Lambda: {
      auto* l = static_cast<const Lambda*>(e);
      return make_function(f, l->scope, l->args, nullptr, l->body, "<lambda>", l->loc.line);
    }
    case Kind::Slice: return eval_slice(f, static_cast<const Slice*>(e));
    case Kind::Tuple: {
      std::vector<Value> items;
      if (!eval_elements(f, static_cast<const Sequence*>(e)->elts, items)) return Value();
      return new_tuple(std::move(items));
    }
    case Kind::List: {
      std::vector<Value> items;
      if (!eval_elements(f, static_cast<const Sequence*>(e)->elts, items)) return Value();
      return new_list(std::move(items));
    }
    case Kind::Set: {
      auto* s = static_cast<const SetExpr*>(e);
      std::vector<Value> items;
      if (!eval_elements(f, s->elts, items)) return Value();
      bool all_constant = true;
      for (const Expr* x : s->elts) all_constant = all_constant && is_constant_expr(x);
      return new_set_display(items, all_constant);
    }
    case Kind::Dict: return eval_dict(f, static_cast<const DictExpr*>(e));
    case Kind::ListComp:
    case Kind::SetComp:
    case Kind::DictComp:
    case Kind::GeneratorExp: return eval_comprehension(f, static_cast<const Comp*>(e));
    case Kind::JoinedStr: return eval_joined(f, static_cast<const JoinedStr*>(e));
    case Kind::FormattedValue: return eval_formatted(f, static_cast<const FormattedValue*>(e));
    case Kind::Starred: return raise(&SyntaxErrorType, "can't use starred expression here");
    case Kind::Yield:
    case Kind::YieldFrom: return eval_yield_node(f, e);
    case Kind::Await: return eval_await_node(f, e);
    default: break;
  }
  return raise(&SystemErrorType, format("cannot evaluate %s", kind_name(e->kind)));
}

// Handlers: one per kind of node (and per kind of name), chosen once per node.

static Value eval_name_fast(Frame* f, const Expr* e) {
  auto* n = static_cast<const Name*>(e);
  const Value& v = f->slots[n->slot];
  if (__builtin_expect(!v.is_null(), 1)) return v;
  return mark(f, e, unbound_local(n));
}
static Value eval_name_global(Frame* f, const Expr* e) {
  auto* n = static_cast<const Name*>(e);
  if (const Value* v = global_in_place(f, n)) return *v;
  return mark(f, e, load_global(f, n));
}
// A free or cell variable (`k` of an enclosing function): its cell's value.
static Value eval_name_deref(Frame* f, const Expr* e) {
  auto* n = static_cast<const Name*>(e);
  const Value& v = f->slots[n->slot].as<CellObject>()->m_value;
  if (__builtin_expect(!v.is_null(), 1)) return v;
  return mark(f, e, load_name(f, n));
}
static Value eval_name(Frame* f, const Expr* e) { return mark(f, e, load_name(f, static_cast<const Name*>(e))); }
static Value eval_constant(Frame*, const Expr* e) { return static_cast<const Constant*>(e)->value; }

// `x + 1`, `n - 2`, `n < 2`: the right operand is a small int constant. The `_any`
// handlers take any left operand (`a.x + 1`, `(n * 3) % 7`) and are the general way of
// the others, kept out of line so that those (an int in a linked local) need no C++
// frame of their own.
[[gnu::noinline]] static Value eval_binop_int_const_any(Frame* f, const Expr* e) {
  auto* b = static_cast<const BinOpExpr*>(e);
  Value l = linked_operand(f, b->left_slot, b->left);
  if (l.is_null()) return l;
  int64_t y = b->right_int;
  Value out;
  if (l.is_int() && small_int_op(b->op, l.as_int(), y, &out)) return out;
  return mark(f, b, binary_op(b->op, l, Value::integer(y)));
}
static Value eval_binop_int_const(Frame* f, const Expr* e) {
  auto* b = static_cast<const BinOpExpr*>(e);
  if (b->left_slot >= 0) {
    const Value& l = f->slots[b->left_slot];
    Value out;
    if (l.is_int() && small_int_op(b->op, l.as_int(), b->right_int, &out)) return out;
  }
  return eval_binop_int_const_any(f, e);
}

// The six orderings of two ints (false for any other operator).
static inline bool compare_ints(CompareOp op, int64_t x, int64_t y, bool* out) {
  switch (op) {
    case CompareOp::Lt: *out = x < y; return true;
    case CompareOp::Le: *out = x <= y; return true;
    case CompareOp::Eq: *out = x == y; return true;
    case CompareOp::Ne: *out = x != y; return true;
    case CompareOp::Gt: *out = x > y; return true;
    case CompareOp::Ge: *out = x >= y; return true;
    default: return false;
  }
}
[[gnu::noinline]] static Value eval_compare_int_const_any(Frame* f, const Expr* e) {
  auto* c = static_cast<const Compare*>(e);
  Value l = linked_operand(f, c->left_slot, c->left);
  if (l.is_null()) return l;
  int64_t y = c->right_int;
  bool out;
  if (l.is_int() && compare_ints(c->first_op, l.as_int(), y, &out)) return Value::boolean(out);
  return mark(f, c, rich_compare(l, Value::integer(y), CmpOp(c->first_op)));
}
static Value eval_compare_int_const(Frame* f, const Expr* e) {
  auto* c = static_cast<const Compare*>(e);
  if (c->left_slot >= 0) {
    const Value& l = f->slots[c->left_slot];
    bool out;
    if (l.is_int() && compare_ints(c->first_op, l.as_int(), c->right_int, &out)) return Value::boolean(out);
  }
  return eval_compare_int_const_any(f, e);
}

static bool is_small_int_constant(const Expr* e) {
  return e->kind == Kind::Constant && static_cast<const Constant*>(e)->value.is_int();
}
static Value eval_compare_any(Frame* f, const Expr* e) { return eval_compare_node(f, static_cast<const Compare*>(e)); }
// `x in y` and `x not in y` alone: an exact dict is asked directly, anything else
// through its __contains__ (or iteration), as compare() would.
static Value eval_compare_in(Frame* f, const Expr* e) {
  auto* c = static_cast<const Compare*>(e);
  Value item = linked_operand(f, c->left_slot, c->left);
  if (item.is_null()) return item;
  Value container = linked_operand(f, c->right_slot, c->first_comparator);
  if (container.is_null()) return container;
  int r = container.is_obj() && container.type() == &DictType ? dict_contains(as_dict(container), item)
                                                               : contains(container, item);
  if (r < 0) return mark(f, e, Value());
  return Value::boolean((c->first_op == CompareOp::In) == (r != 0));
}
static Value eval_compare_single(Frame* f, const Expr* e) { return eval_compare_one(f, static_cast<const Compare*>(e)); }
static Value eval_call_node(Frame* f, const Expr* e) { return eval_call(f, static_cast<const Call*>(e)); }

// A property's getter runs as `obj.name()` would run a method: a direct call. (Out of
// line: attribute_of, on the way of every attribute its node's cache misses, keeps a
// C++ frame with few saved registers.)
[[gnu::noinline]] static Value property_by_getter(Frame* f, const Attribute* a, const Value& obj,
                                                  FunctionObject* getter) {
  static const ExprList no_arguments;
  Value held = Value::borrow(getter), self = obj;  // the body may drop the property
  return mark(f, a, call_direct(f, getter, &self, no_arguments));
}
[[gnu::noinline]] static Value attribute_of(Frame* f, const Attribute* a, const Value& obj) {
  if (const Value* v = cached_instance_attribute(a, obj)) return *v;
  if (Value v = cached_module_attribute(a, obj); !v.is_null()) return v;
  if (FunctionObject* getter = cached_property_getter(a, obj)) return property_by_getter(f, a, obj, getter);
  return mark(f, a, load_attribute(a, obj));
}
[[gnu::noinline]] static Value attribute_of_value(Frame* f, const Attribute* a) {
  Value obj = eval(f, a->value);
  if (obj.is_null()) return obj;
  return attribute_of(f, a, obj);
}
// `self.x` (a local's attribute the node has cached) runs in a small C++ frame; the
// rest (other receivers, misses, modules, descriptors) continues out of line.
static Value eval_attribute(Frame* f, const Expr* e) {
  auto* a = static_cast<const Attribute*>(e);
  // Read in place, `self.a.b` and `G.b` included. A miss may run code, which could
  // rebind what only an instance or a module dict holds: it starts again from the
  // value (read again without running code), unless the frame holds it.
  const Value* obj = linked_in_place_deep(f, a->value_slot, a->value);
  if (!obj) return attribute_of_value(f, a);
  if (const Value* v = cached_instance_attribute(a, *obj)) return *v;
  return linked_in_place(f, a->value_slot, a->value) ? attribute_of(f, a, *obj) : attribute_of_value(f, a);
}
// list[i] and tuple[i] of an exact list or tuple and an int in range: the item where
// it is (no call into the type), else null.
static inline const Value* sequence_item_at(const Value& obj, const Value& key) {
  if (!key.is_int() || !obj.is_obj()) return nullptr;
  const TypeObject* t = obj.type();
  const std::vector<Value>* items = t == &ListType    ? &as_list(obj)->m_items
                                    : t == &TupleType ? &as_tuple(obj)->m_items
                                                      : nullptr;
  if (!items) return nullptr;
  int64_t i = key.as_int(), n = int64_t(items->size());
  if (i < 0) i += n;
  return i >= 0 && i < n ? &(*items)[size_t(i)] : nullptr;
}
static Value eval_subscript(Frame* f, const Expr* e) {
  auto* s = static_cast<const Subscript*>(e);
  Value obj = linked_operand(f, s->value_slot, s->value);
  if (obj.is_null()) return obj;
  if (s->slice_slot < 0 && s->slice->kind == Kind::Slice && is_exact_str(obj))
    return mark(f, e, slice_exact_str(f, obj, s->slice));
  const Value* in_place = linked_in_place(f, s->slice_slot, s->slice);  // p[0], p[i]: the key read where it is
  Value held;
  if (!in_place) {
    held = eval_subscript_key(f, s->slice);
    if (held.is_null()) return held;
  }
  const Value& key = in_place ? *in_place : held;
  if (const Value* item = sequence_item_at(obj, key)) return *item;
  if (is_type(obj, &DictType) && is_exact_str(key)) {  // d["name"]: the str lookup, no slot calls
    Value v = dict_get_str(as_dict(obj), as_str(key));
    if (v.is_null() && !error_pending()) raise_key_error(key);
    return mark(f, e, std::move(v));
  }
  return mark(f, e, get_item(obj, key));
}
// eval_subscript_in_place's `d["k"]`, out of line: the list and tuple path keeps a C++
// frame that saves no registers (inline, nbody ran 1.8% more instructions).
[[gnu::noinline]] static Value dict_str_item_in_place(Frame* f, const Expr* e, const Value& obj, const Value& key) {
  if (obj.is_obj() && obj.type() == &DictType && is_exact_str(key))
    if (const Value* v = dict_find_str_in_place(as_dict(obj), as_str(key))) return *v;
  return eval_subscript(f, e);
}
// `p[0]`, `row[i]`, `self.items[i]`, `d["k"]` with both read in place (the container a
// local, a constant, a cached global or `local.attr`, the key a local or a constant):
// a list or tuple item in range, or an exact dict's value for an exact str found
// without running code, is read without a reference taken on the container; anything
// else (a missing key included) goes the general way.
static Value eval_subscript_in_place(Frame* f, const Expr* e) {
  auto* s = static_cast<const Subscript*>(e);
  const Value* obj = linked_in_place_deep(f, s->value_slot, s->value);
  const Value* key = obj ? linked_in_place(f, s->slice_slot, s->slice) : nullptr;
  if (!key) return eval_subscript(f, e);
  if (const Value* item = sequence_item_at(*obj, *key)) return *item;
  return dict_str_item_in_place(f, e, *obj, *key);
}
static Value eval_other_node(Frame* f, const Expr* e) { return mark(f, e, eval_other(f, e)); }
int test_truth_compound(Frame* f, const Expr* e) {
  if (e->kind == Kind::UnaryOp) {
    int t = test_truth(f, static_cast<const UnaryOpExpr*>(e)->operand);
    return t < 0 ? t : !t;
  }
  auto* b = static_cast<const BoolOp*>(e);
  for (const Expr* x : b->values) {
    int t = test_truth(f, x);
    if (t < 0 || t != b->is_and) return t;  // an error, a false operand of `and`, a true one of `or`
  }
  return b->is_and;
}
// UnaryOp, BoolOp and IfExp nodes, marked on failure as eval_other_node marks.
static Value unary_value(Frame* f, const UnaryOpExpr* u) {
  if (u->op == UnaryOp::Not) {
    int t = test_truth(f, u->operand);
    return t < 0 ? Value() : Value::boolean(!t);
  }
  Value v = eval_operand(f, u->operand);
  if (v.is_null()) return v;
  return unary_op(u->op, v);
}
// The operands but the last are tested, each once; the last one's value is the
// result as it is (its truth is not asked: `x and y` does not call y.__bool__).
static Value boolop_value(Frame* f, const BoolOp* b) {
  const ExprList& operands = b->values;
  size_t last = operands.size() - 1;
  for (size_t i = 0; i < last; i++) {
    const Expr* x = operands[i];
    if (x->kind == Kind::UnaryOp && static_cast<const UnaryOpExpr*>(x)->op == UnaryOp::Not) {
      // `not y`: a bool, whose truth is the test's.
      int t = test_truth(f, static_cast<const UnaryOpExpr*>(x)->operand);
      if (t < 0) return mark(f, x, Value());
      if (b->is_and ? t : !t) return Value::boolean(!t);
      continue;
    }
    Value v = eval_operand(f, x);
    if (v.is_null()) return v;
    int t = truth(v);
    if (t < 0) return Value();
    if (b->is_and ? !t : t) return v;
  }
  return eval_operand(f, operands[last]);
}
static Value ifexp_value(Frame* f, const IfExp* i) {
  int b = test_truth(f, i->test);
  if (b < 0) return Value();
  return eval(f, b ? i->body : i->orelse);
}
static Value eval_unary(Frame* f, const Expr* e) { return mark(f, e, unary_value(f, static_cast<const UnaryOpExpr*>(e))); }
static Value eval_unary_folded(Frame*, const Expr* e) { return static_cast<const UnaryOpExpr*>(e)->folded; }
// `-1`, `+2.5`, `~7` and `-3j`: the value is made once, as CPython folds it into a
// constant (number constants only: their operators cannot fail or run code).
static Expr::EvalFn unary_handler(const UnaryOpExpr* u) {
  if (u->op == UnaryOp::Not || u->operand->kind != Kind::Constant) return eval_unary;
  auto type = static_cast<const Constant*>(u->operand)->type;
  bool number = type == Constant::Type::Int || type == Constant::Type::Float || type == Constant::Type::Imaginary;
  if (!number || (type != Constant::Type::Int && u->op == UnaryOp::Invert)) return eval_unary;
  if (u->folded.is_null()) u->folded = unary_op(u->op, static_cast<const Constant*>(u->operand)->value);
  if (!u->folded.is_null()) return eval_unary_folded;
  clear_error();
  return eval_unary;
}
static Value eval_boolop(Frame* f, const Expr* e) { return mark(f, e, boolop_value(f, static_cast<const BoolOp*>(e))); }
static Value eval_ifexp(Frame* f, const Expr* e) { return mark(f, e, ifexp_value(f, static_cast<const IfExp*>(e))); }
// A list display without starred items: its items in order, no unpacking.
static bool eval_items(Frame* f, const ExprList& elts, std::vector<Value>& out) {
  out.reserve(elts.size());
  for (const Expr* x : elts) {
    out.push_back(eval_operand(f, x));
    if (out.back().is_null()) return false;
  }
  return true;
}
static Value eval_tuple_display(Frame* f, const Expr* e) {
  const ExprList& elts = static_cast<const Sequence*>(e)->elts;
  if (elts.empty()) return empty_tuple();
  size_t n = elts.size();
  Value t = Value::steal(alloc_tuple(n));  // filled in place (tuple.h)
  Value* items = as_tuple(t)->m_items.data();
  // Each item is made where it goes: the slots hold Null, nothing to drop first.
  for (size_t i = 0; i < n; ++i) {
    if (const Value* v = operand_in_place(f, elts[i])) {
      new (&items[i]) Value(*v);
    } else {
      new (&items[i]) Value(eval(f, elts[i]));
      if (items[i].is_null()) return Value();
    }
  }
  finish_tuple(t);
  return t;
}
// A tuple display whose items are constants, or such displays: CPython's compiler
// folds it into one constant.
static bool is_constant_tuple(const Expr* e) {
  if (e->kind == Kind::Constant) return true;
  if (e->kind != Kind::Tuple) return false;
  for (const Expr* x : static_cast<const Sequence*>(e)->elts)
    if (!is_constant_tuple(x)) return false;
  return true;
}
static Value eval_constant_tuple(Frame* f, const Expr* e) {
  auto* s = static_cast<const Sequence*>(e);
  if (s->folded.is_null()) s->folded = eval_tuple_display(f, e);
  return s->folded;
}
static Value eval_list_display(Frame* f, const Expr* e) {
  std::vector<Value> items;
  return eval_items(f, static_cast<const Sequence*>(e)->elts, items) ? new_list(std::move(items)) : Value();
}
static bool has_starred(const ExprList& elts) {
  for (const Expr* x : elts)
    if (x->kind == Kind::Starred) return true;
  return false;
}

Expr::EvalFn choose_eval(const Expr* e) {
  Expr::EvalFn fn = eval_other_node;
  switch (e->kind) {
    case Kind::Name: {
      auto* n = static_cast<const Name*>(e);
      fn = n->scope == NameScope::Fast     ? eval_name_fast
           : n->scope == NameScope::Global ? eval_name_global
           : n->scope == NameScope::Deref  ? eval_name_deref
                                           : eval_name;
      break;
    }
    case Kind::Constant: fn = eval_constant; break;
    case Kind::BinOp: {
      auto* b = static_cast<const BinOpExpr*>(e);
      fn = !is_small_int_constant(b->right) ? (maybe_in_place(b->left) ? eval_binop_in_place : eval_binop_node)
           : b->left_slot >= 0              ? eval_binop_int_const
                                            : eval_binop_int_const_any;
      break;
    }
    case Kind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      bool simple = c->ops.size() == 1 && int(c->ops[0]) <= int(CompareOp::Ge);
      bool one = c->ops.size() == 1 && c->ops[0] != CompareOp::In && c->ops[0] != CompareOp::NotIn;
      bool in = c->ops.size() == 1 && (c->ops[0] == CompareOp::In || c->ops[0] == CompareOp::NotIn);
      fn = simple && is_small_int_constant(c->comparators[0])
               ? (c->left_slot >= 0 ? eval_compare_int_const : eval_compare_int_const_any)
           : one                                              ? eval_compare_single
           : in                                               ? eval_compare_in
                                                              : eval_compare_any;
      break;
    }
    case Kind::Call: {
      auto* c = static_cast<const Call*>(e);
      bool plain = c->keywords.empty() && is_simple_call(c);
      fn = !plain                          ? eval_call_node
           : c->func->kind == Kind::Name   ? eval_call_plain
           : c->func->kind == Kind::Attribute && static_cast<const Attribute*>(c->func)->value->kind != Kind::Call
               ? eval_call_method
               : eval_call_node;
      break;
    }
    case Kind::Attribute: fn = eval_attribute; break;
    case Kind::UnaryOp: fn = unary_handler(static_cast<const UnaryOpExpr*>(e)); break;
    case Kind::BoolOp: fn = eval_boolop; break;
    case Kind::IfExp: fn = eval_ifexp; break;
    case Kind::Tuple:
    case Kind::List:
      if (!has_starred(static_cast<const Sequence*>(e)->elts))
        fn = e->kind == Kind::List     ? eval_list_display
             : is_constant_tuple(e)      ? eval_constant_tuple
                                         : eval_tuple_display;
      break;
    case Kind::Subscript: {
      auto* s = static_cast<const Subscript*>(e);
      bool in_place = (s->value->kind == Kind::Name || s->value->kind == Kind::Constant ||
                       s->value->kind == Kind::Attribute) &&
                      (s->slice->kind == Kind::Name || s->slice->kind == Kind::Constant);
      fn = in_place ? eval_subscript_in_place : eval_subscript;
      break;
    }
    case Kind::Yield:
    case Kind::YieldFrom: fn = eval_yield_node; break;
    case Kind::Await: fn = eval_await_node; break;
    default: break;
  }
  e->eval_fn = fn;
  return fn;
}

}  // namespace hotpy
