// Executing statements (Language Reference, chapters 7 and 8).
#include <algorithm>
#include <new>
#include <stdexcept>

#include "eval/attr_cache.h"
#include "eval/annotations.h"
#include "eval/call_inline.h"
#include "eval/config.h"
#include "eval/coroutine.h"
#include "eval/eval.h"
#include "eval/frame.h"
#include "eval/importer.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/iter.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

Completion exec_match(Frame* f, const Stmt* s);         // match.cpp
Completion run_star_handlers(Frame* f, const Try* s);  // try_star.cpp
// Assignment statements (assign_stmt.cpp).
Completion exec_augassign(Frame* f, const AugAssign* s);
Completion exec_assign(Frame* f, const Stmt* s);
Completion exec_parallel_assign(Frame* f, const Stmt* s);
bool parallel_assignment(const Assign* a);
Completion exec_unpack_to_locals(Frame* f, const Stmt* s);
Completion exec_assign_local(Frame* f, const Stmt* s);
Completion exec_assign_operand_to_local(Frame* f, const Stmt* s);
bool assigns_operand_to_local(const Assign* a);
Completion exec_assign_subscript(Frame* f, const Stmt* s);
bool assigns_subscript(const Assign* a);
bool unpacks_to_locals(const Assign* a);

// A statement whose allocation failed ends with MemoryError. Growth no size check can
// foresee (a list extended until the heap refuses) throws std::bad_alloc, or
// std::length_error from a container asked beyond its max_size(); statements are where
// unwinding it is safe: it passed only through expression evaluation and native code,
// whose state is owned by C++ objects, and through the entry of any call not yet
// running its body, whose frame link and depth count are restored here (its argument
// slots on the C++ stack are released by their StackValues guard). Between two statements of a
// frame the depth is the frame's own (Frame::depth, set when it starts or resumes).
Completion statement_out_of_memory(Frame* f) {
  ts->current_frame = f;
  ts->depth = f->depth;
  raise_memory_error();
  return Completion::Error;
}

Completion exec_block(Frame* f, const StmtList& body) { return run_statements(f, body); }

Completion exec_return_at_once(Frame* f, const Stmt* s) { return run_return_at_once(f, s); }

Completion exec_statement(Frame* f, const Stmt* s) {
  Stmt::ExecFn fn = s->exec_fn;
  if (__builtin_expect(!fn, 0)) fn = choose_exec(s);
  return fn(f, s);
}

static Completion error() { return Completion::Error; }

static Completion check(const Value& v) { return v.is_null() ? Completion::Error : Completion::Normal; }

// ---------------------------------------------------------------------------
// 7.1 Expression statements: the REPL echoes values through sys.displayhook.

__attribute__((noinline)) static Completion display_value(const Value& v) {
  Value hook = importer().sys_get(INTERN("displayhook"));
  if (!hook.is_null()) return check(call1(hook, v));
  return Completion::Normal;
}

// Kept small: its frame is under every `yield` statement of a suspended generator.
static Completion exec_expr_stmt(Frame* f, const ExprStmt* s) {
  Value v = eval(f, s->value);
  if (v.is_null()) return error();
  // Also under exec() with a locals mapping: compile(..., 'single') code echoes there.
  if (!f->func && f->scope->type == Scope::Type::Module && (*f->unit)->mode == Mode::Interactive)
    return display_value(v);
  return Completion::Normal;
}

// ---------------------------------------------------------------------------
// 7.8 raise

