// The pending exception of the (single) interpreter thread.
#include "objects/errors.h"

#include <cstdarg>
#include <cstdio>

#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"

namespace hotpy {

ThreadState ts;

Value raise(TypeObject* type, std::string_view msg) {
  ts.exc = new_exception(type, msg);
  return Value();
}

Value raise_value(const Value& exc) {
  if (is_exception(exc)) {
    ts.exc = exc;
    return Value();
  }
  if (exc.type()->is_subtype(&TypeType) && (exc.as<TypeObject>()->m_flags & kExceptionSubclass)) {
    Value inst = call0(exc);
    if (inst.is_null()) return inst;
    if (!is_exception(inst))
      return raise(&TypeErrorType, format("calling %s should have returned an instance of BaseException, not %s",
                                          repr_text(exc).c_str(), type_name(inst).c_str()));
    ts.exc = inst;
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

bool stack_exhausted() {
  char probe;
  if (ts.stack_limit && &probe < ts.stack_limit) {
    // Leave headroom for the handler itself, then report like CPython.
    const char* saved = ts.stack_limit;
    ts.stack_limit = nullptr;
    raise(&RecursionErrorType, "maximum recursion depth exceeded");
    ts.stack_limit = saved;
    return true;
  }
  return false;
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
