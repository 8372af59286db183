// Binding and unbinding targets: names, attributes, subscriptions, and unpacking
// into tuples/lists with an optional starred target (Language Reference 7.2, 7.5).
#include "eval/attr_cache.h"
#include "eval/eval.h"
#include "eval/frame.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

bool assign_name(Frame* f, const Name* n, const Value& v) {
  switch (n->scope) {
    case NameScope::Fast: f->slots[n->slot] = v; return true;
    case NameScope::Deref: f->slots[n->slot].as<CellObject>()->m_value = v; return true;
    case NameScope::Global:
      if (f->locals && f->scope->type == Scope::Type::Module) return locals_set(f, n->interned, v);
      return dict_set_str(f->globals, n->interned, v) >= 0;
    case NameScope::ClassBody:
    case NameScope::ClassDeref:
      return locals_set(f, n->interned, v);
    case NameScope::Unresolved: break;
  }
  raise(&SystemErrorType, format("unresolved name '%s'", n->id.c_str()));
  return false;
}

// Unpacking: `a, *b, c = v`.
static bool unpack(Frame* f, const ExprList& targets, const Value& v) {
  size_t star = targets.size();
  for (size_t i = 0; i < targets.size(); i++)
    if (targets[i]->kind == Kind::Starred) star = i;
  // A tuple cannot change while its items are assigned (the caller holds it): no copy.
  if (star == targets.size() && is_type(v, &TupleType) && as_tuple(v)->m_items.size() == targets.size()) {
    const std::vector<Value>& items = as_tuple(v)->m_items;
    for (size_t i = 0; i < items.size(); i++)
      if (!assign(f, targets[i], items[i])) return false;
    return true;
  }
  std::vector<Value> copy;
  const std::vector<Value>* source = &copy;
  // Exact types only: a subclass's own __iter__ decides what it yields. A list may
  // change while its items are assigned, so it is copied; a tuple is read in place.
  if (is_type(v, &TupleType)) {
    source = &as_tuple(v)->m_items;
  } else if (is_type(v, &ListType)) {
    copy = as_list(v)->m_items;
  } else {
    if (!v.type()->tp_iter && !v.type()->tp_getitem) {
      raise(&TypeErrorType, format("cannot unpack non-iterable %s object", type_name(v).c_str()));
      return false;
    }
    if (!collect_iterable(v, copy)) return false;
  }
  const std::vector<Value>& items = *source;
  size_t n = targets.size();
  if (star == n) {
    if (items.size() < n) {
      raise(&ValueErrorType, format("not enough values to unpack (expected %zu, got %zu)", n, items.size()));
      return false;
    }
    if (items.size() > n) {
      raise(&ValueErrorType, format("too many values to unpack (expected %zu)", n));
      return false;
    }
    for (size_t i = 0; i < n; i++)
      if (!assign(f, targets[i], items[i])) return false;
    return true;
  }
  if (items.size() < n - 1) {
    raise(&ValueErrorType,
          format("not enough values to unpack (expected at least %zu, got %zu)", n - 1, items.size()));
    return false;
  }
  size_t after = n - star - 1;
  for (size_t i = 0; i < star; i++)
    if (!assign(f, targets[i], items[i])) return false;
  std::vector<Value> rest(items.begin() + star, items.end() - after);
  if (!assign(f, static_cast<const Starred*>(targets[star])->value, new_list(std::move(rest)))) return false;
  for (size_t i = 0; i < after; i++)
    if (!assign(f, targets[star + 1 + i], items[items.size() - after + i])) return false;
  return true;
}