static Completion exec_raise(Frame* f, const Raise* s) {
  if (!s->exc) {
    const Value& handled = handled_exception();
    if (handled.is_null()) {
      raise(&RuntimeErrorType, "No active exception to reraise");
      return error();
    }
    // A bare raise keeps the traceback; this frame is already recorded in it.
    ts->exc = handled;
    as_exception(ts->exc)->m_tb_serial = f->serial;
    return error();
  }
  Value exc = eval(f, s->exc);
  if (exc.is_null()) return error();
  Value cause;
  if (s->cause) {
    cause = eval(f, s->cause);
    if (cause.is_null()) return error();
  }
  raise_value(exc);
  if (!is_exception(ts->exc)) return error();
  Value pending = ts->exc;
  auto* e = as_exception(pending);
  if (pending.is(exc) && e->m_tb_serial == f->serial) e->m_tb_serial = 0;  // re-raised here: a new entry
  if (s->cause) {
    if (cause.is_none()) {
      e->m_cause = Value();
    } else {
      if (cause.type()->is_subtype(&TypeType) && (cause.as<TypeObject>()->m_flags & kExceptionSubclass)) {
        Value saved = fetch_error();
        cause = call0(cause);
        if (cause.is_null()) return error();
        ts->exc = saved;
      }
      if (!is_exception(cause)) {
        raise(&TypeErrorType, "exception causes must derive from BaseException");
        return error();
      }
      e->m_cause = cause;
    }
    e->m_suppress_context = true;
  }
  return error();
}

// 7.3 assert
static Completion exec_assert(Frame* f, const Assert* s) {
  if (runtime_config().optimize) return Completion::Normal;  // -O: asserts are not run
  int b = test_truth(f, s->test);
  if (b > 0) return Completion::Normal;
  if (b == 0 && s->msg) {
    Value msg = eval(f, s->msg);
    if (msg.is_null()) return error();
    Value exc = call1(Value::borrow(&AssertionErrorType), msg);
    if (exc.is_null()) return error();
    raise_value(exc);
  } else if (b == 0) {
    raise_value(Value::borrow(&AssertionErrorType));
  }
  // Where CPython 3.11's traceback points: at a comparison that came out false (its
  // compiler leaves the jump there), else at the whole statement.
  if (!f->fail_node) {
    if (b == 0 && s->test->kind == Kind::Compare)
      f->fail_node = s->test;
    else
      f->fail_stmt = &s->loc;
  }
  return error();
}

// ---------------------------------------------------------------------------
// 7.11 import

static Completion exec_import(Frame* f, const Import* s) {
  for (const Alias& a : s->names) {
    Value top = importer().import_module_level(a.interned_name, f->globals, Value::none(), 0);
    if (top.is_null()) return error();
    if (a.asname.empty()) {
      // `import a.b.c` binds the top-level package `a`.
      if (!assign_name(f, a.target, top)) return error();
      continue;
    }
    // `import a.b as c` binds the submodule itself.
    Value mod = top;
    std::string_view rest = a.name;
    size_t dot = rest.find('.');
    while (dot != std::string_view::npos) {
      rest = rest.substr(dot + 1);
      dot = rest.find('.');
      mod = get_attr(mod, intern(rest.substr(0, dot)));
      if (mod.is_null()) return error();
    }
    if (!assign_name(f, a.target, mod)) return error();
  }
  return Completion::Normal;
}

static Completion import_star(Frame* f, const Value& mod) {
  // The names land in the locals namespace: exec()'s mapping, a class body's, or globals.
  auto store = [f](const Value& name, const Value& v) {
    if (!f->locals || f->locals->m_type == &DictType)
      return dict_set(f->locals ? static_cast<DictObject*>(f->locals) : f->globals, name, v) >= 0;
    return set_item(Value::borrow(f->locals), name, v) >= 0;
  };
  Value all = get_attr_opt(mod, INTERN("__all__"));
  if (error_pending()) return error();
  if (!all.is_null()) {
    std::vector<Value> names;
    if (!collect_iterable(all, names)) return error();
    for (const Value& n : names) {
      if (!is_str(n)) {
        raise(&TypeErrorType, format("Item in %s.__all__ must be str, not %s", "module", type_name(n).c_str()));
        return error();
      }
      Value v = get_attr(mod, as_str(n));
      if (v.is_null() || !store(n, v)) return error();
    }
    return Completion::Normal;
  }
  DictObject** d = mod.obj()->instance_dict();
  if (!d || !*d) return Completion::Normal;
  size_t pos = 0;
  Value k, v;
  while (dict_next(*d, &pos, &k, &v)) {
    if (is_str(k) && !as_str(k)->m_data.empty() && as_str(k)->m_data[0] == '_') continue;
    if (!store(k, v)) return error();
  }
  return Completion::Normal;
}

