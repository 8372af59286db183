// Pass 1 of the resolver: one walk over the tree that builds the Block tree.
//
// For every block it records each name the block binds (assignment and other
// targets, imports, def/class names, parameters), declares (`global`, `nonlocal`)
// or reads, with CPython's DEF_* flags; nothing is decided yet, because in Python a
// name is local if it is bound *anywhere* in its function, even after a use
// (starlark-go's resolve.go explains the same two-step design). The walk follows
// CPython 3.11's symtable_visit_* order, so the first error it meets is the one
// CPython reports. After an error the walk simply goes on (its tables are then
// thrown away) and later errors are ignored: the first error wins, and no visit
// has to check a flag after every call.
//
// Since this walk meets every node once, it also attaches the runtime values the
// evaluator needs: interned (mangled) names and constant objects.
#include <cstdint>
#include <string>

#include "objects/errors.h"
#include "resolve/runtime_hooks.h"
#include "resolve/symtable.h"

namespace hotpy::resolver {

StrObject* mangle(std::string_view private_name, std::string_view name) {
  if (private_name.empty() || name.size() < 2 || name.substr(0, 2) != "__") {
    return intern_identifier(name);
  }
  // Names ending in "__" (dunders, but also "__" itself) stay public; dotted names
  // are module paths (`import __a.b`).
  if (name.substr(name.size() - 2) == "__" || name.find('.') != std::string_view::npos) {
    return intern_identifier(name);
  }
  size_t strip = private_name.find_first_not_of('_');
  if (strip == std::string_view::npos) return intern_identifier(name);  // class named "___"
  std::string out = "_";
  out += private_name.substr(strip);
  out += name;
  return intern_identifier(out);
}

namespace {

using ast::Kind;
using ast::Loc;
using Type = ast::Scope::Type;

// CPython's symtable.c limits nesting to 3 x its recursion limit of 1000; beyond
// that it raises RecursionError. Every later pass recurses over the same tree, so
// this guard also keeps them off the end of the C++ stack.
constexpr int kMaxDepth = 3000;

// The lowest address the binder's recursion may reach: half of the stack left below
// the caller, so that the later passes and the evaluation of the tree (which recurse
// as deep) have the other half. 3000 levels need more than 8 MB under
// AddressSanitizer; the nesting then ends in the same RecursionError, earlier.
const char* binder_stack_floor() {
  char here;
  // As an address only (never read): a pointer to `here` would dangle once returned.
  auto top = reinterpret_cast<uintptr_t>(&here);
  auto low = reinterpret_cast<uintptr_t>(thread_stack_low());
  if (!low || top <= low) return nullptr;
  return reinterpret_cast<const char*>(top - (top - low) / 2);
}

std::string quoted(const char* before, const std::string& name, const char* after) {
  return std::string(before) + "'" + name + "'" + after;
}

const char* comprehension_yield_message(Kind k) {
  switch (k) {
    case Kind::ListComp:
      return "'yield' inside list comprehension";
    case Kind::SetComp:
      return "'yield' inside set comprehension";
    case Kind::DictComp:
      return "'yield' inside dict comprehension";
    default:
      return "'yield' inside generator expression";
  }
}

const char* comprehension_name(Kind k) {
  switch (k) {
    case Kind::ListComp:
      return "<listcomp>";
    case Kind::SetComp:
      return "<setcomp>";
    case Kind::DictComp:
      return "<dictcomp>";
    default:
      return "<genexpr>";
  }
}

class Binder {
 public:
  explicit Binder(ast::Unit& unit) : m_unit(unit), m_stack_floor(binder_stack_floor()) {}

  BindResult run() {
    auto module = std::make_unique<Block>(m_unit.scope, Type::Module, nullptr);
    module->name = "<module>";
    m_cur = module.get();
    visit_body(m_unit.body);
    return BindResult{std::move(module), std::move(m_error)};
  }

