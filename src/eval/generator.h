// Generators. A body whose yields are all whole statements of if/while/for blocks
// runs stackless (gen_stackless.cpp): it returns at a yield and goes on from its
// innermost block on resume. Any other body runs as a stackful coroutine, so the tree walker can suspend
// anywhere inside it at a `yield` and resume later; such bodies share a few pool
// stacks, and a suspended one keeps only the bytes of stack it uses.
#pragma once
#include <vector>
#include <ucontext.h>

#include <memory>

#include "eval/frame.h"
#include "objects/errors.h"

namespace hotpy {

// One C stack context: the thread's own stack, or a generator body on a shared pool
// stack (stack_switch.cpp). On x86-64 a switch saves and restores only the
// callee-saved registers; elsewhere it falls back to ucontext, whose swapcontext
// also saves the signal mask with a system call per switch.
// HOTPY_UCONTEXT_SWITCH forces the portable path on x86-64 too (to test it).
#if defined(__x86_64__) && !defined(HOTPY_UCONTEXT_SWITCH)
#define HOTPY_ASM_SWITCH 1
#endif
struct PoolStack;
struct Coroutine {
  void* sp = nullptr;           // its stack pointer while switched out
#ifndef HOTPY_ASM_SWITCH
  ucontext_t uc;
#endif
  PoolStack* stack = nullptr;   // null: the thread's own stack, never moved
  char* saved = nullptr;        // its bytes [sp, stack top) while another context has the region
  uint32_t saved_size = 0;
  bool fresh = false;           // bound to a stack, not started yet
  bool running = false;         // on the resume chain: evicted only when nothing else is left
#ifdef HOTPY_ASAN
  void* asan_fake_stack = nullptr;
#endif
#ifdef HOTPY_TSAN
  void* tsan_fiber = nullptr;  // ThreadSanitizer's view of this context
#endif
};
// Binds `co` to a pool stack, to run `entry` at its first switch (the same entry for
// every pool context). False when no stack can be mapped.
bool coroutine_bind(Coroutine* co, void (*entry)());
// Saves the running context in `from` and resumes `to`, first moving the bytes of
// whatever context holds to's stack region out and to's back in when needed.
void coroutine_switch(Coroutine* from, Coroutine* to);
// Ends the running context `from` (its stack is released) and resumes `to`.
[[noreturn]] void coroutine_exit(Coroutine* from, Coroutine* to);
// Drops `co`'s claim on its stack (a context that will never run again).
void coroutine_release(Coroutine* co);
// Called first thing by an entry function (AddressSanitizer's fiber bookkeeping).
void coroutine_started();
// The lowest safe address of `co`'s stack, for ts->stack_limit.
const char* coroutine_stack_limit(const Coroutine* co);
// Bytes of suspended contexts kept in heap copies, and the number of pool stacks:
// what suspended generators cost beyond their objects.
// An interpreter's generator machinery: its pool stacks and trampoline (stack_switch.cpp)
// and the generator running now. Per interpreter, so two interpreters on two threads
// never touch each other's stacks; made and freed with the interpreter.
struct GeneratorObject;
struct CoroutineState {
  GeneratorObject* running = nullptr;  // the generator whose body runs (innermost), or null
  Coroutine thread_context;            // the code outside any generator body
  // The context whose stack the code runs on now: the innermost stackful generator on
  // the resume chain, or thread_context (a stackless body runs on its resumer's stack).
  Coroutine* context = &thread_context;
  std::vector<PoolStack*> pool;
  void (*pool_entry)() = nullptr;  // what every pool context starts in
  uint64_t use_clock = 0;
  size_t saved_total = 0;
  Coroutine trampoline;
  char* trampoline_base = nullptr;
  Coroutine* trampoline_target = nullptr;
  // sys.set_asyncgen_hooks(): called with an async generator on its first step, and
  // with one that is dropped unfinished (the one set at its first step). Null: none.
  Value agen_firstiter, agen_finalizer;
};
void init_coroutines();
void free_coroutines();  // after the interpreter's last generator is gone
size_t coroutine_saved_bytes();
size_t coroutine_stack_count();

struct GeneratorObject : GcObject {
  enum class State : uint8_t { Created, Running, Suspended, Done };
  State m_state = State::Created;
  Value m_func;                          // the generator function (keeps code alive), or Null
  std::shared_ptr<ast::Unit> m_unit;     // the code (fixed at creation, whatever f.__code__ becomes)
  const ast::StmtList* m_body = nullptr; // function generator: what to run
  const ast::Comp* m_comp = nullptr;     // genexpr: what to run
  Value m_comp_iter;                     // genexpr: the first iterator
  DictObject* m_globals = nullptr;       // owned
  Value* m_slots;                        // owned, m_frame.scope->nslots values
  Frame m_frame;
  Value m_transfer;                      // yielded value out / sent value in
  Value m_retval;                        // the return value once Done
  Value m_handled;                       // the exception its handlers were handling when it yielded
  bool m_throwing = false;               // resumed with an exception pending
  Value m_throw_args;                    // throw()'s arguments, passed on to a delegate's throw
  Value m_yieldfrom;                     // the iterator a `yield from` delegates to, or Null
  Value m_name, m_qualname;
  // The iterator an `await` in the body delegates to while suspended there
  // (cr_await), held by that await's C frame; null at a plain `yield`.
  Object* m_awaiting = nullptr;
  // Async generators: an asend/athrow awaitable is part way through a step, and
  // aclose() (or the end of the body) has closed it.
  bool m_running_async = false;
  bool m_closed = false;
  bool m_hooks_inited = false;  // the firstiter hook has seen it
  // The sys.set_asyncgen_hooks finalizer there was at its first step: called with the
  // async generator, instead of closing it, when it is dropped unfinished.
  Value m_agen_finalizer;
  Coroutine m_co;
  Coroutine* m_caller = nullptr;         // the resumer's context while running
  // A stackless body (gen_stackless.cpp) runs on its resumer's stack and returns at
  // each yield; where it stopped is kept per nesting level of its blocks (for a
  // generator expression: per `for` clause).
  static constexpr int kMaxLevels = 32;
  struct ResumeLevel {
    const ast::StmtList* block = nullptr;  // the block running (or suspended) at this level
    uint32_t index = 0;                    // the statement of `block` it is at
    int64_t count = 0;                     // a `for` over a range there: items done
    Value iter;                            // that `for`'s iterator (or range)
  };
  bool m_stackless = false;
  uint8_t m_nlevels = 0;                 // how many levels its blocks nest (stackless)
  uint8_t m_level = 0;                   // the level of the yield it is suspended at
  ResumeLevel* m_levels = nullptr;       // m_nlevels of them once it first runs: owned, or these
  // A body nested at most two blocks deep (most are) keeps its levels here: no
  // allocation per generator for them.
  static constexpr int kInlineLevels = 2;
  ResumeLevel m_inline_levels[kInlineLevels];
  GeneratorObject();
  ~GeneratorObject() override;
  void traverse(Visitor, void*) override;
  // A generator found in a garbage cycle is closed (its finally blocks run), then
  // drops what its finished frame held.
  bool finalizer_pending() const override { return m_state == State::Suspended || hands_to_agen_finalizer(); }
  void run_finalizer() override;
  bool hands_to_agen_finalizer() const {
    return !m_agen_finalizer.is_null() && !m_closed && m_state != State::Done;
  }
  void close_suspended();
  void clear() override;
};
extern TypeObject GeneratorType;

Value make_genexpr(Frame* parent, const ast::Comp* c, Value it, Value* slots);
// Runs a comprehension in frame `f` (generator expressions yield each element).
Value run_comprehension(Frame* f, const ast::Comp* c, const Value& it, bool over_items = false);
// Suspends the running generator, handing `v` to the resumer. Returns the value
// sent in, or Null when resumed with an exception (throw/close).
Value generator_yield(const Value& v);

// next(gen) / gen.__next__(): the next value, or StopIteration carrying the return value.
Value generator_next(const Value& gen);
void init_generator_type();
// The generator type's send/throw/close (args[0] is self), shared by coroutines
// and async generators (eval/coroutine.cpp).
Value gen_send(const Value* args, size_t nargs, KwNames*);
Value gen_throw(const Value* args, size_t nargs, KwNames*);
Value gen_close(const Value* args, size_t nargs, KwNames*);
void close_generator(GeneratorObject* g);
// "generator", "coroutine" or "async generator", for messages.
const char* generator_flavor(const GeneratorObject* g);
// gi_code: the generator function's code object (None for a generator expression).
Value generator_code(GeneratorObject* g);
// __name__ and __qualname__ of generators, coroutines and async generators: str only.
GetSetDef generator_name_getset();
GetSetDef generator_qualname_getset();
// What a run of g's body changes around it, from its start to its return (the
// recursion depth was counted before): g runs, in the interpreter's running
// generator and frame chain, with its own handled exception; the resumer's waits
// on ts->outer_handled, where handled_exception() finds it while g has none.
class BodyRun {
 public:
  explicit BodyRun(GeneratorObject* g)
      : m_gen(g), m_outer(ts->coroutines->running), m_outer_frame(ts->current_frame) {
    // Mostly neither side handles an exception and nothing moves.
    if (__builtin_expect(!ts->handled.is_null() || !g->m_handled.is_null(), 0)) swap_handled_in();
    ts->coroutines->running = g;
    g->m_frame.back = m_outer_frame;
    g->m_frame.depth = ts->depth;  // this resume's depth (run_frame sets it on the first)
    g->m_state = GeneratorObject::State::Running;
  }
  ~BodyRun() {
    m_gen->m_frame.back = nullptr;  // a suspended body has no caller (gi_frame.f_back is None)
    ts->coroutines->running = m_outer;
    ts->current_frame = m_outer_frame;
    --ts->depth;
    if (__builtin_expect(!ts->handled.is_null() || m_pushed, 0)) swap_handled_out();
  }
  BodyRun(const BodyRun&) = delete;
  BodyRun& operator=(const BodyRun&) = delete;

