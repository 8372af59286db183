// Generators as stackful coroutines (DESIGN.md, "Generators"): a generator's body
// runs on a pool stack (stack_switch.cpp), switched to by coroutine_switch; `yield`
// switches back. Bodies that yield only as statements of their blocks run stackless
// instead (gen_stackless.cpp). Each resume counts as a call toward the recursion limit.
#include "eval/generator.h"

#include "eval/coroutine.h"
#include "eval/eval.h"
#include "eval/frame_object.h"
#include "eval/traceback_object.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

TypeObject GeneratorType("generator");

GeneratorObject::GeneratorObject() : GcObject(&GeneratorType) { m_gc_flags |= kGcOwnFinalizer; }

// Unwinds the suspended body (runs its finally blocks and frees what its stack holds).
void GeneratorObject::close_suspended() {
  if (m_state != State::Suspended) return;
  Value saved = fetch_error();
  Value self = Value::borrow(this);  // alive while it closes
  close_generator(this);
  clear_error();
  ts->exc = saved;
}

// As CPython's _PyGen_Finalize: an async generator that took a step under
// sys.set_asyncgen_hooks(finalizer=...) goes to that hook (an event loop schedules its
// aclose()); any other suspended body is closed.
void GeneratorObject::run_finalizer() {
  if (!hands_to_agen_finalizer()) return close_suspended();
  Value saved = fetch_error();
  Value self = Value::borrow(this);
  Value hook = m_agen_finalizer;
  if (call1(hook, self).is_null()) write_unraisable_exception(self);
  ts->exc = saved;
}

GeneratorObject::~GeneratorObject() {
  // Its finalizer ran already (or there was no interpreter to run it): a body the
  // finalizer hook left suspended is closed, since its stack must be unwound.
  if (m_state == State::Suspended) {
    m_refcnt = 1;  // resurrected while closing; nothing else holds it
    close_suspended();
  }
  if (m_frame.object) detach_frame_object(&m_frame);  // a body that never ran, or was abandoned
  if (m_slots) {
    size_t n = m_frame.scope ? m_frame.scope->nslots : 0;
    for (size_t i = 0; i < n; i++) m_slots[i] = Value();
    delete[] m_slots;
  }
  if (m_globals) decref(m_globals);
  clear_stackless_levels(this);
  // A body that ignored GeneratorExit is abandoned with whatever its stack held.
  coroutine_release(&m_co);
}

void GeneratorObject::traverse(Visitor visit, void* arg) {
  for (const Value* v : {&m_func, &m_comp_iter, &m_transfer, &m_retval, &m_throw_args, &m_yieldfrom})
    if (v->is_obj()) visit(v->obj(), arg);
  for (const Value* v : {&m_handled, &m_name, &m_qualname, &m_agen_finalizer})
    if (v->is_obj()) visit(v->obj(), arg);
  if (m_slots)
    for (size_t i = 0, n = m_frame.scope ? m_frame.scope->nslots : 0; i < n; i++)
      if (m_slots[i].is_obj()) visit(m_slots[i].obj(), arg);
  if (m_globals) visit(m_globals, arg);
  if (m_frame.object) visit(m_frame.object, arg);
  if (m_levels)
    for (int i = 0; i < m_nlevels; i++)
      if (m_levels[i].iter.is_obj()) visit(m_levels[i].iter.obj(), arg);
}

// Only a body that will not run again lets go of its locals (a suspended one's
// stack still refers to them).
void GeneratorObject::clear() {
  Value finalizer = std::move(m_agen_finalizer);
  if (m_state == State::Suspended || m_state == State::Running) return;
  if (m_slots)
    for (size_t i = 0, n = m_frame.scope ? m_frame.scope->nslots : 0; i < n; i++) Value old = std::move(m_slots[i]);
  Value iter = std::move(m_comp_iter), transfer = std::move(m_transfer), retval = std::move(m_retval),
        handled = std::move(m_handled), throw_args = std::move(m_throw_args), from = std::move(m_yieldfrom);
}

// The frames of a generator body's entry lie under every suspended generator, in
// each saved copy of its stack: the entry keeps nothing but the generator.
static Value run_body(GeneratorObject* g) {
  if (g->m_comp) return run_comprehension(&g->m_frame, g->m_comp, g->m_comp_iter);
  return run_frame(&g->m_frame, *g->m_body);
}

