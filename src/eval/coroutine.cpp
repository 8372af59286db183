// Coroutines and async generators (PEP 492, PEP 525). The bodies run as generator
// bodies (generator.cpp); this file adds `await` (a delegation like `yield from`
// whose suspensions are marked in m_awaiting), the coroutine and async generator
// types, and the awaitables __anext__/asend/athrow/aclose return.
#include "eval/coroutine.h"

#include "eval/eval.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

TypeObject CoroutineType("coroutine");
TypeObject AsyncGeneratorType("async_generator");

static bool is_generator_like(const Value& v) {
  return is_type(v, &GeneratorType) || is_type(v, &CoroutineType) || is_type(v, &AsyncGeneratorType);
}

const char* generator_flavor(const GeneratorObject* g) {
  if (g->m_type == &CoroutineType) return "coroutine";
  if (g->m_type == &AsyncGeneratorType) return "async generator";
  return "generator";
}

void make_async(const Value& gen, bool yields) {
  gen.as<GeneratorObject>()->set_type(yields ? &AsyncGeneratorType : &CoroutineType);
}

static Value special_method(const Value& obj, const char* name) {
  Value m = obj.type()->lookup(intern(name));
  if (m.is_null()) return m;
  auto get = m.type()->tp_descr_get;
  return get ? get(m, obj, obj.type()) : m;
}

// CPython's _PyCoro_GetAwaitableIter: the iterator an `await` delegates to.
static Value awaitable_iter(const Value& o) {
  if (is_type(o, &CoroutineType)) {
    if (o.as<GeneratorObject>()->m_awaiting) return raise(&RuntimeErrorType, "coroutine is being awaited already");
    return o;
  }
  Value await = special_method(o, "__await__");
  if (await.is_null()) {
    if (error_pending()) return Value();
    return raise(&TypeErrorType, format("object %s can't be used in 'await' expression", type_name(o).c_str()));
  }
  Value it = call0(await);
  if (it.is_null()) return it;
  if (is_type(it, &CoroutineType)) return raise(&TypeErrorType, "__await__() returned a coroutine");
  if (!it.type()->tp_next)
    return raise(&TypeErrorType, format("__await__() returned non-iterator of type '%s'", type_name(it).c_str()));
  return it;
}

// The value a finished delegate returned: its StopIteration's, or a generator's retval.
static Value delegate_result(const Value& it) {
  if (is_generator_like(it)) {
    if (error_pending()) return Value();
    const Value& r = it.as<GeneratorObject>()->m_retval;
    return r.is_null() ? Value::none() : r;
  }
  if (!error_pending()) return Value::none();
  if (!error_matches(&StopIterationType)) return Value();
  Value stop = fetch_error();
  const auto& args = as_tuple(as_exception(stop)->m_args)->m_items;
  return args.empty() ? Value::none() : args[0];
}

// The pending exception thrown into the delegate: GeneratorExit closes it (PEP 380),
// anything else goes to its throw(). Null when it finished or failed.
static Value delegate_throw(const Value& it) {
  bool closing = error_matches(&GeneratorExitType);
  if (is_generator_like(it)) {
    auto* g = it.as<GeneratorObject>();
    if (closing) {
      Value exit = fetch_error();
      close_generator(g);
      if (!error_pending()) ts->exc = exit;
      return Value();
    }
    g->m_throwing = true;
    return generator_resume(g, Value::none());
  }
  Value exc = fetch_error();
  Value method = get_attr_opt(it, closing ? INTERN("close") : INTERN("throw"));
  if (method.is_null()) {
    if (!error_pending()) ts->exc = exc;
    return Value();
  }
  if (closing) {
    if (!call0(method).is_null()) ts->exc = exc;
    return Value();
  }
  Value r = call1(method, exc);
  if (r.is_null() && !error_pending()) return raise_value(exc);
  return r;
}

// One step of the delegate: sends `sent`, or throws the pending exception when
// `sent` is Null. Null when the delegate finished (see delegate_result) or failed.
static Value delegate_step(const Value& it, const Value& sent) {
  if (sent.is_null()) {
    ThrowToDelegate outside;
    return delegate_throw(it);
  }
  if (is_generator_like(it)) return generator_resume(it.as<GeneratorObject>(), sent);
  if (sent.is_none()) return iter_next(it);
  return call_method(it, INTERN("send"), &sent, 1);
}

