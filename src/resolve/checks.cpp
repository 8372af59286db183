// Pass 3 of the resolver: the static errors CPython 3.11 reports from its
// compiler (Python/compile.c) rather than its symtable: 'return' outside function,
// 'break' outside loop, yield/await placement, starred targets, `__debug__`
// assignments, repeated keyword arguments and too many statically nested blocks.
//
// The walk follows the compiler's order, not the source order, because the
// compiler stops at the first error it meets: a class body is compiled before its
// bases, a comprehension's body before its first iterable, an assignment's value
// before its targets. It runs only when passes 1 and 2 found nothing, as CPython
// only compiles a module whose symbol table was built.
#include <algorithm>
#include <climits>
#include <unordered_map>
#include <vector>

#include "resolve/match_checks.h"
#include "resolve/symtable.h"

namespace hotpy::resolver {
namespace {

// An expression CPython's AST optimizer turns into a constant (approximately: it
// leaves an operation that fails, such as 1/0, alone).
bool folds_to_constant(const ast::Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case ast::Kind::Constant: return true;
    case ast::Kind::UnaryOp: return folds_to_constant(static_cast<const ast::UnaryOpExpr*>(e)->operand);
    case ast::Kind::BinOp: {
      auto* b = static_cast<const ast::BinOpExpr*>(e);
      return folds_to_constant(b->left) && folds_to_constant(b->right);
    }
    default: return false;
  }
}

constexpr const char* kExceptStarJump = "'break', 'continue' and 'return' cannot appear in an except* block";

using ast::Kind;
using ast::Loc;
using Type = ast::Scope::Type;

// CPython's frame blocks (compiler_push_fblock), as far as a check needs them: loops
// end the unwinding of break/continue, a try's finally body is compiled again where a
// jump leaves it (a with's exit call too, which leaves no trace here but the unset
// location), and a jump must not leave an except* body.
enum class FKind : uint8_t { Loop, FinallyTry, With, StarHandler, Other };
struct FBlock {
  FKind kind;
  const ast::StmtList* finalbody;  // FinallyTry: its finally body
};
constexpr size_t kMaxBlocks = 20;  // CO_MAXBLOCKS

class Checker {
 public:
  explicit Checker(Block& module) { index(module); }

  std::optional<ResolveError> run(ast::Unit& unit) {
    visit_body(unit.body);
    return m_error;
  }

 private:
  // Makes a new code unit (the compiler's compiler_unit) current: loops do not
  // reach into a def or class body.
  class EnterUnit {
   public:
    EnterUnit(Checker& checker, Type type, const Block* async_function = nullptr)
        : m_checker(checker), m_type(checker.m_type), m_fblocks(std::move(checker.m_fblocks)),
          m_peak(checker.m_peak), m_async(checker.m_async) {
      checker.m_type = type;
      checker.m_fblocks.clear();
      checker.m_peak = 0;
      checker.m_async = async_function;
    }
    ~EnterUnit() {
      m_checker.m_type = m_type;
      m_checker.m_fblocks = std::move(m_fblocks);
      m_checker.m_peak = m_peak;
      m_checker.m_async = m_async;
    }
    EnterUnit(const EnterUnit&) = delete;
    EnterUnit& operator=(const EnterUnit&) = delete;

   private:
    Checker& m_checker;
    Type m_type;
    std::vector<FBlock> m_fblocks;
    size_t m_peak;
    const Block* m_async;
  };

  void index(Block& b) {
    m_blocks[&b.scope] = &b;
    for (auto& child : b.children) index(*child);
  }

  void error(std::string msg, const Loc& loc) {
    if (!m_error) m_error = ResolveError{std::move(msg), loc};
  }

  bool in_function() const {  // the compiler's "ste_type == FunctionBlock"
    return m_type == Type::Function || m_type == Type::Lambda || m_type == Type::Comprehension;
  }

