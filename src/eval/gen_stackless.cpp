// Stackless generator bodies. Switching C stacks at every yield costs a few
// mispredicted returns on each side (the return-address predictor holds the other
// stack's calls), which made a generator loop 3x slower than CPython's. Most bodies
// yield only as whole statements (`yield x`, `v = yield x`, `yield from it`) inside
// if/while/for blocks: such a body runs here on its resumer's stack, returns up
// through its blocks at a yield, noting per level which statement it was in (and a
// `for`'s iterator), and on the next resume walks back down to that statement.
// Anything else (a yield inside an expression, try, with, match; async bodies)
// keeps its own stack (generator.cpp). Behaviour is the same either way: same frame,
// line numbers, tracebacks, recursion counting, close/throw.
#include <algorithm>
#include <new>
#include <stdexcept>

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
  delete[] levels;  // iterators may run finalizers: g no longer points at them
}

// ---------------------------------------------------------------------------
// Running a body

namespace {
struct Runner {
  Frame* f;
  GeneratorObject* g;
  Level* levels;

  Step block(const StmtList& body, int level, bool resume);
  Step statement(const Stmt* s, int level, bool resume);
  Step yield_statement(const Stmt* s, const Expr* y, bool resume);
  Step if_chain(const If* s, int level, bool resume);
  Step while_loop(const While* s, int level, bool resume);
  Step for_loop(const For* s, int level, bool resume);
  Step genexpr(bool resume);
};
}  // namespace

// As exec_block, and on resume it starts inside the statement it was suspended in.
Step Runner::block(const StmtList& body, int level, bool resume) {
  size_t i = resume ? levels[level].index : 0;
  for (; i < body.size(); i++) {
    const Stmt* s = body[i];
    Step st;
    if (resume) {
      st = statement(s, level, true);
      resume = false;
    } else {
      f->line = s->loc.line;
      if (check_interrupt()) return Step::Error;  // Ctrl-C lands between statements
      st = statement(s, level, false);
    }
    if (st != Step::Normal) {
      if (st == Step::Yield) {
        levels[level].block = &body;
        levels[level].index = uint32_t(i);
      }
      return st;
    }
  }
  return Step::Normal;
}

inline Step Runner::statement(const Stmt* s, int level, bool resume) {
  switch (s->kind) {
    case Kind::ExprStmt:
    case Kind::Assign:
      if (const Expr* y = yield_site(s)) return yield_statement(s, y, resume);
      break;
    case Kind::If: return if_chain(static_cast<const If*>(s), level, resume);
    case Kind::While: return while_loop(static_cast<const While*>(s), level, resume);
    case Kind::For: return for_loop(static_cast<const For*>(s), level, resume);
    default: break;
  }
  if (Stmt::ExecFn fn = s->exec_fn) return step_of(fn(f, s));
  return step_of(exec_statement(f, s));
}

// `yield v`, `t = yield v`, `yield from it`, `t = yield from it`: evaluates and hands
// out the value (Yield); resumed, takes what was sent or raises what was thrown.
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
  if (s->kind == Kind::ExprStmt) return Step::Normal;
  for (const Expr* t : static_cast<const Assign*>(s)->targets)
    if (!assign(f, t, v)) return Step::Error;
  return Step::Normal;
}

// As exec_if: the branch taken runs at level + 1, and a resume goes back into it.
Step Runner::if_chain(const If* s, int level, bool resume) {
  if (resume) return block(*levels[level + 1].block, level + 1, true);
  for (;;) {
    Value t = eval(f, s->test);
    if (t.is_null()) return Step::Error;
    int b = t.is_bool() ? t.as_bool() : truthy(t);
    if (b < 0) return Step::Error;
    if (b) return block(s->body, level + 1, false);
    if (s->orelse.size() == 1 && s->orelse[0]->kind == Kind::If) {
      s = static_cast<const If*>(s->orelse[0]);
      f->line = s->loc.line;
      continue;
    }
    return block(s->orelse, level + 1, false);
  }
}