static Completion exec_import_from(Frame* f, const ImportFrom* s) {
  std::vector<Value> names;
  for (const Alias& a : s->names) names.push_back(Value::borrow(a.interned_name));
  Value fromlist = new_tuple(std::move(names));
  Value mod = importer().import_module_level(intern(s->module), f->globals, fromlist, s->level);
  if (mod.is_null()) return error();
  for (const Alias& a : s->names) {
    if (a.name == "*") return import_star(f, mod);
    Value v = importer().import_from(mod, a.interned_name);
    if (v.is_null()) return error();
    if (!assign_name(f, a.target, v)) return error();
  }
  return Completion::Normal;
}

// ---------------------------------------------------------------------------
// The Python 2 print statement: items separated by spaces, a newline unless the
// statement ends in a comma, and a pending "softspace" before the next item.


static Completion exec_print(Frame* f, const Print* s) {
  Value file;
  if (s->dest) {
    file = eval(f, s->dest);
    if (file.is_null()) return error();
  }
  if (file.is_null() || file.is_none()) {
    file = importer().sys_get(INTERN("stdout"));
    if (file.is_null()) {
      raise(&AttributeErrorType, "module 'sys' has no attribute 'stdout'");
      return error();
    }
  }
  auto write = [&](const Value& text) { return !call_method(file, INTERN("write"), &text, 1).is_null(); };
  for (const Expr* e : s->values) {
    Value v = eval(f, e);
    if (v.is_null()) return error();
    Value text = to_str(v);
    if (text.is_null()) return error();
    if (ts->print_softspace && !write(interned(" "))) return error();
    if (!write(text)) return error();
    const std::string& t = as_str(text)->m_data;
    // Python 2 leaves no softspace after a string ending in a newline or tab.
    ts->print_softspace = !(is_str(v) && !t.empty() && (t.back() == '\n' || t.back() == '\t'));
  }
  if (s->newline) {
    ts->print_softspace = false;
    if (!write(interned("\n"))) return error();
  }
  return Completion::Normal;
}

void end_print_statements() {
  if (!ts->print_softspace) return;
  // Python 2 ends the output line a trailing-comma print statement left open.
  ts->print_softspace = false;
  Value out = importer().sys_get(INTERN("stdout"));
  Value nl = interned("\n");
  if (out.is_null() || call_method(out, INTERN("write"), &nl, 1).is_null()) clear_error();
}

// ---------------------------------------------------------------------------
// 8.3 for

// How a loop goes on after a pass of its body that finished with `c`.
static inline Completion after_pass(Completion c, bool* stop) {
  *stop = false;
  switch (c) {
    case Completion::Normal:
    case Completion::Continue: return Completion::Normal;
    case Completion::Break: *stop = true; return Completion::Normal;
    default: *stop = true; return c;
  }
}

// One pass of a for loop: the target takes `item`, then the body runs. Normal to go on
// (*stop when the body broke out); anything else ends the loop with that completion.
// A target other than a plain local (`for k, v in ...`: an exact tuple straight into
// the locals), out of line: inline, it made the loops of exec_for keep their counters
// in memory, and `for i in range(n)` ran 17% slower.
[[gnu::noinline]] static bool assign_loop_target(Frame* f, const Expr* target, const Value& item) {
  return store_tuple_in_locals(f, target, item) || assign(f, target, item);
}
// The body's statement loop runs inline (call_inline.h), as while's does: no C++ call
// per pass.
static inline Completion for_pass(Frame* f, const For* s, Value&& item, bool* stop) {
  if (s->target_slot >= 0)
    f->slots[s->target_slot] = std::move(item);  // `for i in ...`: a local, straight into its slot
  else if (!assign_loop_target(f, s->target, item))
    return error();
  Completion c = after_pass(run_statements(f, s->body), stop);
  if (c == Completion::Normal && !*stop) f->line = s->loc.line;
  return c;
}