  // forbidden_name: `__debug__` is a constant the compiler folds.
  void forbid(const std::string& name, ast::Ctx ctx, const Loc& loc) {
    if (name != "__debug__") return;
    if (ctx == ast::Ctx::Store) error("cannot assign to __debug__", loc);
    if (ctx == ast::Ctx::Del) error("cannot delete __debug__", loc);
  }
  void forbid_params(const ast::Arguments* a, const Loc& loc) {
    for (const ast::Arg& arg : a->posonlyargs) forbid(arg.name, ast::Ctx::Store, loc);
    for (const ast::Arg& arg : a->args) forbid(arg.name, ast::Ctx::Store, loc);
    if (a->vararg) forbid(a->vararg->name, ast::Ctx::Store, loc);
    for (const ast::Arg& arg : a->kwonlyargs) forbid(arg.name, ast::Ctx::Store, loc);
    if (a->kwarg) forbid(a->kwarg->name, ast::Ctx::Store, loc);
  }

  // validate_keywords: no `__debug__=` and no keyword given twice.
  void validate_keywords(const std::vector<ast::Keyword>& kws, const Loc& call) {
    for (size_t i = 0; i < kws.size(); ++i) {
      if (kws[i].arg.empty()) continue;
      forbid(kws[i].arg, ast::Ctx::Store, call);
      for (size_t j = i + 1; j < kws.size(); ++j) {
        if (kws[j].arg == kws[i].arg) {
          error("keyword argument repeated: " + kws[i].arg, kws[j].loc);
          return;
        }
      }
    }
  }

  // unpack_helper: one starred target per level, with at most 255 names before it.
  void check_unpack(const ast::ExprList& elts, const Loc& loc) {
    bool seen_star = false;
    size_t n = elts.size();
    for (size_t i = 0; i < n; ++i) {
      if (elts[i]->kind != Kind::Starred) continue;
      if (seen_star) {
        error("multiple starred expressions in assignment", loc);
      } else if (i >= (1u << 8) || n - i - 1 >= size_t(INT_MAX >> 8)) {
        error("too many expressions in star-unpacking assignment", loc);
      }
      seen_star = true;
    }
  }

  void visit_body(const ast::StmtList& body) {
    for (ast::Stmt* s : body) {
      if (m_error) return;  // the compiler stops at its first error
      visit_stmt(s);
    }
  }

  // compiler_push_fblock: a block the code at `loc` nests in. False (and the error)
  // past CO_MAXBLOCKS of them in one unit.
  bool push(FKind kind, const Loc& loc, const ast::StmtList* finalbody = nullptr) {
    if (m_fblocks.size() >= kMaxBlocks) {
      error("too many statically nested blocks", loc);
      return false;
    }
    m_fblocks.push_back({kind, finalbody});
    m_peak = std::max(m_peak, m_fblocks.size());
    return true;
  }
  void pop() { m_fblocks.pop_back(); }

  // A finally body is compiled twice: on the normal path at this depth, then as the
  // handler of exceptions, one block deeper (FINALLY_END). The second visit can only
  // fail where the first one came within one block of the limit, so it is made
  // then only (each nested finally would double the walk otherwise).
  void visit_finally(const ast::StmtList& body) {
    size_t outer_peak = m_peak;
    m_peak = m_fblocks.size();
    visit_body(body);
    if (!m_error && m_peak + 1 > kMaxBlocks) {
      m_fblocks.push_back({FKind::Other, nullptr});
      visit_body(body);
      pop();
    }
    m_peak = std::max(outer_peak, m_peak + 1);
  }

