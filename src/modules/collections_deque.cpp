// _collections.deque and its iterators, with CPython 3.11's methods, messages and
// iteration semantics: every change of the deque's length bumps m_state, and an
// iterator that sees it changed raises "deque mutated during iteration".
#include "modules/collections_internal.h"

#include <algorithm>

#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject DequeType("collections.deque");
TypeObject DequeIterType("_collections._deque_iterator");
TypeObject DequeRevIterType("_collections._deque_reverse_iterator");

namespace {

DequeObject* dq(const Value& v) { return v.as<DequeObject>(); }
bool is_deque(const Value& v) { return v.is_obj() && v.type()->is_subtype(&DequeType); }

Value raise_mutated() { return raise(&RuntimeErrorType, "deque mutated during iteration"); }

}  // namespace

// Adds v at one end; a full deque drops an item at the other end.
template <bool left>
void deque_push(DequeObject* d, Value v) {
  if (d->m_maxlen == 0) return;
  if (d->m_maxlen > 0 && int64_t(d->m_items.size()) >= d->m_maxlen) {
    Value dropped = std::move(left ? d->m_items.back() : d->m_items.front());
    left ? d->m_items.pop_back() : d->m_items.pop_front();
  }
  left ? d->m_items.push_front(std::move(v)) : d->m_items.push_back(std::move(v));
  d->m_state++;
}

void deque_append(DequeObject* d, Value v) { deque_push<false>(d, std::move(v)); }
static void deque_appendleft(DequeObject* d, Value v) { deque_push<true>(d, std::move(v)); }

void deque_clear(DequeObject* d) {
  std::deque<Value> items;
  items.swap(d->m_items);  // dropped once the deque is consistent
  d->m_state++;
}

// Adds every item of `iterable` at the right (left: at the left, reversing them).
int deque_extend(DequeObject* d, const Value& iterable, bool left) {
  if (iterable.is_obj() && iterable.obj() == d) {  // d.extend(d): a snapshot first
    std::vector<Value> copy(d->m_items.begin(), d->m_items.end());
    for (Value& v : copy) left ? deque_appendleft(d, std::move(v)) : deque_append(d, std::move(v));
    return 0;
  }
  if (is_type(iterable, &ListType) || is_type(iterable, &TupleType)) {
    std::vector<Value> items = static_cast<ItemsObject*>(iterable.obj())->m_items;  // a list may change
    for (Value& v : items) left ? deque_appendleft(d, std::move(v)) : deque_append(d, std::move(v));
    return 0;
  }
  Value it = get_iter(iterable);
  if (it.is_null()) return -1;
  for (uint32_t n = 0;; n++) {
    if ((n & 1023) == 1023 && check_interrupt()) return -1;
    Value item = iter_next(it);
    if (item.is_null()) return error_pending() ? -1 : 0;
    left ? deque_appendleft(d, std::move(item)) : deque_append(d, std::move(item));
  }
}

Value new_deque_of(TypeObject* type, int64_t maxlen) {
  auto* d = new DequeObject(type);
  d->m_maxlen = maxlen;
  return Value::steal(d);
}

namespace {

Value deque_new(TypeObject* type, const Value*, size_t, KwNames*) { return new_deque_of(type, -1); }

int deque_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("deque", args, nargs, kw, {"iterable", "maxlen"}, 2, a)) return -1;
  DequeObject* d = dq(self);
  int64_t maxlen = -1;
  if (!a[1].is_null() && !a[1].is_none()) {
    if (!is_int_like(a[1])) {
      raise(&TypeErrorType, "an integer is required");
      return -1;
    }
    if (!index_ssize(a[1], &maxlen, &OverflowErrorType)) return -1;
    if (maxlen < 0) {
      raise(&ValueErrorType, "maxlen must be non-negative");
      return -1;
    }
  }
  d->m_maxlen = maxlen;
  if (!d->m_items.empty()) deque_clear(d);
  if (!a[0].is_null()) return deque_extend(d, a[0], false);
  return 0;
}

Value m_append(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("append", kw) || !check_nargs("deque.append", nargs - 1, 1, 1)) return Value();
  deque_append(dq(args[0]), args[1]);
  return Value::none();
}

Value m_appendleft(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("appendleft", kw) || !check_nargs("deque.appendleft", nargs - 1, 1, 1)) return Value();
  deque_appendleft(dq(args[0]), args[1]);
  return Value::none();
}