static Completion exec_for(Frame* f, const For* s) {
  Value iterable = eval_operand(f, s->iter);
  if (iterable.is_null()) return error();
  bool stop = false;
  if (!s->is_async && is_type(iterable, &RangeType) && !iterable.as<RangeObject>()->m_big) {
    // range() loops count in the Value itself: no iterator object, no boxing.
    auto* r = iterable.as<RangeObject>();
    int64_t v = r->m_start;
    for (int64_t i = 0; i < r->m_length && !stop; i++, v += r->m_step)
      if (Completion c = for_pass(f, s, Value::integer(v), &stop); c != Completion::Normal) return c;
  } else if (!s->is_async && (is_type(iterable, &ListType) || is_type(iterable, &TupleType))) {
    // An exact list or tuple is walked by index, exactly as its iterator would (a list
    // that grows meanwhile is followed to its new end): no iterator object.
    const std::vector<Value>& items =
        is_type(iterable, &ListType) ? as_list(iterable)->m_items : as_tuple(iterable)->m_items;
    for (size_t i = 0; i < items.size() && !stop; i++) {
      Value item = items[i];  // the target's assignment may change the list
      if (Completion c = for_pass(f, s, std::move(item), &stop); c != Completion::Normal) return c;
    }
  } else {
    Value it = s->is_async ? async_iter(iterable) : get_iter(iterable);
    if (it.is_null()) return error();
    auto next = s->is_async ? async_next : it.type()->tp_next;
    while (!stop) {
      Value item = next(it);
      if (item.is_null()) {
        if (error_pending()) return error();
        break;
      }
      if (Completion c = for_pass(f, s, std::move(item), &stop); c != Completion::Normal) return c;
    }
  }
  if (!stop) return exec_block(f, s->orelse);
  return Completion::Normal;
}

static Completion exec_while(Frame* f, const While* s) {
  for (;;) {
    f->line = s->loc.line;
    int b = test_truth(f, s->test);
    if (b < 0) return error();
    if (!b) return exec_block(f, s->orelse);
    bool stop;
    // The body's statement loop runs inline (call_inline.h): no C++ call per pass.
    Completion c = after_pass(run_statements(f, s->body), &stop);
    if (c != Completion::Normal) return c;
    if (stop) return Completion::Normal;
  }
}

// exec_block for an if's branch: a branch of one statement (`return x`, `x = y`) runs
// without a loop of its own, as exec_block would run it (its allocation failures
// reach the exec_block running the `if`, in the same frame); a longer one runs its
// statement loop inline (call_inline.h), with no C++ call.
static inline Completion exec_branch(Frame* f, const StmtList& body) {
  if (body.size() != 1) return run_statements(f, body);
  const Stmt* s = body[0];
  f->line = s->loc.line;
  if (check_interrupt()) return Completion::Error;
  return exec_statement(f, s);
}

static Completion exec_if(Frame* f, const If* s) {
  for (;;) {
    int b = test_truth(f, s->test);
    if (b < 0) return error();
    if (b) return exec_branch(f, s->body);
    // elif chains nest as a single If in orelse: loop instead of recursing.
    if (s->orelse.size() == 1 && s->orelse[0]->kind == Kind::If) {
      s = static_cast<const If*>(s->orelse[0]);
      f->line = s->loc.line;
      continue;
    }
    return exec_branch(f, s->orelse);
  }
}

