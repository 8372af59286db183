// Frames and completions: the evaluator's internal state.
//
// A Frame is one activation of a code block (module, class body, function,
// comprehension). Its locals are an array of slots numbered by the resolver; a
// function's slots live on the C++ stack of the call (no allocation per call).
#pragma once
#include <memory>

#include "ast/ast.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/tuple.h"

namespace hotpy {

struct FrameObject;

// Destroys the Values constructed so far in a stack array (a frame's slots, a call's
// arguments) when its scope ends, also when a std::bad_alloc unwinds through it to the
// statement that turns it into MemoryError (stmt.cpp).
class StackValues {
 public:
  StackValues(Value* values, const size_t& count) : m_values(values), m_count(count) {}
  ~StackValues() {
    for (size_t i = 0; i < m_count; i++) m_values[i].~Value();
  }
  StackValues(const StackValues&) = delete;
  StackValues& operator=(const StackValues&) = delete;

 private:
  Value* m_values;
  const size_t& m_count;
};

// How a statement finished. Break/Continue/Return are ordinary results, not C++
// exceptions; Error means a Python exception is pending (errors.h).
enum class Completion : uint8_t { Normal, Return, Break, Continue, Error };

struct Frame {
  Frame* back = nullptr;                    // the caller
  const ast::Scope* scope = nullptr;
  Value* slots = nullptr;                   // scope->nslots values
  DictObject* globals = nullptr;            // borrowed: the module dict
  Object* locals = nullptr;                 // borrowed: class body / exec() namespace (a dict or
                                            // any mapping), or null
  FunctionObject* func = nullptr;           // borrowed: the running function, or null
  const std::shared_ptr<ast::Unit>* unit = nullptr;  // for new functions and tracebacks
  int line = 0;                             // line of the statement being executed
  uint64_t serial = 0;                      // unique per activation: traceback bookkeeping
  int depth = 0;                            // ts->depth while its statements run (restored
                                            // when a failed allocation unwinds to one)
  const ast::Expr* fail_node = nullptr;     // innermost expression that raised, for tracebacks
  const ast::Loc* fail_stmt = nullptr;      // else the statement that raised (raise, import)
  Value retval;                             // set by `return`
  FrameObject* object = nullptr;            // owned: its frame object, once one was asked for
};

// Called as an activation ends: its frame object, if it has one, keeps what it must
// still answer (eval/frame_object.cpp). After traceback_here, which records it.
void detach_frame_object(Frame* f);
inline void leave_frame(Frame* f) {
  if (__builtin_expect(f->object != nullptr, 0)) detach_frame_object(f);
}

// The innermost running frame (null at top level).
// A fresh activation number for Frame::serial.
uint64_t new_frame_serial();

// Statement and expression walkers (stmt.cpp, expr.cpp).
Completion exec_block(Frame* f, const ast::StmtList& body);
Completion exec_statement(Frame* f, const ast::Stmt* s);  // one statement, as exec_block runs it
// A body that is one `return expr` (FunctionObject::m_return_at_once) runs without a
// statement loop or a handler call: exec_return_at_once is exec_block for it (`s`,
// that statement).
Completion exec_return_at_once(Frame* f, const ast::Stmt* s);
ast::Expr::EvalFn choose_eval(const ast::Expr* e);  // picks and stores e's handler
inline Value eval(Frame* f, const ast::Expr* e) {
  ast::Expr::EvalFn fn = e->eval_fn;
  if (__builtin_expect(!fn, 0)) fn = choose_eval(e);
  return fn(f, e);
}
// eval() for operands: a bound local or a constant is read in place, without a
// call; anything else goes through its handler.
inline Value eval_operand(Frame* f, const ast::Expr* e) {
  if (e->kind == ast::Kind::Name) {
    auto* n = static_cast<const ast::Name*>(e);
    if (n->scope == ast::NameScope::Fast && !f->slots[n->slot].is_null()) return f->slots[n->slot];
  } else if (e->kind == ast::Kind::Constant) {
    return static_cast<const ast::Constant*>(e)->value;
  }
  return eval(f, e);
}

// A bound local or a constant, read where it is without taking a reference (the
// frame's slot outlives any use by the node evaluating e), or null for anything else.
inline const Value* operand_in_place(Frame* f, const ast::Expr* e) {
  if (e->kind == ast::Kind::Name) {
    auto* n = static_cast<const ast::Name*>(e);
    if (n->scope == ast::NameScope::Fast && !f->slots[n->slot].is_null()) return &f->slots[n->slot];
  } else if (e->kind == ast::Kind::Constant) {
    return &static_cast<const ast::Constant*>(e)->value;
  }
  return nullptr;
}

// Operands their parent node links to (resolve/operand_links.cpp: `slot`, the
// parent's *_slot field, is the frame slot of a plain local, or -1): a linked local is
// read in the frame without visiting its node. When it is unbound the node is
// evaluated after all, and reports it.
inline const Value* linked_local(Frame* f, int32_t slot) {
  const Value* v = &f->slots[slot];
  return v->is_null() ? nullptr : v;
}
// operand_in_place through a link.
inline const Value* linked_in_place(Frame* f, int32_t slot, const ast::Expr* e) {
  return slot >= 0 ? linked_local(f, slot) : operand_in_place(f, e);
}
// eval_operand through a link.
inline Value linked_operand(Frame* f, int32_t slot, const ast::Expr* e) {
  if (slot >= 0 && !f->slots[slot].is_null()) return f->slots[slot];
  return eval_operand(f, e);
}

// A global (or builtin) name whose node's cache still holds, read where the dict
// keeps it; else null.
inline const Value* global_in_place(Frame* f, const ast::Name* n) {
  DictObject* g = f->globals;
  if (n->cache_globals == g && g->m_version == n->cache_gver && !f->locals &&
      (n->cache_where == g || n->cache_where->m_version == n->cache_wver))
    return n->cache_value;
  return nullptr;
}

// Remembers `e` as the failing expression when its own operation raised (its
// children, evaluated first, would have marked themselves).
inline Value mark(Frame* f, const ast::Expr* e, Value v) {
  if (v.is_null() && !f->fail_node) f->fail_node = e;
  return v;
}

// Call nodes (call_node.cpp): `f(...)` with *args/**kwargs flattened when present;
// the same once the callee is known; whether the call has neither.
Value eval_call(Frame* f, const ast::Call* c);
Value eval_call_with_callee(Frame* f, const ast::Call* c, Value callee);
bool is_simple_call(const ast::Call* c);
// The handler of `f(a, b)` with f a name (Expr::eval_fn).
Value eval_call_plain(Frame* f, const ast::Expr* e);
// The handler of `obj.m(a, b)` with plain positional arguments and obj not a call.
Value eval_call_method(Frame* f, const ast::Expr* e);
// Appends the items of `iterable` (the *args of a call, a starred display item).
bool extend_from(std::vector<Value>& out, const Value& iterable);

// Assignment to a target expression (assign.cpp).
bool assign(Frame* f, const ast::Expr* target, const Value& v);
bool assign_name(Frame* f, const ast::Name* n, const Value& v);
bool store_subscript(Frame* f, const ast::Subscript* s, const Value& v);  // obj[key] = v (assign.cpp)
// store_subscript as assign() makes it: a failed store marks the target for the traceback.
bool assign_subscript(Frame* f, const ast::Subscript* s, const Value& v);
bool delete_target(Frame* f, const ast::Expr* target);
// `a, b = t` or `for k, v in pairs` into plain locals (the target's store_slots, operand
// links): an exact tuple of as many items goes straight into their slots, left to
// right (the caller holds it; a tuple cannot change meanwhile). False, with nothing
// stored, for anything else.
inline bool store_tuple_in_slots(Frame* f, const ast::Sequence* seq, const Value& v) {
  size_t n = seq->n_store_slots;
  if (!n || !v.is_obj() || v.type() != &TupleType) return false;
  const std::vector<Value>& items = as_tuple(v)->m_items;
  if (items.size() != n) return false;
  for (size_t i = 0; i < n; i++) f->slots[seq->store_slots[i]] = items[i];
  return true;
}
// The same for any target: false unless it is a tuple or list display.
inline bool store_tuple_in_locals(Frame* f, const ast::Expr* target, const Value& v) {
  return (target->kind == ast::Kind::Tuple || target->kind == ast::Kind::List) &&
         store_tuple_in_slots(f, static_cast<const ast::Sequence*>(target), v);
}

// Function and class creation (call.cpp, klass.cpp).
Value make_function(Frame* f, const ast::Scope& scope, const ast::Arguments* params, const ast::StmtList* body,
                    const ast::Expr* expr, const std::string& name, int line);
Value build_class(Frame* f, const ast::ClassDef* def);
Value eval_comprehension(Frame* f, const ast::Comp* comp);

// Runs a block of code with its own frame. `setup` binds arguments into slots.
Value run_frame(Frame* frame, const ast::StmtList& body);

// Generators (generator.cpp): a call of a generator function makes a generator
// that owns `slots` (heap-allocated, already bound); `yield` suspends it.
Value make_generator(FunctionObject* func, Value* slots);
// The handler of Yield and YieldFrom nodes (Expr::eval_fn).
Value eval_yield_node(Frame* f, const ast::Expr* e);

// Calls a plain Python function (m_simple_params, not a generator) whose
// arguments are the expressions `args` (after `self`, when not null): each is
// evaluated straight into the callee's slot.
// Most functions have few locals: their slots are a fixed array, so the C++ frame has
// a fixed size (no alloca, which costs a frame pointer and stack adjustments per call).
constexpr size_t kFixedSlots = 8;
Value call_direct(Frame* f, FunctionObject* func, Value* self, const ast::ExprList& args);
// `cls(args)` for a plain class whose __init__ takes them directly (takes_directly with
// self, at most kFixedSlots slots): __init__'s result, and the instance in *instance once made.
Value call_init_direct(Frame* f, TypeObject* cls, FunctionObject* init, const ast::ExprList& args, Value* instance);
// Whether call_direct can take `func` with `nargs` positional arguments (self included):
// one for each parameter, or fewer when the last parameters have defaults.
inline bool takes_directly(const FunctionObject* func, size_t nargs) {
  int64_t n = int64_t(nargs), want = func->m_direct_nargs;
  return n == want || (n < want && n + int64_t(func->m_defaults.size()) >= want);
}
// One argument for each parameter: what the inline call (call_direct_inline) takes;
// a call that leaves defaults to fill goes out of line (call_direct), so that the
// inline one, on the way of every recursive call, stays as small as it was.
inline bool takes_exactly(const FunctionObject* func, size_t nargs) {
  return int64_t(nargs) == func->m_direct_nargs;
}
// The slots from `*i` up to the parameter count, in a call takes_directly took with
// fewer arguments than parameters: the defaults (read at the call, as CPython does, so
// an assignment to __defaults__ counts).
// A generator function's call that call_generator_direct takes: plain positional
// parameters, one argument for each (or fewer, the last ones having defaults).
inline bool generator_takes_directly(const FunctionObject* func, size_t nargs) {
  return (func->m_entry & FunctionObject::kIsGenerator) && func->m_simple_params && nargs <= func->m_nparams &&
         nargs + func->m_defaults.size() >= func->m_nparams;
}
// Such a call: the arguments (after `self`, when not null) are evaluated straight into
// the slots the new generator keeps (call.cpp).
Value call_generator_direct(Frame* f, FunctionObject* func, Value* self, const ast::ExprList& args);
// call_function(func, {a, b}) (a binary dunder's self and other), each copied once,
// straight into the frame's slots when the function takes exactly two.
Value call_function_pair(FunctionObject* func, const Value& a, const Value& b);
// False with an error when an argument's evaluation left too few defaults (it assigned
// __defaults__): the general binder says which argument is missing.
bool bind_after_defaults_changed(FunctionObject* func, Value* slots, size_t* i);
[[gnu::always_inline]] inline bool fill_defaults(FunctionObject* func, Value* slots, size_t* i) {
  size_t want = size_t(func->m_direct_nargs);
  if (__builtin_expect(*i < want, 0)) {
    const std::vector<Value>& d = func->m_defaults;
    if (*i + d.size() < want) return bind_after_defaults_changed(func, slots, i);
    size_t first = want - d.size();
    for (; *i < want; ++*i) new (&slots[*i]) Value(d[*i - first]);
  }
  return true;
}

// Binds call arguments to a function's parameter slots (call.cpp).
bool bind_arguments(FunctionObject* func, const Value* args, size_t nargs, KwNames* kw, Value* slots);
// Sets up cells and free variables of a new frame.
void init_cells(const ast::Scope& scope, Value* slots, const std::vector<Value>& closure);
// Subscript keys: a Slice node becomes a slice object.
Value eval_subscript_key(Frame* f, const ast::Expr* e);
// f-strings and their replacement fields (fstring.cpp).
Value eval_joined(Frame* f, const ast::JoinedStr* j);
Value eval_formatted(Frame* f, const ast::FormattedValue* fv);

// Traceback bookkeeping (traceback.cpp): records the frame the pending exception
// is passing through, once per frame.
void traceback_here(Frame* f);
// The handled exception becomes the context of the pending one (raised in a handler).
void chain_context(const Value& handled);

}  // namespace hotpy
