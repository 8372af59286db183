// The set and frozenset types: slots, operators and methods over set.cpp's table.
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/set_internal.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject SetIterType("set_iterator");

namespace {
struct SetIterObject : GcObject {
  Value m_set;   // Null once exhausted
  size_t m_pos = 0;
  size_t m_used;  // the set's size when iteration began
  explicit SetIterObject(Value s) : GcObject(&SetIterType), m_set(std::move(s)), m_used(as_set(m_set)->m_used) {}
  void traverse(Visitor visit, void* arg) override {
    if (m_set.is_obj()) visit(m_set.obj(), arg);
  }
};
}  // namespace

static Value setiter_next(const Value& self) {
  auto* it = self.as<SetIterObject>();
  if (it->m_set.is_null()) return Value();
  SetObject* s = as_set(it->m_set);
  if (s->m_used != it->m_used) {
    it->m_used = SIZE_MAX;  // stays broken, as in CPython
    return raise(&RuntimeErrorType, "Set changed size during iteration");
  }
  Value key;
  if (set_next(s, &it->m_pos, &key)) return key;
  it->m_set = Value();
  return Value();
}

static Value setiter_length_hint(const Value* args, size_t nargs, KwNames* kw) {
  auto* it = args[0].as<SetIterObject>();
  if (it->m_set.is_null() || it->m_used != as_set(it->m_set)->m_used) return Value::integer(0);
  // Active slots at or after m_pos.
  int64_t n = 0;
  const std::vector<SetObject::Slot>& t = as_set(it->m_set)->m_table;
  for (size_t i = it->m_pos; i < t.size(); ++i) n += !t[i].key.is_null();
  return Value::integer(n);
}

// -- slots

static Value set_repr(const Value& self) {
  SetObject* s = as_set(self);
  const std::string& name = self.type()->m_name;
  ReprGuard guard(self.obj());
  if (guard.recursive()) return new_str(name + "(...)");
  if (s->m_used == 0) return new_str(name + "()");
  std::vector<Value> keys;
  size_t pos = 0;
  Value key;
  while (set_next(s, &pos, &key)) keys.push_back(key);
  std::string out = self.type() == &SetType ? "{" : name + "({";
  for (size_t i = 0; i < keys.size(); ++i) {
    Value r = repr(keys[i]);
    if (r.is_null()) return Value();
    if (i) out += ", ";
    out += as_str(r)->view();
  }
  out += self.type() == &SetType ? "}" : "})";
  return new_str(std::move(out));
}

static int64_t set_len(const Value& self) { return static_cast<int64_t>(as_set(self)->m_used); }

static int set_contains_slot(const Value& self, const Value& key) { return set_contains(as_set(self), key); }

static Value set_iter(const Value& self) { return Value::steal(new SetIterObject(self)); }

static Value set_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_set_like(a) || !is_set_like(b)) return NotImplemented;
  SetObject* v = as_set(a);
  SetObject* w = as_set(b);
  int r;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (v->m_used != w->m_used) {
        r = 0;
      } else if (v->m_hash != -1 && w->m_hash != -1 && v->m_hash != w->m_hash) {
        r = 0;  // cached frozenset hashes differ
      } else {
        r = set_issubset(v, b);
      }
      if (r >= 0 && op == CmpOp::Ne) r = !r;
      break;
    case CmpOp::Le: r = set_issubset(v, b); break;
    case CmpOp::Ge: r = set_issuperset(v, b); break;
    case CmpOp::Lt: r = v->m_used >= w->m_used ? 0 : set_issubset(v, b); break;
    case CmpOp::Gt: r = v->m_used <= w->m_used ? 0 : set_issuperset(v, b); break;
    default: return NotImplemented;
  }
  if (r < 0) return Value();
  return Value::boolean(r);
}

