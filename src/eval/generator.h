// Generators: each runs on its own C stack (a stackful coroutine), so the tree
// walker can suspend anywhere inside a body at a `yield` and resume later.
#pragma once
#include <ucontext.h>

#include <memory>

#include "eval/frame.h"

namespace hotpy {

// A suspended C stack. On x86-64 a switch saves and restores only the
// callee-saved registers (stack_switch.cpp); elsewhere it falls back to ucontext,
// whose swapcontext also saves the signal mask with a system call per switch.
struct StackContext {
#if defined(__x86_64__)
  void* sp = nullptr;
#else
  ucontext_t uc;
#endif
};
// Saves the running context in `from` and resumes `to`.
void switch_context(StackContext* from, StackContext* to);
// Prepares `ctx` to run `entry()` on [stack, stack + size) at its first resume.
void make_context(StackContext* ctx, char* stack, size_t size, void (*entry)());

struct GeneratorObject : Object {
  enum class State : uint8_t { Created, Running, Suspended, Done };
  State m_state = State::Created;
  Value m_func;                          // the generator function (keeps code alive), or Null
  std::shared_ptr<ast::Unit> m_unit;     // genexpr: the code
  const ast::Comp* m_comp = nullptr;     // genexpr: what to run
  Value m_comp_iter;                     // genexpr: the first iterator
  DictObject* m_globals = nullptr;       // owned
  Value* m_slots;                        // owned, m_frame.scope->nslots values
  Frame m_frame;
  Value m_transfer;                      // yielded value out / sent value in
  Value m_retval;                        // the return value once Done
  Value m_handled;                       // the exception its handlers were handling when it yielded
  bool m_throwing = false;               // resumed with an exception pending
  Value m_name, m_qualname;
  char* m_stack = nullptr;
  StackContext m_ctx, m_caller;
  GeneratorObject();
  ~GeneratorObject() override;
  void traverse(Visitor, void*) override;
};
extern TypeObject GeneratorType;

Value make_genexpr(Frame* parent, const ast::Comp* c, Value it, Value* slots);
// Runs a comprehension in frame `f` (generator expressions yield each element).
Value run_comprehension(Frame* f, const ast::Comp* c, const Value& it);
// Suspends the running generator, handing `v` to the resumer. Returns the value
// sent in, or Null when resumed with an exception (throw/close).
Value generator_yield(const Value& v);
// Resumes `gen` with `sent` (None for next()). Returns the yielded value; Null
// when it finished (no exception pending: m_retval holds the return value) or raised.
Value generator_resume(GeneratorObject* gen, const Value& sent);
void init_generator_type();

}  // namespace hotpy
