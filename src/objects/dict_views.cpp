// dict views (keys(), values(), items()) and the dict iterators.
//
// Views are live windows on their dict. Keys and items views also act as sets:
// comparisons and & | - ^ follow CPython's dictobject.c (the operators return sets).
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject DictKeysType("dict_keys");
TypeObject DictValuesType("dict_values");
TypeObject DictItemsType("dict_items");
TypeObject DictKeyIterType("dict_keyiterator");
TypeObject DictValueIterType("dict_valueiterator");
TypeObject DictItemIterType("dict_itemiterator");
TypeObject DictRevKeyIterType("dict_reversekeyiterator");
TypeObject DictRevValueIterType("dict_reversevalueiterator");
TypeObject DictRevItemIterType("dict_reverseitemiterator");

void DictViewObject::traverse(Visitor visit, void* arg) {
  if (m_dict.is_obj()) visit(m_dict.obj(), arg);
}

static DictPart view_part(const Value& view) {
  TypeObject* t = view.type();
  return t == &DictKeysType ? DictPart::Keys : t == &DictValuesType ? DictPart::Values : DictPart::Items;
}

Value new_dict_view(const Value& dict, DictPart part) {
  TypeObject* type = part == DictPart::Keys     ? &DictKeysType
                     : part == DictPart::Values ? &DictValuesType
                                                : &DictItemsType;
  return Value::steal(new DictViewObject(type, dict));
}

// -- iterators

namespace {
struct DictIterObject : GcObject {
  Value m_dict;       // Null once exhausted
  size_t m_pos;       // forwards: next entry; reversed: one past it
  size_t m_used;      // the dict's size when iteration began
  size_t m_left;      // items still expected: more means keys changed underneath
  DictPart m_part;
  bool m_reversed;
  Value m_result;     // items: the (key, value) tuple, reused when dropped
  DictIterObject(TypeObject* type, Value d, DictPart part, bool reversed)
      : GcObject(type), m_dict(std::move(d)), m_part(part), m_reversed(reversed) {
    DictObject* dict = as_dict(m_dict);
    m_pos = reversed ? dict->m_entries.size() : 0;
    m_used = m_left = dict->m_used;
  }
  void traverse(Visitor visit, void* arg) override {
    if (m_dict.is_obj()) visit(m_dict.obj(), arg);
    if (m_result.is_obj()) visit(m_result.obj(), arg);
  }
};
}  // namespace

Value new_dict_iter(const Value& dict, DictPart part, bool reversed) {
  static TypeObject* const types[2][3] = {
      {&DictKeyIterType, &DictValueIterType, &DictItemIterType},
      {&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType}};
  TypeObject* type = types[reversed][static_cast<int>(part)];
  return Value::steal(new DictIterObject(type, dict, part, reversed));
}

static Value dictiter_next(const Value& self) {
  auto* it = self.as<DictIterObject>();
  if (it->m_dict.is_null()) return Value();
  DictObject* d = as_dict(it->m_dict);
  if (d->m_used != it->m_used) {
    it->m_used = SIZE_MAX;  // keep failing, as CPython does
    return raise(&RuntimeErrorType, "dictionary changed size during iteration");
  }
  const DictObject::Entries& entries = d->m_entries;
  const DictObject::Entry* found = nullptr;
  if (it->m_reversed) {
    if (it->m_pos > entries.size()) it->m_pos = entries.size();
    while (it->m_pos > 0) {
      const DictObject::Entry& e = entries[--it->m_pos];
      if (!e.key.is_null()) {
        found = &e;
        break;
      }
    }
  } else {
    while (it->m_pos < entries.size()) {
      const DictObject::Entry& e = entries[it->m_pos++];
      if (!e.key.is_null()) {
        found = &e;
        break;
      }
    }
  }
  if (!found) {
    it->m_dict = Value();
    return Value();
  }
  if (it->m_left == 0) {  // an item we never expected: the keys were replaced
    it->m_left = SIZE_MAX;
    return raise(&RuntimeErrorType, "dictionary keys changed during iteration");
  }
  --it->m_left;
  switch (it->m_part) {
    case DictPart::Keys: return found->key;
    case DictPart::Values: return found->value;
    case DictPart::Items: break;
  }
  return reuse_pair(it->m_result, found->key, found->value);
}

static Value dictiter_length_hint(const Value* args, size_t nargs, KwNames* kw) {
  auto* it = args[0].as<DictIterObject>();
  if (it->m_dict.is_null() || it->m_used != as_dict(it->m_dict)->m_used) return Value::integer(0);
  return Value::integer(static_cast<int64_t>(it->m_left));
}

// -- view slots

static DictObject* view_dict(const Value& view) { return as_dict(view.as<DictViewObject>()->m_dict); }

static int64_t view_len(const Value& self) { return static_cast<int64_t>(view_dict(self)->m_used); }

static Value view_iter(const Value& self) {
  return new_dict_iter(self.as<DictViewObject>()->m_dict, view_part(self), false);
}

static Value view_reversed(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__reversed__", nargs - 1, 0, 0)) return Value();
  return new_dict_iter(args[0].as<DictViewObject>()->m_dict, view_part(args[0]), true);
}

// dict_keys(['a', 'b'])
static Value view_repr(const Value& self) {
  ReprGuard guard(self.obj());
  if (guard.recursive()) return new_str("...");
  std::vector<Value> items;
  bool ok = collect_iterable(self, items);
  Value r = ok ? repr(new_list(std::move(items))) : Value();
  if (r.is_null()) return Value();
  return new_str(self.type()->m_name + "(" + as_str(r)->m_data + ")");
}

