// Calling functions written in Python: binding arguments to parameter slots
// (Language Reference 6.3.4), running the body in a new frame, and making
// function objects from `def` and `lambda`.
#include <alloca.h>

#include "eval/call_inline.h"
#include "eval/config.h"
#include "eval/coroutine.h"
#include "eval/eval.h"
#include "eval/frame.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/instance.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

uint64_t new_frame_serial() { return ts->next_frame_serial++; }

// "'a', 'b' and 'c'" as CPython lists missing parameter names.
static std::string name_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

static std::string fname(FunctionObject* f) { return str_text(f->m_qualname) + "()"; }

static bool too_many_positional(FunctionObject* func, size_t given, size_t nkw_given) {
  const Arguments* p = func->m_params;
  size_t npos = p->posonlyargs.size() + p->args.size();
  size_t ndef = func->m_defaults.size();
  std::string takes = ndef ? format("from %zu to %zu", npos - ndef, npos) : format("%zu", npos);
  std::string kwpart;
  if (nkw_given) kwpart = format(" positional argument%s (and %zu keyword-only argument%s)", given == 1 ? "" : "s",
                                 nkw_given, nkw_given == 1 ? "" : "s");
  raise(&TypeErrorType, format("%s takes %s positional argument%s but %zu%s %s given", fname(func).c_str(),
                               takes.c_str(), npos == 1 && !ndef ? "" : "s", given,
                               nkw_given ? kwpart.c_str() : "", given == 1 && !nkw_given ? "was" : "were"));
  return false;
}

bool bind_arguments(FunctionObject* func, const Value* args, size_t nargs, KwNames* kw, Value* slots) {
  const Arguments* p = func->m_params;
  size_t nposonly = p->posonlyargs.size();
  size_t npos = nposonly + p->args.size();
  size_t nkwonly = p->kwonlyargs.size();
  size_t slot = npos + nkwonly;  // next slot after the named parameters
  int varargs_slot = p->vararg ? int(slot++) : -1;
  int kwargs_slot = p->kwarg ? int(slot++) : -1;

  // Positional arguments.
  size_t ncopy = nargs < npos ? nargs : npos;
  for (size_t i = 0; i < ncopy; i++) slots[i] = args[i];
  if (nargs > npos) {
    if (varargs_slot < 0) {
      size_t kwonly_given = 0;
      if (kw)
        for (const Value& k : kw->m_items)
          for (const Arg& a : p->kwonlyargs) kwonly_given += as_str(k)->view() == a.name;
      return too_many_positional(func, nargs, kwonly_given);
    }
    slots[varargs_slot] = new_tuple(args + npos, nargs - npos);
  } else if (varargs_slot >= 0) {
    slots[varargs_slot] = empty_tuple();
  }

  // Keyword arguments.
  DictObject* extra = nullptr;
  if (kwargs_slot >= 0) {
    slots[kwargs_slot] = new_dict();
    extra = as_dict(slots[kwargs_slot]);
  }
  if (kw) {
    std::vector<std::string> posonly_as_kw;
    const auto& names = kw->m_items;
    for (size_t k = 0; k < names.size(); k++) {
      StrObject* name = as_str(names[k]);
      const Value& v = args[nargs + k];
      int found = -1;
      for (size_t i = nposonly; i < npos && found < 0; i++)
        if (p->args[i - nposonly].name == name->view()) found = int(i);
      for (size_t i = 0; i < nkwonly && found < 0; i++)
        if (p->kwonlyargs[i].name == name->view()) found = int(npos + i);
      if (found < 0) {
        bool is_posonly = false;
        for (const Arg& a : p->posonlyargs) is_posonly = is_posonly || a.name == name->view();
        if (extra) {
          if (dict_set(extra, names[k], v) < 0) return false;
          continue;
        }
        if (is_posonly) {
          posonly_as_kw.push_back(name->m_data);
          continue;
        }
        raise(&TypeErrorType,
              format("%s got an unexpected keyword argument '%s'", fname(func).c_str(), name->m_data.c_str()));
        return false;
      }
      if (!slots[found].is_null()) {
        raise(&TypeErrorType,
              format("%s got multiple values for argument '%s'", fname(func).c_str(), name->m_data.c_str()));
        return false;
      }
      slots[found] = v;
    }
    if (!posonly_as_kw.empty()) {
      std::string list;
      for (size_t i = 0; i < posonly_as_kw.size(); i++) list += (i ? ", '" : "'") + posonly_as_kw[i] + "'";
      raise(&TypeErrorType, format("%s got some positional-only arguments passed as keyword arguments: %s",
                                   fname(func).c_str(), list.c_str()));
      return false;
    }
  }

  // Defaults, then report what is still missing.
  if (nargs < npos) {
    size_t ndef = func->m_defaults.size();
    size_t first_default = npos - ndef;
    std::vector<std::string> missing;
    for (size_t i = nargs; i < npos; i++) {
      if (!slots[i].is_null()) continue;
      if (i >= first_default) {
        slots[i] = func->m_defaults[i - first_default];
        continue;
      }
      missing.push_back(i < nposonly ? p->posonlyargs[i].name : p->args[i - nposonly].name);
    }
    if (!missing.empty()) {
      raise(&TypeErrorType, format("%s missing %zu required positional argument%s: %s", fname(func).c_str(),
                                   missing.size(), missing.size() == 1 ? "" : "s", name_list(missing).c_str()));
      return false;
    }
  }
  if (nkwonly) {
    std::vector<std::string> missing;
    for (size_t i = 0; i < nkwonly; i++) {
      Value& s = slots[npos + i];
      if (!s.is_null()) continue;
      if (i < func->m_kwdefaults.size() && !func->m_kwdefaults[i].is_null()) {
        s = func->m_kwdefaults[i];
        continue;
      }
      missing.push_back(p->kwonlyargs[i].name);
    }
    if (!missing.empty()) {
      raise(&TypeErrorType, format("%s missing %zu required keyword-only argument%s: %s", fname(func).c_str(),
                                   missing.size(), missing.size() == 1 ? "" : "s", name_list(missing).c_str()));
      return false;
    }
  }
  return true;
}