// pop() and popleft().
Value take_end(const Value* args, size_t nargs, KwNames* kw, bool left) {
  if (!no_keywords(left ? "popleft" : "pop", kw) ||
      !check_nargs(left ? "deque.popleft" : "deque.pop", nargs - 1, 0, 0))
    return Value();
  DequeObject* d = dq(args[0]);
  if (d->m_items.empty()) return raise(&IndexErrorType, "pop from an empty deque");
  Value v = std::move(left ? d->m_items.front() : d->m_items.back());
  left ? d->m_items.pop_front() : d->m_items.pop_back();
  d->m_state++;
  return v;
}
Value m_pop(const Value* args, size_t nargs, KwNames* kw) { return take_end(args, nargs, kw, false); }
Value m_popleft(const Value* args, size_t nargs, KwNames* kw) { return take_end(args, nargs, kw, true); }

Value m_extend(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("extend", kw) || !check_nargs("deque.extend", nargs - 1, 1, 1)) return Value();
  if (deque_extend(dq(args[0]), args[1], false) < 0) return Value();
  return Value::none();
}

Value m_extendleft(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("extendleft", kw) || !check_nargs("deque.extendleft", nargs - 1, 1, 1)) return Value();
  if (deque_extend(dq(args[0]), args[1], true) < 0) return Value();
  return Value::none();
}

Value m_rotate(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("rotate", kw) || !check_nargs("rotate", nargs - 1, 0, 1)) return Value();
  int64_t n = 1;
  if (nargs == 2 && !index_ssize(args[1], &n, &OverflowErrorType)) return Value();
  DequeObject* d = dq(args[0]);
  int64_t len = int64_t(d->m_items.size());
  if (len <= 1) return Value::none();
  n %= len;
  if (n < 0) n += len;
  if (n == 0) return Value::none();
  // Move the shorter way round.
  if (n <= len / 2) {
    for (int64_t i = 0; i < n; i++) {
      d->m_items.push_front(std::move(d->m_items.back()));
      d->m_items.pop_back();
    }
  } else {
    for (int64_t i = 0; i < len - n; i++) {
      d->m_items.push_back(std::move(d->m_items.front()));
      d->m_items.pop_front();
    }
  }
  d->m_state++;
  return Value::none();
}

Value m_clear(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("clear", kw) || !check_nargs("deque.clear", nargs - 1, 0, 0)) return Value();
  deque_clear(dq(args[0]));
  return Value::none();
}

}  // namespace

Value deque_copy(const Value& self) {
  DequeObject* d = dq(self);
  if (self.type() == &DequeType) {
    Value out = new_deque_of(&DequeType, d->m_maxlen);
    dq(out)->m_items = d->m_items;
    return out;
  }
  Value cls = Value::borrow(self.type());
  if (d->m_maxlen < 0) return call1(cls, self);
  Value argv[2] = {self, Value::integer(d->m_maxlen)};
  return call(cls, argv, 2);
}

namespace {

Value m_copy(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("copy", kw) || !check_nargs("deque.copy", nargs - 1, 0, 0)) return Value();
  return deque_copy(args[0]);
}

// Calls visit(i, item) over the items while the deque is unchanged; visit returns
// -1 (error), 0 (go on) or 1 (stop). Returns the index stopped at, the length when
// none stopped, or -1 on error (RuntimeError if the deque changed meanwhile).
// remove() reports the change as an IndexError, as CPython's.
template <class Visit>
int64_t scan(DequeObject* d, int64_t start, int64_t stop, Visit&& visit, TypeObject* mutated = &RuntimeErrorType) {
  uint64_t state = d->m_state;
  for (int64_t i = start; i < stop && i < int64_t(d->m_items.size()); i++) {
    Value item = d->m_items[size_t(i)];
    int r = visit(item);
    if (r < 0) return -1;
    if (d->m_state != state) {
      raise(mutated, "deque mutated during iteration");
      return -1;
    }
    if (r > 0) return i;
  }
  return stop;
}

Value m_count(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("count", kw) || !check_nargs("deque.count", nargs - 1, 1, 1)) return Value();
  DequeObject* d = dq(args[0]);
  int64_t n = 0;
  const Value& x = args[1];
  if (scan(d, 0, INT64_MAX, [&](const Value& item) {
        int eq = item_equal(item, x);
        if (eq > 0) n++;
        return eq < 0 ? -1 : 0;
      }) < 0)
    return Value();
  return Value::integer(n);
}