 private:
  // Out of line, so the common resume stays small enough to inline.
  __attribute__((noinline, cold)) void swap_handled_in() {
    m_pushed = !ts->handled.is_null();
    if (m_pushed) ts->outer_handled.push_back(std::move(ts->handled));
    ts->handled = std::move(m_gen->m_handled);
  }
  __attribute__((noinline, cold)) void swap_handled_out() {
    m_gen->m_handled = std::move(ts->handled);
    if (m_pushed) {
      ts->handled = std::move(ts->outer_handled.back());
      ts->outer_handled.pop_back();
    }
  }

  GeneratorObject* m_gen;
  GeneratorObject* m_outer;
  Frame* m_outer_frame;
  bool m_pushed = false;  // the resumer's handled exception waits on ts->outer_handled
};

// An exception thrown into a generator that delegates (yield from, await), or its
// close(), reaches the delegate from outside the generator's body in CPython
// (_gen_throw, gen_close): the generator's own handled exception is out of the
// delegate's chain meanwhile. What comes back raised re-enters the body, which
// makes that handled exception its context (gen_send_ex's _PyErr_ChainStackItem).
class ThrowToDelegate {
 public:
  ThrowToDelegate() : m_own(std::move(ts->handled)) {}
  ~ThrowToDelegate() {
    ts->handled = std::move(m_own);
    if (__builtin_expect(!ts->handled.is_null(), 0)) set_context(ts->exc, ts->handled);
  }
  ThrowToDelegate(const ThrowToDelegate&) = delete;
  ThrowToDelegate& operator=(const ThrowToDelegate&) = delete;