void settle_generator(GeneratorObject* g, Value result) {
  bool stop = result.is_null() && error_matches(&StopIterationType);
  bool async_stop = result.is_null() && g->m_type == &AsyncGeneratorType && error_matches(&StopAsyncIterationType);
  if (stop || async_stop) {
    // PEP 479 (and PEP 525): a StopIteration escaping the body would end the caller's loop silently.
    Value cause = fetch_error();
    raise(&RuntimeErrorType,
          std::string(generator_flavor(g)) + (stop ? " raised StopIteration" : " raised StopAsyncIteration"));
    as_exception(ts->exc)->m_cause = cause;
    as_exception(ts->exc)->m_context = cause;
  }
  g->m_retval = result.is_null() ? Value() : std::move(result);
  g->m_state = GeneratorObject::State::Done;
}

[[noreturn]] __attribute__((noinline)) static void finish_body(GeneratorObject* g, Value result) {
  settle_generator(g, std::move(result));
  result = Value();
  coroutine_exit(&g->m_co, g->m_caller);
}

// The body of every generator, on its pool stack.
static void generator_entry() {
  coroutine_started();
  GeneratorObject* g = ts->coroutines->running;
  finish_body(g, run_body(g));
}

// A resume past the recursion limit ends the generator without running it, as in CPython.
static Value resume_too_deep(GeneratorObject* g) {
  --ts->depth;
  g->m_state = GeneratorObject::State::Done;
  g->m_throwing = false;
  coroutine_release(&g->m_co);
  return raise(&RecursionErrorType, "maximum recursion depth exceeded");
}

Value resume_general(GeneratorObject* g, const Value& sent) {
  if (g->m_state == GeneratorObject::State::Running)
    return raise(&ValueErrorType, std::string(generator_flavor(g)) + " already executing");
  if (g->m_state == GeneratorObject::State::Done) {
    if (g->m_type == &CoroutineType) {
      g->m_throwing = false;
      clear_error();
      return raise(&RuntimeErrorType, "cannot reuse already awaited coroutine");
    }
    if (g->m_throwing) g->m_throwing = false;  // the pending exception stays: it propagates
    g->m_retval = Value();  // the return value is delivered once; later resumes return None
    return Value();
  }
  if (g->m_state == GeneratorObject::State::Created) {
    if (!sent.is_none() && !g->m_throwing)
      return raise(&TypeErrorType,
                   std::string("can't send non-None value to a just-started ") + generator_flavor(g));
    if (g->m_throwing) {
      // Thrown into a generator that never ran: it finishes with that exception.
      g->m_throwing = false;
      g->m_state = GeneratorObject::State::Done;
      return Value();
    }
  }
  if (__builtin_expect(++ts->depth > ts->recursion_limit, 0)) {
    if (g->m_throwing) clear_error();
    return resume_too_deep(g);
  }
  bool first = g->m_state == GeneratorObject::State::Created;
  if (first) {
    g->m_stackless = can_run_stackless(g);
    if (!g->m_stackless && !coroutine_bind(&g->m_co, generator_entry)) {
      --ts->depth;
      return raise(&MemoryErrorType, "cannot allocate a generator stack");
    }
  }
  if (g->m_stackless) return resume_stackless(g, sent, first);
  g->m_transfer = sent;
  incref(g);  // alive while ts->coroutines->running, whatever the body drops
  {
    BodyRun run(g);
    // An exception thrown in at a plain yield is raised in the body: its handled
    // exception becomes the context (at a delegating one, ThrowToDelegate does it).
    if (__builtin_expect(g->m_throwing && !ts->handled.is_null(), 0) && g->m_yieldfrom.is_null() &&
        !g->m_awaiting)
      set_context(ts->exc, ts->handled);
    CoroutineState* cs = ts->coroutines;
    const char* outer_limit = ts->stack_limit;
    g->m_caller = cs->context;
    cs->context = &g->m_co;
    ts->stack_limit = coroutine_stack_limit(&g->m_co);
    g->m_co.running = true;
    coroutine_switch(g->m_caller, &g->m_co);
    g->m_co.running = false;
    cs->context = g->m_caller;
    g->m_caller = nullptr;
    ts->stack_limit = outer_limit;
  }
  Value out = g->m_state == GeneratorObject::State::Suspended ? std::move(g->m_transfer) : Value();
  decref(g);
  return out;
}