int deque_contains(const Value& self, const Value& x) {
  DequeObject* d = dq(self);
  int64_t len = int64_t(d->m_items.size());
  int64_t at = scan(d, 0, len, [&](const Value& item) { return item_equal(item, x); });
  if (at < 0) return -1;
  return at < len ? 1 : 0;
}

Value m_index(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("index", kw) || !check_nargs("index", nargs - 1, 1, 3)) return Value();
  DequeObject* d = dq(args[0]);
  int64_t start, stop;
  if (!index_bounds(args + 2, nargs - 2, d->m_items.size(), &start, &stop)) return Value();
  const Value& x = args[1];
  int64_t at = scan(d, start, stop, [&](const Value& item) { return item_equal(item, x); });
  if (at < 0) return Value();
  if (at < stop && at < int64_t(d->m_items.size())) return Value::integer(at);
  return raise(&ValueErrorType, format("%s is not in deque", repr_text(x).c_str()));
}

Value m_insert(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("insert", kw) || !check_nargs_exact("insert", nargs - 1, 2)) return Value();
  DequeObject* d = dq(args[0]);
  int64_t i;
  if (!index_ssize(args[1], &i, nullptr)) return Value();
  int64_t len = int64_t(d->m_items.size());
  if (d->m_maxlen >= 0 && len >= d->m_maxlen) return raise(&IndexErrorType, "deque already at its maximum size");
  if (i < 0) i = std::max<int64_t>(0, i + len);
  if (i > len) i = len;
  d->m_items.insert(d->m_items.begin() + i, args[2]);
  d->m_state++;
  return Value::none();
}

Value m_remove(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("remove", kw) || !check_nargs("deque.remove", nargs - 1, 1, 1)) return Value();
  DequeObject* d = dq(args[0]);
  const Value& x = args[1];
  int64_t len = int64_t(d->m_items.size());
  int64_t at = scan(d, 0, len, [&](const Value& item) { return item_equal(item, x); }, &IndexErrorType);
  if (at < 0) return Value();
  if (at >= len || at >= int64_t(d->m_items.size()))
    return raise(&ValueErrorType, format("%s is not in deque", repr_text(x).c_str()));
  Value removed = std::move(d->m_items[size_t(at)]);
  d->m_items.erase(d->m_items.begin() + at);
  d->m_state++;
  return Value::none();
}

Value m_reverse(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("reverse", kw) || !check_nargs("deque.reverse", nargs - 1, 0, 0)) return Value();
  DequeObject* d = dq(args[0]);
  std::reverse(d->m_items.begin(), d->m_items.end());
  return Value::none();
}

// -- the sequence protocol

bool deque_index_arg(DequeObject* d, const Value& key, int64_t* out) {
  int64_t i;
  if (!sequence_index(key, &i)) {
    if (!error_pending())
      raise(&TypeErrorType, format("sequence index must be integer, not '%s'", type_name(key).c_str()));
    return false;
  }
  int64_t len = int64_t(d->m_items.size());
  if (i < 0) i += len;
  if (i < 0 || i >= len) {
    raise(&IndexErrorType, "deque index out of range");
    return false;
  }
  *out = i;
  return true;
}

Value deque_getitem(const Value& self, const Value& key) {
  DequeObject* d = dq(self);
  int64_t i;
  if (!deque_index_arg(d, key, &i)) return Value();
  return d->m_items[size_t(i)];
}

int deque_setitem(const Value& self, const Value& key, const Value& v) {
  DequeObject* d = dq(self);
  int64_t i;
  if (!deque_index_arg(d, key, &i)) return -1;
  if (v.is_null()) {
    Value removed = std::move(d->m_items[size_t(i)]);
    d->m_items.erase(d->m_items.begin() + i);
    d->m_state++;
  } else {
    Value old = std::move(d->m_items[size_t(i)]);
    d->m_items[size_t(i)] = v;
  }
  return 0;
}

int64_t deque_len(const Value& self) { return int64_t(dq(self)->m_items.size()); }

Value deque_repr(const Value& self) {
  ReprGuard guard(self.obj());
  if (guard.recursive()) return new_str("[...]");
  DequeObject* d = dq(self);
  Value list = new_list(std::vector<Value>(d->m_items.begin(), d->m_items.end()));
  Value text = repr(list);
  if (text.is_null()) return Value();
  std::string out = short_type_name(self) + "(" + as_str(text)->m_data;
  if (d->m_maxlen >= 0) out += ", maxlen=" + std::to_string(d->m_maxlen);
  return new_str(out + ")");
}

