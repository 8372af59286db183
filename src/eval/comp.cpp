// Comprehensions and generator expressions (Language Reference 6.2.4): each runs
// in its own frame; the first iterable is evaluated in the enclosing scope.
#include <alloca.h>

#include <new>
#include <stdexcept>

#include "eval/attr_cache.h"
#include "eval/coroutine.h"
#include "eval/eval.h"
#include "eval/frame.h"
#include "eval/generator.h"
#include "objects/errors.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

// Runs generator `level` of the comprehension, adding each element to `result`
// (or yielding it, for a generator expression: result is Null). `it` is an iterator,
// or with `over_items` an exact list or tuple, walked by index as its iterator would
// walk it (a list that grows meanwhile is followed to its new end).
static bool comp_level(Frame* f, const Comp* c, size_t level, const Value& it, const Value& result,
                       bool over_items = false) {
  const Comprehension& gen = c->generators[level];
  auto next = gen.is_async ? async_next : it.type()->tp_next;
  bool by_index = !gen.is_async && !over_items && is_seq_iter(it);  // stepped here, without a call per item
  const std::vector<Value>* items = over_items ? &it.as<ItemsObject>()->m_items : nullptr;
  size_t index = 0;
  for (;;) {
    // Ctrl-C and the collections the allocation count asks for happen between
    // statements, and in a comprehension between items (it may run no statement).
    if (check_interrupt()) return false;
    Value item;
    if (items) {
      if (index >= items->size()) return true;
      item = (*items)[index++];
    } else {
      item = by_index ? seq_iter_step(it.as<SeqIterObject>()) : next(it);
      if (item.is_null()) return !error_pending();
    }
    if (gen.target_slot >= 0)
      f->slots[gen.target_slot] = std::move(item);  // a local, straight into its slot
    else if (!assign(f, gen.target, item))
      return false;
    bool keep = true;
    for (const Expr* cond : gen.ifs) {
      int b = test_truth(f, cond);
      if (b < 0) {
        mark(f, c, Value());  // CPython reports a raising test at the whole comprehension
        return false;
      }
      if (!b) {
        keep = false;
        break;
      }
    }
    if (!keep) continue;
    if (level + 1 < c->generators.size()) {
      Value inner = eval(f, c->generators[level + 1].iter);
      if (inner.is_null()) return false;
      Value inner_it = c->generators[level + 1].is_async ? async_iter(inner) : get_iter(inner);
      if (inner_it.is_null() || !comp_level(f, c, level + 1, inner_it, result)) return false;
      continue;
    }
    Value elt = eval_operand(f, c->elt);
    if (elt.is_null()) return false;
    switch (c->kind) {
      case Kind::ListComp: as_list(result)->m_items.push_back(std::move(elt)); break;
      case Kind::SetComp:
        if (set_add(as_set(result), elt) < 0) return false;
        break;
      case Kind::DictComp: {
        Value v = eval(f, c->value);
        if (v.is_null() || dict_set(as_dict(result), elt, v) < 0) return false;
        break;
      }
      default:
        if (generator_yield(elt).is_null()) return false;
        break;
    }
  }
}

[[gnu::cold, gnu::noinline]] static bool comp_out_of_memory(int depth) {
  ts->depth = depth;
  raise_memory_error();
  return false;
}

Value run_comprehension(Frame* f, const Comp* c, const Value& it, bool over_items) {
  Value result;
  switch (c->kind) {
    case Kind::ListComp:
      result = new_list();
      // `[g(x) for x in xs]`: as many items as xs has, in the list CPython's appends make.
      if (over_items && c->generators.size() == 1 && c->generators[0].ifs.empty())
        as_list(result)->m_items.reserve(list_capacity_after_appends(it.as<ItemsObject>()->m_items.size()));
      break;
    case Kind::SetComp: result = new_set(); break;
    case Kind::DictComp: result = new_dict(); break;
    default: break;
  }
  f->back = ts->current_frame;
  f->serial = new_frame_serial();
  ts->current_frame = f;
  // A comprehension runs no statements, so exec_block's recovery from a failed
  // allocation (see stmt.cpp) is repeated here: a generator expression's body runs on
  // its own stack, which a C++ exception must not leave.
  const int depth = ts->depth;
  bool ok;
  try {
    ok = comp_level(f, c, 0, it, result, over_items);
  } catch (const std::bad_alloc&) {
    ok = comp_out_of_memory(depth);
  } catch (const std::length_error&) {
    ok = comp_out_of_memory(depth);
  }
  ts->current_frame = f->back;
  if (!ok) traceback_here(f);
  leave_frame(f);
  if (!ok) return Value();
  return c->kind == Kind::GeneratorExp ? Value::none() : result;
}

Value eval_comprehension(Frame* f, const Comp* c) {
  Value iterable = eval_operand(f, c->generators[0].iter);
  if (iterable.is_null()) return iterable;
  // A list, set or dict comprehension over an exact list or tuple walks it by index
  // (no iterator object: nothing but this comprehension could see one).
  bool over_items = c->kind != Kind::GeneratorExp && !c->generators[0].is_async &&
                    (is_type(iterable, &ListType) || is_type(iterable, &TupleType));
  Value it = over_items ? iterable : c->generators[0].is_async ? async_iter(iterable) : get_iter(iterable);
  if (it.is_null()) return it;
  const Scope& scope = c->scope;
  size_t n = scope.nslots;
  if (c->kind == Kind::GeneratorExp) {
    auto* slots = new Value[n ? n : 1];
    std::vector<Value> closure;
    for (int from : scope.closure_from) closure.push_back(f->slots[from]);
    init_cells(scope, slots, closure);
    Value gen = make_genexpr(f, c, it, slots);
    if (scope.is_async) make_async(gen, true);
    return gen;
  }
  // A comprehension is a function's frame in CPython 3.11: it counts one level.
  if (!enter_recursion("")) return Value();
  auto* slots = static_cast<Value*>(alloca(sizeof(Value) * (n ? n : 1)));
  for (size_t i = 0; i < n; i++) new (&slots[i]) Value();
  Value result;
  {
    StackValues owned(slots, n);
    std::vector<Value> closure;
    for (int from : scope.closure_from) closure.push_back(f->slots[from]);
    init_cells(scope, slots, closure);
    Frame frame;
    frame.scope = &scope;
    frame.slots = slots;
    frame.globals = f->globals;
    frame.func = f->func;
    frame.unit = f->unit;
    frame.line = c->loc.line;
    result = run_comprehension(&frame, c, it, over_items);
  }
  leave_recursion();
  return result;
}

}  // namespace hotpy