// CPython's frozenset_hash: independent of order and of the table layout.
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static int64_t frozenset_hash(const Value& self) {
  SetObject* s = as_set(self);
  if (s->m_hash != -1) return s->m_hash;
  uint64_t h = 0;
  for (const SetObject::Slot& e : s->m_table) h ^= shuffle_bits(static_cast<uint64_t>(e.hash));
  size_t mask = s->m_table.size() - 1;
  if ((mask + 1 - s->m_fill) & 1) h ^= shuffle_bits(0);  // the odd empty slot
  if ((s->m_fill - s->m_used) & 1) h ^= shuffle_bits(static_cast<uint64_t>(-1));  // odd dummy
  h ^= (static_cast<uint64_t>(s->m_used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == static_cast<uint64_t>(-1)) h = 590923713ULL;
  s->m_hash = static_cast<int64_t>(h);
  return s->m_hash;
}

static Value set_binary(BinOp op, const Value& a, const Value& b) {
  if (!is_set_like(a) || !is_set_like(b)) return NotImplemented;
  SetObject* so = as_set(a);
  switch (op) {
    case BinOp::BitOr: {
      Value result = set_copy(so);
      if (result.is_null()) return Value();
      if (a.is(b)) return result;
      if (set_update(as_set(result), b) < 0) return Value();
      return result;
    }
    case BinOp::BitAnd: return set_intersection(so, b);
    case BinOp::Sub: return set_difference(so, b);
    case BinOp::BitXor: return set_symmetric_difference(so, b);
    default: return NotImplemented;
  }
}

static Value set_inplace(BinOp op, const Value& a, const Value& b) {
  if (!a.type()->is_subtype(&SetType) || !is_set_like(b)) return NotImplemented;
  SetObject* so = as_set(a);
  int r;
  switch (op) {
    case BinOp::BitOr: r = set_update(so, b); break;
    case BinOp::Sub: r = set_difference_update(so, b); break;
    case BinOp::BitXor: r = set_symmetric_difference_update(so, b); break;
    case BinOp::BitAnd: {
      Value tmp = set_intersection(so, b);
      if (tmp.is_null()) return Value();
      set_swap_bodies(so, as_set(tmp));
      r = 0;
      break;
    }
    default: return NotImplemented;
  }
  if (r < 0) return Value();
  return a;
}

static Value set_new_slot(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (type == &SetType && !no_keywords("set", kw)) return Value();
  return Value::steal(new SetObject(type));
}

static int set_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("set", kw) || !check_nargs("set", nargs, 0, 1)) return -1;
  SetObject* s = as_set(self);
  if (s->m_fill) set_clear(s);
  if (nargs == 1 && set_update(s, args[0]) < 0) return -1;
  return 0;
}

static Value frozenset_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("frozenset", kw) || !check_nargs("frozenset", nargs, 0, 1)) return Value();
  if (type == &FrozenSetType && nargs == 1 && args[0].type() == &FrozenSetType) return args[0];
  return make_new_set(type, nargs ? args[0] : Value());
}

// -- methods (args[0] is self)

static bool one_arg(const char* name, size_t nargs, KwNames* kw) {
  return no_keywords(name, kw) && check_nargs(name, nargs - 1, 1, 1);
}

static bool no_args(const char* name, size_t nargs, KwNames* kw) {
  return no_keywords(name, kw) && check_nargs(name, nargs - 1, 0, 0);
}

static Value set_add_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("set.add", nargs, kw)) return Value();
  if (set_add(as_set(args[0]), args[1]) < 0) return Value();
  return Value::none();
}

static Value set_discard_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("set.discard", nargs, kw)) return Value();
  if (set_discard(as_set(args[0]), args[1]) < 0) return Value();
  return Value::none();
}

static Value set_remove_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("set.remove", nargs, kw)) return Value();
  int r = set_discard(as_set(args[0]), args[1]);
  if (r < 0) return Value();
  if (r == 0) return raise_key_error(args[1]);
  return Value::none();
}

static Value set_pop_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_args("set.pop", nargs, kw)) return Value();
  SetObject* so = as_set(args[0]);
  if (so->m_used == 0) return raise(&KeyErrorType, "pop from an empty set");
  size_t mask = so->m_table.size() - 1;
  size_t i = so->m_finger & mask;
  while (so->m_table[i].key.is_null()) i = i == mask ? 0 : i + 1;
  Value key = std::move(so->m_table[i].key);
  so->m_table[i].hash = -1;
  --so->m_used;
  so->m_finger = i + 1;  // the next pop starts after this slot
  return key;
}

static Value set_clear_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_args("set.clear", nargs, kw)) return Value();
  set_clear(as_set(args[0]));
  return Value::none();
}

static Value set_copy_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_args("set.copy", nargs, kw)) return Value();
  if (args[0].type() == &FrozenSetType) return args[0];
  return set_copy(as_set(args[0]));
}

static Value set_update_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("set.update", kw)) return Value();
  for (size_t i = 1; i < nargs; ++i)
    if (set_update(as_set(args[0]), args[i]) < 0) return Value();
  return Value::none();
}

static Value set_union_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("set.union", kw)) return Value();
  Value result = set_copy(as_set(args[0]));
  if (result.is_null()) return Value();
  for (size_t i = 1; i < nargs; ++i) {
    if (args[i].is(args[0])) continue;
    if (set_update(as_set(result), args[i]) < 0) return Value();
  }
  return result;
}

static Value intersection_multi(const Value* args, size_t nargs) {
  if (nargs == 1) return set_copy(as_set(args[0]));
  Value result = args[0];
  for (size_t i = 1; i < nargs; ++i) {
    result = set_intersection(as_set(result), args[i]);
    if (result.is_null()) return Value();
  }
  return result;
}

static Value set_intersection_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("set.intersection", kw)) return Value();
  return intersection_multi(args, nargs);
}

static Value set_intersection_update_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("set.intersection_update", kw)) return Value();
  Value tmp = intersection_multi(args, nargs);
  if (tmp.is_null()) return Value();
  if (!tmp.is(args[0])) set_swap_bodies(as_set(args[0]), as_set(tmp));
  return Value::none();
}