void init_cells(const Scope& scope, Value* slots, const std::vector<Value>& closure) {
  for (int s : scope.cell_slots) slots[s] = Value::steal(new CellObject(std::move(slots[s])));
  for (size_t k = 0; k < scope.free_slots.size() && k < closure.size(); k++) slots[scope.free_slots[k]] = closure[k];
}

Value run_frame(Frame* frame, const StmtList& body) { return enter_frame(frame, body); }

// Evaluates a lambda's expression in its frame, as if it were `return expr`.
Value run_lambda(Frame* frame, const Expr* body) {
  frame->back = ts->current_frame;
  frame->serial = ts->next_frame_serial++;
  frame->line = body->loc.line;
  ts->current_frame = frame;
  // A lambda runs no statement: Ctrl-C and pending collections are looked at on entry.
  Value v = check_interrupt() ? Value() : eval(frame, body);
  ts->current_frame = frame->back;
  if (v.is_null()) traceback_here(frame);
  leave_frame(frame);
  return v;
}

// Binds the arguments into `slots` (n of them, not constructed yet) and runs the body.
[[gnu::always_inline]] static inline Value bind_and_run(FunctionObject* func, const Value* args, size_t nargs,
                                                        KwNames* kw, Value* slots, size_t n) {
  if (!kw && takes_directly(func, nargs)) {
    // Each slot is made once, a copy of its argument or default (no empty slot
    // assigned over): the common case of every call from C++ (dunder methods above all).
    size_t i = 0;
    StackValues owned(slots, i);
    for (; i < nargs; i++) new (&slots[i]) Value(args[i]);
    for (size_t first = size_t(func->m_direct_nargs) - func->m_defaults.size(); i < size_t(func->m_direct_nargs); i++)
      new (&slots[i]) Value(func->m_defaults[i - first]);
    for (; i < n; i++) new (&slots[i]) Value();
    return run_function(func, slots);
  }
  for (size_t i = 0; i < n; i++) new (&slots[i]) Value();
  StackValues owned(slots, n);
  if (bind_arguments(func, args, nargs, kw, slots)) return run_function(func, slots);
  return Value();
}