// Suspends the running generator, handing *io to the resumer; *io becomes the value
// sent in, or Null when resumed with an exception. Null `running`: false, nothing done.
__attribute__((noinline)) static bool yield_in_place(Value* io) {
  GeneratorObject* g = ts->coroutines->running;
  if (!g || g->m_stackless) return false;  // a stackless body yields only where it can return
  g->m_transfer = std::move(*io);
  g->m_state = GeneratorObject::State::Suspended;
  Frame* frame = ts->current_frame;
  coroutine_switch(&g->m_co, g->m_caller);
  ts->current_frame = frame;
  g->m_state = GeneratorObject::State::Running;
  if (g->m_throwing) {
    g->m_throwing = false;
    *io = Value();  // the thrown exception is pending
  } else {
    *io = std::move(g->m_transfer);
  }
  return true;
}

Value generator_yield(const Value& v) {
  Value io = v;
  if (!yield_in_place(&io)) return raise(&SystemErrorType, "yield outside a running generator");
  return io;
}

// One step of a delegate's protocol for `yield from` (PEP 380): Null with no error
// pending when it finished, its return value then in *result.
static Value delegate_finished(Value* result, Value returned) {
  *result = returned.is_null() ? Value::none() : std::move(returned);
  return Value();
}
static Value delegate_step(const Value& it, const Value& sent, Value* result) {
  if (is_type(it, &GeneratorType)) {
    auto* sub = it.as<GeneratorObject>();
    Value item = generator_resume(sub, sent);
    if (item.is_null() && !error_pending()) return delegate_finished(result, std::move(sub->m_retval));
    return item;
  }
  // A class's own __next__ is called for its StopIteration's value (tp_next drops it).
  Value item = !sent.is_none()                     ? call_method(it, INTERN("send"), &sent, 1)
               : it.type()->m_flags & kHeapType ? call_special(it, INTERN("__next__"), nullptr, 0)
                                                  : iter_next(it);
  if (!item.is_null()) return item;
  if (!error_pending()) return delegate_finished(result, Value());
  if (!error_matches(&StopIterationType)) return Value();
  Value stop = fetch_error();
  const auto& args = as_tuple(as_exception(stop)->m_args)->m_items;
  return delegate_finished(result, args.empty() ? Value() : args[0]);
}

// close() of the delegate when GeneratorExit reaches `yield from`; the exit stays
// pending unless closing raised something else.
static void close_delegate(const Value& it) {
  Value exit = fetch_error();
  if (is_type(it, &GeneratorType)) {
    close_generator(it.as<GeneratorObject>());
  } else if (Value close = get_attr_opt(it, INTERN("close")); !close.is_null()) {
    call(close, nullptr, 0);
  } else if (error_pending()) {
    return;
  }
  if (!error_pending()) ts->exc = std::move(exit);
}

// An exception thrown in at `yield from` goes to the delegate's throw() with the
// arguments the outer throw() got; without a throw method it is raised here.
static Value throw_to_delegate(const Value& it, Value* result) {
  GeneratorObject* self = ts->coroutines->running;
  Value args = std::move(self->m_throw_args);
  if (is_type(it, &GeneratorType)) {
    auto* sub = it.as<GeneratorObject>();
    sub->m_throw_args = std::move(args);
    sub->m_throwing = true;
    return delegate_step(it, Value::none(), result);
  }
  Value exc = fetch_error();
  Value throw_method = get_attr_opt(it, INTERN("throw"));
  if (throw_method.is_null()) {
    if (!error_pending()) ts->exc = std::move(exc);
    return Value();
  }
  if (args.is_null()) args = new_tuple({exc});
  const auto& items = as_tuple(args)->m_items;
  Value item = call(throw_method, items.data(), items.size());
  if (!item.is_null() || !error_matches(&StopIterationType)) return item;
  Value stop = fetch_error();
  const auto& stop_args = as_tuple(as_exception(stop)->m_args)->m_items;
  return delegate_finished(result, stop_args.empty() ? Value() : stop_args[0]);
}