  // compiler_unwind_fblock_stack: a return (to the unit's top) or break/continue (to
  // the innermost loop) leaves the blocks above it, innermost first; a finally body
  // on the way is compiled again right there, below its try (and above the returned
  // value, when a return keeps one on the stack). Leaving an except* body is an error
  // at `star_loc`, or nowhere (line -1) once a finally body or a with's exit was
  // compiled on the way: CPython unsets its location after those. True when a loop
  // ended it (or an error did).
  bool unwind(bool to_loop, bool keep_value, const Loc& star_loc) {
    bool unset = false;
    for (size_t i = m_fblocks.size(); i-- > 0;) {
      FBlock b = m_fblocks[i];
      if (b.kind == FKind::StarHandler) {
        error(kExceptStarJump, unset ? Loc{-1, -1, -1, -1} : star_loc);
        return true;
      }
      if (to_loop && b.kind == FKind::Loop) return true;
      unset = unset || b.kind == FKind::With;
      if (b.kind != FKind::FinallyTry) continue;
      std::vector<FBlock> above(m_fblocks.begin() + static_cast<ptrdiff_t>(i), m_fblocks.end());
      m_fblocks.resize(i);
      if (keep_value) m_fblocks.push_back({FKind::Other, nullptr});  // POP_VALUE
      visit_body(*b.finalbody);
      unset = true;
      m_fblocks.resize(i);
      m_fblocks.insert(m_fblocks.end(), above.begin(), above.end());
      if (m_error) return true;
    }
    return false;
  }
  void visit_exprs(const ast::ExprList& list) {
    for (ast::Expr* e : list) visit_expr(e);
  }
  // Elements that may be `*x`: tuple/list/set displays, call arguments, bases.
  void visit_elements(const ast::ExprList& list) {
    for (ast::Expr* e : list) {
      visit_expr(e->kind == Kind::Starred ? static_cast<ast::Starred*>(e)->value : e);
    }
  }

  void visit_stmt(ast::Stmt* s) {
    switch (s->kind) {
      case Kind::FunctionDef:
        return visit_function(static_cast<ast::FunctionDef*>(s));
      case Kind::ClassDef:
        return visit_class(static_cast<ast::ClassDef*>(s));
      case Kind::Return: {
        ast::Expr* value = static_cast<ast::Return*>(s)->value;
        if (m_type != Type::Function) return error("'return' outside function", s->loc);
        if (m_async && m_async->generator && value) return error("'return' with value in async generator", s->loc);
        bool constant = folds_to_constant(value);
        if (value && !constant) visit_expr(value);
        // CPython 3.11 places the except* error on a returned constant (after its
        // constant folding), else on the statement.
        unwind(false, value && !constant, constant ? value->loc : s->loc);
        return;
      }
      case Kind::Delete:
        return visit_exprs(static_cast<ast::Delete*>(s)->targets);
      case Kind::Assign: {
        auto* a = static_cast<ast::Assign*>(s);
        visit_expr(a->value);
        return visit_exprs(a->targets);
      }
      case Kind::AugAssign: {
        auto* a = static_cast<ast::AugAssign*>(s);
        visit_expr(a->target);
        return visit_expr(a->value);
      }
      case Kind::AnnAssign:
        return visit_annassign(static_cast<ast::AnnAssign*>(s));
      case Kind::For: {
        auto* f = static_cast<ast::For*>(s);
        if (f->is_async && !m_async) return error("'async for' outside async function", s->loc);
        if (f->is_async) visit_expr(f->iter);  // an async for evaluates it before its block
        if (!push(FKind::Loop, s->loc)) return;
        if (!f->is_async) visit_expr(f->iter);
        visit_expr(f->target);
        visit_body(f->body);
        pop();
        return visit_body(f->orelse);  // `else` runs after the loop: break is not in it
      }
      case Kind::While: {
        auto* w = static_cast<ast::While*>(s);
        if (!push(FKind::Loop, s->loc)) return;
        visit_expr(w->test);
        visit_body(w->body);
        pop();
        return visit_body(w->orelse);
      }
      case Kind::If: {
        auto* i = static_cast<ast::If*>(s);
        visit_expr(i->test);
        visit_body(i->body);
        return visit_body(i->orelse);
      }
      case Kind::With: {
        auto* w = static_cast<ast::With*>(s);
        if (w->is_async && !m_async) return error("'async with' outside async function", s->loc);
        return visit_with(w, 0);
      }
      case Kind::Raise: {
        auto* r = static_cast<ast::Raise*>(s);
        visit_expr(r->exc);
        return visit_expr(r->cause);
      }
      case Kind::Try: {
        auto* t = static_cast<ast::Try*>(s);
        if (t->finalbody.empty()) return visit_try_except(t);
        if (!push(FKind::FinallyTry, s->loc, &t->finalbody)) return;
        if (t->handlers.empty()) {
          visit_body(t->body);
        } else {
          visit_try_except(t);
        }
        pop();
        return visit_finally(t->finalbody);
      }
      case Kind::Assert: {
        auto* a = static_cast<ast::Assert*>(s);
        visit_expr(a->test);
        return visit_expr(a->msg);
      }
      case Kind::Import:
        for (const ast::Alias& a : static_cast<ast::Import*>(s)->names) {
          const std::string& bound = a.asname.empty() ? a.name : a.asname;
          forbid(bound.substr(0, bound.find('.')), ast::Ctx::Store, s->loc);
        }
        return;
      case Kind::ImportFrom:
        for (const ast::Alias& a : static_cast<ast::ImportFrom*>(s)->names) {
          forbid(a.asname.empty() ? a.name : a.asname, ast::Ctx::Store, s->loc);
        }
        return;
      case Kind::ExprStmt:
        return visit_expr(static_cast<ast::ExprStmt*>(s)->value);
      case Kind::Print: {
        auto* p = static_cast<ast::Print*>(s);
        visit_expr(p->dest);
        return visit_exprs(p->values);
      }
      case Kind::Match:
        return visit_match(static_cast<ast::Match*>(s));
      case Kind::Break:
        if (!unwind(true, false, s->loc)) error("'break' outside loop", s->loc);
        return;
      case Kind::Continue:
        if (!unwind(true, false, s->loc)) error("'continue' not properly in loop", s->loc);
        return;
      default:
        return;  // pass, global, nonlocal
    }
  }