Value deque_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_deque(a) || !is_deque(b)) return NotImplemented;
  std::vector<Value> x(dq(a)->m_items.begin(), dq(a)->m_items.end());
  std::vector<Value> y(dq(b)->m_items.begin(), dq(b)->m_items.end());
  return sequence_compare(x, y, op);
}

// d *= times. With a maxlen only the last maxlen items of the repetition survive,
// and those are the same once the deque holds maxlen items' worth of whole copies.
bool deque_repeat(DequeObject* d, int64_t times) {
  if (times <= 0) {
    deque_clear(d);
    return true;
  }
  std::vector<Value> once(d->m_items.begin(), d->m_items.end());
  if (d->m_maxlen < 0 && !check_alloc(uint64_t(times), once.size() * sizeof(Value))) return false;
  for (int64_t k = 1; k < times && !once.empty(); k++) {
    if (d->m_maxlen >= 0 && uint64_t(k) * once.size() >= uint64_t(d->m_maxlen)) break;
    for (const Value& v : once) deque_append(d, v);
  }
  return true;
}

Value deque_binary(BinOp op, const Value& a, const Value& b) {
  if (op == BinOp::Add) {
    if (!is_deque(a)) return NotImplemented;
    if (!is_deque(b))
      return raise(&TypeErrorType, format("can only concatenate deque (not \"%s\") to deque", type_name(b).c_str()));
    Value out = deque_copy(a);
    if (out.is_null()) return Value();
    if (!is_deque(out)) return out;
    if (deque_extend(dq(out), b, false) < 0) return Value();
    return out;
  }
  if (op == BinOp::Mul) {
    const Value& seq = is_deque(a) ? a : b;
    const Value& n = is_deque(a) ? b : a;
    if (!is_index_like(n)) return NotImplemented;
    int64_t times;
    if (!index_ssize(n, &times, &OverflowErrorType)) return Value();
    Value out = deque_copy(seq);
    if (out.is_null() || !is_deque(out)) return out;
    if (!deque_repeat(dq(out), times)) return Value();
    return out;
  }
  return NotImplemented;
}

Value deque_inplace(BinOp op, const Value& a, const Value& b) {
  if (!is_deque(a)) return NotImplemented;
  DequeObject* d = dq(a);
  if (op == BinOp::Add) {
    if (deque_extend(d, b, false) < 0) return Value();
    return a;
  }
  if (op == BinOp::Mul) {
    if (!is_index_like(b)) return NotImplemented;
    int64_t times;
    if (!index_ssize(b, &times, &OverflowErrorType)) return Value();
    if (!deque_repeat(d, times)) return Value();
    return a;
  }
  return NotImplemented;
}

Value deque_maxlen(const Value& self) {
  int64_t m = dq(self)->m_maxlen;
  return m < 0 ? Value::none() : Value::integer(m);
}

// __reduce__: (type, ((), maxlen) or (), the instance dict or None, iter(self)).
Value m_reduce(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__reduce__", nargs - 1, 0, 0)) return Value();
  DequeObject* d = dq(args[0]);
  Value ctor_args = d->m_maxlen < 0 ? new_tuple({}) : new_tuple({new_tuple({}), Value::integer(d->m_maxlen)});
  Value state = d->m_dict && d->m_dict->size() ? Value::borrow(d->m_dict) : Value::none();
  Value it = get_iter(args[0]);
  if (it.is_null()) return Value();
  return new_tuple({Value::borrow(args[0].type()), ctor_args, state, it});
}

// -- iterators

struct DequeIterObject : NativeObject {
  Value m_deque;
  int64_t m_index;   // next item (reverse: counts down)
  int64_t m_counter; // items left
  uint64_t m_state;
  DequeIterObject(TypeObject* t, const Value& d, bool reversed)
      : NativeObject(t), m_deque(d), m_state(dq(d)->m_state) {
    int64_t n = int64_t(dq(d)->m_items.size());
    m_index = reversed ? n - 1 : 0;
    m_counter = n;
  }
  void for_each_ref(RefFn fn, void* c) override { fn(m_deque, c); }
};

Value deque_iter(const Value& self) { return Value::steal(new DequeIterObject(&DequeIterType, self, false)); }

