// Stackless generator bodies. Switching C stacks at every yield costs a few
// mispredicted returns on each side (the return-address predictor holds the other
// stack's calls), which made a generator loop 3x slower than CPython's. Most bodies
// yield only as whole statements (`yield x`, `v = yield x`, `yield from it`) inside
// if/while/for blocks: such a body runs here on its resumer's stack, its blocks kept
// as levels of a loop (per level the statement it is at, and a `for`'s iterator), so
// a yield returns at once and the next resume goes on in the innermost block.
// Anything else (a yield inside an expression, try, with, match; async bodies)
// keeps its own stack (generator.cpp). Behaviour is the same either way: same frame,
// line numbers, tracebacks, recursion counting, close/throw.
#include <algorithm>
#include <new>
#include <stdexcept>

#include "eval/attr_cache.h"
#include "eval/eval.h"
#include "eval/frame.h"
#include "eval/generator.h"
#include "objects/errors.h"
#include "objects/iter.h"
#include "objects/ops.h"

namespace hotpy {

using namespace ast;
using Level = GeneratorObject::ResumeLevel;
constexpr int kMaxLevels = GeneratorObject::kMaxLevels;

// How a statement of a stackless body finished: Completion's cases, or suspended.
enum class Step : uint8_t { Normal, Return, Break, Continue, Error, Yield };

static Step step_of(Completion c) { return static_cast<Step>(c); }
static_assert(static_cast<int>(Completion::Error) == static_cast<int>(Step::Error));

// ---------------------------------------------------------------------------
// Which bodies qualify

static inline bool is_yield(const Expr* e) { return e && (e->kind == Kind::Yield || e->kind == Kind::YieldFrom); }

// The yield of `yield v`, `t = yield v`, `yield from it`..., or null.
static inline const Expr* yield_site(const Stmt* s) {
  const Expr* e = s->kind == Kind::ExprStmt ? static_cast<const ExprStmt*>(s)->value
                  : s->kind == Kind::Assign ? static_cast<const Assign*>(s)->value
                                            : nullptr;
  return is_yield(e) ? e : nullptr;
}

// Counts the yield statements the runner can resume into, in `body` at nesting
// `level`, and the deepest level one of them is at.
static void count_sites(const StmtList& body, int level, int* sites, int* deepest) {
  for (const Stmt* s : body) {
    if (yield_site(s)) {
      ++*sites;
      *deepest = std::max(*deepest, level);
      continue;
    }
    switch (s->kind) {
      case Kind::If: {
        auto* i = static_cast<const If*>(s);
        count_sites(i->body, level + 1, sites, deepest);
        count_sites(i->orelse, level + 1, sites, deepest);
        break;
      }
      case Kind::While: {
        auto* w = static_cast<const While*>(s);
        count_sites(w->body, level + 1, sites, deepest);
        count_sites(w->orelse, level + 1, sites, deepest);
        break;
      }
      case Kind::For: {
        auto* f = static_cast<const For*>(s);
        int before = *sites;
        count_sites(f->body, level + 1, sites, deepest);
        count_sites(f->orelse, level + 1, sites, deepest);
        if (f->is_async && *sites != before) *deepest = kMaxLevels;  // (only in async bodies)
        break;
      }
      default: break;
    }
  }
}

// Every yield of the body (the resolver's count) must be one of those statements: a
// yield anywhere else needs a stack to suspend on. The number of levels a body
// needs is cached in its scope.
static int levels_needed(const GeneratorObject* g) {
  const Scope* scope = g->m_frame.scope;
  if (g->m_comp) {
    for (const Comprehension& gen : g->m_comp->generators)
      if (gen.is_async) return 0;
    size_t n = g->m_comp->generators.size();
    return scope->is_async || n > size_t(kMaxLevels) ? 0 : int(n);
  }
  if (!g->m_body || scope->is_async) return 0;
  if (scope->stackless < 0) {
    int sites = 0, deepest = 0;
    count_sites(*g->m_body, 0, &sites, &deepest);
    scope->stackless = int8_t(sites == scope->yield_count && deepest < kMaxLevels ? deepest + 1 : 0);
  }
  return scope->stackless;
}

bool can_run_stackless(GeneratorObject* g) {
  if (g->m_type != &GeneratorType) return false;
  g->m_nlevels = uint8_t(levels_needed(g));
  return g->m_nlevels > 0;
}

void clear_stackless_levels(GeneratorObject* g) {
  Level* levels = g->m_levels;
  if (!levels) return;
  g->m_levels = nullptr;
  // Iterators may run finalizers: g no longer points at them when they go.
  if (levels != g->m_inline_levels) {
    delete[] levels;
    return;
  }
  Value iters[GeneratorObject::kInlineLevels];
  for (int i = 0; i < GeneratorObject::kInlineLevels; i++) iters[i] = std::move(levels[i].iter);
}

// ---------------------------------------------------------------------------
// Running a body

namespace {
struct Runner {
  Frame* f;
  GeneratorObject* g;
  Level* levels;
  const Value& sent;  // on a resume: the value sent in (None for next())