 private:
  // Makes a new child block of the current one current for its lifetime.
  class EnterBlock {
   public:
    EnterBlock(Binder& binder, ast::Scope& out, Type type, std::string name)
        : m_binder(binder), m_saved(binder.m_cur) {
      auto child = std::make_unique<Block>(out, type, m_saved);
      child->name = std::move(name);
      child->private_name = m_saved->private_name;
      // bpo-37757: a walrus anywhere inside a comprehension's iterable is an
      // error, even inside a lambda or a nested comprehension there.
      child->comp_iter_expr = m_saved->comp_iter_expr;
      binder.m_cur = child.get();
      m_saved->children.push_back(std::move(child));
    }
    ~EnterBlock() { m_binder.m_cur = m_saved; }
    EnterBlock(const EnterBlock&) = delete;
    EnterBlock& operator=(const EnterBlock&) = delete;

   private:
    Binder& m_binder;
    Block* m_saved;
  };

  // Counts nesting depth for the recursion guard.
  class Nest {
   public:
    explicit Nest(Binder& binder) : m_binder(binder) { ++m_binder.m_depth; }
    ~Nest() { --m_binder.m_depth; }
    Nest(const Nest&) = delete;
    Nest& operator=(const Nest&) = delete;

   private:
    Binder& m_binder;
  };

  void error(std::string msg, const Loc& loc, const char* type = "SyntaxError") {
    if (!m_error) m_error = ResolveError{std::move(msg), loc, type};
  }
  bool too_deep(const Loc& loc) {
    char probe;
    if (m_depth <= kMaxDepth && (!m_stack_floor || &probe >= m_stack_floor)) return false;
    error("maximum recursion depth exceeded during compilation", loc, "RecursionError");
    return true;
  }

  // symtable_add_def_helper: adds [flag] to [raw]'s symbol in [block] (mangled by
  // the current class), checking duplicate parameters and walrus conflicts.
  void add_def_in(Block& block, const std::string& raw, uint32_t flag, const Loc& loc) {
    add_symbol(block, mangle(m_cur->private_name, raw), raw, flag, loc);
  }
  // add_def_in for a name already mangled: [raw] is only for messages. Returns the
  // symbol's position in the block.
  int add_symbol(Block& block, StrObject* name, const std::string& raw, uint32_t flag,
                 const Loc& loc) {
    Symbol& sym = block.get(name);
    int position = static_cast<int>(&sym - block.symbols.data());
    if ((flag & kDefParam) && (sym.flags & kDefParam)) {
      error(quoted("duplicate argument ", raw, " in function definition"), loc);
      return position;
    }
    sym.flags |= flag;
    if (block.comp_iter_target) {
      if (sym.flags & (kDefGlobal | kDefNonlocal)) {
        error(
            quoted("comprehension inner loop cannot rebind assignment expression target ", raw, ""),
            loc);
        return position;
      }
      sym.flags |= kDefCompIter;
    }
    if (flag & kDefParam) block.params.push_back(name);
    return position;
  }
  void add_def(const std::string& raw, uint32_t flag, const Loc& loc) {
    add_def_in(*m_cur, raw, flag, loc);
  }
  void record_directive(Block& block, const std::string& raw, const Loc& loc) {
    block.directives.push_back(Directive{mangle(m_cur->private_name, raw), loc});
  }

  // A Name(Store) node for a binding the tree has no Name for (def, class, except
  // ... as, import): the evaluator stores through it like any other target.
  ast::Name* make_target(const std::string& id, const Loc& loc) {
    return m_unit.make<ast::Name>(loc, id, ast::Ctx::Store);
  }

  void visit_body(const ast::StmtList& body) {
    for (ast::Stmt* s : body) visit_stmt(s);
  }
  void visit_exprs(const ast::ExprList& list) {
    for (ast::Expr* e : list) visit_expr(e);  // null entries are allowed
  }