// ---------------------------------------------------------------------------
// 8.4 try

// Does the pending exception match an `except` clause's type expression value?
static int exception_matches(const Value& exc, const Value& type) {
  auto valid = [](const Value& t) {
    return t.type()->is_subtype(&TypeType) && (t.as<TypeObject>()->m_flags & kExceptionSubclass);
  };
  if (is_tuple(type)) {
    for (const Value& t : as_tuple(type)->m_items)
      if (!valid(t)) goto invalid;
  } else if (!valid(type)) {
    goto invalid;
  }
  return is_instance_of(exc, type);
invalid:
  raise(&TypeErrorType, "catching classes that do not inherit from BaseException is not allowed");
  return -1;
}

static Completion run_handlers(Frame* f, const Try* s) {
  traceback_here(f);
  Value exc = ts->exc;
  for (const ExceptHandler& h : s->handlers) {
    if (h.type) {
      Value saved = fetch_error();
      Value type = eval(f, h.type);
      if (type.is_null()) {
        chain_context(saved);
        return error();
      }
      int m = exception_matches(saved, type);
      if (m < 0) {
        chain_context(saved);
        return error();
      }
      ts->exc = saved;
      if (!m) continue;
    }
    clear_error();
    f->line = h.loc.line;
    Value outer = ts->handled;
    ts->handled = exc;
    if (h.target && !assign_name(f, h.target, exc)) {
      ts->handled = outer;
      return error();
    }
    Completion c = exec_block(f, h.body);
    if (c == Completion::Error) chain_context(exc);
    ts->handled = outer;
    // `except E as e` unbinds e at the end of the handler (it would keep a cycle).
    if (h.target) {
      Value saved = fetch_error();
      if (!delete_target(f, h.target)) clear_error();
      ts->exc = saved;
    }
    return c;
  }
  return error();
}

static Completion exec_try(Frame* f, const Try* s) {
  Completion c = exec_block(f, s->body);
  if (c == Completion::Error && !s->handlers.empty())
    c = s->is_star ? run_star_handlers(f, s) : run_handlers(f, s);
  else if (c == Completion::Normal)
    c = exec_block(f, s->orelse);
  if (s->finalbody.empty()) return c;
  // finally: runs whatever happened; its own break/continue/return/raise wins.
  Value pending, retval;
  if (c == Completion::Error) {
    traceback_here(f);
    pending = fetch_error();
  }
  if (c == Completion::Return) retval = f->retval;
  Value outer = ts->handled;
  if (!pending.is_null()) ts->handled = pending;
  Completion fc = exec_block(f, s->finalbody);
  ts->handled = outer;
  if (fc != Completion::Normal) {
    if (fc == Completion::Error && !pending.is_null()) chain_context(pending);
    return fc;
  }
  if (c == Completion::Error) ts->exc = pending;
  if (c == Completion::Return) f->retval = retval;
  return c;
}

// ---------------------------------------------------------------------------
// 8.5 with

static Value special_method(const Value& obj, const char* name) {
  Value m = obj.type()->lookup(intern(name));
  if (m.is_null()) return m;
  auto get = m.type()->tp_descr_get;
  return get ? get(m, obj, obj.type()) : m;
}

static Completion exec_with_items(Frame* f, const With* s, size_t index);
static Completion exec_with(Frame* f, const With* s) { return exec_with_items(f, s, 0); }

