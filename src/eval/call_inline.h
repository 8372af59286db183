// The call of a plain Python function, inlined where it is hot: the callers of
// call_direct_inline (call_node.cpp's `f(x)` and `obj.m(x)`) run the callee's frame,
// its argument binding and its statement loop in their own C++ frame, two C++ call
// levels less per Python call. call.cpp's other calls and stmt.cpp's blocks and while
// loops run the same pieces.
#pragma once

#include <new>
#include <stdexcept>

#include "eval/eval.h"
#include "eval/frame.h"
#include "objects/errors.h"
#include "objects/exceptions.h"

namespace hotpy {

// A statement whose allocation failed ends with MemoryError (stmt.cpp, which says why
// statements are where that is caught); the handler a statement's node runs.
[[gnu::cold, gnu::noinline]] Completion statement_out_of_memory(Frame* f);
ast::Stmt::ExecFn choose_exec(const ast::Stmt* s);

// exec_block, and exec_return_at_once, as a call's frame entry runs them inline.
[[gnu::always_inline]] inline Completion run_statements(Frame* f, const ast::StmtList& body) {
  try {
    for (const ast::Stmt* s : body) {
      f->line = s->loc.line;
      if (check_interrupt()) return Completion::Error;  // Ctrl-C lands between statements
      ast::Stmt::ExecFn fn = s->exec_fn;
      if (__builtin_expect(!fn, 0)) fn = choose_exec(s);
      Completion c = fn(f, s);
      if (c != Completion::Normal) return c;
    }
  } catch (const std::bad_alloc&) {
    return statement_out_of_memory(f);
  } catch (const std::length_error&) {
    return statement_out_of_memory(f);
  }
  return Completion::Normal;
}
[[gnu::always_inline]] inline Completion run_return_at_once(Frame* f, const ast::Stmt* s) {
  try {
    f->line = s->loc.line;
    if (check_interrupt()) return Completion::Error;
    auto* r = static_cast<const ast::Return*>(s);
    f->retval = linked_operand(f, r->value_slot, r->value);
    return f->retval.is_null() ? Completion::Error : Completion::Return;
  } catch (const std::bad_alloc&) {
    return statement_out_of_memory(f);
  } catch (const std::length_error&) {
    return statement_out_of_memory(f);
  }
}

// Inlined into the call paths: each C++ call level per Python call costs time on
// deep recursion (return-address prediction), so frame entry is not a call of its own.
[[gnu::always_inline]] inline Value enter_frame(Frame* frame, const ast::StmtList& body,
                                                const ast::Stmt* at_once = nullptr) {
  frame->back = ts->current_frame;
  frame->serial = ts->next_frame_serial++;
  frame->depth = ts->depth;
  ts->current_frame = frame;
  Completion c = at_once ? run_return_at_once(frame, at_once) : run_statements(frame, body);
  ts->current_frame = frame->back;
  if (c == Completion::Error) {
    traceback_here(frame);
    leave_frame(frame);
    return Value();
  }
  leave_frame(frame);
  if (c == Completion::Return) return std::move(frame->retval);
  return Value::none();
}

// Evaluates a lambda's expression in its frame, as if it were `return expr` (call.cpp).
Value run_lambda(Frame* frame, const ast::Expr* body);

// Runs `func`'s body in a frame over `slots` (parameters already bound).
[[gnu::always_inline]] inline Value run_function(FunctionObject* func, Value* slots) {
  const ast::Scope& scope = *func->m_scope;
  if (func->m_entry & FunctionObject::kNeedsCells) init_cells(scope, slots, func->m_closure);
  Frame frame;
  frame.scope = &scope;
  frame.slots = slots;
  frame.globals = func->m_globals;
  frame.func = func;
  frame.unit = &func->m_unit;
  frame.line = func->m_first_line;
  return func->m_body ? enter_frame(&frame, *func->m_body, func->m_return_at_once)
                      : run_lambda(&frame, func->m_expr);
}

// The recursion limit and the C stack, checked on every call of Python code: a
// frame counts one level, as in CPython (where the message has no suffix).
inline bool enter_call() { return enter_recursion(""); }

// call_direct once the frame's `n` slots have room (not constructed yet).
// `defaults`: the call may leave the last parameters to their defaults (takes_directly);
// false only for a call takes_exactly took.
[[gnu::always_inline]] inline Value call_with_slots(Frame* f, FunctionObject* func, Value* self,
                                                    const ast::ExprList& arg_exprs, Value* slots, size_t n,
                                                    bool defaults) {
  size_t i = 0;
  Value result;
  StackValues owned(slots, i);
  if (self) new (&slots[i++]) Value(std::move(*self));
  bool ok = true;
  for (const ast::Expr* a : arg_exprs) {
    new (&slots[i]) Value(eval_operand(f, a));
    ok = !slots[i++].is_null();
    if (!ok) break;
  }
  if (defaults && ok) ok = fill_defaults(func, slots, &i);
  for (; i < n; i++) new (&slots[i]) Value();
  // The frame counts only once its arguments are evaluated: a call nested in
  // another's arguments, ack(m - 1, ack(m, n - 1)), is not a level deeper.
  if (ok && enter_call()) {
    result = run_function(func, slots);
    --ts->depth;
  }
  return result;
}

// call_direct in the caller's C++ frame (at most kFixedSlots slots, else out of line),
// for a call takes_exactly took.
[[gnu::always_inline]] inline Value call_direct_inline(Frame* f, FunctionObject* func, Value* self,
                                                       const ast::ExprList& arg_exprs) {
  size_t n = func->m_nslots;
  if (n > kFixedSlots) return call_direct(f, func, self, arg_exprs);
  alignas(Value) char raw[kFixedSlots * sizeof(Value)];
  return call_with_slots(f, func, self, arg_exprs, reinterpret_cast<Value*>(raw), n, false);
}

}  // namespace hotpy