// What a delegate makes of a resume of `yield from`: sent is the value sent in, Null
// when an exception was thrown in (pending).
static Value delegate_resumed(const Value& it, const Value& sent, Value* result) {
  if (!sent.is_null()) return delegate_step(it, sent, result);
  ThrowToDelegate outside;
  if (!error_matches(&GeneratorExitType)) return throw_to_delegate(it, result);
  close_delegate(it);
  return Value();
}

// `yield from it`: delegates next/send/throw/close to `it` until it finishes.
static Value yield_from(const Value& iterable) {
  Value it = get_iter(iterable);
  if (it.is_null()) return it;
  GeneratorObject* self = ts->coroutines->running;
  Value result;
  Value item = delegate_step(it, Value::none(), &result);
  if (item.is_null()) return result;
  self->m_yieldfrom = it;
  do {
    Value sent = generator_yield(item);
    item = delegate_resumed(it, sent, &result);
  } while (!item.is_null());
  self->m_yieldfrom = Value();
  return result;  // Null when the delegate raised
}

__attribute__((noinline)) static Value eval_yield_from(Frame* f, const YieldExpr* y) {
  Value v = eval(f, y->value);
  if (v.is_null()) return v;
  Value r = yield_from(v);
  if (r.is_null() && !f->fail_node) f->fail_node = y;
  return r;
}

Value yield_from_start(Frame* f, const YieldExpr* y, Value* result) {
  Value v = eval(f, y->value);
  if (v.is_null()) return v;
  Value it = get_iter(v);
  Value item = it.is_null() ? it : delegate_step(it, Value::none(), result);
  if (!item.is_null()) {
    ts->coroutines->running->m_yieldfrom = std::move(it);
    return item;
  }
  if (result->is_null() && !f->fail_node) f->fail_node = y;
  return item;
}

Value yield_from_continue(Frame* f, const YieldExpr* y, GeneratorObject* g, Value* result) {
  Value it = g->m_yieldfrom;
  Value sent;
  if (g->m_throwing) g->m_throwing = false;  // the thrown exception is pending
  else sent = std::move(g->m_transfer);
  Value item = delegate_resumed(it, sent, result);
  if (!item.is_null()) return item;
  g->m_yieldfrom = Value();
  if (result->is_null() && !f->fail_node) f->fail_node = y;
  return item;
}

// The evaluator's handler for `yield` and `yield from` nodes. Its frame and the
// ones below it are what every suspended generator keeps, so it stays small.
Value eval_yield_node(Frame* f, const Expr* e) {
  auto* y = static_cast<const YieldExpr*>(e);
  if (y->kind == Kind::YieldFrom) return eval_yield_from(f, y);
  Value v = y->value ? eval(f, y->value) : Value::none();
  if (v.is_null()) return v;
  if (!yield_in_place(&v)) return raise(&SystemErrorType, "yield outside a running generator");
  if (v.is_null() && !f->fail_node) f->fail_node = e;
  return v;
}

// ---------------------------------------------------------------------------
// Creation

Value make_generator(FunctionObject* func, Value* slots) {
  auto* g = new GeneratorObject();
  Value hold = Value::steal(g);
  g->m_func = Value::borrow(func);
  g->m_slots = slots;
  g->m_frame.scope = func->m_scope;
  g->m_frame.slots = slots;
  g->m_frame.globals = func->m_globals;
  g->m_frame.func = func;
  g->m_unit = func->m_unit;
  g->m_body = func->m_body;
  g->m_frame.unit = &g->m_unit;
  g->m_frame.line = func->m_first_line;
  g->m_name = func->m_name;
  g->m_qualname = func->m_qualname;
  return hold;
}

Value make_genexpr(Frame* parent, const Comp* c, Value it, Value* slots) {
  auto* g = new GeneratorObject();
  Value hold = Value::steal(g);
  g->m_unit = *parent->unit;
  g->m_comp = c;
  g->m_comp_iter = std::move(it);
  g->m_globals = parent->globals;
  incref(g->m_globals);
  g->m_slots = slots;
  g->m_frame.scope = &c->scope;
  g->m_frame.slots = slots;
  g->m_frame.globals = parent->globals;
  g->m_frame.func = parent->func;
  g->m_frame.unit = &g->m_unit;
  g->m_frame.line = c->loc.line;
  g->m_name = Value::borrow(INTERN("<genexpr>"));
  if (c->qualname_value.is_null())
    c->qualname_value = new_str(c->scope.qualname.empty() ? "<genexpr>" : c->scope.qualname);
  g->m_qualname = c->qualname_value;
  return hold;
}

