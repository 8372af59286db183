// Generators as stackful coroutines (DESIGN.md, "Generators"): a generator's body
// runs on a pool stack (stack_switch.cpp), switched to by coroutine_switch; `yield`
// switches back. Each resume counts as a call toward the recursion limit.
#include "eval/generator.h"

#include "eval/coroutine.h"
#include "eval/eval.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

TypeObject GeneratorType("generator");

GeneratorObject::GeneratorObject() : Object(&GeneratorType) {}

GeneratorObject::~GeneratorObject() {
  if (m_state == State::Suspended) {
    // Unwind the suspended body (runs its finally blocks and frees what its stack holds).
    Value saved = fetch_error();
    incref(this);  // resurrected while closing
    close_generator(this);
    clear_error();
    ts->exc = saved;
  }
  if (m_slots) {
    size_t n = m_frame.scope ? m_frame.scope->nslots : 0;
    for (size_t i = 0; i < n; i++) m_slots[i] = Value();
    delete[] m_slots;
  }
  if (m_globals) decref(m_globals);
  // A body that ignored GeneratorExit is abandoned with whatever its stack held.
  coroutine_release(&m_co);
}

void GeneratorObject::traverse(Visitor visit, void* arg) {
  for (const Value* v : {&m_func, &m_comp_iter, &m_transfer, &m_retval})
    if (v->is_obj()) visit(v->obj(), arg);
  if (m_globals) visit(m_globals, arg);
}

// The frames of a generator body's entry lie under every suspended generator, in
// each saved copy of its stack: the entry keeps nothing but the generator.
static Value run_body(GeneratorObject* g) {
  if (g->m_comp) return run_comprehension(&g->m_frame, g->m_comp, g->m_comp_iter);
  return run_frame(&g->m_frame, *g->m_func.as<FunctionObject>()->m_body);
}