  Step body(bool resume);
  Step yield_statement(const Stmt* s, const Expr* y, bool resume);
  Step delegate_to_generator(const Stmt* s, const Expr* y, GeneratorObject* sub);
  Step assign_targets(const Stmt* s, const Value& v);
  Step enter(const Stmt* s, int* lv);
  [[gnu::always_inline]] Step block_ended(int* lv);
  Step loop_control(Step st, int* lv);
  Step while_test(const While* s, int* lv);
  Step for_next(const For* s, int* lv);
  Step genexpr(bool resume);
  void push(int* lv, const StmtList& block) {
    ++*lv;
    levels[*lv].block = &block;
    levels[*lv].index = 0;
  }
};
}  // namespace

// The body's blocks as a loop, not a recursion: level k runs levels[k].block from
// levels[k].index, and an if/while/for whose blocks hold yields (k + 1 < m_nlevels)
// runs the block it enters as level k + 1. A yield returns at once, and a resume
// starts in the innermost block, whatever the nesting.
Step Runner::body(bool resume) {
  int lv = 0;
  if (resume) {
    lv = g->m_level;
    const Stmt* s = (*levels[lv].block)[levels[lv].index];
    const Expr* y = yield_site(s);
    if (y->kind == Kind::YieldFrom && !g->m_throwing && is_type(g->m_yieldfrom, &GeneratorType)) {
      Step st = delegate_to_generator(s, y, g->m_yieldfrom.as<GeneratorObject>());
      if (st != Step::Normal) return st;
    } else if (s->kind != Kind::ExprStmt || y->kind != Kind::Yield || g->m_throwing) {
      g->m_transfer = sent;  // (`yield v` as a statement leaves it unused)
      Step st = yield_statement(s, y, true);
      if (st != Step::Normal) return st;  // Yield (a `yield from` goes on): m_level stays
    }
    levels[lv].index++;
  } else {
    levels[0].block = g->m_body;
    levels[0].index = 0;
  }
  const int nlevels = g->m_nlevels;
  for (;;) {
    Level& level = levels[lv];
    Step st;
    if (level.index < level.block->size()) {
      const Stmt* s = (*level.block)[level.index];
      f->line = s->loc.line;
      if (check_interrupt()) return Step::Error;  // Ctrl-C lands between statements
      if (const Expr* y = yield_site(s)) {
        if (y->kind == Kind::Yield && static_cast<const YieldExpr*>(y)->value) {
          Value v = eval_operand(f, static_cast<const YieldExpr*>(y)->value);  // (as yield_statement)
          if (v.is_null()) return Step::Error;
          g->m_transfer = std::move(v);
          g->m_level = uint8_t(lv);
          return Step::Yield;
        }
        st = yield_statement(s, y, false);
        if (st == Step::Normal) level.index++;  // a `yield from` whose delegate finished at once
      } else if (lv + 1 < nlevels && (s->kind == Kind::If || s->kind == Kind::While || s->kind == Kind::For)) {
        st = enter(s, &lv);
      } else {
        st = step_of(s->exec_fn ? s->exec_fn(f, s) : exec_statement(f, s));
        if (st == Step::Normal) level.index++;
        else if (st == Step::Break || st == Step::Continue) st = loop_control(st, &lv);
      }
    } else {
      if (lv == 0) return Step::Normal;
      --lv;
      st = block_ended(&lv);
    }
    if (__builtin_expect(st != Step::Normal, 0)) {
      if (st == Step::Yield) g->m_level = uint8_t(lv);
      return st;
    }
  }
}

// `yield v`, `t = yield v`, `yield from it`, `t = yield from it`: evaluates and hands
// out the value (Yield); resumed, takes what was sent or raises what was thrown, and
// the statement is done (Normal, its index moved on).
Step Runner::yield_statement(const Stmt* s, const Expr* e, bool resume) {
  auto* y = static_cast<const YieldExpr*>(e);
  Value v;
  if (y->kind == Kind::YieldFrom) {
    Value item = resume ? yield_from_continue(f, y, g, &v) : yield_from_start(f, y, &v);
    if (!item.is_null()) {
      g->m_transfer = std::move(item);
      return Step::Yield;
    }
    if (v.is_null()) return Step::Error;  // the fail node is the yield's (set there)
  } else if (!resume) {
    v = y->value ? eval(f, y->value) : Value::none();
    if (v.is_null()) return Step::Error;
    g->m_transfer = std::move(v);
    return Step::Yield;
  } else if (g->m_throwing) {
    g->m_throwing = false;  // the thrown exception is pending
    if (!f->fail_node) f->fail_node = e;
    return Step::Error;
  } else {
    v = std::move(g->m_transfer);
  }
  return assign_targets(s, v);
}

// What `t = yield ...` assigns (nothing for a bare yield statement).
Step Runner::assign_targets(const Stmt* s, const Value& v) {
  if (s->kind == Kind::Assign)
    for (const Expr* t : static_cast<const Assign*>(s)->targets)
      if (!assign(f, t, v)) return Step::Error;
  return Step::Normal;
}

// A resume of `yield from` whose delegate is a generator, with a value sent in (no
// throw): the delegate's own step, as yield_from_continue would take it.
Step Runner::delegate_to_generator(const Stmt* s, const Expr* y, GeneratorObject* sub) {
  Value item = generator_resume(sub, sent);
  if (!item.is_null()) {
    g->m_transfer = std::move(item);
    return Step::Yield;
  }
  Value delegate = std::move(g->m_yieldfrom);  // finished or raised: the delegation ends
  if (error_pending()) {
    if (!f->fail_node) f->fail_node = y;
    return Step::Error;
  }
  Value result = std::move(sub->m_retval);
  return assign_targets(s, result.is_null() ? Value::none() : result);
}

// An if/while/for statement of level *lv starts: as exec_if, exec_while, exec_for,
// with the block it runs pushed as the next level.
Step Runner::enter(const Stmt* st, int* lv) {
  if (st->kind == Kind::While) return while_test(static_cast<const While*>(st), lv);
  if (st->kind == Kind::For) {
    auto* s = static_cast<const For*>(st);
    Value iterable = eval_operand(f, s->iter);
    if (iterable.is_null()) return Step::Error;
    Level& level = levels[*lv];
    if (is_type(iterable, &RangeType) && !iterable.as<RangeObject>()->m_big) {
      level.iter = std::move(iterable);  // a small range counts in place
      level.count = 0;
    } else {
      level.iter = get_iter(iterable);
      if (level.iter.is_null()) return Step::Error;
    }
    return for_next(s, lv);
  }
  auto* s = static_cast<const If*>(st);
  for (;;) {
    int b = test_truth(f, s->test);
    if (b < 0) return Step::Error;
    if (b) {
      push(lv, s->body);
      return Step::Normal;
    }
    if (s->orelse.size() == 1 && s->orelse[0]->kind == Kind::If) {
      s = static_cast<const If*>(s->orelse[0]);
      f->line = s->loc.line;
      continue;
    }
    push(lv, s->orelse);
    return Step::Normal;
  }
}

// A while loop's test: its body or its else block is pushed.
Step Runner::while_test(const While* s, int* lv) {
  f->line = s->loc.line;
  int b = test_truth(f, s->test);
  if (b < 0) return Step::Error;
  push(lv, b ? s->body : s->orelse);
  return Step::Normal;
}

// A for loop's next item goes to its target and its body is pushed; once the
// iterator (or the range, counted in the level's record) is done, it is let go and
// the else block is pushed.
Step Runner::for_next(const For* s, int* lv) {
  Level& level = levels[*lv];
  Value item;
  if (is_type(level.iter, &RangeType)) {
    auto* range = level.iter.as<RangeObject>();
    if (level.count < range->m_length) item = Value::integer(range->m_start + level.count++ * range->m_step);
  } else {
    item = is_type(level.iter, &GeneratorType) ? generator_iternext(level.iter.as<GeneratorObject>())
                                                : level.iter.type()->tp_next(level.iter);
    if (item.is_null() && error_pending()) return Step::Error;
  }
  if (item.is_null()) {
    Value done = std::move(level.iter);
    done = Value();
    push(lv, s->orelse);
    return Step::Normal;
  }
  if (s->target_slot >= 0)
    f->slots[s->target_slot] = std::move(item);  // a local: straight into its slot
  else if (!assign(f, s->target, item))
    return Step::Error;
  push(lv, s->body);
  return Step::Normal;
}

// The block of level *lv + 1 ran to its end: its if statement is done, its loop
// goes round again, or its loop's else block is done.
inline Step Runner::block_ended(int* lv) {
  Level& level = levels[*lv];
  const Stmt* st = (*level.block)[level.index];
  const StmtList* ended = levels[*lv + 1].block;
  if (st->kind == Kind::While && ended == &static_cast<const While*>(st)->body)
    return while_test(static_cast<const While*>(st), lv);
  if (st->kind == Kind::For && ended == &static_cast<const For*>(st)->body) {
    f->line = st->loc.line;
    return for_next(static_cast<const For*>(st), lv);
  }
  level.index++;
  return Step::Normal;
}

// break/continue from a statement of level *lv: the innermost loop whose body holds
// that block ends (its iterator let go) or goes round again.
Step Runner::loop_control(Step st, int* lv) {
  for (int k = *lv - 1; k >= 0; k--) {
    const Stmt* s = (*levels[k].block)[levels[k].index];
    const StmtList* inner = levels[k + 1].block;
    bool loop = (s->kind == Kind::While && inner == &static_cast<const While*>(s)->body) ||
                (s->kind == Kind::For && inner == &static_cast<const For*>(s)->body);
    if (!loop) continue;
    *lv = k;
    if (st == Step::Continue) return block_ended(lv);
    Value done = std::move(levels[k].iter);
    done = Value();
    levels[k].index++;
    return Step::Normal;
  }
  return st;  // (the resolver allows break and continue only in loops)
}

// As comp_level for a generator expression: level k holds the iterator of the k-th
// `for` clause; a resume continues the innermost one.
Step Runner::genexpr(bool resume) {
  const Comp* c = g->m_comp;
  const size_t n = c->generators.size();
  size_t level = 0;
  if (resume) {
    level = n - 1;
    if (g->m_throwing) {
      g->m_throwing = false;  // the thrown exception is pending
      return Step::Error;
    }
  } else {
    levels[0].iter = g->m_comp_iter;
  }
  for (;;) {
    if (check_interrupt()) return Step::Error;
    const Comprehension& gen = c->generators[level];
    const Value& it = levels[level].iter;
    Value item = iter_step(it);
    if (item.is_null()) {
      if (error_pending()) return Step::Error;
      if (level == 0) return Step::Normal;
      levels[level--].iter = Value();
      continue;
    }
    if (gen.target_slot >= 0)
      f->slots[gen.target_slot] = std::move(item);  // a local, straight into its slot
    else if (!assign(f, gen.target, item))
      return Step::Error;
    bool keep = true;
    for (const Expr* cond : gen.ifs) {
      int b = test_truth(f, cond);
      if (b < 0) {
        mark(f, c, Value());  // CPython reports a raising test at the whole expression
        return Step::Error;
      }
      if (!b) {
        keep = false;
        break;
      }
    }
    if (!keep) continue;
    if (level + 1 < n) {
      Value inner = eval(f, c->generators[level + 1].iter);
      if (inner.is_null()) return Step::Error;
      Value inner_it = get_iter(inner);
      if (inner_it.is_null()) return Step::Error;
      levels[++level].iter = std::move(inner_it);
      continue;
    }
    Value elt = eval_operand(f, c->elt);
    if (elt.is_null()) return Step::Error;
    g->m_transfer = std::move(elt);
    return Step::Yield;
  }
}

[[gnu::cold, gnu::noinline]] static Step out_of_memory(Frame* f) {
  ts->current_frame = f;
  ts->depth = f->depth;
  raise_memory_error();
  return Step::Error;
}

// The body finished (st): the iterators go first, as the C frames of a stackful body
// unwind; then what run_frame does as a body ends (traceback, frame object).
[[gnu::noinline]] static void finish_stackless(GeneratorObject* g, Step st) {
  Frame* f = &g->m_frame;
  clear_stackless_levels(g);
  ts->current_frame = f->back;
  Value result;
  if (st == Step::Error) {
    traceback_here(f);
  } else {
    result = st == Step::Return ? std::move(f->retval) : Value::none();
    if (g->m_comp) result = Value::none();
  }
  leave_frame(f);
  settle_generator(g, std::move(result));
}

// One step of the body: true when it yielded. What run_frame (run_comprehension) does
// around a body is done on its first run (the frame's serial) and when it finishes.
static inline bool run_stackless(GeneratorObject* g, const Value& sent, bool first) {
  Frame* f = &g->m_frame;
  if (first) f->serial = new_frame_serial();
  ts->current_frame = f;
  Step st;
  try {
    if (first)
      g->m_levels = g->m_nlevels <= GeneratorObject::kInlineLevels ? g->m_inline_levels : new Level[g->m_nlevels];
    Runner run{f, g, g->m_levels, sent};
    st = g->m_comp ? run.genexpr(!first) : run.body(!first);
  } catch (const std::bad_alloc&) {
    st = out_of_memory(f);
  } catch (const std::length_error&) {
    st = out_of_memory(f);
  }
  if (__builtin_expect(st == Step::Yield, 1)) return true;
  finish_stackless(g, st);
  return false;
}

Value resume_stackless(GeneratorObject* g, const Value& sent, bool first) {
  incref(g);  // alive while ts->coroutines->running, whatever the body drops
  {
    BodyRun run(g);
    if (run_stackless(g, sent, first)) g->m_state = GeneratorObject::State::Suspended;
  }
  // Move-constructed (always inlined), not move-assigned.
  Value out = g->m_state == GeneratorObject::State::Suspended ? std::move(g->m_transfer) : Value();
  decref(g);
  return out;
}

// What a thrown-in GeneratorExit would do on its way out of the body, step by step:
// the resume's bookkeeping (recursion depth, running generator, current frame,
// handled exception), the loops' iterators let go, the frame left, the generator done.
bool close_stackless(GeneratorObject* g) {
  if (!g->m_stackless || !g->m_yieldfrom.is_null() || ts->depth >= ts->recursion_limit) return false;
  Value self = Value::borrow(g);  // alive while its iterators' finalizers run
  ++ts->depth;
  BodyRun run(g);
  Frame* f = &g->m_frame;
  ts->current_frame = f;
  clear_stackless_levels(g);
  ts->current_frame = f->back;
  leave_frame(f);
  g->m_retval = Value();
  g->m_throw_args = Value();
  g->m_state = GeneratorObject::State::Done;
  return true;
}

}  // namespace hotpy