// After a loop's body: true to go on; else *st is how the loop ends (a break ends
// it normally).
static inline bool loop_goes_on(Step* st) {
  if (*st == Step::Normal || *st == Step::Continue) return true;
  if (*st == Step::Break) *st = Step::Normal;
  return false;
}

Step Runner::while_loop(const While* s, int level, bool resume) {
  if (resume && levels[level + 1].block == &s->orelse) return block(s->orelse, level + 1, true);
  for (;;) {
    if (!resume) {
      f->line = s->loc.line;
      Value t = eval(f, s->test);
      if (t.is_null()) return Step::Error;
      int b = t.is_bool() ? t.as_bool() : truthy(t);
      if (b < 0) return Step::Error;
      if (!b) return block(s->orelse, level + 1, false);
    }
    Step st = block(s->body, level + 1, resume);
    resume = false;
    if (!loop_goes_on(&st)) return st;
  }
}

// As exec_for (a small range counts in place); while suspended in its body, the
// iterator (or the range and the items done) wait in this level's record.
Step Runner::for_loop(const For* s, int level, bool resume) {
  if (resume && levels[level + 1].block == &s->orelse) return block(s->orelse, level + 1, true);
  Value it;
  int64_t done = 0;
  if (resume) {
    it = std::move(levels[level].iter);
    done = levels[level].count;
  } else {
    Value iterable = eval(f, s->iter);
    if (iterable.is_null()) return Step::Error;
    if (is_type(iterable, &RangeType) && !iterable.as<RangeObject>()->m_big) {
      it = std::move(iterable);
    } else {
      it = get_iter(iterable);
      if (it.is_null()) return Step::Error;
    }
  }
  RangeObject* range = is_type(it, &RangeType) ? it.as<RangeObject>() : nullptr;
  for (;;) {
    if (!resume) {
      if (range) {
        if (done >= range->m_length) break;
        if (!assign(f, s->target, Value::integer(range->m_start + done * range->m_step))) return Step::Error;
        done++;
      } else {
        Value item = it.type()->tp_next(it);
        if (item.is_null()) {
          if (error_pending()) return Step::Error;
          break;
        }
        if (!assign(f, s->target, item)) return Step::Error;
      }
    }
    Step st = block(s->body, level + 1, resume);
    resume = false;
    if (!loop_goes_on(&st)) {
      if (st == Step::Yield) {
        levels[level].iter = std::move(it);
        levels[level].count = done;
      }
      return st;
    }
    f->line = s->loc.line;
  }
  it = Value();
  return block(s->orelse, level + 1, false);
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
    g->m_transfer = Value();  // a sent value is dropped
  } else {
    levels[0].iter = g->m_comp_iter;
  }
  for (;;) {
    if (check_interrupt()) return Step::Error;
    const Comprehension& gen = c->generators[level];
    const Value& it = levels[level].iter;
    Value item = it.type()->tp_next(it);
    if (item.is_null()) {
      if (error_pending()) return Step::Error;
      if (level == 0) return Step::Normal;
      levels[level--].iter = Value();
      continue;
    }
    if (!assign(f, gen.target, item)) return Step::Error;
    bool keep = true;
    for (const Expr* cond : gen.ifs) {
      Value t = eval(f, cond);
      if (t.is_null()) return Step::Error;
      int b = truthy(t);
      if (b < 0) return Step::Error;
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
    Value elt = eval(f, c->elt);
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

// One step of the body. What run_frame (run_comprehension) does around a body is done
// on its first run (the frame's serial) and when it finishes (traceback, frame object).
bool run_stackless(GeneratorObject* g, bool first) {
  Frame* f = &g->m_frame;
  if (first) f->serial = new_frame_serial();
  ts->current_frame = f;
  Step st;
  try {
    if (first) g->m_levels = new Level[g->m_nlevels];
    Runner run{f, g, g->m_levels};
    st = g->m_comp ? run.genexpr(!first) : run.block(*g->m_body, 0, !first);
  } catch (const std::bad_alloc&) {
    st = out_of_memory(f);
  } catch (const std::length_error&) {
    st = out_of_memory(f);
  }
  if (st == Step::Yield) return true;
  // Finished: the iterators go first, as the C frames of a stackful body unwind.
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
  return false;
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