static int view_contains(const Value& self, const Value& item) {
  DictObject* d = view_dict(self);
  switch (view_part(self)) {
    case DictPart::Keys:
      return dict_contains(d, item);
    case DictPart::Items: {
      if (!is_tuple(item) || as_tuple(item)->size() != 2) return 0;
      const std::vector<Value>& kv = as_tuple(item)->m_items;
      Value found = dict_get(d, kv[0]);
      if (found.is_null()) return error_pending() ? -1 : 0;
      return equal(found, kv[1]);
    }
    case DictPart::Values:
      break;
  }
  size_t pos = 0;  // values: compare with each (CPython falls back to iterating)
  Value v;
  while (dict_next(d, &pos, nullptr, &v)) {
    int eq = equal(v, item);
    if (eq) return eq;
  }
  return 0;
}

static bool is_set_view(const Value& v) {
  return v.is_obj() && (v.type() == &DictKeysType || v.type() == &DictItemsType);
}

// Every item of `a` is in `b`: 1, 0, or -1 on error.
static int all_contained_in(const Value& a, const Value& b) {
  Value it = get_iter(a);
  if (it.is_null()) return -1;
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return error_pending() ? -1 : 1;
    int r = contains(b, item);
    if (r <= 0) return r;
  }
}

static Value view_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_set_view(a) || (!is_set_like(b) && !is_set_view(b))) return NotImplemented;
  int64_t la = length(a), lb = length(b);
  if (la < 0 || lb < 0) return Value();
  int ok = 0;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (la == lb) ok = all_contained_in(a, b);
      if (op == CmpOp::Ne && ok >= 0) ok = !ok;
      break;
    case CmpOp::Lt: if (la < lb) ok = all_contained_in(a, b); break;
    case CmpOp::Le: if (la <= lb) ok = all_contained_in(a, b); break;
    case CmpOp::Gt: if (la > lb) ok = all_contained_in(b, a); break;
    case CmpOp::Ge: if (la >= lb) ok = all_contained_in(b, a); break;
  }
  if (ok < 0) return Value();
  return Value::boolean(ok);
}

// set(view): a keys view copies straight from its dict (CPython's dictviews_to_set).
static Value view_to_set(const Value& v) {
  Value s = new_set();
  const Value& src = v.type() == &DictKeysType ? v.as<DictViewObject>()->m_dict : v;
  if (set_update(as_set(s), src) < 0) return Value();
  return s;
}

// view & other, either side: CPython's _PyDictView_Intersect.
static Value view_intersect(Value self, Value other) {
  if (!is_set_view(self)) std::swap(self, other);
  int64_t len_self = length(self);
  if (len_self < 0) return Value();
  if (other.type() == &SetType && len_self <= static_cast<int64_t>(as_set(other)->size()))
    return set_intersection(as_set(other), self);
  if (is_set_view(other)) {
    int64_t len_other = length(other);
    if (len_other < 0) return Value();
    if (len_other > len_self) std::swap(self, other);
  }
  Value result = new_set();
  Value it = get_iter(other);
  if (it.is_null()) return Value();
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return error_pending() ? Value() : result;
    int r = view_contains(self, item);
    if (r < 0 || (r && set_add(as_set(result), item) < 0)) return Value();
  }
}

static Value view_binary(BinOp op, const Value& a, const Value& b) {
  if (!is_set_view(a) && !is_set_view(b)) return NotImplemented;
  if (op == BinOp::BitAnd) return view_intersect(a, b);
  if (op != BinOp::BitOr && op != BinOp::Sub && op != BinOp::BitXor) return NotImplemented;
  Value result = view_to_set(a);
  if (result.is_null()) return Value();
  int r = op == BinOp::BitOr ? set_update(as_set(result), b)
          : op == BinOp::Sub ? set_difference_update(as_set(result), b)
                             : set_symmetric_difference_update(as_set(result), b);
  if (r < 0) return Value();
  return result;
}

static Value view_isdisjoint(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("isdisjoint", nargs - 1, 1, 1)) return Value();
  Value it = get_iter(args[1]);
  if (it.is_null()) return Value();
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return error_pending() ? Value() : Value::boolean(true);
    int r = view_contains(args[0], item);
    if (r < 0) return Value();
    if (r) return Value::boolean(false);
  }
}

void init_dict_views() {
  for (TypeObject* t : {&DictKeysType, &DictValuesType, &DictItemsType}) {
    t->tp_len = view_len;
    t->tp_iter = view_iter;
    t->tp_repr = view_repr;
    t->tp_contains = view_contains;
    if (t != &DictValuesType) {
      t->tp_richcompare = view_richcompare;
      t->tp_binary = view_binary;
      t->tp_hash = hash_unhashable;  // set-like views define __eq__ and so lose __hash__
      type_ready(t, &ObjectType, {{"__reversed__", view_reversed}, {"isdisjoint", view_isdisjoint}});
    } else {
      type_ready(t, &ObjectType, {{"__reversed__", view_reversed}});
    }
  }
  for (TypeObject* t : {&DictKeyIterType, &DictValueIterType, &DictItemIterType, &DictRevKeyIterType,
                        &DictRevValueIterType, &DictRevItemIterType}) {
    t->tp_iter = iter_self;
    t->tp_next = dictiter_next;
    type_ready(t, &ObjectType, {{"__length_hint__", dictiter_length_hint}});
  }
}

}  // namespace hotpy