  void visit_stmt(ast::Stmt* s) {
    Nest nest(*this);
    if (too_deep(s->loc)) return;
    switch (s->kind) {
      case Kind::FunctionDef:
        return visit_function(static_cast<ast::FunctionDef*>(s));
      case Kind::ClassDef:
        return visit_class(static_cast<ast::ClassDef*>(s));
      case Kind::Return:
        return visit_expr(static_cast<ast::Return*>(s)->value);
      case Kind::Delete:
        return visit_exprs(static_cast<ast::Delete*>(s)->targets);
      case Kind::Assign: {
        auto* a = static_cast<ast::Assign*>(s);
        visit_exprs(a->targets);
        return visit_expr(a->value);
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
        visit_expr(f->target);
        visit_expr(f->iter);
        visit_body(f->body);
        return visit_body(f->orelse);
      }
      case Kind::While: {
        auto* w = static_cast<ast::While*>(s);
        visit_expr(w->test);
        visit_body(w->body);
        return visit_body(w->orelse);
      }
      case Kind::If: {
        auto* i = static_cast<ast::If*>(s);
        visit_expr(i->test);
        visit_body(i->body);
        return visit_body(i->orelse);
      }
      case Kind::Raise: {
        auto* r = static_cast<ast::Raise*>(s);
        visit_expr(r->exc);
        return visit_expr(r->cause);
      }
      case Kind::Try: {
        auto* t = static_cast<ast::Try*>(s);
        visit_body(t->body);
        visit_body(t->orelse);
        for (ast::ExceptHandler& h : t->handlers) visit_handler(h);
        return visit_body(t->finalbody);
      }
      case Kind::Assert: {
        auto* a = static_cast<ast::Assert*>(s);
        visit_expr(a->test);
        return visit_expr(a->msg);
      }
      case Kind::Import:
        for (ast::Alias& a : static_cast<ast::Import*>(s)->names) visit_alias(a);
        return;
      case Kind::ImportFrom:
        for (ast::Alias& a : static_cast<ast::ImportFrom*>(s)->names) visit_alias(a);
        return;
      case Kind::Global:
        return visit_global(static_cast<ast::NameDecl*>(s));
      case Kind::Nonlocal:
        return visit_nonlocal(static_cast<ast::NameDecl*>(s));
      case Kind::ExprStmt:
        return visit_expr(static_cast<ast::ExprStmt*>(s)->value);
      case Kind::Print: {
        auto* p = static_cast<ast::Print*>(s);
        visit_expr(p->dest);
        return visit_exprs(p->values);
      }
      case Kind::With: {
        auto* w = static_cast<ast::With*>(s);
        for (ast::WithItem& item : w->items) {
          visit_expr(item.context_expr);
          visit_expr(item.optional_vars);
        }
        return visit_body(w->body);
      }
      case Kind::Match: {
        auto* m = static_cast<ast::Match*>(s);
        visit_expr(m->subject);
        for (ast::MatchCase& c : m->cases) {
          visit_pattern(c.pattern);
          visit_expr(c.guard);
          visit_body(c.body);
        }
        return;
      }
      case Kind::Pass:
      case Kind::Break:
      case Kind::Continue:
        return;
      default:
        return;  // expression kinds never appear as statements
    }
  }

  void visit_function(ast::FunctionDef* f) {
    f->target = make_target(f->name, f->loc);
    visit_name(f->target);
    visit_defaults(f->args);
    visit_annotations(f->args, f->returns);
    visit_exprs(f->decorator_list);
    EnterBlock block(*this, f->scope, Type::Function, f->name);
    visit_params(f->args);
    visit_body(f->body);
  }

  void visit_class(ast::ClassDef* c) {
    c->target = make_target(c->name, c->loc);
    visit_name(c->target);
    visit_exprs(c->bases);
    visit_keywords(c->keywords);
    visit_exprs(c->decorator_list);
    EnterBlock block(*this, c->scope, Type::Class, c->name);
    m_cur->private_name = c->name;  // names in the body and its methods mangle with it
    visit_body(c->body);
  }

