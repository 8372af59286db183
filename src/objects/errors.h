// Raising and inspecting the pending exception.
//
// An operation that fails sets the thread's pending exception and returns Null (or
// -1); callers test the result and return early. No C++ exception ever carries a
// Python one, so control flow stays visible and cheap.
#pragma once
#include <string>
#include <string_view>

#include "objects/object.h"

namespace hotpy {

struct BaseExceptionObject;

struct ThreadState {
  Value exc;              // the pending (propagating) exception, or Null
  Value handled;          // the exception being handled by the innermost except/finally
  int depth = 0;          // Python call depth, for RecursionError
  int recursion_limit = 1000;
  const char* stack_limit = nullptr;  // lowest safe C stack address for this stack
  // Set by the SIGINT handler; the evaluator raises KeyboardInterrupt at the next
  // statement (check_interrupt). kInterruptUntilCleared (set by a host that must stop
  // a runaway program, e.g. the fuzz harness's time budget) raises at every statement
  // until the host resets it, so no `except:` in a loop can keep the program going.
  volatile int pending_interrupt = 0;
};
extern ThreadState ts;
constexpr int kInterruptUntilCleared = 2;

// Sets the pending exception to `type(msg)` and returns Null.
Value raise(TypeObject* type, std::string_view msg);
// Sets an existing exception object (or class, instantiated with no arguments) as
// pending; raises TypeError when it isn't an exception. Returns Null.
Value raise_value(const Value& exc);
// Returns the pending exception and clears it.
Value fetch_error();
inline bool error_pending() { return !ts.exc.is_null(); }
// The pending exception is an instance of `type`.
bool error_matches(TypeObject* type);
void clear_error();

// True when the C stack is nearly exhausted: raises RecursionError. Call at every
// point that recurses on user-controlled depth (eval, repr, compare, parse).
bool stack_overflow_error();  // raises RecursionError; returns true
inline bool stack_exhausted() {
  char probe;
  return ts.stack_limit && &probe < ts.stack_limit && stack_overflow_error();
}

// Raises KeyboardInterrupt when Ctrl-C was pressed since the last check.
bool raise_pending_interrupt();
inline bool check_interrupt() { return __builtin_expect(ts.pending_interrupt != 0, 0) && raise_pending_interrupt(); }

// printf-like helper for messages: format("'%s' object is not callable", name)
std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

}  // namespace hotpy