bool bind_after_defaults_changed(FunctionObject* func, Value* slots, size_t* i) {
  std::vector<Value> args(slots, slots + *i);
  std::vector<Value> bound(std::max<size_t>(func->m_nslots, 1));
  if (!bind_arguments(func, args.data(), args.size(), nullptr, bound.data())) return false;
  for (size_t want = size_t(func->m_direct_nargs); *i < want; ++*i) new (&slots[*i]) Value(bound[*i]);
  return true;
}

[[gnu::noinline]] static Value call_bound_many(FunctionObject* func, const Value* args, size_t nargs, KwNames* kw,
                                               size_t n) {
  auto* slots = static_cast<Value*>(alloca(sizeof(Value) * n));
  return bind_and_run(func, args, nargs, kw, slots, n);
}

// A generator function's call: its slots go to the heap with the generator it makes.
[[gnu::noinline]] static Value make_generator_call(FunctionObject* func, const Value* args, size_t nargs, KwNames* kw) {
  const Scope& scope = *func->m_scope;
  size_t n = scope.nslots;
  auto* slots = new Value[n ? n : 1];
  if (!kw && generator_takes_directly(func, nargs)) {  // `def __iter__(self)`: no binder needed
    size_t i = 0;
    for (; i < nargs; i++) slots[i] = args[i];
    const std::vector<Value>& d = func->m_defaults;
    for (size_t first = func->m_nparams - d.size(); i < func->m_nparams; i++) slots[i] = d[i - first];
  } else if (!bind_arguments(func, args, nargs, kw, slots)) {
    delete[] slots;
    return Value();
  }
  if (func->m_entry & FunctionObject::kNeedsCells) init_cells(scope, slots, func->m_closure);
  Value gen = make_generator(func, slots);
  if (scope.is_async) make_async(gen, scope.has_yield);
  return gen;
}

Value call_generator_direct(Frame* f, FunctionObject* func, Value* self, const ExprList& arg_exprs) {
  const Scope& scope = *func->m_scope;
  size_t n = func->m_nslots;
  std::unique_ptr<Value[]> slots(new Value[n ? n : 1]);
  size_t i = 0;
  Value gen;
  if (self) slots[i++] = std::move(*self);
  bool ok = true;
  for (const Expr* a : arg_exprs) {
    slots[i] = eval_operand(f, a);
    if (!(ok = !slots[i++].is_null())) break;
  }
  if (ok && i < func->m_nparams) {
    const std::vector<Value>& d = func->m_defaults;
    if (i + d.size() >= func->m_nparams) {
      for (size_t first = func->m_nparams - d.size(); i < func->m_nparams; i++) slots[i] = d[i - first];
    } else {  // an argument's evaluation took defaults away: the binder's error
      std::vector<Value> args(slots.get(), slots.get() + i);
      std::unique_ptr<Value[]> bound(new Value[n ? n : 1]);
      ok = bind_arguments(func, args.data(), args.size(), nullptr, bound.get());
      if (ok) slots = std::move(bound);
    }
  }
  // The arguments evaluated, the call counts a level, as call_function counts it.
  if (ok && enter_call()) {
    if (func->m_entry & FunctionObject::kNeedsCells) init_cells(scope, slots.get(), func->m_closure);
    gen = make_generator(func, slots.release());
    if (scope.is_async) make_async(gen, scope.has_yield);
    --ts->depth;
  }
  return gen;
}

Value call_function_pair(FunctionObject* func, const Value& a, const Value& b) {
  size_t n = func->m_nslots;
  if ((func->m_entry & FunctionObject::kIsGenerator) || !takes_exactly(func, 2) || n > kFixedSlots) {
    Value args[2] = {a, b};
    return call_function(func, args, 2, nullptr);
  }
  if (!enter_call()) return Value();
  alignas(Value) char raw[kFixedSlots * sizeof(Value)];
  auto* slots = reinterpret_cast<Value*>(raw);
  size_t i = 0;
  StackValues owned(slots, i);
  new (&slots[i++]) Value(a);
  new (&slots[i++]) Value(b);
  for (; i < n; i++) new (&slots[i]) Value();
  Value result = run_function(func, slots);
  --ts->depth;
  return result;
}

