// Raising and inspecting the pending exception.
//
// An operation that fails sets the thread's pending exception and returns Null (or
// -1); callers test the result and return early. No C++ exception ever carries a
// Python one, so control flow stays visible and cheap.
#pragma once
#include <string>
#include <string_view>

#include "objects/interpreter_state.h"
#include "objects/object.h"

namespace hotpy {

struct BaseExceptionObject;


// Sets the pending exception to `type(msg)` and returns Null.
Value raise(TypeObject* type, std::string_view msg);
// Sets an existing exception object (or class, instantiated with no arguments) as
// pending; raises TypeError when it isn't an exception. Returns Null.
Value raise_value(const Value& exc);
// As raise_value, without the implicit __context__: how throw() and athrow() put an
// exception into a generator (CPython's PyErr_Restore).
Value throw_value(const Value& exc);
// Returns the pending exception and clears it.
Value fetch_error();
inline bool error_pending() { return !ts->exc.is_null(); }
// The exception being handled (sys.exception()), or Null: the running generator's
// own, else the nearest one of its resumers'.
inline const Value& handled_exception() {
  if (__builtin_expect(ts->handled.is_null() && !ts->outer_handled.empty(), 0)) return ts->outer_handled.back();
  return ts->handled;
}
// Implicit chaining as CPython's _PyErr_SetObject does it: `exc` gets `handled` as
// its __context__, replacing any it had; a chain from `handled` that led back to
// `exc` is cut there, so no cycle forms.
void set_context(const Value& exc, const Value& handled);
// The pending exception is an instance of `type`.
bool error_matches(TypeObject* type);
void clear_error();

// Raises MemoryError() (no arguments, as CPython's) and returns Null. When even the
// exception object cannot be allocated, a spare made at start-up is raised instead.
Value raise_memory_error();
// Creates the spare MemoryError; called once by init_exception_types().
void prepare_memory_error();
// The largest object size, in bytes, that an allocation request may ask for. Requests
// beyond it raise MemoryError before malloc is asked: CPython's limit is PY_SSIZE_T_MAX,
// but no machine this runs on can satisfy more than 2**48 bytes, and asking the C++
// library for sizes near its max_size() throws length_error instead of bad_alloc.
// Under AddressSanitizer the bound is its allocator's own maximum (1 TB): its operator
// new cannot throw, it ends the process on a request it refuses.
#ifdef HOTPY_ASAN
constexpr uint64_t kMaxAllocation = uint64_t{1} << 40;
#else
constexpr uint64_t kMaxAllocation = uint64_t{1} << 48;
#endif
// Raises MemoryError and returns false when `count` items of `item_size` bytes cannot be
// allocated (the product overflows or exceeds kMaxAllocation).
inline bool check_alloc(uint64_t count, uint64_t item_size = 1) {
  if (item_size && count > kMaxAllocation / item_size) {
    raise_memory_error();
    return false;
  }
  return true;
}

// Whether the kernel would grant `bytes` of fresh memory now: a large request is put
// to it as a plain private mapping, the way glibc's malloc asks, so that an allocator
// mapping with MAP_NORESERVE (mimalloc, which the hotpy command links) is not let
// through the overcommit check at sizes no machine has. Small requests: true.
bool kernel_grants(uint64_t bytes);

// True when the C stack is nearly exhausted: raises RecursionError. Call at every
// point that recurses on user-controlled depth (eval, repr, compare, parse).
bool stack_overflow_error();  // raises RecursionError; returns true
inline bool stack_exhausted() {
  char probe;
  return ts->stack_limit && &probe < ts->stack_limit && stack_overflow_error();
}

// One level of recursion, counted like CPython's Py_EnterRecursiveCall: each Python
// frame (function, lambda, comprehension) and each C-level recursion CPython counts
// (repr, str, rich comparison, isinstance over tuples, calls of classes and of
// callable instances) adds one to ts->depth, so RecursionError comes at the same depth.
// `where` completes the message: " while getting the repr of an object", "" for a
// frame. Also raises RecursionError when the C stack runs out first. On success the
// caller must call leave_recursion(); on failure the count is already undone.
bool recursion_limit_error(const char* where);  // raises RecursionError; returns false
inline bool enter_recursion(const char* where) {
  if (__builtin_expect(++ts->depth > ts->recursion_limit, 0)) return recursion_limit_error(where);
  if (__builtin_expect(stack_exhausted(), 0)) {
    --ts->depth;
    return false;
  }
  return true;
}
inline void leave_recursion() { --ts->depth; }

// The lowest address of the running thread's stack (null when unknown): where the
// recursion checks of the evaluator and of the resolver put their floors.
const char* thread_stack_low();

// Raises KeyboardInterrupt when Ctrl-C was pressed since the last check; first runs
// the collection the cycle collector asked for, if any (false when only that).
bool raise_pending_interrupt();
// Runs the Python handlers of the signals that arrived (set by the signal module);
// false with the handler's exception pending.
extern bool (*run_signal_handlers)();
inline bool check_interrupt() {
  return __builtin_expect(ts->pending_interrupt.load(std::memory_order_relaxed) != 0, 0) && raise_pending_interrupt();
}

// printf-like helper for messages: format("'%s' object is not callable", name)
std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

}  // namespace hotpy