 private:
  Value m_own;
};

// Resumes `g` with `sent` (None for next()). Returns the yielded value; Null
// when it finished (no exception pending: m_retval holds the return value) or raised.
// Its common step (a suspended stackless body, within the recursion limit) is inline.
Value resume_stackless(GeneratorObject* g, const Value& sent, bool first);
Value resume_general(GeneratorObject* g, const Value& sent);
inline Value generator_resume(GeneratorObject* g, const Value& sent) {
  if (__builtin_expect(g->m_state == GeneratorObject::State::Suspended && g->m_stackless &&
                           ts->depth < ts->recursion_limit, 1)) {
    ++ts->depth;
    return resume_stackless(g, sent, false);
  }
  return resume_general(g, sent);
}
// The generator type's tp_next: exhaustion is a Null without error; a return value
// other than None is kept for next() over a wrapping iterator (keep_return_value).
void keep_return_value(GeneratorObject* g);
inline Value generator_iternext(GeneratorObject* g) {
  Value r = generator_resume(g, Value::none());
  if (__builtin_expect(r.is_null(), 0)) keep_return_value(g);
  return r;
}

// Stackless bodies (gen_stackless.cpp). Whether g's body can run without a stack of
// its own: every yield a statement of the blocks it can resume into.
bool can_run_stackless(GeneratorObject* g);
// resume_stackless runs g's body from its start or from where it returned, with
// `sent` (as generator_resume, the recursion depth counted by the caller).
void clear_stackless_levels(GeneratorObject* g);
// close() of a suspended stackless body outside any `yield from`: as throwing
// GeneratorExit in, which no handler can see (it yields only outside try blocks),
// without making the exception. False when it must be thrown after all.
bool close_stackless(GeneratorObject* g);
// `yield from` for a stackless body: the first step (the running generator delegates
// to y's value) and the step after each resume of g. A value to hand out, or Null:
// the delegate finished (its return value in *result) or raised (*result Null).
Value yield_from_start(Frame* f, const ast::YieldExpr* y, Value* result);
Value yield_from_continue(Frame* f, const ast::YieldExpr* y, GeneratorObject* g, Value* result);
// A body ended with `result` (Null: an exception is pending): g is done.
void settle_generator(GeneratorObject* g, Value result);

// gi_frame: a frame object viewing the generator's Frame, or None once it finished.
Value generator_frame(const Value& gen);

}  // namespace hotpy