static Value await_iter(const Value& it) {
  GeneratorObject* self = ts->coroutines->running;
  if (!self) return raise(&SystemErrorType, "await outside a running coroutine");
  Value sent = Value::none();
  for (;;) {
    Value item = delegate_step(it, sent);
    if (item.is_null()) {
      bool finished = is_generator_like(it) ? !error_pending() : !error_pending() || error_matches(&StopIterationType);
      if (!finished) return Value();
      return delegate_result(it);
    }
    self->m_awaiting = it.obj();
    sent = generator_yield(item);
    self->m_awaiting = nullptr;
  }
}

Value await_value(const Value& awaitable) {
  Value it = awaitable_iter(awaitable);
  if (it.is_null()) return it;
  return await_iter(it);
}

Value eval_await_node(Frame* f, const Expr* e) {
  auto* y = static_cast<const YieldExpr*>(e);
  Value v = eval(f, y->value);
  if (v.is_null()) return v;
  Value r = await_value(v);
  if (r.is_null() && !f->fail_node) f->fail_node = e;
  return r;
}

// ---------------------------------------------------------------------------
// async for / async with

Value async_iter(const Value& obj) {
  Value aiter = special_method(obj, "__aiter__");
  if (aiter.is_null()) {
    if (error_pending()) return Value();
    return raise(&TypeErrorType,
                 format("'async for' requires an object with __aiter__ method, got %s", type_name(obj).c_str()));
  }
  Value it = call0(aiter);
  if (it.is_null()) return it;
  if (it.type()->lookup(INTERN("__anext__")).is_null())
    return raise(&TypeErrorType, format("'async for' received an object from __aiter__ that does not implement "
                                        "__anext__: %s", type_name(it).c_str()));
  return it;
}

Value async_next(const Value& ait) {
  Value anext = special_method(ait, "__anext__");
  if (anext.is_null()) {
    if (error_pending()) return Value();
    return raise(&TypeErrorType, format("'async for' received an object from __aiter__ that does not implement "
                                        "__anext__: %s", type_name(ait).c_str()));
  }
  Value awaitable = call0(anext);
  if (awaitable.is_null()) {
    if (error_matches(&StopAsyncIterationType)) clear_error();
    return Value();
  }
  Value it = awaitable_iter(awaitable);
  if (it.is_null()) {
    if (error_matches(&TypeErrorType)) {
      clear_error();
      raise(&TypeErrorType,
            format("'async for' received an invalid object from __anext__: %s", type_name(awaitable).c_str()));
    }
    return it;
  }
  Value item = await_iter(it);
  if (item.is_null() && error_matches(&StopAsyncIterationType)) clear_error();
  return item;
}

Value await_context_result(const Value& v, const char* method) {
  Value it = awaitable_iter(v);
  if (it.is_null()) {
    if (error_matches(&TypeErrorType) && v.type()->lookup(INTERN("__await__")).is_null()) {
      clear_error();
      raise(&TypeErrorType, format("'async with' received an object from %s that does not implement __await__: %s",
                                   method, type_name(v).c_str()));
    }
    return it;
  }
  return await_iter(it);
}

// ---------------------------------------------------------------------------
// The coroutine type

static Value coro_repr(const Value& self) {
  auto* g = self.as<GeneratorObject>();
  return new_str(format("<%s object %s at %p>", self.type()->m_name.c_str(), str_text(g->m_qualname).c_str(),
                        static_cast<void*>(g)));
}
static Value gen_running(const Value& self) {
  return Value::boolean(self.as<GeneratorObject>()->m_state == GeneratorObject::State::Running);
}
static Value gen_awaiting(const Value& self) {
  Object* a = self.as<GeneratorObject>()->m_awaiting;
  return a ? Value::borrow(a) : Value::none();
}
// No frame objects in hotpy: a frame while the body can still run, as a marker.
static Value gen_frame(const Value& self) {
  auto* g = self.as<GeneratorObject>();
  if (g->m_state == GeneratorObject::State::Done) return Value::none();
  return self;
}