// ---------------------------------------------------------------------------
// The generator type: iteration, send, throw, close

static Value gen_iter(const Value& self) { return self; }
// next(map(f, gen)) raises StopIteration(value) with the generator's return value.
__attribute__((noinline, cold)) void keep_return_value(GeneratorObject* g) {
  if (error_pending() || g->m_retval.is_null() || g->m_retval.is_none()) return;
  ts->stop_exc = call1(Value::borrow(&StopIterationType), g->m_retval);
  clear_error();  // a failed StopIteration() leaves plain exhaustion
  // Raised now in CPython (next() only passes it on): the handled exception is its context.
  if (!ts->stop_exc.is_null()) set_context(ts->stop_exc, handled_exception());
}
static Value gen_next(const Value& self) { return generator_iternext(self.as<GeneratorObject>()); }

// Finishing with a return value raises StopIteration(value) from send()/__next__().
static Value stop_with_value(GeneratorObject* g) {
  if (error_pending()) return Value();
  Value exc = call(Value::borrow(&StopIterationType), g->m_retval.is_null() ? nullptr : &g->m_retval,
                   g->m_retval.is_null() || g->m_retval.is_none() ? 0 : 1);
  if (exc.is_null()) return exc;
  return raise_value(exc);
}

Value generator_next(const Value& gen) {
  auto* g = gen.as<GeneratorObject>();
  Value r = generator_resume(g, Value::none());
  if (r.is_null()) return stop_with_value(g);
  return r;
}

static Value gen_next_method(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("__next__", nargs - 1, 0, 0)) return Value();
  return generator_next(args[0]);
}

Value gen_send(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("send", nargs - 1, 1, 1)) return Value();
  auto* g = args[0].as<GeneratorObject>();
  Value r = generator_resume(g, args[1]);
  if (r.is_null()) return stop_with_value(g);
  return r;
}

// throw(exc) / throw(type[, value[, tb]]): the exception to raise, as CPython 3.11
// normalizes it; Null with TypeError for what it rejects.
static Value thrown_exception(const Value* args, size_t nargs) {
  const Value& type = args[0];
  Value value = nargs > 1 ? args[1] : Value::none();
  if (nargs > 2 && !args[2].is_none() && !is_type(args[2], &TracebackType))
    return raise(&TypeErrorType, "throw() third argument must be a traceback object");
  if (is_exception(type)) {
    if (!value.is_none()) return raise(&TypeErrorType, "instance exception may not have a separate value");
    return type;
  }
  if (!type.type()->is_subtype(&TypeType) || !type.as<TypeObject>()->is_subtype(&BaseExceptionType))
    return raise(&TypeErrorType, format("exceptions must be classes or instances deriving from "
                                        "BaseException, not %s", type.type()->m_name.c_str()));
  if (value.type()->is_subtype(type.as<TypeObject>())) return value;
  Value made;
  if (value.is_none()) {
    made = call(type, nullptr, 0);
  } else if (is_type(value, &TupleType)) {
    const auto& items = as_tuple(value)->m_items;
    made = call(type, items.data(), items.size());
  } else {
    made = call1(type, value);
  }
  if (made.is_null() || is_exception(made)) return made;
  return raise(&TypeErrorType, format("calling %s should have returned an instance of BaseException, not %s",
                                      repr_text(type).c_str(), type_name(made).c_str()));
}

Value gen_throw(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("throw", nargs - 1, 1, 3)) return Value();
  auto* g = args[0].as<GeneratorObject>();
  Value exc = thrown_exception(args + 1, nargs - 1);
  // throw(type, value, tb): the exception goes on from that traceback.
  if (!exc.is_null() && nargs > 3 && !args[3].is_none() && set_exception_traceback(as_exception(exc), args[3]) < 0)
    return Value();
  // A delegate of `yield from` with a throw() of its own gets the arguments as they
  // came, unchecked (CPython's _gen_throw); the check's TypeError only stands in.
  const Value& delegate = g->m_yieldfrom;
  bool forwarded = exc.is_null() && !delegate.is_null() && !is_type(delegate, &GeneratorType) &&
                   !delegate.type()->lookup(INTERN("throw")).is_null();
  if (exc.is_null() && !forwarded) return exc;
  g->m_throw_args = new_tuple(args + 1, nargs - 1);
  if (!forwarded) throw_value(exc);
  g->m_throwing = true;
  Value r = generator_resume(g, Value::none());
  if (r.is_null()) return stop_with_value(g);
  return r;
}

