// BaseExceptionGroup and ExceptionGroup (PEP 654): construction with CPython's
// checks, split/subgroup/derive, and the two operations `except*` is built on:
// matching a handler's type against part of a group, and combining what the
// handlers raised with what they left into the exception that goes on.
#include <unordered_set>

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject BaseExceptionGroupType("BaseExceptionGroup");
TypeObject ExceptionGroupType("ExceptionGroup");

bool is_exception_group(const Value& v) { return is_exception(v) && v.type()->is_subtype(&BaseExceptionGroupType); }

// A group keeps its message and its exceptions (a tuple) in the fields that other
// exception classes use for their own attributes (see exceptions.h).
static const Value& group_message(const Value& g) { return as_exception(g)->m_name; }
static const Value& group_exceptions(const Value& g) { return as_exception(g)->m_obj; }

// PySequence_Check: indexable and not a mapping.
static bool is_sequence(const Value& v) {
  if (is_tuple(v) || is_list(v)) return true;
  return !v.type()->is_subtype(&DictType) && !v.type()->lookup(intern("__getitem__")).is_null();
}

static Value group_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  size_t given = nargs;
  if (kw || nargs != 2)
    return raise(&TypeErrorType, format("BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", given));
  if (!is_str(args[0]))
    return raise(&TypeErrorType, format("BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                                        type_name(args[0]).c_str()));
  if (!is_sequence(args[1])) return raise(&TypeErrorType, "second argument (exceptions) must be a sequence");
  std::vector<Value> items;
  if (!collect_iterable(args[1], items)) return Value();
  if (items.empty()) return raise(&ValueErrorType, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (size_t i = 0; i < items.size(); i++) {
    if (!is_exception(items[i]))
      return raise(&ValueErrorType, format("Item %zu of second argument (exceptions) is not an exception", i));
    all_exceptions = all_exceptions && items[i].type()->is_subtype(&ExceptionType);
  }
  // BaseExceptionGroup(...) of Exceptions only is an ExceptionGroup; a class that
  // is an Exception cannot hold the others.
  if (type == &BaseExceptionGroupType) {
    if (all_exceptions) type = &ExceptionGroupType;
  } else if (type == &ExceptionGroupType) {
    if (!all_exceptions) return raise(&TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!all_exceptions && type->is_subtype(&ExceptionType)) {
    return raise(&TypeErrorType, format("Cannot nest BaseExceptions in '%s'", type->m_name.c_str()));
  }
  auto* e = new BaseExceptionObject(type);
  Value group = Value::steal(e);
  e->m_args = new_tuple({args[0], args[1]});
  e->m_name = args[0];
  e->m_obj = new_tuple(std::move(items));
  return group;
}

static int group_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (kw) {
    raise(&TypeErrorType, format("%s() takes no keyword arguments", self.type()->m_name.c_str()));
    return -1;
  }
  as_exception(self)->m_args = new_tuple(args, nargs);
  return 0;
}

static Value group_str(const Value& self) {
  size_t n = is_tuple(group_exceptions(self)) ? as_tuple(group_exceptions(self))->size() : 0;
  return new_str(format("%s (%zu sub-exception%s)", str_text(group_message(self)).c_str(), n, n == 1 ? "" : "s"));
}

static Value make_group(const Value& message, const Value& excs) {
  Value args[2] = {message, excs};
  return call(Value::borrow(&BaseExceptionGroupType), args, 2);
}

static Value group_derive(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("derive", nargs - 1, 1, 1)) return Value();
  return make_group(group_message(args[0]), args[1]);
}

// --- split ----------------------------------------------------------------------

// What split() and subgroup() select: instances of types, what a predicate
// accepts, or (for except*) the leaves in a set.
struct Matcher {
  enum Kind { ByType, ByPredicate, ByLeaf } kind;
  Value value;
  const std::unordered_set<Object*>* leaves = nullptr;
};

static bool make_matcher(const Value& cond, Matcher& m) {
  auto exception_class = [](const Value& t) {
    return t.type()->is_subtype(&TypeType) && (t.as<TypeObject>()->m_flags & kExceptionSubclass);
  };
  m.value = cond;
  if (is_callable(cond) && !cond.type()->is_subtype(&TypeType)) {
    m.kind = Matcher::ByPredicate;
    return true;
  }
  m.kind = Matcher::ByType;
  bool ok = exception_class(cond);
  if (!ok && is_tuple(cond)) {
    ok = true;
    for (const Value& t : as_tuple(cond)->m_items) ok = ok && exception_class(t);
  }
  if (!ok) raise(&TypeErrorType, "expected a function, exception type or tuple of exception types");
  return ok;
}

static int matches(const Matcher& m, const Value& exc) {
  switch (m.kind) {
    case Matcher::ByType:
      return is_instance_of(exc, m.value);
    case Matcher::ByPredicate: {
      Value r = call1(m.value, exc);
      return r.is_null() ? -1 : truthy(r);
    }
    case Matcher::ByLeaf:
      return !is_exception_group(exc) && m.leaves->count(exc.obj());
  }
  return 0;
}

// orig.derive(excs) with orig's traceback, cause, context and a copy of its notes:
// the part of a group carries the group's history. Null part when excs is empty.
static bool derive_part(const Value& orig, std::vector<Value> excs, Value& part) {
  part = Value();
  if (excs.empty()) return true;
  Value list = new_list(std::move(excs));
  Value g = call_method(orig, intern("derive"), &list, 1);
  if (g.is_null()) return false;
  if (!is_exception_group(g)) {
    raise(&TypeErrorType, "derive must return an instance of BaseExceptionGroup");
    return false;
  }
  auto* from = as_exception(orig);
  auto* to = as_exception(g);
  to->m_traceback = from->m_traceback;
  to->m_tb_head = from->m_tb_head;
  to->m_tb_serial = from->m_tb_serial;
  to->m_cause = from->m_cause;
  to->m_context = from->m_context;
  to->m_suppress_context = true;  // CPython sets the cause, which sets this too
  Value notes = get_attr_opt(orig, intern("__notes__"));
  if (notes.is_null()) {
    if (error_pending()) return false;
  } else if (is_sequence(notes)) {
    std::vector<Value> copy;
    if (!collect_iterable(notes, copy) || set_attr(g, intern("__notes__"), new_list(std::move(copy))) < 0)
      return false;
  }
  part = g;
  return true;
}

// Splits exc into what the matcher selects and (if rest is wanted) the rest, each
// keeping the nesting of the groups it came from; Null for an empty side.
static bool split_exception(const Value& exc, const Matcher& m, Value& match, Value* rest) {
  match = Value();
  if (rest) *rest = Value();
  int whole = matches(m, exc);
  if (whole < 0) return false;
  if (whole) {
    match = exc;
    return true;
  }
  if (!is_exception_group(exc)) {
    if (rest) *rest = exc;
    return true;
  }
  std::vector<Value> matched, left;
  Value tuple = group_exceptions(exc);  // keeps the items alive while a predicate runs
  for (const Value& item : as_tuple(tuple)->m_items) {
    Value m_part, r_part;
    if (!split_exception(item, m, m_part, rest ? &r_part : nullptr)) return false;
    if (!m_part.is_null()) matched.push_back(m_part);
    if (!r_part.is_null()) left.push_back(r_part);
  }
  if (!derive_part(exc, std::move(matched), match)) return false;
  return !rest || derive_part(exc, std::move(left), *rest);
}

static Value or_none(const Value& v) { return v.is_null() ? Value::none() : v; }

static Value group_split(const Value* args, size_t nargs, KwNames*) {
  if (nargs != 2)
    return raise(&TypeErrorType, format("split expected 1 argument, got %zu", nargs - 1));
  Matcher m;
  Value match, rest;
  if (!make_matcher(args[1], m) || !split_exception(args[0], m, match, &rest)) return Value();
  return new_tuple({or_none(match), or_none(rest)});
}

static Value group_subgroup(const Value* args, size_t nargs, KwNames*) {
  if (nargs != 2)
    return raise(&TypeErrorType, format("subgroup expected 1 argument, got %zu", nargs - 1));
  Matcher m;
  Value match;
  if (!make_matcher(args[1], m) || !split_exception(args[0], m, match, nullptr)) return Value();
  return or_none(match);
}

// --- except* ----------------------------------------------------------------------

bool exception_group_match(const Value& exc, const Value& type, Value& match, Value& rest) {
  match = rest = Value();
  int whole = is_instance_of(exc, type);
  if (whole < 0) return false;
  if (whole) {
    if (is_exception_group(exc)) {
      match = exc;
    } else {
      // A naked exception is handled as a group of one.
      match = make_group(interned(""), new_tuple({exc}));
      if (match.is_null()) return false;
    }
    return true;
  }
  if (!is_exception_group(exc)) {
    rest = exc;
    return true;
  }
  Matcher m{Matcher::ByType, type};
  return split_exception(exc, m, match, &rest);
}

static void collect_leaves(const Value& exc, std::unordered_set<Object*>& leaves) {
  if (!is_exception_group(exc)) {
    leaves.insert(exc.obj());
    return;
  }
  for (const Value& item : as_tuple(group_exceptions(exc))->m_items) collect_leaves(item, leaves);
}

// A part of the original group that a handler re-raised (`raise` alone) still has
// the group's history; anything a handler raised anew has its own.
static bool same_history(const Value& a, const Value& b) {
  auto* x = as_exception(a);
  auto* y = as_exception(b);
  if (!x->m_cause.is(y->m_cause) || !x->m_context.is(y->m_context) || !x->m_tb_head.is(y->m_tb_head) ||
      x->m_traceback.size() != y->m_traceback.size())
    return false;
  for (size_t i = 0; i < x->m_traceback.size(); i++) {
    const TraceEntry& p = x->m_traceback[i];
    const TraceEntry& q = y->m_traceback[i];
    if (p.line != q.line || p.serial != q.serial) return false;
  }
  return true;
}

Value reraise_star(const Value& orig, const std::vector<Value>& excs) {
  if (excs.empty()) return Value::none();
  // A naked exception was wrapped: one handler at most ran, with one result.
  if (!is_exception_group(orig)) return excs.front();
  std::vector<Value> raised;
  std::unordered_set<Object*> reraised_leaves;
  for (const Value& e : excs) {
    if (same_history(e, orig))
      collect_leaves(e, reraised_leaves);
    else
      raised.push_back(e);
  }
  // The re-raised leaves, in the original group's shape.
  Matcher m{Matcher::ByLeaf, Value(), &reraised_leaves};
  Value reraised;
  if (!reraised_leaves.empty() && !split_exception(orig, m, reraised, nullptr)) return Value();
  if (raised.empty()) return or_none(reraised);
  if (!reraised.is_null()) raised.push_back(reraised);
  if (raised.size() == 1) return raised.front();
  return make_group(interned(""), new_list(std::move(raised)));
}

static Value group_message_get(const Value& self) { return or_none(group_message(self)); }
static Value group_exceptions_get(const Value& self) { return or_none(group_exceptions(self)); }

void init_exception_group_types(std::vector<TypeObject*>& registry) {
  BaseExceptionGroupType.m_flags |= kBaseType;
  BaseExceptionGroupType.tp_new = group_new;
  BaseExceptionGroupType.tp_init = group_init;
  BaseExceptionGroupType.tp_str = group_str;
  type_ready(&BaseExceptionGroupType, &BaseExceptionType,
             {{"derive", group_derive}, {"split", group_split}, {"subgroup", group_subgroup}});
  type_add_getsets(&BaseExceptionGroupType,
                   {{"message", group_message_get}, {"exceptions", group_exceptions_get}});
  type_add_value(&BaseExceptionGroupType, "__module__", interned("builtins"));
  // ExceptionGroup(BaseExceptionGroup, Exception): the second base only adds to the MRO.
  ExceptionGroupType.m_flags |= kBaseType;
  type_ready(&ExceptionGroupType, &BaseExceptionGroupType);
  ExceptionGroupType.m_bases = {&BaseExceptionGroupType, &ExceptionType};
  ExceptionGroupType.m_mro = {&ExceptionGroupType, &BaseExceptionGroupType, &ExceptionType, &BaseExceptionType,
                              &ObjectType};
  type_add_value(&ExceptionGroupType, "__module__", interned("builtins"));
  registry.push_back(&BaseExceptionGroupType);
  registry.push_back(&ExceptionGroupType);
}

}  // namespace hotpy
