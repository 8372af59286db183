// The atexit module: functions the interpreter calls when it ends (before its
// modules are torn down), with CPython 3.11's functions and messages. The handlers
// belong to the interpreter (ModulesState), not to the module object.
#include "eval/eval.h"
#include "modules/modules_state.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

std::vector<AtexitCallback>& callbacks() { return modules_state().atexit_callbacks; }

// register(func, *args, **kwargs): returns func, so it also works as a decorator.
Value atexit_register(const Value* args, size_t nargs, KwNames* kw) {
  if (nargs == 0) return raise(&TypeErrorType, "register() takes at least 1 argument (0 given)");
  if (!is_callable(args[0])) return raise(&TypeErrorType, "the first argument must be callable");
  size_t nkw = kw ? kw->m_items.size() : 0;
  AtexitCallback cb;
  cb.func = args[0];
  cb.args.assign(args + 1, args + nargs + nkw);
  cb.npositional = nargs - 1;
  if (nkw) cb.kwnames = Value::borrow(kw);
  callbacks().push_back(std::move(cb));
  return args[0];
}

// Every handler whose function equals func goes (its slot stays counted).
Value atexit_unregister(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("unregister", kw) || !check_nargs("atexit.unregister", nargs, 1, 1)) return Value();
  for (size_t i = 0; i < callbacks().size(); i++) {
    Value func = callbacks()[i].func;
    if (func.is_null()) continue;
    int eq = equal(func, args[0]);
    if (eq < 0) return Value();
    // The comparison may have run code that changed the list.
    if (eq && i < callbacks().size()) callbacks()[i] = AtexitCallback();
  }
  return Value::none();
}

Value atexit_run_exitfuncs(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("_run_exitfuncs", kw) || !check_nargs("atexit._run_exitfuncs", nargs, 0, 0)) return Value();
  run_atexit_callbacks();
  return Value::none();
}

Value atexit_clear(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("_clear", kw) || !check_nargs("atexit._clear", nargs, 0, 0)) return Value();
  std::vector<AtexitCallback> dropped = std::move(callbacks());
  callbacks().clear();
  return Value::none();
}

Value atexit_ncallbacks(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("_ncallbacks", kw) || !check_nargs("atexit._ncallbacks", nargs, 0, 0)) return Value();
  return Value::integer(int64_t(callbacks().size()));
}

}  // namespace

// As CPython's atexit_callfuncs: from the last slot there was when it started (a
// handler registered meanwhile is not called, only dropped), each function held while
// it runs since it may unregister itself.
void run_atexit_callbacks() {
  if (!ts || !ts->modules) return;
  Value saved = fetch_error();
  for (size_t i = callbacks().size(); i-- > 0;) {
    if (i >= callbacks().size() || callbacks()[i].func.is_null()) continue;
    AtexitCallback cb = callbacks()[i];
    auto* kwnames = cb.kwnames.is_null() ? nullptr : cb.kwnames.as<TupleObject>();
    if (call(cb.func, cb.args.data(), cb.npositional, kwnames).is_null())
      write_unraisable_exception(cb.func, "in atexit callback");
  }
  std::vector<AtexitCallback> ran = std::move(callbacks());
  callbacks().clear();
  ran.clear();
  ts->exc = saved;
}

Value init_atexit_module() {
  Value m = new_module("atexit");
  module_add_functions(m.as<ModuleObject>(), {{"register", atexit_register},
                                              {"unregister", atexit_unregister},
                                              {"_run_exitfuncs", atexit_run_exitfuncs},
                                              {"_clear", atexit_clear},
                                              {"_ncallbacks", atexit_ncallbacks}});
  return m;
}

}  // namespace hotpy
