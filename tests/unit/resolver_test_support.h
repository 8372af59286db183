// Helpers shared by the resolver's tests: parse and resolve a source, then look
// up scopes by qualname and Name nodes by spelling and position.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "parse/parse.h"
#include "resolve/resolver.h"

namespace hotpy::resolver_test {

using ast::NameScope;
using Strings = std::vector<std::string>;
using Ints = std::vector<int>;

// Collects the Name nodes and scopes of a resolved tree, in source order.
class Collector {
 public:
  std::vector<ast::Name*> names;
  std::vector<ast::Constant*> constants;
  std::vector<ast::Attribute*> attributes;
  std::multimap<std::string, const ast::Scope*> scopes;  // by qualname

  void body(const ast::StmtList& list) {
    for (ast::Stmt* s : list) stmt(s);
  }
  void exprs(const ast::ExprList& list) {
    for (ast::Expr* e : list) expr(e);
  }
  void args(const ast::Arguments* a) {
    exprs(a->defaults);
    exprs(a->kw_defaults);
  }
  void scope(const ast::Scope& s) { scopes.emplace(s.qualname, &s); }

  void stmt(ast::Stmt* s) {
    using K = ast::Kind;
    switch (s->kind) {
      case K::ExprStmt:
        return expr(static_cast<ast::ExprStmt*>(s)->value);
      case K::Assign: {
        auto* a = static_cast<ast::Assign*>(s);
        exprs(a->targets);
        return expr(a->value);
      }
      case K::AugAssign: {
        auto* a = static_cast<ast::AugAssign*>(s);
        expr(a->target);
        return expr(a->value);
      }
      case K::AnnAssign: {
        auto* a = static_cast<ast::AnnAssign*>(s);
        expr(a->target);
        expr(a->annotation);
        return expr(a->value);
      }
      case K::Delete:
        return exprs(static_cast<ast::Delete*>(s)->targets);
      case K::Return:
        return expr(static_cast<ast::Return*>(s)->value);
      case K::Raise: {
        auto* r = static_cast<ast::Raise*>(s);
        expr(r->exc);
        return expr(r->cause);
      }
      case K::Assert: {
        auto* a = static_cast<ast::Assert*>(s);
        expr(a->test);
        return expr(a->msg);
      }
      case K::Import:
        for (ast::Alias& a : static_cast<ast::Import*>(s)->names) name(a.target);
        return;
      case K::ImportFrom:
        for (ast::Alias& a : static_cast<ast::ImportFrom*>(s)->names) name(a.target);
        return;
      case K::If:
      case K::While: {
        auto* w = s->kind == K::If ? nullptr : static_cast<ast::While*>(s);
        auto* i = s->kind == K::If ? static_cast<ast::If*>(s) : nullptr;
        expr(i ? i->test : w->test);
        body(i ? i->body : w->body);
        return body(i ? i->orelse : w->orelse);
      }
      case K::For: {
        auto* f = static_cast<ast::For*>(s);
        expr(f->target);
        expr(f->iter);
        body(f->body);
        return body(f->orelse);
      }
      case K::With: {
        auto* w = static_cast<ast::With*>(s);
        for (auto& item : w->items) {
          expr(item.context_expr);
          expr(item.optional_vars);
        }
        return body(w->body);
      }
      case K::Try: {
        auto* t = static_cast<ast::Try*>(s);
        body(t->body);
        for (auto& h : t->handlers) {
          expr(h.type);
          name(h.target);
          body(h.body);
        }
        body(t->orelse);
        return body(t->finalbody);
      }
      case K::FunctionDef: {
        auto* f = static_cast<ast::FunctionDef*>(s);
        exprs(f->decorator_list);
        args(f->args);
        name(f->target);
        scope(f->scope);
        return body(f->body);
      }
      case K::ClassDef: {
        auto* c = static_cast<ast::ClassDef*>(s);
        exprs(c->decorator_list);
        exprs(c->bases);
        for (auto& k : c->keywords) expr(k.value);
        name(c->target);
        scope(c->scope);
        return body(c->body);
      }
      default:
        return;
    }
  }

  void name(ast::Name* n) {
    if (n) names.push_back(n);
  }