// coroutine.__await__(): a wrapper iterating the coroutine (coroutine_wrapper).
static TypeObject CoroutineWrapperType("coroutine_wrapper");
struct CoroutineWrapper : GcObject {
  Value m_coro;
  explicit CoroutineWrapper(Value c) : GcObject(&CoroutineWrapperType), m_coro(std::move(c)) {}
  void traverse(Visitor visit, void* arg) override { visit(m_coro.obj(), arg); }
};
static Value coro_await(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("__await__", nargs - 1, 0, 0)) return Value();
  return Value::steal(new CoroutineWrapper(args[0]));
}
static Value wrapper_iter(const Value& self) { return self; }
static Value wrapper_next(const Value& self) {
  Value args[2] = {self.as<CoroutineWrapper>()->m_coro, Value::none()};
  return gen_send(args, 2, nullptr);
}
static Value wrapper_call(NativeFn fn, const Value* args, size_t nargs) {
  std::vector<Value> forwarded(args, args + nargs);
  forwarded[0] = args[0].as<CoroutineWrapper>()->m_coro;
  return fn(forwarded.data(), nargs, nullptr);
}
static Value wrapper_send(const Value* a, size_t n, KwNames*) { return wrapper_call(gen_send, a, n); }
static Value wrapper_throw(const Value* a, size_t n, KwNames*) { return wrapper_call(gen_throw, a, n); }
static Value wrapper_close(const Value* a, size_t n, KwNames*) { return wrapper_call(gen_close, a, n); }

// ---------------------------------------------------------------------------
// Async generators: __anext__/asend return an asend awaitable, athrow/aclose an
// athrow awaitable; each drives the generator body one value-yield further.

static TypeObject AsendType("async_generator_asend");
static TypeObject AthrowType("async_generator_athrow");
struct AgenAwaitable : GcObject {
  enum class State : uint8_t { Init, Iter, Closed };
  Value m_gen;
  Value m_value;            // asend: the value to send first
  std::vector<Value> m_throw;  // athrow: its arguments; empty with m_close for aclose()
  bool m_close = false;
  State m_state = State::Init;
  AgenAwaitable(TypeObject* t, Value gen) : GcObject(t), m_gen(std::move(gen)) {}
  void traverse(Visitor visit, void* arg) override {
    for (const Value* v : {&m_gen, &m_value})
      if (v->is_obj()) visit(v->obj(), arg);
    for (const Value& v : m_throw)
      if (v.is_obj()) visit(v.obj(), arg);
  }
};

// An exception without arguments, as CPython's PyErr_SetNone makes.
static Value raise_bare(TypeObject* type) {
  raise(type, "");
  as_exception(ts->exc)->m_args = empty_tuple();
  return Value();
}

static Value new_awaitable(TypeObject* t, const Value& gen) { return Value::steal(new AgenAwaitable(t, gen)); }

// What a resume of the body means to the awaitable's caller: a value yielded by an
// await passes through; a value-yield ends the step with StopIteration(value); the
// end of the body is StopAsyncIteration.
static Value unwrap_step(AgenAwaitable* a, Value r) {
  auto* g = a->m_gen.as<GeneratorObject>();
  if (r.is_null()) {
    a->m_state = AgenAwaitable::State::Closed;
    g->m_running_async = false;
    if (!error_pending()) raise_bare(&StopAsyncIterationType);
    if (error_matches(&StopAsyncIterationType) || error_matches(&GeneratorExitType)) g->m_closed = true;
    return Value();
  }
  if (g->m_awaiting) return r;
  a->m_state = AgenAwaitable::State::Closed;
  g->m_running_async = false;
  Value exc = call1(Value::borrow(&StopIterationType), r);
  if (exc.is_null()) return exc;
  return raise_value(exc);
}

static Value agen_resume(GeneratorObject* g, const Value& sent, bool throwing) {
  if (throwing) g->m_throwing = true;
  return generator_resume(g, throwing ? Value::none() : sent);
}

