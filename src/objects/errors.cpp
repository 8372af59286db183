// The pending exception of the (single) interpreter thread.
#include "objects/errors.h"

#include <cstdarg>
#include <cstdio>

#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

ThreadState ts;

// Makes `exc` pending. Raised while another exception is being handled, it gets
// that one as __context__ (CPython's implicit chaining), unless that would loop.
static void set_pending(const Value& exc) {
  ts.exc = exc;
  if (ts.handled.is_null() || exc.is(ts.handled) || !is_exception(ts.handled)) return;
  auto* e = as_exception(exc);
  if (!e->m_context.is_null()) return;
  for (Value c = ts.handled; is_exception(c); c = as_exception(c)->m_context)
    if (c.is(exc)) return;
  e->m_context = ts.handled;
}

Value raise(TypeObject* type, std::string_view msg) {
  set_pending(new_exception(type, msg));
  return Value();
}

Value raise_value(const Value& exc) {
  if (is_exception(exc)) {
    set_pending(exc);
    return Value();
  }
  if (exc.type()->is_subtype(&TypeType) && (exc.as<TypeObject>()->m_flags & kExceptionSubclass)) {
    Value inst = call0(exc);
    if (inst.is_null()) return inst;
    if (!is_exception(inst))
      return raise(&TypeErrorType, format("calling %s should have returned an instance of BaseException, not %s",
                                          repr_text(exc).c_str(), type_name(inst).c_str()));
    set_pending(inst);
    return Value();
  }
  return raise(&TypeErrorType, "exceptions must derive from BaseException");
}

Value fetch_error() {
  Value e = std::move(ts.exc);
  ts.exc = Value();
  return e;
}

bool error_matches(TypeObject* type) { return !ts.exc.is_null() && ts.exc.type()->is_subtype(type); }

void clear_error() { ts.exc = Value(); }

bool raise_pending_interrupt() {
  if (ts.pending_interrupt != kInterruptUntilCleared) ts.pending_interrupt = 0;
  raise(&KeyboardInterruptType, "");
  as_exception(ts.exc)->m_args = empty_tuple();
  return true;
}

bool stack_overflow_error() {
  // Leave headroom for the handler itself, then report like CPython.
  const char* saved = ts.stack_limit;
  ts.stack_limit = nullptr;
  raise(&RecursionErrorType, "maximum recursion depth exceeded");
  ts.stack_limit = saved;
  return true;
}

std::string format(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char buf[512];
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return std::string();
  if (static_cast<size_t>(n) < sizeof buf) return std::string(buf, n);
  std::string out(n, '\0');
  va_start(ap, fmt);
  vsnprintf(out.data(), n + 1, fmt, ap);
  va_end(ap);
  return out;
}

}  // namespace hotpy