  // compiler_with: each item's context manager, its block, its target, then the
  // next item inside it.
  void visit_with(ast::With* w, size_t index) {
    if (index == w->items.size()) return visit_body(w->body);
    visit_expr(w->items[index].context_expr);
    if (!push(FKind::With, w->loc)) return;
    visit_expr(w->items[index].optional_vars);
    visit_with(w, index + 1);
    pop();
  }

  // compiler_try_except (compiler_try_star_except): the body in its block, the else
  // block (after the handlers for except*), then each handler in its cleanup block
  // inside the block of them all.
  void visit_try_except(ast::Try* t) {
    if (!push(FKind::Other, t->loc)) return;
    visit_body(t->body);
    pop();
    if (!t->is_star) visit_body(t->orelse);
    if (m_error) return;
    m_fblocks.push_back({t->is_star ? FKind::StarHandler : FKind::Other, nullptr});  // as deep as the body's
    for (size_t i = 0; i < t->handlers.size() && !m_error; ++i) {
      ast::ExceptHandler& h = t->handlers[i];
      if (!h.type && i + 1 < t->handlers.size()) error("default 'except:' must be last", h.loc);
      visit_expr(h.type);
      if (!h.name.empty()) forbid(h.name, ast::Ctx::Store, h.loc);
      if (!push(FKind::Other, h.loc)) break;
      visit_body(h.body);
      pop();
    }
    pop();
    if (t->is_star) visit_body(t->orelse);
  }

  // compiler_function: parameters, decorators, defaults, annotations, the body,
  // then the store of the name.
  void visit_function(ast::FunctionDef* f) {
    forbid_params(f->args, f->loc);
    visit_exprs(f->decorator_list);
    visit_defaults(f->args);
    visit_annotations(f->args, f->returns);
    {
      auto block = m_blocks.find(&f->scope);
      const Block* async_function =
          f->scope.is_async && block != m_blocks.end() ? block->second : nullptr;
      EnterUnit unit(*this, Type::Function, async_function);
      visit_body(f->body);
    }
    forbid(f->name, ast::Ctx::Store, f->loc);
  }

  // compiler_class: decorators, the body, then bases and keywords, then the name.
  void visit_class(ast::ClassDef* c) {
    visit_exprs(c->decorator_list);
    {
      EnterUnit unit(*this, Type::Class);
      visit_body(c->body);
    }
    validate_keywords(c->keywords, c->loc);
    visit_elements(c->bases);
    for (const ast::Keyword& k : c->keywords) visit_expr(k.value);
    forbid(c->name, ast::Ctx::Store, c->loc);
  }

