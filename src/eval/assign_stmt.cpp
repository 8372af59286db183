// Assignment statements (Language Reference 7.2): plain, parallel (`a, b = b, a`) and
// augmented, with the fast paths for locals, cached attributes, list items and dict
// items. Targets in general are bound by assign.cpp; stmt.cpp dispatches here.
#include "eval/attr_cache.h"
#include "eval/eval.h"
#include "eval/frame.h"
#include "eval/number_ops.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

static Completion error() { return Completion::Error; }

// `cur op= rhs` once both are evaluated: two small ints or two floats combined here
// (`self.x /= n`, `v[i] *= k`, `d[k] <<= 1`), anything else by the in-place protocol.
// Out of line: each kind of target calls it, and the common `+=` and `-=` of numbers
// are answered before it.
[[gnu::noinline]] static Value augmented_op(BinOp op, const Value& cur, const Value& rhs) {
  if (Value r = binop_numbers(op, cur, rhs); !r.is_null()) return r;
  return inplace_op(op, cur, rhs);
}

// 7.2.1 Augmented assignment: the target's container and key are evaluated once.
// `v[i] += x` on an exact list with an int index: the item read and written in place
// (the index counted from the end again at the store, as set_item would, in case the
// right operand changed the list), floats and small ints combined here.
static Completion augassign_list_item(Frame* f, const AugAssign* s, const Value& obj, int64_t key) {
  std::vector<Value>& items = as_list(obj)->m_items;
  int64_t i = key < 0 ? key + int64_t(items.size()) : key;
  if (i < 0 || i >= int64_t(items.size())) {
    get_item(obj, Value::integer(key));  // raises the list's IndexError
    return error();
  }
  Value cur = items[size_t(i)];
  Value rhs = eval_operand(f, s->value);
  if (rhs.is_null()) return error();
  Value r;
  if (cur.is_float() && rhs.is_float() && (s->op == BinOp::Add || s->op == BinOp::Sub || s->op == BinOp::Mul)) {
    double x = cur.as_float(), y = rhs.as_float();
    r = Value::number(s->op == BinOp::Add ? x + y : s->op == BinOp::Sub ? x - y : x * y);
  } else {
    r = augmented_op(s->op, cur, rhs);
    if (r.is_null()) return error();
  }
  i = key < 0 ? key + int64_t(items.size()) : key;
  if (i >= 0 && i < int64_t(items.size())) {
    items[size_t(i)] = std::move(r);
    return Completion::Normal;
  }
  return set_item(obj, Value::integer(key), r) < 0 ? error() : Completion::Normal;
}

// `d[k] op= x` on an exact dict with an exact str key: one lookup finds the entry, and
// the result goes straight back into it unless the dict changed meanwhile (then a
// full store, as the generic path makes).
static Completion augassign_dict_item(Frame* f, const AugAssign* s, const Value& obj, const Value& key) {
  DictObject* d = as_dict(obj);
  int64_t ix;
  Value cur = dict_get_str_index(d, as_str(key), &ix);
  if (cur.is_null()) {
    if (!error_pending()) raise_key_error(key);
    return error();
  }
  uint64_t version = d->m_version;
  Value rhs = eval_operand(f, s->value);
  if (rhs.is_null()) return error();
  Value r = augmented_op(s->op, cur, rhs);
  if (r.is_null()) return error();
  if (ix >= 0 && d->m_version == version) {
    dict_replace_value(d, size_t(ix), std::move(r));
    return Completion::Normal;
  }
  return set_item(obj, key, r) < 0 ? error() : Completion::Normal;
}

// `i += 1`, `x -= dx` on a local holding a small int or a float: the new number is
// written over the old one. False when this does not apply (nothing evaluated).
static inline bool augassign_local_number(Frame* f, const AugAssign* s) {
  if (s->target_slot < 0 || (s->op != BinOp::Add && s->op != BinOp::Sub)) return false;
  Value& slot = f->slots[s->target_slot];
  const Value* rhs = linked_in_place(f, s->value_slot, s->value);
  if (!rhs) return false;
  if (slot.is_int() && rhs->is_int()) {
    int64_t z;
    bool overflow = s->op == BinOp::Add ? __builtin_add_overflow(slot.as_int(), rhs->as_int(), &z)
                                        : __builtin_sub_overflow(slot.as_int(), rhs->as_int(), &z);
    if (overflow) return false;
    slot.set_number_over_number(Value::integer(z));
    return true;
  }
  if (slot.is_float() && rhs->is_float()) {
    double x = slot.as_float(), y = rhs->as_float();
    slot.set_number_over_number(Value::number(s->op == BinOp::Add ? x + y : x - y));
    return true;
  }
  return false;
}

