// aiter() and anext(): the asynchronous counterparts of iter() and next().
// anext(it, default) wraps the __anext__ awaitable so that its end delivers the default.
#include <mutex>

#include "builtins/builtins_internal.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"

namespace hotpy {

namespace {

TypeObject AnextAwaitableType("anext_awaitable");

struct AnextAwaitable : GcObject {
  Value m_wrapped;   // what __anext__() returned
  Value m_default;
  Value m_iter;      // its __await__() iterator, once started
  AnextAwaitable(Value w, Value d) : GcObject(&AnextAwaitableType), m_wrapped(std::move(w)), m_default(std::move(d)) {}
  void traverse(Visitor visit, void* arg) override {
    for (const Value* v : {&m_wrapped, &m_default, &m_iter})
      if (v->is_obj()) visit(v->obj(), arg);
  }
};

Value awaited_iter(AnextAwaitable* a) {
  if (!a->m_iter.is_null()) return a->m_iter;
  Value it = call_special(a->m_wrapped, INTERN("__await__"), nullptr, 0);
  if (it.is_null()) return it;
  a->m_iter = it;
  return it;
}

// The end of the wrapped iteration (StopAsyncIteration) is StopIteration(default).
Value with_default(AnextAwaitable* a, Value r) {
  if (r.is_null() && error_matches(&StopAsyncIterationType)) {
    clear_error();
    Value exc = call1(Value::borrow(&StopIterationType), a->m_default);
    if (exc.is_null()) return exc;
    return raise_value(exc);
  }
  return r;
}

Value forward(const Value* args, size_t nargs, StrObject* method) {
  auto* a = args[0].as<AnextAwaitable>();
  Value it = awaited_iter(a);
  if (it.is_null()) return it;
  return with_default(a, call_method(it, method, args + 1, nargs - 1));
}

Value anext_send(const Value* args, size_t nargs, KwNames*) { return forward(args, nargs, INTERN("send")); }
Value anext_throw(const Value* args, size_t nargs, KwNames*) { return forward(args, nargs, INTERN("throw")); }
Value anext_close(const Value* args, size_t nargs, KwNames*) { return forward(args, nargs, INTERN("close")); }
Value anext_next(const Value& self) {
  Value none = Value::none();
  Value args[2] = {self, none};
  return anext_send(args, 2, nullptr);
}
Value anext_next_method(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("__next__", nargs - 1, 0, 0)) return Value();
  return anext_next(args[0]);
}
Value anext_self(const Value& self) { return self; }
Value anext_await(const Value* args, size_t, KwNames*) { return args[0]; }

Value b_aiter(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("aiter", kw) || !builtin_arity("aiter", nargs, 1, 1)) return Value();
  if (args[0].type()->lookup(INTERN("__aiter__")).is_null())
    return raise(&TypeErrorType, format("'%s' object is not an async iterable", type_name(args[0]).c_str()));
  Value it = call_special(args[0], INTERN("__aiter__"), nullptr, 0);
  if (it.is_null()) return it;
  if (it.type()->lookup(INTERN("__anext__")).is_null())
    return raise(&TypeErrorType,
                 format("aiter() returned not an async iterator of type '%s'", type_name(it).c_str()));
  return it;
}

Value b_anext(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("anext", kw) || !builtin_arity("anext", nargs, 1, 2)) return Value();
  if (args[0].type()->lookup(INTERN("__anext__")).is_null())
    return raise(&TypeErrorType, format("'%s' object is not an async iterator", type_name(args[0]).c_str()));
  Value awaitable = call_special(args[0], INTERN("__anext__"), nullptr, 0);
  if (awaitable.is_null() || nargs == 1) return awaitable;
  return Value::steal(new AnextAwaitable(awaitable, args[1]));
}

}  // namespace

void add_async_builtins(ModuleObject* m) {
  static std::once_flag once;
  ready_builtin_types(once, [] {
    AnextAwaitableType.tp_iter = anext_self;
    AnextAwaitableType.tp_next = anext_next;
    type_ready(&AnextAwaitableType, &ObjectType,
               {{"send", anext_send},
                {"throw", anext_throw},
                {"close", anext_close},
                {"__next__", anext_next_method},
                {"__await__", anext_await}});
  });
  module_add_functions(m, {{"aiter", b_aiter}, {"anext", b_anext}});
}

}  // namespace hotpy