  void visit_defaults(const ast::Arguments* a) {
    visit_exprs(a->defaults);
    visit_exprs(a->kw_defaults);
  }
  void visit_annotations(const ast::Arguments* a, ast::Expr* returns) {
    for (const ast::Arg& arg : a->posonlyargs) visit_expr(arg.annotation);
    for (const ast::Arg& arg : a->args) visit_expr(arg.annotation);
    if (a->vararg) visit_expr(a->vararg->annotation);
    for (const ast::Arg& arg : a->kwonlyargs) visit_expr(arg.annotation);
    if (a->kwarg) visit_expr(a->kwarg->annotation);
    visit_expr(returns);
  }

  // compiler_annassign: the assignment first; annotations are evaluated only in a
  // module or class body.
  void visit_annassign(ast::AnnAssign* a) {
    if (a->value) {
      visit_expr(a->value);
      visit_expr(a->target);
    }
    if (a->target->kind == Kind::Name) {
      forbid(static_cast<ast::Name*>(a->target)->id, ast::Ctx::Store, a->loc);
    } else if (a->target->kind == Kind::Attribute) {
      forbid(static_cast<ast::Attribute*>(a->target)->attr, ast::Ctx::Store, a->loc);
    }
    if (m_type == Type::Module || m_type == Type::Class) visit_expr(a->annotation);
  }

  // compiler_match: the subject, then each case's pattern, guard and body.
  void visit_match(ast::Match* m) {
    visit_expr(m->subject);
    for (size_t i = 0; i < m->cases.size(); ++i) {
      ast::MatchCase& c = m->cases[i];
      if (m_error) return;
      m_error = check_case_pattern(c.pattern, c.guard || i + 1 == m->cases.size());
      visit_expr(c.guard);
      visit_body(c.body);
    }
  }