[[noreturn]] __attribute__((noinline)) static void finish_body(GeneratorObject* g, Value result) {
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

Value generator_resume(GeneratorObject* g, const Value& sent) {
  if (g->m_state == GeneratorObject::State::Running)
    return raise(&ValueErrorType, std::string(generator_flavor(g)) + " already executing");
  if (g->m_state == GeneratorObject::State::Done) {
    if (g->m_type == &CoroutineType) {
      g->m_throwing = false;
      clear_error();
      return raise(&RuntimeErrorType, "cannot reuse already awaited coroutine");
    }
    if (g->m_throwing) g->m_throwing = false;  // the pending exception stays: it propagates
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
  if (g->m_state == GeneratorObject::State::Created && !coroutine_bind(&g->m_co, generator_entry)) {
    --ts->depth;
    return raise(&MemoryErrorType, "cannot allocate a generator stack");
  }
  g->m_transfer = sent;
  GeneratorObject* outer = ts->coroutines->running;
  Frame* outer_frame = ts->current_frame;
  const char* outer_limit = ts->stack_limit;
  Value outer_handled = std::move(ts->handled);
  ts->handled = std::move(g->m_handled);
  ts->coroutines->running = g;
  g->m_frame.back = ts->current_frame;
  g->m_frame.depth = ts->depth;  // this resume's depth (run_frame sets it on the first)
  g->m_caller = outer ? &outer->m_co : &ts->coroutines->thread_context;
  ts->stack_limit = coroutine_stack_limit(&g->m_co);
  g->m_state = GeneratorObject::State::Running;
  g->m_co.running = true;
  incref(g);  // alive while ts->coroutines->running, whatever the body drops
  coroutine_switch(g->m_caller, &g->m_co);
  g->m_co.running = false;
  g->m_caller = nullptr;
  ts->coroutines->running = outer;
  ts->current_frame = outer_frame;
  ts->stack_limit = outer_limit;
  --ts->depth;
  g->m_handled = std::move(ts->handled);
  ts->handled = std::move(outer_handled);
  Value out;
  if (g->m_state == GeneratorObject::State::Suspended) out = std::move(g->m_transfer);
  decref(g);
  return out;
}

// Suspends the running generator, handing *io to the resumer; *io becomes the value
// sent in, or Null when resumed with an exception. Null `running`: false, nothing done.
__attribute__((noinline)) static bool yield_in_place(Value* io) {
  GeneratorObject* g = ts->coroutines->running;
  if (!g) return false;
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

// `yield from it`: delegates next/send/throw to `it` until it finishes.
static Value yield_from(const Value& iterable) {
  Value it = get_iter(iterable);
  if (it.is_null()) return it;
  Value sent = Value::none();
  for (;;) {
    Value item;
    if (is_type(it, &GeneratorType)) {
      item = generator_resume(it.as<GeneratorObject>(), sent);
      if (item.is_null()) {
        if (error_pending()) return Value();
        const Value& r = it.as<GeneratorObject>()->m_retval;
        return r.is_null() ? Value::none() : r;
      }
    } else {
      if (sent.is_none()) {
        item = iter_next(it);
      } else {
        item = call_method(it, INTERN("send"), &sent, 1);
      }
      if (item.is_null()) {
        if (!error_pending()) return Value::none();
        if (!error_matches(&StopIterationType)) return Value();
        Value stop = fetch_error();
        const auto& args = as_tuple(as_exception(stop)->m_args)->m_items;
        return args.empty() ? Value::none() : args[0];
      }
    }
    sent = generator_yield(item);
    if (sent.is_null()) {
      // Thrown in: pass it to the delegate when it is a generator, else re-raise.
      if (is_type(it, &GeneratorType) && !error_matches(&GeneratorExitType)) {
        auto* sub = it.as<GeneratorObject>();
        sub->m_throwing = true;
        item = generator_resume(sub, Value::none());
        if (item.is_null()) {
          if (error_pending()) return Value();
          return sub->m_retval.is_null() ? Value::none() : sub->m_retval;
        }
        sent = generator_yield(item);
        if (!sent.is_null()) continue;
      }
      if (is_type(it, &GeneratorType)) close_generator(it.as<GeneratorObject>());
      return Value();
    }
  }
}

__attribute__((noinline)) static Value eval_yield_from(Frame* f, const YieldExpr* y) {
  Value v = eval(f, y->value);
  if (v.is_null()) return v;
  Value r = yield_from(v);
  if (r.is_null() && !f->fail_node) f->fail_node = y;
  return r;
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
  g->m_frame.unit = &func->m_unit;
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
  g->m_name = interned("<genexpr>");
  g->m_qualname = new_str(c->scope.qualname.empty() ? "<genexpr>" : c->scope.qualname);
  return hold;
}

// ---------------------------------------------------------------------------
// The generator type: iteration, send, throw, close

static Value gen_iter(const Value& self) { return self; }
static Value gen_next(const Value& self) { return generator_resume(self.as<GeneratorObject>(), Value::none()); }

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

Value gen_throw(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("throw", nargs - 1, 1, 3)) return Value();
  auto* g = args[0].as<GeneratorObject>();
  Value exc = args[1];
  if (nargs > 2 && !args[2].is_none() && exc.type()->is_subtype(&TypeType)) {
    exc = call1(exc, args[2]);
    if (exc.is_null()) return exc;
  }
  raise_value(exc);
  if (!is_exception(ts->exc)) return Value();
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
  raise(&GeneratorExitType, "");
  as_exception(ts->exc)->m_args = empty_tuple();
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
static Value gen_running(const Value& self) {
  return Value::boolean(self.as<GeneratorObject>()->m_state == GeneratorObject::State::Running);
}

static void ready_generator_type();
void init_generator_type() {
  static std::once_flag once;
  ready_builtin_types(once, ready_generator_type);
}

static void ready_generator_type() {
  GeneratorType.tp_iter = gen_iter;
  GeneratorType.tp_next = gen_next;
  GeneratorType.tp_repr = gen_repr;
  type_ready(&GeneratorType, &ObjectType,
             {{"send", gen_send}, {"throw", gen_throw}, {"close", gen_close}, {"__next__", gen_next_method}});
  type_add_getsets(&GeneratorType,
                   {{"__name__", gen_name}, {"__qualname__", gen_qualname}, {"gi_running", gen_running}});
}

}  // namespace hotpy
