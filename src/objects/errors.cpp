// The pending exception of the (single) interpreter thread.
#include "objects/errors.h"

#include "objects/gc.h"

#include <pthread.h>
#include <sys/mman.h>

#include <cstdarg>
#include <cstdio>

#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

thread_local constinit InterpreterState* ts = nullptr;

// Dict versions of different interpreters never meet (each starts its own range), so
// no cache can take one interpreter's dict for another's.
InterpreterState::InterpreterState() {
  static std::atomic<uint64_t> interpreters_made{0};
  dict_version = (interpreters_made.fetch_add(1, std::memory_order_relaxed) + 1) << 40;
}
InterpreterState::~InterpreterState() = default;

// Makes `exc` pending. Raised while another exception is being handled, it gets
// that one as __context__ (CPython's implicit chaining; see set_context).
static void set_pending(const Value& exc) {
  ts->exc = exc;
  const Value& handled = handled_exception();
  if (__builtin_expect(!handled.is_null(), 0)) set_context(exc, handled);
}

void set_context(const Value& exc, const Value& handled) {
  if (!is_exception(exc) || !is_exception(handled) || exc.is(handled)) return;
  // A chain that already loops (built by hand) is left as it is: a slower walker
  // meets the faster one there.
  BaseExceptionObject* o = as_exception(handled);
  BaseExceptionObject* slow = o;
  bool move_slow = false;
  while (is_exception(o->m_context)) {
    if (o->m_context.is(exc)) {
      o->m_context = Value();
      break;
    }
    o = as_exception(o->m_context);
    if (o == slow) break;
    if (move_slow) slow = as_exception(slow->m_context);
    move_slow = !move_slow;
  }
  as_exception(exc)->m_context = handled;
}

Value raise(TypeObject* type, std::string_view msg) {
  set_pending(new_exception(type, msg));
  return Value();
}

static Value raise_value(const Value& exc, void (*pend)(const Value&)) {
  if (is_exception(exc)) {
    pend(exc);
    return Value();
  }
  if (exc.type()->is_subtype(&TypeType) && (exc.as<TypeObject>()->m_flags & kExceptionSubclass)) {
    Value inst = call0(exc);
    if (inst.is_null()) return inst;
    if (!is_exception(inst))
      return raise(&TypeErrorType, format("calling %s should have returned an instance of BaseException, not %s",
                                          repr_text(exc).c_str(), type_name(inst).c_str()));
    pend(inst);
    return Value();
  }
  return raise(&TypeErrorType, "exceptions must derive from BaseException");
}
Value raise_value(const Value& exc) { return raise_value(exc, set_pending); }
Value throw_value(const Value& exc) {
  return raise_value(exc, [](const Value& e) { ts->exc = e; });
}

Value fetch_error() {
  Value e = std::move(ts->exc);
  ts->exc = Value();
  return e;
}

bool error_matches(TypeObject* type) { return !ts->exc.is_null() && ts->exc.type()->is_subtype(type); }

void clear_error() { ts->exc = Value(); }


static Value new_memory_error() {
  auto* e = new BaseExceptionObject(&MemoryErrorType);
  Value v = Value::steal(e);
  e->m_args = empty_tuple();
  return v;
}

// Raised when the heap cannot even hold a new exception object.
void prepare_memory_error() { ts->spare_memory_error = new_memory_error(); }

bool kernel_grants(uint64_t bytes) {
  constexpr uint64_t kProbeFrom = uint64_t{1} << 28;  // 256 MiB: below it, no syscall
  if (bytes < kProbeFrom) return true;
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return false;
  munmap(p, bytes);
  return true;
}

Value raise_memory_error() {
  Value e;
  try {
    e = new_memory_error();
  } catch (const std::bad_alloc&) {
    e = ts->spare_memory_error;
    auto* x = as_exception(e);
    x->m_traceback.clear();
    x->m_tb_head = Value();
    x->m_cause = x->m_context = Value();
  }
  set_pending(e);
  return Value();
}

bool (*run_signal_handlers)() = nullptr;

bool raise_pending_interrupt() {
  int pending = ts->pending_interrupt.load(std::memory_order_relaxed);
  if (pending & kGcRequested) {
    ts->pending_interrupt.fetch_and(~kGcRequested, std::memory_order_relaxed);
    gc_collect_requested();
    pending = ts->pending_interrupt.load(std::memory_order_relaxed);
  }
  if (pending & kSignalPending) {
    ts->pending_interrupt.fetch_and(~kSignalPending, std::memory_order_relaxed);
    if (run_signal_handlers && !run_signal_handlers()) return true;
    pending = ts->pending_interrupt.load(std::memory_order_relaxed);
  }
  if (!(pending & (kInterruptOnce | kInterruptUntilCleared))) return false;
  if (!(pending & kInterruptUntilCleared))  // that one stays until the host clears it
    ts->pending_interrupt.fetch_and(~kInterruptOnce, std::memory_order_relaxed);
  raise(&KeyboardInterruptType, "");
  as_exception(ts->exc)->m_args = empty_tuple();
  return true;
}

bool stack_overflow_error() {
  // Leave headroom for the handler itself, then report like CPython.
  const char* saved = ts->stack_limit;
  ts->stack_limit = nullptr;
  raise(&RecursionErrorType, "maximum recursion depth exceeded");
  ts->stack_limit = saved;
  return true;
}

const char* thread_stack_low() {
  pthread_attr_t attr;
  void* base = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return nullptr;
  pthread_attr_getstack(&attr, &base, &size);
  pthread_attr_destroy(&attr);
  return static_cast<const char*>(base);
}

bool recursion_limit_error(const char* where) {
  --ts->depth;
  raise(&RecursionErrorType, std::string("maximum recursion depth exceeded") + where);
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