  void visit_expr(ast::Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case Kind::Name: {
        auto* n = static_cast<ast::Name*>(e);
        return forbid(n->id, n->ctx, n->loc);
      }
      case Kind::Starred:
        // Reached only where no display, call or target list accepts it.
        if (static_cast<ast::Starred*>(e)->ctx == ast::Ctx::Store) {
          error("starred assignment target must be in a list or tuple", e->loc);
        } else {
          error("can't use starred expression here", e->loc);
        }
        return;
      case Kind::Tuple:
      case Kind::List: {
        auto* seq = static_cast<ast::Sequence*>(e);
        if (seq->ctx == ast::Ctx::Store) {
          check_unpack(seq->elts, seq->loc);
          return visit_elements(seq->elts);
        }
        if (seq->ctx == ast::Ctx::Del) return visit_exprs(seq->elts);
        return visit_elements(seq->elts);
      }
      case Kind::Set:
        return visit_elements(static_cast<ast::SetExpr*>(e)->elts);
      case Kind::Call: {
        auto* c = static_cast<ast::Call*>(e);
        visit_expr(c->func);
        validate_keywords(c->keywords, c->loc);
        visit_elements(c->args);
        for (const ast::Keyword& k : c->keywords) visit_expr(k.value);
        return;
      }
      case Kind::Attribute: {
        auto* a = static_cast<ast::Attribute*>(e);
        visit_expr(a->value);
        return forbid(a->attr, a->ctx, a->loc);
      }
      case Kind::Subscript: {
        auto* s = static_cast<ast::Subscript*>(e);
        visit_expr(s->value);
        return visit_expr(s->slice);
      }
      case Kind::Slice: {
        auto* s = static_cast<ast::Slice*>(e);
        visit_expr(s->lower);
        visit_expr(s->upper);
        return visit_expr(s->step);
      }
      case Kind::NamedExpr: {
        auto* n = static_cast<ast::NamedExpr*>(e);
        visit_expr(n->value);
        return visit_expr(n->target);
      }
      case Kind::Yield:
      case Kind::YieldFrom:
        if (!in_function()) error("'yield' outside function", e->loc);
        if (e->kind == Kind::YieldFrom && m_async) error("'yield from' inside async function", e->loc);
        return visit_expr(static_cast<ast::YieldExpr*>(e)->value);
      case Kind::Await:
        if (!in_function()) {
          error("'await' outside function", e->loc);
        } else if (m_type != Type::Comprehension && !m_async) {
          error("'await' outside async function", e->loc);
        }
        return visit_expr(static_cast<ast::YieldExpr*>(e)->value);
      case Kind::Lambda: {
        auto* l = static_cast<ast::Lambda*>(e);
        forbid_params(l->args, l->loc);
        visit_defaults(l->args);
        EnterUnit unit(*this, Type::Lambda);
        return visit_expr(l->body);
      }
      case Kind::ListComp:
      case Kind::SetComp:
      case Kind::DictComp:
      case Kind::GeneratorExp:
        return visit_comprehension(static_cast<ast::Comp*>(e));
      case Kind::JoinedStr:
        return visit_exprs(static_cast<ast::JoinedStr*>(e)->values);
      case Kind::FormattedValue: {
        auto* f = static_cast<ast::FormattedValue*>(e);
        visit_expr(f->value);
        return visit_expr(f->format_spec);
      }
      case Kind::BinOp: {
        auto* b = static_cast<ast::BinOpExpr*>(e);
        visit_expr(b->left);
        return visit_expr(b->right);
      }
      case Kind::UnaryOp:
        return visit_expr(static_cast<ast::UnaryOpExpr*>(e)->operand);
      case Kind::BoolOp:
        return visit_exprs(static_cast<ast::BoolOp*>(e)->values);
      case Kind::Compare: {
        auto* c = static_cast<ast::Compare*>(e);
        visit_expr(c->left);
        return visit_exprs(c->comparators);
      }
      case Kind::IfExp: {
        auto* i = static_cast<ast::IfExp*>(e);
        visit_expr(i->test);
        visit_expr(i->body);
        return visit_expr(i->orelse);
      }
      case Kind::Dict: {
        auto* d = static_cast<ast::DictExpr*>(e);
        for (size_t i = 0; i < d->values.size(); ++i) {
          visit_expr(d->keys[i]);
          visit_expr(d->values[i]);
        }
        return;
      }
      default:
        return;  // constants
    }
  }

  // compiler_comprehension: the body (generators after the first, their targets
  // and conditions, then the element) is compiled before the first iterable.
  void visit_comprehension(ast::Comp* c) {
    auto it = m_blocks.find(&c->scope);
    bool is_async = it != m_blocks.end() && it->second->coroutine;
    bool nested = m_type == Type::Comprehension;
    bool in_async = m_async != nullptr;
    {
      EnterUnit unit(*this, Type::Comprehension);
      if (is_async && c->kind != Kind::GeneratorExp && !nested && !in_async) {
        error("asynchronous comprehension outside of an asynchronous function", c->loc);
      }
      for (size_t i = 0; i < c->generators.size(); ++i) {
        ast::Comprehension& gen = c->generators[i];
        if (i > 0) visit_expr(gen.iter);
        // Each `async for` clause nests the rest in a block of the comprehension's unit.
        if (gen.is_async && !push(FKind::Other, c->loc)) break;
        visit_expr(gen.target);
        visit_exprs(gen.ifs);
      }
      visit_expr(c->elt);
      visit_expr(c->value);
    }
    visit_expr(c->generators.front().iter);
  }

  std::unordered_map<const ast::Scope*, Block*> m_blocks;  // each comprehension's block
  Type m_type = Type::Module;
  // The blocks the current statement nests in within the current unit, outermost first.
  std::vector<FBlock> m_fblocks;
  size_t m_peak = 0;  // the most of them the walk has seen at once since visit_finally reset it
  const Block* m_async = nullptr;  // the `async def` whose body is the current unit, or null
  std::optional<ResolveError> m_error;
};

}  // namespace

std::optional<ResolveError> check(ast::Unit& unit, Block& module) {
  return Checker(module).run(unit);
}

}  // namespace hotpy::resolver