  void expr(ast::Expr* e) {
    using K = ast::Kind;
    if (!e) return;
    switch (e->kind) {
      case K::Name:
        return name(static_cast<ast::Name*>(e));
      case K::Constant:
        constants.push_back(static_cast<ast::Constant*>(e));
        return;
      case K::JoinedStr:
        return exprs(static_cast<ast::JoinedStr*>(e)->values);
      case K::FormattedValue:
        return expr(static_cast<ast::FormattedValue*>(e)->value);
      case K::BinOp: {
        auto* b = static_cast<ast::BinOpExpr*>(e);
        expr(b->left);
        return expr(b->right);
      }
      case K::UnaryOp:
        return expr(static_cast<ast::UnaryOpExpr*>(e)->operand);
      case K::BoolOp:
        return exprs(static_cast<ast::BoolOp*>(e)->values);
      case K::Compare: {
        auto* c = static_cast<ast::Compare*>(e);
        expr(c->left);
        return exprs(c->comparators);
      }
      case K::IfExp: {
        auto* i = static_cast<ast::IfExp*>(e);
        expr(i->test);
        expr(i->body);
        return expr(i->orelse);
      }
      case K::NamedExpr: {
        auto* n = static_cast<ast::NamedExpr*>(e);
        expr(n->target);
        return expr(n->value);
      }
      case K::Lambda: {
        auto* l = static_cast<ast::Lambda*>(e);
        args(l->args);
        scope(l->scope);
        return expr(l->body);
      }
      case K::Call: {
        auto* c = static_cast<ast::Call*>(e);
        expr(c->func);
        exprs(c->args);
        for (auto& k : c->keywords) expr(k.value);
        return;
      }
      case K::Attribute: {
        auto* a = static_cast<ast::Attribute*>(e);
        attributes.push_back(a);
        return expr(a->value);
      }
      case K::Subscript: {
        auto* s = static_cast<ast::Subscript*>(e);
        expr(s->value);
        return expr(s->slice);
      }
      case K::Starred:
        return expr(static_cast<ast::Starred*>(e)->value);
      case K::Tuple:
      case K::List:
        return exprs(static_cast<ast::Sequence*>(e)->elts);
      case K::Set:
        return exprs(static_cast<ast::SetExpr*>(e)->elts);
      case K::Dict: {
        auto* d = static_cast<ast::DictExpr*>(e);
        exprs(d->keys);
        return exprs(d->values);
      }
      case K::ListComp:
      case K::SetComp:
      case K::DictComp:
      case K::GeneratorExp: {
        auto* c = static_cast<ast::Comp*>(e);
        scope(c->scope);
        expr(c->elt);
        expr(c->value);
        for (auto& g : c->generators) {
          expr(g.target);
          expr(g.iter);
          exprs(g.ifs);
        }
        return;
      }
      case K::Yield:
      case K::YieldFrom:
      case K::Await:
        return expr(static_cast<ast::YieldExpr*>(e)->value);
      default:
        return;
    }
  }
};

// Raw-string sources open with a newline; dropping it makes line 1 the first line.
inline std::string source_text(std::string s) {
  if (!s.empty() && s.front() == '\n') s.erase(0, 1);
  return s;
}

struct Resolved {
  std::unique_ptr<ast::Unit> unit;
  Collector all;

  // The block with this qualname (the [nth] one when several share it).
  const ast::Scope& scope(const std::string& qualname, int nth = 0) const {
    auto range = all.scopes.equal_range(qualname);
    for (auto it = range.first; it != range.second; ++it) {
      if (nth-- == 0) return *it->second;
    }
    if (qualname == "<module>") return unit->scope;
    ADD_FAILURE() << "no scope " << qualname;
    static ast::Scope none;
    return none;
  }

  // The [nth] Name node spelled [id], in source order.
  const ast::Name* name_node(const std::string& id, int nth = 0) const {
    for (const ast::Name* n : all.names) {
      if (n->id == id && nth-- == 0) return n;
    }
    ADD_FAILURE() << "no Name " << id;
    return nullptr;
  }

  // "Fast 2", "Deref 0", "Global", "ClassBody", "ClassDeref 1" for that Name.
  std::string name(const std::string& id, int nth = 0) const {
    const ast::Name* n = name_node(id, nth);
    if (!n) return "?";
    switch (n->scope) {
      case NameScope::Unresolved:
        return "Unresolved";
      case NameScope::Fast:
        return "Fast " + std::to_string(n->slot);
      case NameScope::Deref:
        return "Deref " + std::to_string(n->slot);
      case NameScope::Global:
        return "Global";
      case NameScope::ClassBody:
        return "ClassBody";
      case NameScope::ClassDeref:
        return "ClassDeref " + std::to_string(n->slot);
    }
    return "?";
  }
};

inline Resolved resolve_ok(const std::string& source) {
  Resolved r;
  ParseResult parsed = parse(source_text(source), "t.py", ast::Mode::File);
  if (!parsed.unit) {
    ADD_FAILURE() << "parse failed: " << (parsed.error ? parsed.error->msg : "?");
    r.unit = std::make_unique<ast::Unit>();
    return r;
  }
  r.unit = std::move(parsed.unit);
  std::optional<SyntaxErrorInfo> error = resolve(*r.unit);
  if (error) ADD_FAILURE() << "unexpected error: " << error->msg << " at line " << error->line;
  r.all.body(r.unit->body);
  std::stable_sort(r.all.names.begin(), r.all.names.end(), [](auto* a, auto* b) {
    return std::pair(a->loc.line, a->loc.col) < std::pair(b->loc.line, b->loc.col);
  });
  return r;
}

// The error a user sees for [source]: the parser's if it reports one, else the
// resolver's. CPython raises some of the resolver's errors (starred targets,
// repeated keywords) at compile time; hotpy's parser may catch them first, and
// either way the message and position must be CPython's.
inline SyntaxErrorInfo compile_error(const std::string& source) {
  ParseResult parsed = parse(source_text(source), "t.py", ast::Mode::File);
  if (!parsed.unit) {
    if (!parsed.error) ADD_FAILURE() << "parse failed without an error";
    return parsed.error.value_or(SyntaxErrorInfo{});
  }
  std::optional<SyntaxErrorInfo> error = resolve(*parsed.unit);
  if (!error) {
    ADD_FAILURE() << "expected an error";
    return {};
  }
  return *error;
}

// "msg @line:col-end_line:end_col", the way CPython's SyntaxError reports it
// (msg, lineno, offset, end_lineno, end_offset).
inline std::string where(const SyntaxErrorInfo& e) {
  return e.msg + " @" + std::to_string(e.line) + ":" + std::to_string(e.col) + "-" +
         std::to_string(e.end_line) + ":" + std::to_string(e.end_col);
}

}  // namespace hotpy::resolver_test