static Completion exec_with_items(Frame* f, const With* s, size_t index) {
  if (index == s->items.size()) return exec_block(f, s->body);
  const WithItem& item = s->items[index];
  Value mgr = eval(f, item.context_expr);
  if (mgr.is_null()) return error();
  Value enter = special_method(mgr, s->is_async ? "__aenter__" : "__enter__");
  Value exit = special_method(mgr, s->is_async ? "__aexit__" : "__exit__");
  if (enter.is_null() || exit.is_null()) {
    if (!error_pending())
      raise(&TypeErrorType, format("'%s' object does not support the %scontext manager protocol%s",
                                   type_name(mgr).c_str(), s->is_async ? "asynchronous " : "",
                                   enter.is_null() ? "" : s->is_async ? " (missed __aexit__ method)"
                                                                      : " (missed __exit__ method)"));
    return error();
  }
  Value entered = call0(enter);
  if (s->is_async && !entered.is_null()) entered = await_context_result(entered, "__aenter__");
  if (entered.is_null()) return error();
  Completion c;
  if (item.optional_vars && !assign(f, item.optional_vars, entered))
    c = Completion::Error;
  else
    c = exec_with_items(f, s, index + 1);
  if (c == Completion::Error) {
    traceback_here(f);
    Value exc = fetch_error();
    Value outer = ts->handled;
    ts->handled = exc;
    Value tb = get_attr_opt(exc, INTERN("__traceback__"));
    if (tb.is_null()) {
      clear_error();
      tb = Value::none();
    }
    Value args[3] = {Value::borrow(exc.type()), exc, tb};
    Value r = call(exit, args, 3);
    if (s->is_async && !r.is_null()) r = await_context_result(r, "__aexit__");
    ts->handled = outer;
    if (r.is_null()) {
      chain_context(exc);
      return error();
    }
    int suppress = truthy(r);
    if (suppress < 0) return error();
    if (suppress) return Completion::Normal;
    ts->exc = exc;
    return error();
  }
  Value none[3] = {Value::none(), Value::none(), Value::none()};
  Value r = call(exit, none, 3);
  if (s->is_async && !r.is_null()) r = await_context_result(r, "__aexit__");
  if (r.is_null()) return error();
  return c;
}

// ---------------------------------------------------------------------------
// 8.7 def, 8.8 class

static bool apply_decorators(Frame* f, const ExprList& decorators, std::vector<Value>& evaluated, Value& target) {
  for (size_t i = decorators.size(); i-- > 0;) {
    target = call1(evaluated[i], target);
    if (target.is_null()) return false;
  }
  return true;
}

static bool eval_decorators(Frame* f, const ExprList& decorators, std::vector<Value>& out) {
  for (const Expr* d : decorators) {
    Value v = eval(f, d);
    if (v.is_null()) return false;
    out.push_back(std::move(v));
  }
  return true;
}

static Completion exec_def(Frame* f, const FunctionDef* s) {
  std::vector<Value> decorators;
  if (!eval_decorators(f, s->decorator_list, decorators)) return error();
  Value fn = make_function(f, s->scope, s->args, &s->body, nullptr, s->name, s->loc.line);
  if (!fn.is_null() && !set_function_annotations(f, fn.as<FunctionObject>(), s->args, s->returns)) fn = Value();
  if (!fn.is_null() && !s->decorator_list.empty()) {
    int first = s->loc.line;
    for (const Expr* d : s->decorator_list) first = std::min(first, d->loc.line);
    fn.as<FunctionObject>()->m_decorated_line = first;
  }
  if (fn.is_null() || !apply_decorators(f, s->decorator_list, decorators, fn)) return error();
  return assign_name(f, s->target, fn) ? Completion::Normal : error();
}

static Completion exec_class(Frame* f, const ClassDef* s) {
  std::vector<Value> decorators;
  if (!eval_decorators(f, s->decorator_list, decorators)) return error();
  Value cls = build_class(f, s);
  if (cls.is_null() || !apply_decorators(f, s->decorator_list, decorators, cls)) return error();
  return assign_name(f, s->target, cls) ? Completion::Normal : error();
}


static Completion exec_annassign(Frame* f, const Stmt* s) {
  auto* a = static_cast<const AnnAssign*>(s);
  if (a->value) {
    Value v = eval(f, a->value);
    if (v.is_null() || !assign(f, a->target, v)) return error();
  }
  return store_annotation(f, a) ? Completion::Normal : error();
}