  // Defaults are evaluated where the def/lambda stands, not inside it.
  void visit_defaults(ast::Arguments* a) {
    visit_exprs(a->defaults);
    visit_exprs(a->kw_defaults);
  }
  void visit_annotations(ast::Arguments* a, ast::Expr* returns) {
    for (ast::Arg& arg : a->posonlyargs) visit_expr(arg.annotation);
    for (ast::Arg& arg : a->args) visit_expr(arg.annotation);
    if (a->vararg) visit_expr(a->vararg->annotation);
    if (a->kwarg) visit_expr(a->kwarg->annotation);
    for (ast::Arg& arg : a->kwonlyargs) visit_expr(arg.annotation);
    visit_expr(returns);
  }
  // The order here is the slot order the evaluator binds arguments in.
  void visit_params(ast::Arguments* a) {
    for (ast::Arg& arg : a->posonlyargs) add_def(arg.name, kDefParam, arg.loc);
    for (ast::Arg& arg : a->args) add_def(arg.name, kDefParam, arg.loc);
    for (ast::Arg& arg : a->kwonlyargs) add_def(arg.name, kDefParam, arg.loc);
    if (a->vararg) add_def(a->vararg->name, kDefParam, a->vararg->loc);
    if (a->kwarg) add_def(a->kwarg->name, kDefParam, a->kwarg->loc);
  }
  void visit_keywords(std::vector<ast::Keyword>& keywords) {
    for (ast::Keyword& k : keywords) {
      // Keyword names are not mangled: CPython passes them as written.
      if (!k.arg.empty()) k.interned = intern_identifier(k.arg);
      visit_expr(k.value);
    }
  }

  void visit_annassign(ast::AnnAssign* a) {
    if (a->target->kind == Kind::Name) {
      auto* name = static_cast<ast::Name*>(a->target);
      uint32_t cur = m_cur->flags_of(mangle(m_cur->private_name, name->id));
      if ((cur & (kDefGlobal | kDefNonlocal)) && m_cur->type != Type::Module && a->simple) {
        error(quoted("annotated name ", name->id,
                     (cur & kDefGlobal) ? " can't be global" : " can't be nonlocal"),
              a->loc);
      }
      if (a->simple) {
        add_def(name->id, kDefAnnot | kDefLocal, name->loc);
      } else if (a->value) {
        add_def(name->id, kDefLocal, name->loc);
      }
      // The Name still needs a scope: `(x): int = 1` stores through it, and a bare
      // `x: int` in a class or module only records the annotation.
      note_name(name);
    } else {
      visit_expr(a->target);
    }
    visit_expr(a->annotation);
    visit_expr(a->value);
  }

  // Captures bind like assignments; values, keys and classes are read.
  void visit_pattern(ast::Pattern* p) {
    if (too_deep(p->loc)) return;
    visit_expr(p->value);
    visit_exprs(p->keys);
    for (ast::Pattern* sub : p->patterns) visit_pattern(sub);
    for (const std::string& attr : p->kwd_attrs) p->kwd_interned.push_back(intern_identifier(attr));
    for (ast::Pattern* sub : p->kwd_patterns) visit_pattern(sub);
    if (p->pattern) visit_pattern(p->pattern);
    if (p->target) visit_name(p->target);
  }

  void visit_handler(ast::ExceptHandler& h) {
    visit_expr(h.type);
    if (!h.name.empty()) {
      h.target = make_target(h.name, h.loc);
      visit_name(h.target);
    }
    visit_body(h.body);
  }

  // `import a.b.c` binds `a`; `import a.b as c` binds `c`; `*` binds nothing here.
  void visit_alias(ast::Alias& a) {
    a.interned_name = mangle(m_cur->private_name, a.name);
    if (!a.asname.empty()) a.interned_asname = mangle(m_cur->private_name, a.asname);
    const std::string& bound = a.asname.empty() ? a.name : a.asname;
    if (bound == "*") {
      if (m_cur->type != Type::Module) error("import * only allowed at module level", a.loc);
      return;
    }
    std::string store = bound.substr(0, bound.find('.'));
    a.target = make_target(store, a.loc);
    add_def(store, kDefImport, a.loc);
    note_name(a.target);
  }

