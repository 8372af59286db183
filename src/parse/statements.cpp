// Builders for statements and for the items of lists the grammar collects
// (aliases, handlers, parameters, arguments): each takes the grammar's pooled
// values and hands their contents to the new node, so the rules in
// grammar/parser.y stay one line each.
#include "parse/parse_context.h"

namespace hotpy::frontend {

using ast::Loc;

namespace {

template <class T>
T take_or_empty(ParseContext& ctx, T* p) {
  return p ? ctx.take(p) : T();
}

}  // namespace

ast::Stmt* ParseContext::expr_stmt(const Loc& loc, ExprSeq* seq, const Loc& seq_loc) {
  return make<ast::ExprStmt>(loc, seq_expr(seq, seq_loc));
}

ast::Stmt* ParseContext::assign(const Loc& loc, ast::ExprList* targets, ast::Expr* value) {
  auto* s = make<ast::Assign>(loc, value);
  s->targets = take(targets);
  return s;
}

ast::Stmt* ParseContext::name_decl(ast::Kind kind, const Loc& loc,
                                   std::vector<std::string>* names) {
  auto* s = make<ast::NameDecl>(kind, loc);
  s->names = take(names);
  return s;
}

ast::Stmt* ParseContext::print(const Loc& loc, ast::Expr* dest, ExprSeq* items) {
  auto* s = make<ast::Print>(loc);
  s->dest = dest;
  if (items) {
    ExprSeq seq = take(items);
    s->newline = !seq.comma;  // `print x,` leaves the line open
    s->values = std::move(seq.elts);
  }
  return s;
}

ast::Stmt* ParseContext::import_name(const Loc& loc, std::vector<ast::Alias>* names) {
  auto* s = make<ast::Import>(loc);
  s->names = take(names);
  return s;
}

ast::Stmt* ParseContext::import_from(const Loc& loc, std::string* module, int level,
                                     std::vector<ast::Alias>* names) {
  auto* s = make<ast::ImportFrom>(loc);
  s->module = take_or_empty(*this, module);
  s->level = level;
  s->names = take(names);
  return s;
}

ast::Alias* ParseContext::alias(const Loc& loc, std::string name, std::string_view asname) {
  ast::Alias* a = alloc<ast::Alias>();
  a->name = std::move(name);
  a->asname = std::string(asname);
  a->loc = loc;
  return a;
}

ast::Stmt* ParseContext::conditional(ast::Kind kind, const Loc& loc, ast::Expr* test,
                                     ast::StmtList* body, ast::StmtList* orelse) {
  if (kind == ast::Kind::While) {
    auto* s = make<ast::While>(loc, test);
    s->body = take(body);
    s->orelse = take_or_empty(*this, orelse);
    return s;
  }
  auto* s = make<ast::If>(loc, test);
  s->body = take(body);
  s->orelse = take_or_empty(*this, orelse);
  return s;
}

ast::Stmt* ParseContext::for_stmt(const Loc& loc, ast::Expr* target, ExprSeq* iter,
                                  const Loc& iter_loc, ast::StmtList* body,
                                  ast::StmtList* orelse) {
  auto* s = make<ast::For>(loc, target, seq_expr(iter, iter_loc));
  s->body = take(body);
  s->orelse = take_or_empty(*this, orelse);
  return s;
}

ast::Stmt* ParseContext::try_stmt(const Loc& loc, ast::StmtList* body,
                                  std::vector<ast::ExceptHandler>* handlers,
                                  ast::StmtList* orelse, ast::StmtList* finalbody) {
  auto* s = make<ast::Try>(loc);
  s->body = take(body);
  s->handlers = take_or_empty(*this, handlers);
  s->orelse = take_or_empty(*this, orelse);
  s->finalbody = take_or_empty(*this, finalbody);
  if (!s->handlers.empty()) s->is_star = s->handlers.front().is_star;
  for (const ast::ExceptHandler& h : s->handlers)
    if (h.is_star != s->is_star)
      return fail_at(h.head, "cannot have both 'except' and 'except*' on the same 'try'"), nullptr;
  return s;
}

ast::ExceptHandler* ParseContext::handler(const Loc& loc, const Loc& head, ast::Expr* type,
                                          std::string_view name, ast::StmtList* body, bool star) {
  ast::ExceptHandler* h = alloc<ast::ExceptHandler>();
  h->is_star = star;
  h->head = head;
  h->type = type;
  h->name = std::string(name);
  h->body = take(body);
  h->loc = loc;
  return h;
}

ast::Stmt* ParseContext::with_stmt(const Loc& loc, std::vector<ast::WithItem>* items,
                                   ast::StmtList* body) {
  auto* s = make<ast::With>(loc);
  s->items = take(items);
  s->body = take(body);
  return s;
}

ast::FunctionDef* ParseContext::function_def(const Loc& loc, std::string_view name,
                                             ast::Arguments* args, ast::Expr* returns,
                                             ast::StmtList* body) {
  auto* f = make<ast::FunctionDef>(loc, std::string(name), args);
  f->returns = returns;
  f->body = take(body);
  return f;
}

ast::ClassDef* ParseContext::class_def(const Loc& loc, std::string_view name,
                                       std::vector<ArgItem>* args, const Loc& parens,
                                       ast::StmtList* body) {
  auto* c = make<ast::ClassDef>(loc, std::string(name));
  if (args) {
    // The bases are checked as a call's arguments are.
    auto* bases = static_cast<ast::Call*>(call(nullptr, take(args), loc, parens));
    if (!bases) return nullptr;
    c->bases = std::move(bases->args);
    c->keywords = std::move(bases->keywords);
  }
  c->body = take(body);
  return c;
}

bool ParseContext::class_args(const std::vector<ArgItem>& args) {
  for (const ArgItem& a : args)
    if (a.kind == ArgItem::Generator) return fail_at(a.op, "invalid syntax");
  return true;
}

ParamItem* ParseContext::param(ParamItem::Kind kind, std::string_view name,
                               const Loc& name_loc, ast::Expr* annotation, const Loc& op) {
  ParamItem* p = alloc<ParamItem>();
  p->kind = kind;
  p->name = name;
  p->name_loc = name_loc;
  p->annotation = annotation;
  p->op = op;
  return p;
}

ArgItem* ParseContext::arg(ArgItem::Kind kind, ast::Expr* value, const Loc& loc, const Loc& op,
                           ast::Expr* key) {
  ArgItem* a = alloc<ArgItem>();
  a->kind = kind;
  a->value = value;
  a->key = key;
  a->loc = loc;
  a->op = op;
  return a;
}

}  // namespace hotpy::frontend