static Completion exec_delete(Frame* f, const Stmt* s) {
  for (const Expr* t : static_cast<const Delete*>(s)->targets)
    if (!delete_target(f, t)) return error();
  return Completion::Normal;
}

static Completion exec_return(Frame* f, const Stmt* s) {
  auto* r = static_cast<const Return*>(s);
  if (!r->value) {
    f->retval = Value::none();
    return Completion::Return;
  }
  f->retval = linked_operand(f, r->value_slot, r->value);
  return f->retval.is_null() ? error() : Completion::Return;
}

static Completion exec_pass(Frame*, const Stmt*) { return Completion::Normal; }
static Completion exec_break(Frame*, const Stmt*) { return Completion::Break; }
static Completion exec_continue(Frame*, const Stmt*) { return Completion::Continue; }
static Completion exec_unknown(Frame*, const Stmt* s) {
  raise(&SystemErrorType, format("cannot execute %s", kind_name(s->kind)));
  return error();
}

// Adapts a handler taking its own node type to the Stmt::ExecFn signature.
template <class T, Completion (*F)(Frame*, const T*)>
static Completion as_exec(Frame* f, const Stmt* s) {
  return F(f, static_cast<const T*>(s));
}

// raise and import fail by themselves, not in one of their expressions: CPython's
// traceback marks the whole statement then.
template <class T, Completion (*F)(Frame*, const T*)>
static Completion as_exec_marked(Frame* f, const Stmt* s) {
  Completion c = F(f, static_cast<const T*>(s));
  if (c == Completion::Error && !f->fail_node) f->fail_stmt = &s->loc;
  return c;
}

Stmt::ExecFn choose_exec(const Stmt* s) {
  Stmt::ExecFn fn = exec_unknown;
  switch (s->kind) {
    case Kind::ExprStmt: fn = as_exec<ExprStmt, exec_expr_stmt>; break;
    case Kind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      fn = parallel_assignment(a)        ? exec_parallel_assign
           : unpacks_to_locals(a)        ? exec_unpack_to_locals
           : assigns_operand_to_local(a) ? exec_assign_operand_to_local
           : a->target_slot >= 0         ? exec_assign_local
           : assigns_subscript(a)        ? exec_assign_subscript
                                         : exec_assign;
      break;
    }
    case Kind::AugAssign: fn = as_exec<AugAssign, exec_augassign>; break;
    case Kind::AnnAssign: fn = exec_annassign; break;
    case Kind::Delete: fn = exec_delete; break;
    case Kind::Pass:
    case Kind::Global:
    case Kind::Nonlocal: fn = exec_pass; break;
    case Kind::Break: fn = exec_break; break;
    case Kind::Continue: fn = exec_continue; break;
    case Kind::Return: fn = exec_return; break;
    case Kind::Raise: fn = as_exec_marked<Raise, exec_raise>; break;
    case Kind::Assert: fn = as_exec<Assert, exec_assert>; break;
    case Kind::Import: fn = as_exec_marked<Import, exec_import>; break;
    case Kind::ImportFrom: fn = as_exec_marked<ImportFrom, exec_import_from>; break;
    case Kind::Print: fn = as_exec<Print, exec_print>; break;
    case Kind::If: fn = as_exec<If, exec_if>; break;
    case Kind::While: fn = as_exec<While, exec_while>; break;
    case Kind::For: fn = as_exec<For, exec_for>; break;
    case Kind::With: fn = as_exec<With, exec_with>; break;
    case Kind::Try: fn = as_exec<Try, exec_try>; break;
    case Kind::FunctionDef: fn = as_exec<FunctionDef, exec_def>; break;
    case Kind::ClassDef: fn = as_exec<ClassDef, exec_class>; break;
    case Kind::Match: fn = exec_match; break;
    default: break;
  }
  s->exec_fn = fn;
  return fn;
}

}  // namespace hotpy