static Value asend_send_value(AgenAwaitable* a, const Value& v) {
  if (a->m_state == AgenAwaitable::State::Closed)
    return raise(&RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  auto* g = a->m_gen.as<GeneratorObject>();
  Value sent = v;
  if (a->m_state == AgenAwaitable::State::Init) {
    if (g->m_running_async) return raise(&RuntimeErrorType, "anext(): asynchronous generator is already running");
    if (v.is_none()) sent = a->m_value;
    a->m_state = AgenAwaitable::State::Iter;
  }
  g->m_running_async = true;
  return unwrap_step(a, agen_resume(g, sent, false));
}

// athrow()/aclose(): the first step throws into the body, later ones send.
static Value athrow_send_value(AgenAwaitable* a, const Value& v) {
  auto* g = a->m_gen.as<GeneratorObject>();
  if (a->m_state == AgenAwaitable::State::Closed)
    return raise(&RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  if (g->m_state == GeneratorObject::State::Done) {
    a->m_state = AgenAwaitable::State::Closed;
    return raise_bare(&StopIterationType);
  }
  Value r;
  if (a->m_state == AgenAwaitable::State::Init) {
    if (g->m_running_async) {
      a->m_state = AgenAwaitable::State::Closed;
      return raise(&RuntimeErrorType, a->m_close ? "aclose(): asynchronous generator is already running"
                                                 : "athrow(): asynchronous generator is already running");
    }
    if (g->m_closed) {
      a->m_state = AgenAwaitable::State::Closed;
      return raise_bare(&StopAsyncIterationType);
    }
    if (!v.is_none()) return raise(&RuntimeErrorType, "can't send non-None value to a just-started coroutine");
    a->m_state = AgenAwaitable::State::Iter;
    g->m_running_async = true;
    if (a->m_close) {
      g->m_closed = true;
      throw_value(Value::borrow(&GeneratorExitType));
    } else {
      throw_value(a->m_throw[0]);
      if (a->m_throw.size() > 1 && !a->m_throw[1].is_none() && a->m_throw[0].type()->is_subtype(&TypeType)) {
        clear_error();
        Value exc = call1(a->m_throw[0], a->m_throw[1]);
        if (exc.is_null()) return exc;
        throw_value(exc);
      }
      if (!is_exception(ts->exc)) return Value();
    }
    r = agen_resume(g, Value::none(), true);
  } else {
    r = agen_resume(g, v, false);
  }
  if (a->m_close) {
    if (!r.is_null() && !g->m_awaiting) {
      a->m_state = AgenAwaitable::State::Closed;
      g->m_running_async = false;
      return raise(&RuntimeErrorType, "async generator ignored GeneratorExit");
    }
    if (r.is_null()) {
      a->m_state = AgenAwaitable::State::Closed;
      g->m_running_async = false;
      if (!error_pending() || error_matches(&StopAsyncIterationType) || error_matches(&GeneratorExitType)) {
        clear_error();
        return raise_bare(&StopIterationType);
      }
      return r;
    }
    return r;
  }
  return unwrap_step(a, std::move(r));
}

static Value awaitable_step(AgenAwaitable* a, const Value& v) {
  return a->m_type == &AsendType ? asend_send_value(a, v) : athrow_send_value(a, v);
}
static Value awaitable_next(const Value& self) { return awaitable_step(self.as<AgenAwaitable>(), Value::none()); }
static Value awaitable_self(const Value& self) { return self; }
static Value awaitable_send(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("send", nargs - 1, 1, 1)) return Value();
  return awaitable_step(args[0].as<AgenAwaitable>(), args[1]);
}
static Value awaitable_next_method(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("__next__", nargs - 1, 0, 0)) return Value();
  return awaitable_next(args[0]);
}
static Value awaitable_await(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("__await__", nargs - 1, 0, 0)) return Value();
  return args[0];
}
// throw() into a pending asend/athrow goes to the body, as the body's await would see it.
static Value awaitable_throw(const Value* args, size_t nargs, KwNames*) {
  auto* a = args[0].as<AgenAwaitable>();
  if (a->m_state == AgenAwaitable::State::Closed)
    return raise(&RuntimeErrorType, a->m_type == &AsendType ? "cannot reuse already awaited __anext__()/asend()"
                                                             : "cannot reuse already awaited aclose()/athrow()");
  std::vector<Value> forwarded(args, args + nargs);
  forwarded[0] = a->m_gen;
  Value r = gen_throw(forwarded.data(), nargs, nullptr);
  if (r.is_null() && error_matches(&StopIterationType)) {
    // The body finished: for the awaitable that is the end of the iteration.
    clear_error();
    r = Value();
  }
  return unwrap_step(a, std::move(r));
}
static Value awaitable_close(const Value* args, size_t, KwNames*) {
  args[0].as<AgenAwaitable>()->m_state = AgenAwaitable::State::Closed;
  return Value::none();
}

