// The match statement (Language Reference 8.6, PEP 634), as CPython 3.11 runs it.
//
// A case's captures are collected while its pattern is tried and bound only when
// the whole pattern matched (before the guard runs), as CPython's compiler does:
// a failed pattern binds nothing, a failed guard leaves its captures bound.
//
// Which subjects are sequences and mappings: CPython asks the type's
// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING, which registering a class with
// collections.abc also sets. hotpy has neither the flags nor collections.abc:
// list, tuple, range and memoryview (and their subclasses) are sequences, dict
// (and its subclasses) and mappingproxy are mappings; str, bytes and bytearray
// never are sequences here. As in CPython, a mapping's values are looked up
// through its `get` method (an exact dict is read directly: its `get` cannot be
// replaced), after a len() that must reach the number of keys.
#include <utility>
#include <vector>

#include "eval/attr_cache.h"
#include "eval/frame.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

namespace {

using Bindings = std::vector<std::pair<const Name*, Value>>;

// 1: matched, 0: did not, -1: an exception is pending.
int match_pattern(Frame* f, const Pattern* p, const Value& subject, Bindings& out);
int try_pattern(Frame* f, const Pattern* p, const Value& subject, Bindings& out);

bool is_sequence_subject(const Value& v) {
  return is_list(v) || is_tuple(v) || is_instance(v, &RangeType) || is_instance(v, &MemoryviewType);
}

bool is_mapping_subject(const Value& v) {
  return is_dict(v) || is_instance(v, &MappingProxyType);
}

// The builtins whose class pattern `C(x)` matches x against the subject itself
// (CPython's _Py_TPFLAGS_MATCH_SELF), inherited by subclasses.
bool matches_self(TypeObject* t) {
  static TypeObject* const kSelfMatching[] = {&BoolType, &BytearrayType, &BytesType, &DictType,
                                              &FloatType, &FrozenSetType, &IntType,     &ListType,
                                              &SetType,  &StrType,       &TupleType};
  for (TypeObject* s : kSelfMatching)
    if (t->is_subtype(s)) return true;
  return false;
}

int match_all(Frame* f, const std::vector<Pattern*>& patterns, const std::vector<Value>& values,
              Bindings& out) {
  for (size_t i = 0; i < patterns.size(); ++i) {
    int r = match_pattern(f, patterns[i], values[i], out);
    if (r != 1) return r;
  }
  return 1;
}

int match_ends(Frame* f, const Pattern* p, const Value& subject, size_t star, Bindings& out) {
  size_t n = p->patterns.size();
  for (size_t i = 0; i < n; ++i) {
    if (i == star) continue;
    // After the star, from the end: CPython computes len(subject) - k each time.
    int64_t index = static_cast<int64_t>(i);
    if (i > star) {
      int64_t len = length(subject);
      if (len < 0) return -1;
      index = len - static_cast<int64_t>(n - i);
    }
    Value item = get_item(subject, Value::integer(index));
    if (item.is_null()) return -1;
    int r = match_pattern(f, p->patterns[i], item, out);
    if (r != 1) return r;
  }
  return 1;
}

int match_sequence(Frame* f, const Pattern* p, const Value& subject, Bindings& out) {
  if (!is_sequence_subject(subject)) return 0;
  size_t n = p->patterns.size();
  size_t star = n;
  for (size_t i = 0; i < n; ++i)
    if (p->patterns[i]->kind == Kind::MatchStar) star = i;
  // CPython takes len() first, then unpacks by iterating (exact lists and
  // tuples directly), so a subclass's __len__ and __iter__ are honoured.
  std::vector<Value> items;
  if (subject.type() == &ListType) {
    items = as_list(subject)->m_items;
  } else if (subject.type() == &TupleType) {
    items = as_tuple(subject)->m_items;
  } else {
    int64_t len = length(subject);
    if (len < 0) return -1;
    if (star == n ? static_cast<size_t>(len) != n : static_cast<size_t>(len) < n - 1) return 0;
    // `[a, *_, b]` reads only the ends, by index (CPython's BINARY_SUBSCR).
    if (star < n && !p->patterns[star]->target) return match_ends(f, p, subject, star, out);
    if (!collect_iterable(subject, items)) return -1;
  }
  if (star == n) {
    if (items.size() != n) return 0;
    return match_all(f, p->patterns, items, out);
  }
  if (items.size() < n - 1) return 0;
  size_t after = n - star - 1;
  for (size_t i = 0; i < star; ++i) {
    int r = match_pattern(f, p->patterns[i], items[i], out);
    if (r != 1) return r;
  }
  const Pattern* s = p->patterns[star];
  if (s->target) {
    std::vector<Value> rest(items.begin() + star, items.end() - after);
    out.emplace_back(s->target, new_list(std::move(rest)));
  }
  for (size_t i = 0; i < after; ++i) {
    int r = match_pattern(f, p->patterns[star + 1 + i], items[items.size() - after + i], out);
    if (r != 1) return r;
  }
  return 1;
}

// CPython's order: len() against the number of keys, every key evaluated, then
// the lookups (MATCH_KEYS), which refuse a key seen twice.
bool lookup_keys(const Value& subject, const std::vector<Value>& keys, std::vector<Value>& values,
                 int* matched) {
  *matched = 1;
  if (keys.empty()) return true;
  bool exact_dict = subject.type() == &DictType;
  Value get;
  if (!exact_dict) {
    get = get_attr(subject, INTERN("get"));
    if (get.is_null()) return false;
  }
  Value seen = new_dict();
  Value missing = new_list();  // a default no mapping can hold
  for (const Value& key : keys) {
    int dup = dict_contains(as_dict(seen), key);
    if (dup < 0) return false;
    if (dup) {
      Value r = repr(key);
      if (r.is_null()) return false;
      raise(&ValueErrorType, format("mapping pattern checks duplicate key (%s)",
                                    std::string(r.as<StrObject>()->view()).c_str()));
      return false;
    }
    if (dict_set(as_dict(seen), key, Value::none()) < 0) return false;
    Value v;
    if (exact_dict) {
      v = dict_get(as_dict(subject), key);
      if (v.is_null() && error_pending()) return false;
    } else {
      Value args[2] = {key, missing};
      v = call(get, args, 2);
      if (v.is_null()) return false;
      if (v.is(missing)) v = Value();
    }
    if (v.is_null()) {
      *matched = 0;
      return true;
    }
    values.push_back(std::move(v));
  }
  return true;
}

int match_mapping(Frame* f, const Pattern* p, const Value& subject, Bindings& out) {
  if (!is_mapping_subject(subject)) return 0;
  if (!p->keys.empty()) {
    int64_t len = length(subject);
    if (len < 0) return -1;
    if (static_cast<size_t>(len) < p->keys.size()) return 0;
  }
  std::vector<Value> keys, values;
  for (const Expr* k : p->keys) {
    Value key = eval(f, k);
    if (key.is_null()) return -1;
    keys.push_back(std::move(key));
  }
  int matched;
  if (!lookup_keys(subject, keys, values, &matched)) return -1;
  if (!matched) return 0;
  int r = match_all(f, p->patterns, values, out);
  if (r != 1 || !p->target) return r;
  bool exact_dict = subject.type() == &DictType;
  Value rest = exact_dict ? dict_copy(as_dict(subject)) : new_dict();
  if (!exact_dict && dict_update(as_dict(rest), subject) < 0) return -1;
  for (const Value& k : keys)
    if (dict_del(as_dict(rest), k) < 0) return -1;
  out.emplace_back(p->target, rest);
  return 1;
}

// The attribute a class pattern matches a sub-pattern against: Null with no
// exception when the subject lacks it (the pattern fails).
Value class_attribute(const Value& subject, TypeObject* type, const Value& name, Value& seen) {
  int dup = dict_contains(as_dict(seen), name);
  if (dup < 0) return Value();
  if (dup) {
    Value r = repr(name);
    if (r.is_null()) return Value();
    return raise(&TypeErrorType, format("%s() got multiple sub-patterns for attribute %s",
                                        type->m_name.c_str(),
                                        std::string(r.as<StrObject>()->view()).c_str()));
  }
  if (dict_set(as_dict(seen), name, Value::none()) < 0) return Value();
  Value v = get_attr(subject, name.as<StrObject>());
  if (v.is_null() && error_matches(&AttributeErrorType)) clear_error();
  return v;
}

int match_class(Frame* f, const Pattern* p, const Value& subject, Bindings& out) {
  Value cls = eval(f, p->value);
  if (cls.is_null()) return -1;
  if (!is_instance(cls, &TypeType)) {
    raise(&TypeErrorType, "called match pattern must be a type");
    return -1;
  }
  auto* type = cls.as<TypeObject>();
  int isa = is_instance_of(subject, cls);
  if (isa != 1) return isa;
  std::vector<Value> values;
  Value seen = new_dict();
  if (!p->patterns.empty()) {
    Value match_args = get_attr_opt(cls, INTERN("__match_args__"));
    if (match_args.is_null() && error_pending()) return -1;
    bool self = match_args.is_null() && matches_self(type);
    size_t allowed = self ? 1 : 0;
    if (!match_args.is_null()) {
      if (match_args.type() != &TupleType) {
        raise(&TypeErrorType, format("%s.__match_args__ must be a tuple (got %s)",
                                     type->m_name.c_str(), type_name(match_args).c_str()));
        return -1;
      }
      allowed = as_tuple(match_args)->m_items.size();
    }
    size_t given = p->patterns.size();
    if (given > allowed) {
      raise(&TypeErrorType, format("%s() accepts %zu positional sub-pattern%s (%zu given)",
                                   type->m_name.c_str(), allowed, allowed == 1 ? "" : "s", given));
      return -1;
    }
    for (size_t i = 0; i < given; ++i) {
      if (self) {
        values.push_back(subject);
        continue;
      }
      const Value& name = as_tuple(match_args)->m_items[i];
      if (!is_instance(name, &StrType)) {
        raise(&TypeErrorType, format("__match_args__ elements must be strings (got %s)",
                                     type_name(name).c_str()));
        return -1;
      }
      Value v = class_attribute(subject, type, name, seen);
      if (v.is_null()) return error_pending() ? -1 : 0;
      values.push_back(std::move(v));
    }
  }
  for (StrObject* attr : p->kwd_interned) {
    Value v = class_attribute(subject, type, Value::borrow(attr), seen);
    if (v.is_null()) return error_pending() ? -1 : 0;
    values.push_back(std::move(v));
  }
  int r = match_all(f, p->patterns, values, out);
  if (r != 1) return r;
  std::vector<Value> kwd_values(values.begin() + p->patterns.size(), values.end());
  return match_all(f, p->kwd_patterns, kwd_values, out);
}

int match_pattern(Frame* f, const Pattern* p, const Value& subject, Bindings& out) {
  int r = try_pattern(f, p, subject, out);
  // An error of the protocol itself (not of an expression in the pattern) is
  // reported at the innermost pattern, as CPython's traceback marks it.
  if (r < 0 && !f->fail_node && !f->fail_stmt) f->fail_stmt = &p->loc;
  return r;
}

int try_pattern(Frame* f, const Pattern* p, const Value& subject, Bindings& out) {
  switch (p->kind) {
    case Kind::MatchValue: {
      Value v = eval(f, p->value);
      if (v.is_null()) return -1;
      Value eq = rich_compare(subject, v, CmpOp::Eq);
      if (eq.is_null()) return -1;
      return truthy(eq);
    }
    case Kind::MatchSingleton:
      return subject.is(static_cast<const Constant*>(p->value)->value) ? 1 : 0;
    case Kind::MatchSequence:
      return match_sequence(f, p, subject, out);
    case Kind::MatchMapping:
      return match_mapping(f, p, subject, out);
    case Kind::MatchClass:
      return match_class(f, p, subject, out);
    case Kind::MatchAs: {
      if (p->pattern) {
        int r = match_pattern(f, p->pattern, subject, out);
        if (r != 1) return r;
      }
      if (p->target) out.emplace_back(p->target, subject);
      return 1;
    }
    case Kind::MatchOr: {
      size_t mark = out.size();
      for (const Pattern* alt : p->patterns) {
        int r = match_pattern(f, alt, subject, out);
        if (r != 0) return r;
        out.resize(mark);  // a failed alternative leaves nothing behind
      }
      return 0;
    }
    default:
      raise(&SystemErrorType, "unexpected pattern");
      return -1;
  }
}

}  // namespace

Completion exec_match(Frame* f, const Stmt* s) {
  auto* m = static_cast<const Match*>(s);
  Value subject = eval(f, m->subject);
  if (subject.is_null()) return Completion::Error;
  Bindings bindings;
  for (const MatchCase& c : m->cases) {
    bindings.clear();
    int r = match_pattern(f, c.pattern, subject, bindings);
    if (r < 0) return Completion::Error;
    if (r == 0) continue;
    for (const auto& [name, value] : bindings)
      if (!assign_name(f, name, value)) return Completion::Error;
    if (c.guard) {
      int t = test_truth(f, c.guard);
      if (t < 0) {
        // CPython reports a guard whose truth raised at the case's pattern.
        if (!f->fail_node && !f->fail_stmt) f->fail_stmt = &c.pattern->loc;
        return Completion::Error;
      }
      if (!t) continue;
    }
    return exec_block(f, c.body);
  }
  return Completion::Normal;
}

}  // namespace hotpy
