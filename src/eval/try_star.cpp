// The handlers of a `try` with `except*` clauses (PEP 654): each clause takes the
// part of the exception group its types match, what no clause takes goes on, and
// what the clauses raise is gathered with it into the exception that propagates.
#include "eval/eval.h"
#include "eval/frame.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

// An except* clause names exception classes, never exception groups.
static bool valid_star_type(const Value& type) {
  auto check = [](const Value& t) {
    if (!t.type()->is_subtype(&TypeType) || !(t.as<TypeObject>()->m_flags & kExceptionSubclass)) {
      raise(&TypeErrorType, "catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
    if (t.as<TypeObject>()->is_subtype(&BaseExceptionGroupType)) {
      raise(&TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
    return true;
  };
  if (!is_tuple(type)) return check(type);
  for (const Value& t : as_tuple(type)->m_items)
    if (!check(t)) return false;
  return true;
}

Completion run_star_handlers(Frame* f, const Try* s) {
  traceback_here(f);
  Value orig = fetch_error();
  Value rest = orig;
  std::vector<Value> excs;  // what the clauses raised, then the rest
  for (const ExceptHandler& h : s->handlers) {
    if (rest.is_null()) break;
    Value type = eval(f, h.type);
    Value match, unmatched = rest;
    if (type.is_null() || !valid_star_type(type) || !exception_group_match(unmatched, type, match, rest)) {
      chain_context(orig);
      return Completion::Error;
    }
    if (match.is_null()) continue;
    f->line = h.loc.line;
    Value outer = ts->handled;
    ts->handled = match;
    Completion c = h.target && !assign_name(f, h.target, match) ? Completion::Error : exec_block(f, h.body);
    if (c == Completion::Error) {
      chain_context(match);
      traceback_here(f);
      excs.push_back(fetch_error());
    }
    ts->handled = outer;
    if (h.target) {
      if (!delete_target(f, h.target)) clear_error();
    }
  }
  if (!rest.is_null()) excs.push_back(rest);
  Value result = reraise_star(orig, excs);
  if (result.is_null()) return Completion::Error;
  if (result.is_none()) return Completion::Normal;
  // Like CPython's RERAISE, this frame adds no traceback entry of its own.
  as_exception(result)->m_tb_serial = f->serial;
  ts->exc = result;
  return Completion::Error;
}

}  // namespace hotpy