static Value agen_aiter(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("__aiter__", nargs - 1, 0, 0)) return Value();
  return args[0];
}
// The first __anext__/asend/athrow/aclose tells sys's firstiter hook (asyncio's
// event loop keeps the generator so it can close it at shutdown), and fixes the
// finalizer hook that will get it if it is dropped unfinished.
static bool agen_first_step(const Value& gen) {
  auto* g = gen.as<GeneratorObject>();
  if (g->m_hooks_inited) return true;
  g->m_hooks_inited = true;
  g->m_agen_finalizer = ts->coroutines->agen_finalizer;
  Value hook = ts->coroutines->agen_firstiter;
  return hook.is_null() || !call1(hook, gen).is_null();
}

static Value agen_anext(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("__anext__", nargs - 1, 0, 0) || !agen_first_step(args[0])) return Value();
  Value a = new_awaitable(&AsendType, args[0]);
  a.as<AgenAwaitable>()->m_value = Value::none();
  return a;
}
static Value agen_asend(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("asend", nargs - 1, 1, 1) || !agen_first_step(args[0])) return Value();
  Value a = new_awaitable(&AsendType, args[0]);
  a.as<AgenAwaitable>()->m_value = args[1];
  return a;
}
static Value agen_athrow(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("athrow", nargs - 1, 1, 3) || !agen_first_step(args[0])) return Value();
  Value a = new_awaitable(&AthrowType, args[0]);
  a.as<AgenAwaitable>()->m_throw.assign(args + 1, args + nargs);
  return a;
}
static Value agen_aclose(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("aclose", nargs - 1, 0, 0) || !agen_first_step(args[0])) return Value();
  Value a = new_awaitable(&AthrowType, args[0]);
  a.as<AgenAwaitable>()->m_close = true;
  return a;
}

static void ready_coroutine_types();
void init_coroutine_types() {
  static std::once_flag once;
  ready_builtin_types(once, ready_coroutine_types);
}

static void ready_coroutine_types() {
  CoroutineType.tp_repr = coro_repr;
  CoroutineType.m_flags |= kWeakrefable;
  AsyncGeneratorType.m_flags |= kWeakrefable;
  type_ready(&CoroutineType, &ObjectType,
             {{"send", gen_send}, {"throw", gen_throw}, {"close", gen_close}, {"__await__", coro_await}});
  type_add_getsets(&CoroutineType, {generator_name_getset(),
                                    generator_qualname_getset(),
                                    {"cr_running", gen_running},
                                    {"cr_await", gen_awaiting},
                                    {"cr_frame", gen_frame}});
  CoroutineWrapperType.tp_iter = wrapper_iter;
  CoroutineWrapperType.tp_next = wrapper_next;
  type_ready(&CoroutineWrapperType, &ObjectType,
             {{"send", wrapper_send}, {"throw", wrapper_throw}, {"close", wrapper_close}});

  AsyncGeneratorType.tp_repr = coro_repr;
  type_ready(&AsyncGeneratorType, &ObjectType,
             {{"__aiter__", agen_aiter},
              {"__anext__", agen_anext},
              {"asend", agen_asend},
              {"athrow", agen_athrow},
              {"aclose", agen_aclose}});
  type_add_getsets(&AsyncGeneratorType, {generator_name_getset(),
                                         generator_qualname_getset(),
                                         {"ag_running", gen_running},
                                         {"ag_await", gen_awaiting},
                                         {"ag_frame", gen_frame}});
  for (TypeObject* t : {&AsendType, &AthrowType}) {
    t->tp_iter = awaitable_self;
    t->tp_next = awaitable_next;
    type_ready(t, &ObjectType,
               {{"send", awaitable_send},
                {"throw", awaitable_throw},
                {"close", awaitable_close},
                {"__next__", awaitable_next_method},
                {"__await__", awaitable_await}});
  }
}

}  // namespace hotpy