  void visit_global(ast::NameDecl* d) {
    for (const std::string& raw : d->names) {
      uint32_t cur = m_cur->flags_of(mangle(m_cur->private_name, raw));
      if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        const char* what = (cur & kDefParam)   ? " is parameter and global"
                           : (cur & kUse)      ? " is used prior to global declaration"
                           : (cur & kDefAnnot) ? nullptr
                                               : " is assigned to before global declaration";
        if (what) {
          error(quoted("name ", raw, what), d->loc);
        } else {
          error(quoted("annotated name ", raw, " can't be global"), d->loc);
        }
      }
      add_def(raw, kDefGlobal, d->loc);
      record_directive(*m_cur, raw, d->loc);
    }
  }

  void visit_nonlocal(ast::NameDecl* d) {
    for (const std::string& raw : d->names) {
      uint32_t cur = m_cur->flags_of(mangle(m_cur->private_name, raw));
      if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        const char* what = (cur & kDefParam)   ? " is parameter and nonlocal"
                           : (cur & kUse)      ? " is used prior to nonlocal declaration"
                           : (cur & kDefAnnot) ? nullptr
                                               : " is assigned to before nonlocal declaration";
        if (what) {
          error(quoted("name ", raw, what), d->loc);
        } else {
          error(quoted("annotated name ", raw, " can't be nonlocal"), d->loc);
        }
      }
      add_def(raw, kDefNonlocal, d->loc);
      record_directive(*m_cur, raw, d->loc);
    }
  }

  // Registers a Name node with the current block and interns its (mangled) id.
  void note_name(ast::Name* n) {
    n->interned = mangle(m_cur->private_name, n->id);
    m_cur->names.push_back(NameUse{n, -1});
  }

  void visit_name(ast::Name* n) {
    n->interned = mangle(m_cur->private_name, n->id);
    int symbol =
        add_symbol(*m_cur, n->interned, n->id, n->ctx == ast::Ctx::Load ? kUse : kDefLocal, n->loc);
    m_cur->names.push_back(NameUse{n, symbol});
    if (!m_cur->is_function_like()) return;
    // Zero-argument super() finds its class through the implicit __class__ cell,
    // so naming `super` in a function counts as a use of __class__.
    if (n->ctx == ast::Ctx::Load && n->id == "super") {
      add_def("__class__", kUse, n->loc);
      m_cur->mentions_class = true;
    } else if (n->id == "__class__") {
      m_cur->mentions_class = true;
    }
  }