static Value set_difference_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("set.difference", kw)) return Value();
  if (nargs == 1) return set_copy(as_set(args[0]));
  Value result = set_difference(as_set(args[0]), args[1]);
  for (size_t i = 2; i < nargs && !result.is_null(); ++i)
    if (set_difference_update(as_set(result), args[i]) < 0) return Value();
  return result;
}

static Value set_difference_update_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("set.difference_update", kw)) return Value();
  for (size_t i = 1; i < nargs; ++i)
    if (set_difference_update(as_set(args[0]), args[i]) < 0) return Value();
  return Value::none();
}

static Value set_symdiff_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("set.symmetric_difference", nargs, kw)) return Value();
  return set_symmetric_difference(as_set(args[0]), args[1]);
}

static Value set_symdiff_update_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("set.symmetric_difference_update", nargs, kw)) return Value();
  if (set_symmetric_difference_update(as_set(args[0]), args[1]) < 0) return Value();
  return Value::none();
}

static Value bool_result(int r) { return r < 0 ? Value() : Value::boolean(r); }

static Value set_issubset_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("set.issubset", nargs, kw)) return Value();
  return bool_result(set_issubset(as_set(args[0]), args[1]));
}

static Value set_issuperset_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("set.issuperset", nargs, kw)) return Value();
  return bool_result(set_issuperset(as_set(args[0]), args[1]));
}

static Value set_isdisjoint_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("set.isdisjoint", nargs, kw)) return Value();
  SetObject* so = as_set(args[0]);
  const Value& other = args[1];
  if (other.is(args[0])) return Value::boolean(so->m_used == 0);
  if (is_set_like(other)) {
    SetObject* big = so;
    SetObject* small = as_set(other);
    if (small->m_used > big->m_used) std::swap(big, small);
    for (size_t i = 0; i < small->m_table.size(); ++i) {
      SetObject::Slot e = small->m_table[i];
      if (e.key.is_null()) continue;
      int rv = set_contains_entry(big, e.key, e.hash);
      if (rv) return bool_result(rv < 0 ? -1 : 0);
    }
    return Value::boolean(true);
  }
  Value it = get_iter(other);
  if (it.is_null()) return Value();
  for (;;) {
    Value key = iter_next(it);
    if (key.is_null()) return error_pending() ? Value() : Value::boolean(true);
    int64_t h = set_key_hash(key);
    if (h == -1) return Value();
    int rv = set_contains_entry(so, key, h);
    if (rv) return bool_result(rv < 0 ? -1 : 0);
  }
}

static void fill_common_slots(TypeObject* t) {
  t->tp_repr = set_repr;
  t->tp_len = set_len;
  t->tp_contains = set_contains_slot;
  t->tp_iter = set_iter;
  t->tp_richcompare = set_richcompare;
  t->tp_binary = set_binary;
}

void init_set_types() {
  SetType.m_flags |= kBaseType;
  fill_common_slots(&SetType);
  SetType.tp_new = set_new_slot;
  SetType.tp_init = set_init;
  SetType.tp_hash = hash_unhashable;
  SetType.tp_inplace = set_inplace;
  type_ready(&SetType, &ObjectType,
             {
                 {"add", set_add_method},
                 {"discard", set_discard_method},
                 {"remove", set_remove_method},
                 {"pop", set_pop_method},
                 {"clear", set_clear_method},
                 {"copy", set_copy_method},
                 {"update", set_update_method},
                 {"union", set_union_method},
                 {"intersection", set_intersection_method},
                 {"intersection_update", set_intersection_update_method},
                 {"difference", set_difference_method},
                 {"difference_update", set_difference_update_method},
                 {"symmetric_difference", set_symdiff_method},
                 {"symmetric_difference_update", set_symdiff_update_method},
                 {"issubset", set_issubset_method},
                 {"issuperset", set_issuperset_method},
                 {"isdisjoint", set_isdisjoint_method},
             });

  FrozenSetType.m_flags |= kBaseType;
  fill_common_slots(&FrozenSetType);
  FrozenSetType.tp_new = frozenset_new;
  FrozenSetType.tp_hash = frozenset_hash;
  type_ready(&FrozenSetType, &ObjectType,
             {
                 {"copy", set_copy_method},
                 {"union", set_union_method},
                 {"intersection", set_intersection_method},
                 {"difference", set_difference_method},
                 {"symmetric_difference", set_symdiff_method},
                 {"issubset", set_issubset_method},
                 {"issuperset", set_issuperset_method},
                 {"isdisjoint", set_isdisjoint_method},
             });

  SetIterType.tp_iter = iter_self;
  SetIterType.tp_next = setiter_next;
  type_ready(&SetIterType, &ObjectType, {{"__length_hint__", setiter_length_hint}});
}

}  // namespace hotpy