// `obj[key] = v`: an item of an exact list or a str key of an exact dict is stored
// without the type's slot (the old value dies after the store, as the slots let it).
// obj[key] = v for an exact list and an int index in range, or an exact dict and an
// exact str key; false (nothing done) for anything else.
static inline bool store_item_directly(const Value& obj, const Value& key, const Value& v, bool* ok) {
  if (is_type(obj, &ListType) && key.is_int()) {
    std::vector<Value>& items = as_list(obj)->m_items;
    int64_t i = key.as_int(), n = int64_t(items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return false;
    Value old = std::move(items[size_t(i)]);
    items[size_t(i)] = v;
    *ok = true;
    return true;
  }
  if (is_type(obj, &DictType) && is_exact_str(key)) {
    *ok = dict_set_str(as_dict(obj), as_str(key), v) >= 0;
    return true;
  }
  return false;
}

bool store_subscript(Frame* f, const Subscript* s, const Value& v) {
  bool ok;
  // A local container and a local or constant key are used where they are: reading
  // them runs no code, and the frame holds them through the store.
  if (const Value* obj = linked_in_place(f, s->value_slot, s->value))
    if (const Value* key = linked_in_place(f, s->slice_slot, s->slice))
      if (store_item_directly(*obj, *key, v, &ok)) return ok;
  Value obj = linked_operand(f, s->value_slot, s->value);
  if (obj.is_null()) return false;
  Value key = s->slice_slot >= 0 ? linked_operand(f, s->slice_slot, s->slice) : eval_subscript_key(f, s->slice);
  if (key.is_null()) return false;
  if (store_item_directly(obj, key, v, &ok)) return ok;
  return set_item(obj, key, v) >= 0;
}

static bool store(Frame* f, const Expr* target, const Value& v) {
  switch (target->kind) {
    case Kind::Name: return assign_name(f, static_cast<const Name*>(target), v);
    case Kind::Attribute: {
      auto* a = static_cast<const Attribute*>(target);
      Value obj = linked_operand(f, a->value_slot, a->value);
      return !obj.is_null() && store_attribute(a, obj, v) >= 0;
    }
    case Kind::Subscript: return store_subscript(f, static_cast<const Subscript*>(target), v);
    case Kind::Tuple:
    case Kind::List: return unpack(f, static_cast<const Sequence*>(target)->elts, v);
    case Kind::Starred: return assign(f, static_cast<const Starred*>(target)->value, v);
    default: break;
  }
  raise(&SyntaxErrorType, "cannot assign to expression");
  return false;
}

// A target whose own store fails (unpacking, a read-only attribute, an unbound
// name to delete) is where CPython's traceback points.
// `a, b = v` with v an exact tuple of as many items and no starred target: each item
// goes to its target, a local straight into its slot. False when this does not apply
// (*done is false) or a store failed (*done is true).
static bool unpack_exact(Frame* f, const ExprList& targets, const Value& v, bool* done) {
  *done = false;
  if (!v.is_obj() || v.type() != &TupleType) return false;
  const std::vector<Value>& items = as_tuple(v)->m_items;  // a tuple cannot change meanwhile
  size_t n = targets.size();
  if (items.size() != n) return false;
  for (const Expr* t : targets)
    if (t->kind == Kind::Starred) return false;
  *done = true;
  for (size_t i = 0; i < n; i++) {
    const Expr* t = targets[i];
    if (t->kind == Kind::Name && static_cast<const Name*>(t)->scope == NameScope::Fast)
      f->slots[static_cast<const Name*>(t)->slot] = items[i];
    else if (!assign(f, t, items[i]))
      return false;
  }
  return true;
}

// Targets other than a name: kept out of assign() so that its common case (a name,
// a loop's target every iteration) stays a small function.
[[gnu::noinline]] static bool assign_other(Frame* f, const Expr* target, const Value& v) {
  if (target->kind == Kind::Tuple || target->kind == Kind::List) {
    if (store_tuple_in_slots(f, static_cast<const Sequence*>(target), v)) return true;
    bool done;
    bool ok = unpack_exact(f, static_cast<const Sequence*>(target)->elts, v, &done);
    if (ok) return true;
    if (done) {
      if (!f->fail_node) f->fail_node = target;
      return false;
    }
  }
  if (store(f, target, v)) return true;
  if (!f->fail_node) f->fail_node = target;
  return false;
}

bool assign_subscript(Frame* f, const Subscript* s, const Value& v) {
  if (store_subscript(f, s, v)) return true;
  if (!f->fail_node) f->fail_node = s;
  return false;
}

bool assign(Frame* f, const Expr* target, const Value& v) {
  if (target->kind == Kind::Name) return assign_name(f, static_cast<const Name*>(target), v);
  return assign_other(f, target, v);
}

static bool delete_name(Frame* f, const Name* n) {
  switch (n->scope) {
    case NameScope::Fast:
      if (f->slots[n->slot].is_null()) break;
      f->slots[n->slot] = Value();
      return true;
    case NameScope::Deref: {
      auto* cell = f->slots[n->slot].as<CellObject>();
      if (cell->m_value.is_null()) break;
      cell->m_value = Value();
      return true;
    }
    case NameScope::Global:
    case NameScope::ClassBody:
    case NameScope::ClassDeref: {
      bool module_locals = f->locals && f->scope->type == Scope::Type::Module;
      bool in_globals = (n->scope == NameScope::Global && !module_locals) || !f->locals;
      if (!in_globals && f->locals->m_type != &DictType) return locals_del(f, n->interned);
      DictObject* ns = in_globals ? f->globals : static_cast<DictObject*>(f->locals);
      if (dict_get_str(ns, n->interned).is_null()) {
        raise(&NameErrorType, format("name '%s' is not defined", n->id.c_str()));
        return false;
      }
      return dict_del(ns, Value::borrow(n->interned)) >= 0;
    }
    case NameScope::Unresolved: return false;
  }
  raise(&UnboundLocalErrorType,
        format("cannot access local variable '%s' where it is not associated with a value", n->id.c_str()));
  return false;
}

static bool delete_one(Frame* f, const Expr* target) {
  switch (target->kind) {
    case Kind::Name: return delete_name(f, static_cast<const Name*>(target));
    case Kind::Attribute: {
      auto* a = static_cast<const Attribute*>(target);
      Value obj = eval(f, a->value);
      return !obj.is_null() && del_attr(obj, a->interned) >= 0;
    }
    case Kind::Subscript: {
      auto* s = static_cast<const Subscript*>(target);
      Value obj = eval(f, s->value);
      if (obj.is_null()) return false;
      Value key = eval_subscript_key(f, s->slice);
      return !key.is_null() && del_item(obj, key) >= 0;
    }
    case Kind::Tuple:
    case Kind::List:
      for (const Expr* e : static_cast<const Sequence*>(target)->elts)
        if (!delete_target(f, e)) return false;
      return true;
    default: break;
  }
  raise(&SyntaxErrorType, "cannot delete expression");
  return false;
}

bool delete_target(Frame* f, const Expr* target) {
  if (delete_one(f, target)) return true;
  if (!f->fail_node) f->fail_node = target;
  return false;
}

}  // namespace hotpy