// `+=` and `-=` of two small ints or two floats, stored into `slot`; false for
// anything else.
static bool add_numbers_into(const AugAssign* s, Value& slot, const Value& cur, const Value& rhs) {
  if (cur.is_int() && rhs.is_int()) {
    int64_t z;
    if (s->op == BinOp::Add && !__builtin_add_overflow(cur.as_int(), rhs.as_int(), &z)) {
      slot = Value::integer(z);
      return true;
    }
    if (s->op == BinOp::Sub && !__builtin_sub_overflow(cur.as_int(), rhs.as_int(), &z)) {
      slot = Value::integer(z);
      return true;
    }
  } else if (cur.is_float() && rhs.is_float() && (s->op == BinOp::Add || s->op == BinOp::Sub)) {
    double x = cur.as_float(), y = rhs.as_float();
    slot = Value::number(s->op == BinOp::Add ? x + y : x - y);
    return true;
  }
  return false;
}

// `local op= rhs` once both are evaluated: small ints and floats in place.
static Completion augassign_to_local(const AugAssign* s, Value& slot, Value cur, const Value& rhs) {
  if (add_numbers_into(s, slot, cur, rhs)) return Completion::Normal;
  // Only this statement holds the value while it operates (a fast local is
  // visible to no other code), so `s += t` may grow an unshared string in place.
  slot = Value();
  Value r = augmented_op(s->op, cur, rhs);
  if (r.is_null()) {
    slot = std::move(cur);  // a failed operation leaves the variable as it was
    return error();
  }
  slot = std::move(r);
  return Completion::Normal;
}

[[gnu::noinline]] static Completion augassign_general(Frame* f, const AugAssign* s) {
  if (s->target_slot >= 0 && !f->slots[s->target_slot].is_null()) {
    // `total += x * y` on a bound local (operand links): its node is not visited.
    Value cur = f->slots[s->target_slot];
    Value rhs = linked_operand(f, s->value_slot, s->value);
    if (rhs.is_null()) return error();
    return augassign_to_local(s, f->slots[s->target_slot], std::move(cur), rhs);
  }
  switch (s->target->kind) {
    case Kind::Name: {
      auto* n = static_cast<const Name*>(s->target);
      Value cur = eval_operand(f, n);
      if (cur.is_null()) return error();
      Value rhs = eval_operand(f, s->value);
      if (rhs.is_null()) return error();
      if (n->scope == NameScope::Fast) return augassign_to_local(s, f->slots[n->slot], std::move(cur), rhs);
      // `nonlocal count; count += 1`: numbers straight into the cell (the frame holds it).
      if (n->scope == NameScope::Deref && add_numbers_into(s, f->slots[n->slot].as<CellObject>()->m_value, cur, rhs))
        return Completion::Normal;
      Value r = augmented_op(s->op, cur, rhs);
      if (r.is_null()) return error();
      return assign_name(f, n, r) ? Completion::Normal : error();
    }
    case Kind::Attribute: {
      auto* a = static_cast<const Attribute*>(s->target);
      Value obj = linked_operand(f, a->value_slot, a->value);  // `self.n += 1`: self from its slot
      if (obj.is_null()) return error();
      const Value* cached = cached_instance_attribute(a, obj);
      Value cur = cached ? *cached : load_attribute(a, obj);
      if (cur.is_null()) return error();
      Value rhs = eval_operand(f, s->value);
      if (rhs.is_null()) return error();
      Value r;
      int64_t z;
      if (cur.is_int() && rhs.is_int() && s->op == BinOp::Add && !__builtin_add_overflow(cur.as_int(), rhs.as_int(), &z))
        r = Value::integer(z);  // `self.count += 1`
      else if ((r = augmented_op(s->op, cur, rhs)).is_null())
        return error();
      if (cached_instance_store(a, obj, r)) return Completion::Normal;
      return store_attribute(a, obj, r) < 0 ? error() : Completion::Normal;
    }
    case Kind::Subscript: {
      auto* sub = static_cast<const Subscript*>(s->target);
      Value obj = linked_operand(f, sub->value_slot, sub->value);  // `v[0] -= d`: no handler calls
      if (obj.is_null()) return error();
      // (A constant or local key inline: `v[0] -= d` makes no call for it.)
      Value key = sub->slice->kind == Kind::Slice ? eval_subscript_key(f, sub->slice)
                                                  : linked_operand(f, sub->slice_slot, sub->slice);
      if (key.is_null()) return error();
      if (is_type(obj, &ListType) && key.is_int()) return augassign_list_item(f, s, obj, key.as_int());
      if (is_type(obj, &DictType) && is_exact_str(key)) return augassign_dict_item(f, s, obj, key);
      Value cur = get_item(obj, key);
      if (cur.is_null()) return error();
      Value rhs = eval_operand(f, s->value);
      if (rhs.is_null()) return error();
      Value r = augmented_op(s->op, cur, rhs);
      if (r.is_null()) return error();
      return set_item(obj, key, r) < 0 ? error() : Completion::Normal;
    }
    default: break;
  }
  raise(&SyntaxErrorType, "illegal expression for augmented assignment");
  return error();
}
// The general way is out of line, so `i += 1` on a local runs with no C++ frame of its own.
Completion exec_augassign(Frame* f, const AugAssign* s) {
  if (augassign_local_number(f, s)) return Completion::Normal;
  return augassign_general(f, s);
}