Value m_reversed(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__reversed__", nargs - 1, 0, 0)) return Value();
  return Value::steal(new DequeIterObject(&DequeRevIterType, args[0], true));
}

Value dequeiter_next(const Value& self) {
  auto* it = self.as<DequeIterObject>();
  DequeObject* d = dq(it->m_deque);
  if (d->m_state != it->m_state) {
    it->m_counter = 0;
    return raise_mutated();
  }
  if (it->m_counter <= 0) return Value();
  it->m_counter--;
  int64_t i = it->m_index;
  it->m_index += self.type() == &DequeRevIterType ? -1 : 1;
  return d->m_items[size_t(i)];
}

Value dequeiter_length_hint(const Value* args, size_t, KwNames*) {
  return Value::integer(args[0].as<DequeIterObject>()->m_counter);
}

// _deque_iterator(deque, index=0): CPython's unpickling helper.
Value dequeiter_new_common(TypeObject* type, const Value* args, size_t nargs, KwNames* kw, bool reversed) {
  if (!no_keywords(type->m_qualname.c_str(), kw) || !check_nargs(type->m_qualname.c_str(), nargs, 1, 2))
    return Value();
  if (!is_deque(args[0]))
    return raise(&TypeErrorType, format("%s() argument 1 must be collections.deque, not %s",
                                        type->m_qualname.c_str(), type_name(args[0]).c_str()));
  auto* it = new DequeIterObject(type, args[0], reversed);
  Value out = Value::steal(it);
  int64_t skip = 0;
  if (nargs == 2 && !index_ssize(args[1], &skip, &OverflowErrorType)) return Value();
  for (int64_t k = 0; k < skip && it->m_counter > 0; k++) {
    Value v = dequeiter_next(out);
    if (v.is_null() && error_pending()) return Value();
  }
  return out;
}
Value dequeiter_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  return dequeiter_new_common(type, args, nargs, kw, false);
}
Value dequereviter_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  return dequeiter_new_common(type, args, nargs, kw, true);
}

Value m_copy_dunder(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("__copy__", nargs - 1, 0, 0)) return Value();
  return deque_copy(args[0]);
}

}  // namespace

void ready_deque_types() {
  DequeType.m_flags |= kWeakrefable;
  DequeType.tp_new = deque_new;
  DequeType.tp_init = deque_init;
  DequeType.tp_repr = deque_repr;
  DequeType.tp_hash = hash_unhashable;
  DequeType.tp_richcompare = deque_richcompare;
  DequeType.tp_len = deque_len;
  DequeType.tp_getitem = deque_getitem;
  DequeType.tp_setitem = deque_setitem;
  DequeType.tp_contains = deque_contains;
  DequeType.tp_iter = deque_iter;
  DequeType.tp_binary = deque_binary;
  DequeType.tp_inplace = deque_inplace;
  DequeType.tp_getattr = generic_getattr;
  DequeType.tp_setattr = generic_setattr;
  ready_module_type(&DequeType, "collections", "deque", &ObjectType,
                    {{"append", m_append},
                     {"appendleft", m_appendleft},
                     {"pop", m_pop},
                     {"popleft", m_popleft},
                     {"extend", m_extend},
                     {"extendleft", m_extendleft},
                     {"rotate", m_rotate},
                     {"clear", m_clear},
                     {"copy", m_copy},
                     {"__copy__", m_copy_dunder},
                     {"count", m_count},
                     {"index", m_index},
                     {"insert", m_insert},
                     {"remove", m_remove},
                     {"reverse", m_reverse},
                     {"__reversed__", m_reversed},
                     {"__reduce__", m_reduce}});
  type_add_getsets(&DequeType, {{"maxlen", deque_maxlen}});
  type_add_class_getitem(&DequeType);
  for (TypeObject* t : {&DequeIterType, &DequeRevIterType}) {
    t->tp_iter = iter_self;
    t->tp_next = dequeiter_next;
  }
  DequeIterType.tp_new = dequeiter_new;
  DequeRevIterType.tp_new = dequereviter_new;
  ready_module_type(&DequeIterType, "_collections", "_deque_iterator", &ObjectType,
                    {{"__length_hint__", dequeiter_length_hint}}, false);
  ready_module_type(&DequeRevIterType, "_collections", "_deque_reverse_iterator", &ObjectType,
                    {{"__length_hint__", dequeiter_length_hint}}, false);
}

}  // namespace hotpy