  void visit_expr(ast::Expr* e) {
    if (!e) return;
    Nest nest(*this);
    if (too_deep(e->loc)) return;
    switch (e->kind) {
      case Kind::Name:
        return visit_name(static_cast<ast::Name*>(e));
      case Kind::Constant:
        return attach_constant(*static_cast<ast::Constant*>(e), m_str_constants);
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
      case Kind::NamedExpr:
        return visit_namedexpr(static_cast<ast::NamedExpr*>(e));
      case Kind::Lambda: {
        auto* l = static_cast<ast::Lambda*>(e);
        visit_defaults(l->args);
        EnterBlock block(*this, l->scope, Type::Lambda, "<lambda>");
        visit_params(l->args);
        return visit_expr(l->body);
      }
      case Kind::Call: {
        auto* c = static_cast<ast::Call*>(e);
        visit_expr(c->func);
        visit_exprs(c->args);
        return visit_keywords(c->keywords);
      }
      case Kind::Attribute: {
        auto* a = static_cast<ast::Attribute*>(e);
        a->interned = mangle(m_cur->private_name, a->attr);
        return visit_expr(a->value);
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
      case Kind::Starred:
        return visit_expr(static_cast<ast::Starred*>(e)->value);
      case Kind::Tuple:
      case Kind::List:
        return visit_exprs(static_cast<ast::Sequence*>(e)->elts);
      case Kind::Set:
        return visit_exprs(static_cast<ast::SetExpr*>(e)->elts);
      case Kind::Dict: {
        auto* d = static_cast<ast::DictExpr*>(e);
        visit_exprs(d->keys);
        return visit_exprs(d->values);
      }
      case Kind::ListComp:
      case Kind::SetComp:
      case Kind::DictComp:
      case Kind::GeneratorExp:
        return visit_comprehension(static_cast<ast::Comp*>(e));
      case Kind::Yield:
      case Kind::YieldFrom: {
        visit_expr(static_cast<ast::YieldExpr*>(e)->value);
        m_cur->generator = true;
        ++m_cur->yields;
        if (m_cur->is_comprehension()) error(comprehension_yield_message(m_cur->comp_kind), e->loc);
        return;
      }
      case Kind::Await:
        visit_expr(static_cast<ast::YieldExpr*>(e)->value);
        m_cur->coroutine = true;
        return;
      default:
        return;  // statement kinds never appear as expressions
    }
  }

  // CPython 3.11 gives each comprehension its own function block. The first
  // iterable is evaluated outside it, in the current block; the rest inside.
  void visit_comprehension(ast::Comp* c) {
    ast::Comprehension& outermost = c->generators.front();
    ++m_cur->comp_iter_expr;
    visit_expr(outermost.iter);
    --m_cur->comp_iter_expr;

    EnterBlock block(*this, c->scope, Type::Comprehension, comprehension_name(c->kind));
    Block& comp = *m_cur;
    comp.comp_kind = c->kind;
    comp.comp_iter_target = true;
    visit_expr(outermost.target);
    comp.comp_iter_target = false;
    visit_exprs(outermost.ifs);
    for (size_t i = 1; i < c->generators.size(); ++i) {
      ast::Comprehension& gen = c->generators[i];
      comp.comp_iter_target = true;
      visit_expr(gen.target);
      comp.comp_iter_target = false;
      ++comp.comp_iter_expr;
      visit_expr(gen.iter);
      --comp.comp_iter_expr;
      visit_exprs(gen.ifs);
    }
    visit_expr(c->value);
    visit_expr(c->elt);
    for (const ast::Comprehension& gen : c->generators)
      if (gen.is_async) comp.coroutine = true;
    bool is_genexp = c->kind == Kind::GeneratorExp;
    comp.generator = is_genexp;
    bool is_async = comp.coroutine && !is_genexp;
    // An asynchronous list/set/dict comprehension makes its enclosing block
    // asynchronous too (checks.cpp reports it where CPython does).
    if (is_async) comp.parent->coroutine = true;
  }

  void visit_namedexpr(ast::NamedExpr* n) {
    if (m_cur->comp_iter_expr > 0) {
      error("assignment expression cannot be used in a comprehension iterable expression", n->loc);
    }
    if (m_cur->is_comprehension()) extend_namedexpr_scope(n->target);
    visit_expr(n->value);
    visit_expr(n->target);
  }

  // A walrus inside a comprehension binds in the nearest enclosing function (or
  // the module): mark it there, and make it nonlocal (or global) in the
  // comprehension so the comprehension writes through to that binding.
  void extend_namedexpr_scope(ast::Name* target) {
    const std::string& raw = target->id;
    StrObject* name = mangle(m_cur->private_name, raw);
    for (Block* b = m_cur; b; b = b->parent) {
      if (b->is_comprehension()) {
        if (b->flags_of(name) & kDefCompIter) {
          error(quoted("assignment expression cannot rebind comprehension iteration variable ", raw,
                       ""),
                target->loc);
          return;
        }
        continue;
      }
      if (b->type == Type::Function || b->type == Type::Lambda) {
        add_def(raw, (b->flags_of(name) & kDefGlobal) ? kDefGlobal : kDefNonlocal, target->loc);
        record_directive(*m_cur, raw, target->loc);
        add_def_in(*b, raw, kDefLocal, target->loc);
        return;
      }
      if (b->type == Type::Module) {
        add_def(raw, kDefGlobal, target->loc);
        record_directive(*m_cur, raw, target->loc);
        add_def_in(*b, raw, kDefGlobal, target->loc);
        return;
      }
      error("assignment expression within a comprehension cannot be used in a class body",
            target->loc);
      return;
    }
  }

  ast::Unit& m_unit;
  StrConstants m_str_constants;
  Block* m_cur = nullptr;
  std::optional<ResolveError> m_error;
  int m_depth = 0;
  const char* m_stack_floor;
};

}  // namespace

BindResult bind(ast::Unit& unit) { return Binder(unit).run(); }

}  // namespace hotpy::resolver