// `a, b = x, y` (no starred item on either side, as many targets as values): the
// values are evaluated left to right, then assigned left to right, as through the
// tuple CPython builds, without building it.
bool parallel_assignment(const Assign* a) {
  if (a->targets.size() != 1 || a->value->kind != Kind::Tuple) return false;
  const Expr* t = a->targets[0];
  if (t->kind != Kind::Tuple && t->kind != Kind::List) return false;
  const ExprList& targets = static_cast<const Sequence*>(t)->elts;
  const ExprList& values = static_cast<const Sequence*>(a->value)->elts;
  if (targets.size() != values.size() || targets.size() > 8) return false;
  for (size_t i = 0; i < targets.size(); i++)
    if (targets[i]->kind == Kind::Starred || values[i]->kind == Kind::Starred) return false;
  return true;
}

// Stores v in target: a local straight into its slot, `a[i]` (`a[i], a[j] = a[j], a[i]`)
// without assign()'s dispatch, anything else through assign().
static inline bool store_to(Frame* f, const Expr* target, Value&& v) {
  if (target->kind == Kind::Name && static_cast<const Name*>(target)->scope == NameScope::Fast) {
    f->slots[static_cast<const Name*>(target)->slot] = std::move(v);
    return true;
  }
  if (target->kind == Kind::Subscript) return assign_subscript(f, static_cast<const Subscript*>(target), v);
  return assign(f, target, v);
}

Completion exec_parallel_assign(Frame* f, const Stmt* s) {
  auto* a = static_cast<const Assign*>(s);
  const ExprList& targets = static_cast<const Sequence*>(a->targets[0])->elts;
  const ExprList& values = static_cast<const Sequence*>(a->value)->elts;
  size_t n = values.size();
  auto* target = static_cast<const Sequence*>(a->targets[0]);
  if (n == 2) {  // a, b = b, a
    Value v0 = eval_operand(f, values[0]);
    if (v0.is_null()) return error();
    Value v1 = eval_operand(f, values[1]);
    if (v1.is_null()) return error();
    if (target->n_store_slots == 2) {  // plain locals (operand links)
      f->slots[target->store_slots[0]] = std::move(v0);
      f->slots[target->store_slots[1]] = std::move(v1);
      return Completion::Normal;
    }
    return store_to(f, targets[0], std::move(v0)) && store_to(f, targets[1], std::move(v1)) ? Completion::Normal
                                                                                              : error();
  }
  // Only the n values in use are constructed and destroyed (parallel_assignment: n <= 8).
  alignas(Value) char raw[8 * sizeof(Value)];
  auto* v = reinterpret_cast<Value*>(raw);
  size_t built = 0;
  StackValues owned(v, built);
  for (; built < n; built++) {
    new (&v[built]) Value(eval_operand(f, values[built]));
    if (v[built].is_null()) {
      built++;
      return error();
    }
  }
  if (target->n_store_slots == n) {  // plain locals (operand links)
    for (size_t i = 0; i < n; i++) f->slots[target->store_slots[i]] = std::move(v[i]);
    return Completion::Normal;
  }
  for (size_t i = 0; i < n; i++)
    if (!store_to(f, targets[i], std::move(v[i]))) return error();
  return Completion::Normal;
}

// `x, y = point` into plain locals (operand links): an exact tuple of as many items
// goes straight into their slots, left to right; anything else the general way.
bool unpacks_to_locals(const Assign* a) {
  const Expr* t = a->only_target;
  return t && (t->kind == Kind::Tuple || t->kind == Kind::List) && static_cast<const Sequence*>(t)->n_store_slots;
}
[[gnu::noinline]] static Completion assign_targets(Frame* f, const Assign* a, Value v);
Completion exec_unpack_to_locals(Frame* f, const Stmt* s) {
  auto* a = static_cast<const Assign*>(s);
  Value v = eval_operand(f, a->value);
  if (v.is_null()) return error();
  if (store_tuple_in_slots(f, static_cast<const Sequence*>(a->only_target), v)) return Completion::Normal;
  return assign_targets(f, a, std::move(v));
}