void close_generator(GeneratorObject* g) {
  if (g->m_state == GeneratorObject::State::Created) {
    g->m_state = GeneratorObject::State::Done;
    return;
  }
  if (g->m_state != GeneratorObject::State::Suspended) return;
  if (close_stackless(g)) return;
  raise(&GeneratorExitType, "");
  as_exception(ts->exc)->m_args = empty_tuple();
  g->m_throw_args = Value();
  g->m_throwing = true;
  Value r = generator_resume(g, Value::none());
  if (!r.is_null()) {
    raise(&RuntimeErrorType, std::string(generator_flavor(g)) + " ignored GeneratorExit");
    return;
  }
  if (error_matches(&GeneratorExitType) || error_matches(&StopIterationType)) clear_error();
}

Value gen_close(const Value* args, size_t, KwNames*) {
  close_generator(args[0].as<GeneratorObject>());
  return error_pending() ? Value() : Value::none();
}

static Value gen_repr(const Value& self) {
  auto* g = self.as<GeneratorObject>();
  return new_str(format("<generator object %s at %p>", str_text(g->m_qualname).c_str(), static_cast<void*>(g)));
}
static Value gen_name(const Value& self) { return self.as<GeneratorObject>()->m_name; }
static Value gen_qualname(const Value& self) { return self.as<GeneratorObject>()->m_qualname; }
// Only this generator's name changes (a genexpr's shared qualname stays as it was).
static int set_str_field(Value& field, const Value& v, const char* message) {
  if (!is_str(v)) {
    raise(&TypeErrorType, message);
    return -1;
  }
  field = v;
  return 0;
}
static int gen_set_name(const Value& self, const Value& v) {
  return set_str_field(self.as<GeneratorObject>()->m_name, v, "__name__ must be set to a string object");
}
static int gen_set_qualname(const Value& self, const Value& v) {
  return set_str_field(self.as<GeneratorObject>()->m_qualname, v, "__qualname__ must be set to a string object");
}
GetSetDef generator_name_getset() { return {"__name__", gen_name, gen_set_name}; }
GetSetDef generator_qualname_getset() { return {"__qualname__", gen_qualname, gen_set_qualname}; }
static Value gen_running(const Value& self) {
  return Value::boolean(self.as<GeneratorObject>()->m_state == GeneratorObject::State::Running);
}

static Value gen_suspended(const Value& self) {
  return Value::boolean(self.as<GeneratorObject>()->m_state == GeneratorObject::State::Suspended);
}
static Value gen_yieldfrom(const Value& self) {
  const Value& it = self.as<GeneratorObject>()->m_yieldfrom;
  return it.is_null() ? Value::none() : it;
}
static Value gen_code(const Value& self) { return generator_code(self.as<GeneratorObject>()); }

static void ready_generator_type();
void init_generator_type() {
  static std::once_flag once;
  ready_builtin_types(once, ready_generator_type);
}

static void ready_generator_type() {
  GeneratorType.tp_iter = gen_iter;
  GeneratorType.tp_next = gen_next;
  GeneratorType.tp_repr = gen_repr;
  GeneratorType.m_flags |= kWeakrefable;
  type_ready(&GeneratorType, &ObjectType,
             {{"send", gen_send}, {"throw", gen_throw}, {"close", gen_close}, {"__next__", gen_next_method}});
  type_add_getsets(&GeneratorType,
                   {generator_name_getset(),
                    generator_qualname_getset(),
                    {"gi_running", gen_running},
                    {"gi_suspended", gen_suspended},
                    {"gi_yieldfrom", gen_yieldfrom},
                    {"gi_frame", generator_frame},
                    {"gi_code", gen_code}});
}

}  // namespace hotpy