Value call_function(FunctionObject* func, const Value* args, size_t nargs, KwNames* kw) {
  if (!enter_call()) return Value();
  size_t n = func->m_nslots;
  Value result;
  if (func->m_entry & FunctionObject::kIsGenerator) {
    result = make_generator_call(func, args, nargs, kw);
  } else if (n <= kFixedSlots) {
    // The frame's slots live on this C++ stack frame: no allocation per call.
    alignas(Value) char raw[kFixedSlots * sizeof(Value)];
    result = bind_and_run(func, args, nargs, kw, reinterpret_cast<Value*>(raw), n);
  } else {
    result = call_bound_many(func, args, nargs, kw, n);
  }
  --ts->depth;
  return result;
}

// `C(args)` of a plain class whose __init__ call_direct takes: the arguments go straight
// into __init__'s slots, then the instance is made (CPython's type.__call__ makes it
// after the arguments are evaluated) and counts a level, as type.__call__ does.
Value call_init_direct(Frame* f, TypeObject* cls, FunctionObject* init, const ExprList& arg_exprs, Value* instance) {
  size_t n = init->m_nslots;
  alignas(Value) char raw[kFixedSlots * sizeof(Value)];
  auto* slots = reinterpret_cast<Value*>(raw);
  size_t i = 1;
  Value result;
  new (&slots[0]) Value();
  StackValues owned(slots, i);
  for (const Expr* a : arg_exprs) {
    new (&slots[i]) Value(eval_operand(f, a));
    if (slots[i++].is_null()) return result;
  }
  if (!fill_defaults(init, slots, &i)) return result;
  for (; i < n; i++) new (&slots[i]) Value();
  if (!enter_recursion(" while calling a Python object")) return result;
  slots[0] = Value::steal(new_instance(cls));
  *instance = slots[0];
  if (enter_call()) {
    result = run_function(init, slots);
    --ts->depth;
  }
  leave_recursion();
  return result;
}

[[gnu::noinline]] static Value call_direct_many_slots(Frame* f, FunctionObject* func, Value* self,
                                                      const ExprList& arg_exprs) {
  size_t n = func->m_nslots;
  auto* slots = static_cast<Value*>(alloca(sizeof(Value) * n));
  return call_with_slots(f, func, self, arg_exprs, slots, n, true);
}

Value call_direct(Frame* f, FunctionObject* func, Value* self, const ExprList& arg_exprs) {
  size_t n = func->m_nslots;
  if (n > kFixedSlots) return call_direct_many_slots(f, func, self, arg_exprs);
  alignas(Value) char raw[kFixedSlots * sizeof(Value)];
  return call_with_slots(f, func, self, arg_exprs, reinterpret_cast<Value*>(raw), n, true);
}

Value make_function(Frame* f, const Scope& scope, const Arguments* params, const StmtList* body, const Expr* expr,
                    const std::string& name, int line) {
  auto* fn = new FunctionObject();
  Value result = Value::steal(fn);
  fn->m_unit = *f->unit;
  fn->m_scope = &scope;
  fn->m_params = params;
  fn->m_body = body;
  fn->m_expr = expr;
  fn->m_first_line = line;
  fn->m_globals = f->globals;
  incref(f->globals);
  for (const Expr* d : params->defaults) {
    Value v = eval(f, d);
    if (v.is_null()) return v;
    fn->m_defaults.push_back(std::move(v));
  }
  for (const Expr* d : params->kw_defaults) {
    if (!d) {
      fn->m_kwdefaults.emplace_back();
      continue;
    }
    Value v = eval(f, d);
    if (v.is_null()) return v;
    fn->m_kwdefaults.push_back(std::move(v));
  }
  for (int from : scope.closure_from) fn->m_closure.push_back(f->slots[from]);
  set_call_shape(fn);
  fn->m_name = new_str(name);
  fn->m_qualname = new_str(scope.qualname.empty() ? name : scope.qualname);
  fn->m_doc = Value::none();
  if (body && !body->empty() && (*body)[0]->kind == Kind::ExprStmt && runtime_config().optimize < 2) {
    auto* first = static_cast<const ExprStmt*>((*body)[0])->value;
    if (first->kind == Kind::Constant && static_cast<const Constant*>(first)->type == Constant::Type::Str)
      fn->m_doc = static_cast<const Constant*>(first)->value;
  }
  Value mod = dict_get_str(f->globals, intern("__name__"));
  fn->m_module = mod.is_null() ? Value::none() : mod;
  return result;
}

}  // namespace hotpy