// `obj.name = v` and the other targets, once v is known.
[[gnu::noinline]] static Completion assign_targets(Frame* f, const Assign* a, Value v) {
  if (a->targets.size() == 1 && a->targets[0]->kind == Kind::Attribute) {
    auto* at = static_cast<const Attribute*>(a->targets[0]);
    Value obj = eval_operand(f, at->value);
    if (!obj.is_null()) {
      if (cached_instance_store(at, obj, v)) return Completion::Normal;
      if (store_attribute(at, obj, v) >= 0) return Completion::Normal;
    }
    if (!f->fail_node) f->fail_node = at;  // as assign() marks a failed store
    return error();
  }
  if (a->targets.size() == 1 && a->targets[0]->kind == Kind::Subscript) {
    auto* sub = static_cast<const Subscript*>(a->targets[0]);
    if (store_subscript(f, sub, v)) return Completion::Normal;
    if (!f->fail_node) f->fail_node = sub;  // as assign() marks a failed store
    return error();
  }
  for (const Expr* t : a->targets)
    if (!assign(f, t, v)) return error();
  return Completion::Normal;
}

// `lst[i] = v` and `d["k"] = v` with the container and the key read in place (locals
// or constants: reading them runs no code): an exact list's item or an exact dict's
// str key is stored without a reference taken on either; anything else the general way.
bool assigns_subscript(const Assign* a) {
  return a->only_target && a->only_target->kind == Kind::Subscript;
}
Completion exec_assign_subscript(Frame* f, const Stmt* s) {
  auto* a = static_cast<const Assign*>(s);
  auto* sub = static_cast<const Subscript*>(a->only_target);
  Value v = eval_operand(f, a->value);  // `lst[i] = x`: x copied where it is
  if (v.is_null()) return error();
  const Value* obj = linked_in_place_deep(f, sub->value_slot, sub->value);  // `self.data[i] = x` too
  const Value* key = obj ? linked_in_place(f, sub->slice_slot, sub->slice) : nullptr;
  if (key && obj->is_obj()) {
    if (key->is_int() && obj->type() == &ListType) {
      std::vector<Value>& items = as_list(*obj)->m_items;
      int64_t i = key->as_int(), n = int64_t(items.size());
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        Value old = std::move(items[size_t(i)]);  // dies after the store, as list_setitem lets it
        items[size_t(i)] = std::move(v);
        return Completion::Normal;
      }
    } else if (is_exact_str(*key) && obj->type() == &DictType) {
      // A dict an attribute holds is held here: the replaced value's __del__ may drop
      // that attribute (a local's dict the frame holds).
      Value held = sub->value_slot >= 0 ? Value() : *obj;
      return dict_set_str(as_dict(*obj), as_str(*key), v) < 0 ? error() : Completion::Normal;
    }
  }
  return assign_targets(f, a, std::move(v));
}

// `x = v` to a plain local: a handler of its own, whose C++ frame saves no registers
// for the attribute store below.
Completion exec_assign_local(Frame* f, const Stmt* s) {
  auto* a = static_cast<const Assign*>(s);
  Value v = eval(f, a->value);
  if (v.is_null()) return error();
  f->slots[a->target_slot] = std::move(v);
  return Completion::Normal;
}

// `x = y`, `x = G`, `x = o.a`, `x = 3` to a plain local: the value read where it is
// (reading it runs no code) and copied to the slot, with no handler call for it;
// anything else (an unbound name, a cache miss) as exec_assign_local.
bool assigns_operand_to_local(const Assign* a) {
  ast::Kind k = a->value->kind;
  return a->target_slot >= 0 && (k == Kind::Name || k == Kind::Attribute || k == Kind::Constant);
}
Completion exec_assign_operand_to_local(Frame* f, const Stmt* s) {
  auto* a = static_cast<const Assign*>(s);
  if (const Value* v = operand_in_place_deep(f, a->value)) {
    f->slots[a->target_slot] = *v;  // (copied before the old value is dropped)
    return Completion::Normal;
  }
  return exec_assign_local(f, s);
}

// `x = v` to a local, and `name.attr = v` where the node's cache says where the
// attribute goes, in a small C++ frame; the rest out of line.
Completion exec_assign(Frame* f, const Stmt* s) {
  auto* a = static_cast<const Assign*>(s);
  Value v = eval_operand(f, a->value);  // `self.x = x`: x copied where it is
  if (v.is_null()) return error();
  if (a->target_slot >= 0) {
    f->slots[a->target_slot] = std::move(v);
    return Completion::Normal;
  }
  if (const Expr* t = a->only_target) {
    // The receiver is read in place: the store runs no code before it is done (the
    // old value, dropped after, may run a __del__ while the local still holds obj).
    if (t->kind == Kind::Attribute) {
      auto* at = static_cast<const Attribute*>(t);
      const Value* obj = linked_in_place(f, at->value_slot, at->value);
      if (obj && cached_instance_store(at, *obj, v)) return Completion::Normal;
    }
  }
  return assign_targets(f, a, std::move(v));
}

}  // namespace hotpy
