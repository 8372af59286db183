// compile(source, filename, mode, ast.PyCF_ONLY_AST), which is ast.parse: hotpy's parse
// tree as the node objects of the _ast module (stdlib/_ast.py), with CPython's field
// names and positions (1-based lines, 0-based UTF-8 byte columns). Only the parser
// runs, as in CPython: no scope checks, so `return` at module level parses.
#include "builtins/ast_objects.h"

#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/object_reduce.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "resolve/compile.h"

namespace hotpy {

namespace {

using namespace ast;

class Converter {
 public:
  explicit Converter(Value module) : m_module(std::move(module)) {}

  Value unit(const Unit& u, Mode mode) {
    if (mode == Mode::Eval) {
      const Expr* body = u.body.empty() ? nullptr : static_cast<const ExprStmt*>(u.body[0])->value;
      return make("Expression", {{"body", expr(body)}});
    }
    Value body = stmts(u.body);
    if (mode == Mode::Interactive) return make("Interactive", {{"body", body}});
    return make("Module", {{"body", body}, {"type_ignores", new_list({})}});
  }

 private:
  using Fields = std::initializer_list<std::pair<const char*, Value>>;

  Value m_module;
  bool m_failed = false;

  // A node of class `name` with `fields` set, or None once anything failed (the error
  // stays pending and unit() returns Null through ok()).
  Value make(const char* name, Fields fields, const Loc* loc = nullptr) {
    if (m_failed) return Value::none();
    Value cls = get_attr(m_module, intern(name));
    Value node = cls.is_null() ? cls : call0(cls);
    if (node.is_null()) return fail();
    for (const auto& [field, value] : fields)
      if (set_attr(node, intern(field), value.is_null() ? Value::none() : value) < 0) return fail();
    if (loc) {
      std::pair<const char*, int> pos[] = {{"lineno", loc->line}, {"col_offset", loc->col},
                                          {"end_lineno", loc->end_line}, {"end_col_offset", loc->end_col}};
      for (const auto& [field, n] : pos)
        if (set_attr(node, intern(field), Value::integer(n)) < 0) return fail();
    }
    return node;
  }

  Value fail() {
    m_failed = true;
    return Value::none();
  }

 public:
  bool ok() const { return !m_failed; }

 private:
  Value str(const std::string& s) { return new_str(s); }
  Value opt_str(const std::string& s) { return s.empty() ? Value::none() : new_str(s); }

  Value exprs(const ExprList& list) {
    std::vector<Value> items;
    for (const Expr* e : list) items.push_back(expr(e));
    return new_list(std::move(items));
  }
  Value stmts(const StmtList& list) {
    std::vector<Value> items;
    for (const Stmt* s : list) items.push_back(stmt(s));
    return new_list(std::move(items));
  }
  Value strs(const std::vector<std::string>& list) {
    std::vector<Value> items;
    for (const std::string& s : list) items.push_back(str(s));
    return new_list(std::move(items));
  }

  Value ctx(Ctx c) { return make(c == Ctx::Load ? "Load" : c == Ctx::Store ? "Store" : "Del", {}); }

  static const char* binop_name(BinOp op) {
    static const char* const names[] = {"Add",    "Sub",    "Mult",   "MatMult", "Div",   "FloorDiv", "Mod",
                                        "Pow",    "LShift", "RShift", "BitAnd",  "BitOr", "BitXor"};
    return names[static_cast<int>(op)];
  }
  static const char* cmpop_name(CompareOp op) {
    static const char* const names[] = {"Lt", "LtE", "Eq", "NotEq", "Gt", "GtE", "In", "NotIn", "Is", "IsNot"};
    return names[static_cast<int>(op)];
  }
  static const char* unaryop_name(UnaryOp op) {
    static const char* const names[] = {"USub", "UAdd", "Invert", "Not"};
    return names[static_cast<int>(op)];
  }

  Value constant_value(const Constant* c) {
    switch (c->type) {
      case Constant::Type::None: return Value::none();
      case Constant::Type::True: return Value::boolean(true);
      case Constant::Type::False: return Value::boolean(false);
      case Constant::Type::Ellipsis: return Ellipsis;
      case Constant::Type::Float: return Value::number(c->fval);
      case Constant::Type::Imaginary: return new_complex(0, c->fval);
      case Constant::Type::Str: return new_str(c->text);
      case Constant::Type::Bytes: return new_bytes(c->text);
      case Constant::Type::Int: {
        Value args[2] = {new_str(c->text), Value::integer(0)};
        Value v = call(Value::borrow(&IntType), args, 2);
        return v.is_null() ? fail() : v;
      }
    }
    return Value::none();
  }

  Value arg(const Arg& a) {
    return make("arg", {{"arg", str(a.name)}, {"annotation", expr(a.annotation)}, {"type_comment", Value::none()}},
                &a.loc);
  }
  Value args_list(const std::vector<Arg>& list) {
    std::vector<Value> items;
    for (const Arg& a : list) items.push_back(arg(a));
    return new_list(std::move(items));
  }
  Value arguments(const Arguments* a) {
    if (!a) return make("arguments", {{"posonlyargs", new_list({})}, {"args", new_list({})}, {"vararg", Value()},
                                      {"kwonlyargs", new_list({})}, {"kw_defaults", new_list({})},
                                      {"kwarg", Value()}, {"defaults", new_list({})}});
    std::vector<Value> kw_defaults;
    for (const Expr* d : a->kw_defaults) kw_defaults.push_back(expr(d));
    return make("arguments", {{"posonlyargs", args_list(a->posonlyargs)},
                              {"args", args_list(a->args)},
                              {"vararg", a->vararg ? arg(*a->vararg) : Value()},
                              {"kwonlyargs", args_list(a->kwonlyargs)},
                              {"kw_defaults", new_list(std::move(kw_defaults))},
                              {"kwarg", a->kwarg ? arg(*a->kwarg) : Value()},
                              {"defaults", exprs(a->defaults)}});
  }
  Value keywords(const std::vector<Keyword>& list) {
    std::vector<Value> items;
    for (const Keyword& k : list) items.push_back(make("keyword", {{"arg", opt_str(k.arg)}, {"value", expr(k.value)}}, &k.loc));
    return new_list(std::move(items));
  }
  Value generators(const std::vector<Comprehension>& list) {
    std::vector<Value> items;
    for (const Comprehension& g : list)
      items.push_back(make("comprehension", {{"target", expr(g.target)}, {"iter", expr(g.iter)},
                                             {"ifs", exprs(g.ifs)}, {"is_async", Value::integer(g.is_async)}}));
    return new_list(std::move(items));
  }

  Value expr(const Expr* e) {
    if (!e || m_failed) return Value::none();
    const Loc* l = &e->loc;
    switch (e->kind) {
      case Kind::Name: {
        auto* n = static_cast<const Name*>(e);
        return make("Name", {{"id", str(n->id)}, {"ctx", ctx(n->ctx)}}, l);
      }
      case Kind::Constant: {
        auto* c = static_cast<const Constant*>(e);
        return make("Constant", {{"value", constant_value(c)}, {"kind", Value::none()}}, l);
      }
      case Kind::JoinedStr: return make("JoinedStr", {{"values", exprs(static_cast<const JoinedStr*>(e)->values)}}, l);
      case Kind::FormattedValue: {
        auto* f = static_cast<const FormattedValue*>(e);
        return make("FormattedValue", {{"value", expr(f->value)},
                                       {"conversion", Value::integer(f->conversion ? f->conversion : -1)},
                                       {"format_spec", expr(f->format_spec)}}, l);
      }
      case Kind::BinOp: {
        auto* b = static_cast<const BinOpExpr*>(e);
        return make("BinOp", {{"left", expr(b->left)}, {"op", make(binop_name(b->op), {})}, {"right", expr(b->right)}}, l);
      }
      case Kind::UnaryOp: {
        auto* u = static_cast<const UnaryOpExpr*>(e);
        return make("UnaryOp", {{"op", make(unaryop_name(u->op), {})}, {"operand", expr(u->operand)}}, l);
      }
      case Kind::BoolOp: {
        auto* b = static_cast<const BoolOp*>(e);
        return make("BoolOp", {{"op", make(b->is_and ? "And" : "Or", {})}, {"values", exprs(b->values)}}, l);
      }
      case Kind::Compare: {
        auto* c = static_cast<const Compare*>(e);
        std::vector<Value> ops;
        for (CompareOp op : c->ops) ops.push_back(make(cmpop_name(op), {}));
        return make("Compare", {{"left", expr(c->left)}, {"ops", new_list(std::move(ops))},
                                {"comparators", exprs(c->comparators)}}, l);
      }
      case Kind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        return make("IfExp", {{"test", expr(i->test)}, {"body", expr(i->body)}, {"orelse", expr(i->orelse)}}, l);
      }
      case Kind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        return make("NamedExpr", {{"target", expr(n->target)}, {"value", expr(n->value)}}, l);
      }
      case Kind::Lambda: {
        auto* f = static_cast<const Lambda*>(e);
        return make("Lambda", {{"args", arguments(f->args)}, {"body", expr(f->body)}}, l);
      }
      case Kind::Call: {
        auto* c = static_cast<const Call*>(e);
        return make("Call", {{"func", expr(c->func)}, {"args", exprs(c->args)}, {"keywords", keywords(c->keywords)}}, l);
      }
      case Kind::Attribute: {
        auto* a = static_cast<const Attribute*>(e);
        return make("Attribute", {{"value", expr(a->value)}, {"attr", str(a->attr)}, {"ctx", ctx(a->ctx)}}, l);
      }
      case Kind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        return make("Subscript", {{"value", expr(s->value)}, {"slice", expr(s->slice)}, {"ctx", ctx(s->ctx)}}, l);
      }
      case Kind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        return make("Slice", {{"lower", expr(s->lower)}, {"upper", expr(s->upper)}, {"step", expr(s->step)}}, l);
      }
      case Kind::Starred: {
        auto* s = static_cast<const Starred*>(e);
        return make("Starred", {{"value", expr(s->value)}, {"ctx", ctx(s->ctx)}}, l);
      }
      case Kind::Tuple:
      case Kind::List: {
        auto* s = static_cast<const Sequence*>(e);
        return make(e->kind == Kind::Tuple ? "Tuple" : "List", {{"elts", exprs(s->elts)}, {"ctx", ctx(s->ctx)}}, l);
      }
      case Kind::Set: return make("Set", {{"elts", exprs(static_cast<const SetExpr*>(e)->elts)}}, l);
      case Kind::Dict: {
        auto* d = static_cast<const DictExpr*>(e);
        return make("Dict", {{"keys", exprs(d->keys)}, {"values", exprs(d->values)}}, l);
      }
      case Kind::ListComp:
      case Kind::SetComp:
      case Kind::GeneratorExp: {
        auto* c = static_cast<const Comp*>(e);
        const char* name = e->kind == Kind::ListComp ? "ListComp" : e->kind == Kind::SetComp ? "SetComp" : "GeneratorExp";
        return make(name, {{"elt", expr(c->elt)}, {"generators", generators(c->generators)}}, l);
      }
      case Kind::DictComp: {
        auto* c = static_cast<const Comp*>(e);
        return make("DictComp", {{"key", expr(c->elt)}, {"value", expr(c->value)}, {"generators", generators(c->generators)}}, l);
      }
      case Kind::Yield:
      case Kind::YieldFrom:
      case Kind::Await: {
        auto* y = static_cast<const YieldExpr*>(e);
        const char* name = e->kind == Kind::Yield ? "Yield" : e->kind == Kind::YieldFrom ? "YieldFrom" : "Await";
        return make(name, {{"value", expr(y->value)}}, l);
      }
      default: break;
    }
    raise(&SystemErrorType, format("ast: no conversion for %s", kind_name(e->kind)));
    return fail();
  }

  Value handlers(const std::vector<ExceptHandler>& list) {
    std::vector<Value> items;
    for (const ExceptHandler& h : list)
      items.push_back(make("ExceptHandler", {{"type", expr(h.type)}, {"name", opt_str(h.name)}, {"body", stmts(h.body)}},
                           &h.loc));
    return new_list(std::move(items));
  }
  Value aliases(const std::vector<Alias>& list) {
    std::vector<Value> items;
    for (const Alias& a : list) items.push_back(make("alias", {{"name", str(a.name)}, {"asname", opt_str(a.asname)}}, &a.loc));
    return new_list(std::move(items));
  }

  Value pattern(const Pattern* p) {
    if (!p || m_failed) return Value::none();
    const Loc* l = &p->loc;
    auto patterns = [&](const std::vector<Pattern*>& list) {
      std::vector<Value> items;
      for (const Pattern* q : list) items.push_back(pattern(q));
      return new_list(std::move(items));
    };
    switch (p->kind) {
      case Kind::MatchValue: return make("MatchValue", {{"value", expr(p->value)}}, l);
      case Kind::MatchSingleton:
        return make("MatchSingleton", {{"value", constant_value(static_cast<const Constant*>(p->value))}}, l);
      case Kind::MatchSequence: return make("MatchSequence", {{"patterns", patterns(p->patterns)}}, l);
      case Kind::MatchMapping:
        return make("MatchMapping", {{"keys", exprs(p->keys)}, {"patterns", patterns(p->patterns)}, {"rest", opt_str(p->name)}}, l);
      case Kind::MatchClass:
        return make("MatchClass", {{"cls", expr(p->value)}, {"patterns", patterns(p->patterns)},
                                   {"kwd_attrs", strs(p->kwd_attrs)}, {"kwd_patterns", patterns(p->kwd_patterns)}}, l);
      case Kind::MatchStar: return make("MatchStar", {{"name", opt_str(p->name)}}, l);
      case Kind::MatchAs: return make("MatchAs", {{"pattern", pattern(p->pattern)}, {"name", opt_str(p->name)}}, l);
      case Kind::MatchOr: return make("MatchOr", {{"patterns", patterns(p->patterns)}}, l);
      default: break;
    }
    return fail();
  }

  Value stmt(const Stmt* s) {
    if (m_failed) return Value::none();
    const Loc* l = &s->loc;
    switch (s->kind) {
      case Kind::ExprStmt: return make("Expr", {{"value", expr(static_cast<const ExprStmt*>(s)->value)}}, l);
      case Kind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        return make("Assign", {{"targets", exprs(a->targets)}, {"value", expr(a->value)}, {"type_comment", Value()}}, l);
      }
      case Kind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        return make("AugAssign", {{"target", expr(a->target)}, {"op", make(binop_name(a->op), {})}, {"value", expr(a->value)}}, l);
      }
      case Kind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        return make("AnnAssign", {{"target", expr(a->target)}, {"annotation", expr(a->annotation)},
                                  {"value", expr(a->value)}, {"simple", Value::integer(a->simple)}}, l);
      }
      case Kind::Delete: return make("Delete", {{"targets", exprs(static_cast<const Delete*>(s)->targets)}}, l);
      case Kind::Pass: return make("Pass", {}, l);
      case Kind::Break: return make("Break", {}, l);
      case Kind::Continue: return make("Continue", {}, l);
      case Kind::Return: return make("Return", {{"value", expr(static_cast<const Return*>(s)->value)}}, l);
      case Kind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        return make("Raise", {{"exc", expr(r->exc)}, {"cause", expr(r->cause)}}, l);
      }
      case Kind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        return make("Assert", {{"test", expr(a->test)}, {"msg", expr(a->msg)}}, l);
      }
      case Kind::Global:
      case Kind::Nonlocal:
        return make(s->kind == Kind::Global ? "Global" : "Nonlocal", {{"names", strs(static_cast<const NameDecl*>(s)->names)}}, l);
      case Kind::Import: return make("Import", {{"names", aliases(static_cast<const Import*>(s)->names)}}, l);
      case Kind::ImportFrom: {
        auto* i = static_cast<const ImportFrom*>(s);
        return make("ImportFrom", {{"module", opt_str(i->module)}, {"names", aliases(i->names)}, {"level", Value::integer(i->level)}}, l);
      }
      case Kind::Print: {  // the Python 2 statement, as the call it stands for
        auto* p = static_cast<const Print*>(s);
        Value call = make("Call", {{"func", make("Name", {{"id", str("print")}, {"ctx", ctx(Ctx::Load)}}, l)},
                                   {"args", exprs(p->values)}, {"keywords", new_list({})}}, l);
        return make("Expr", {{"value", call}}, l);
      }
      case Kind::If: {
        auto* i = static_cast<const If*>(s);
        return make("If", {{"test", expr(i->test)}, {"body", stmts(i->body)}, {"orelse", stmts(i->orelse)}}, l);
      }
      case Kind::While: {
        auto* w = static_cast<const While*>(s);
        return make("While", {{"test", expr(w->test)}, {"body", stmts(w->body)}, {"orelse", stmts(w->orelse)}}, l);
      }
      case Kind::For: {
        auto* f = static_cast<const For*>(s);
        return make(f->is_async ? "AsyncFor" : "For", {{"target", expr(f->target)}, {"iter", expr(f->iter)},
                                                       {"body", stmts(f->body)}, {"orelse", stmts(f->orelse)},
                                                       {"type_comment", Value()}}, l);
      }
      case Kind::With: {
        auto* w = static_cast<const With*>(s);
        std::vector<Value> items;
        for (const WithItem& i : w->items)
          items.push_back(make("withitem", {{"context_expr", expr(i.context_expr)}, {"optional_vars", expr(i.optional_vars)}}));
        return make(w->is_async ? "AsyncWith" : "With", {{"items", new_list(std::move(items))}, {"body", stmts(w->body)},
                                                         {"type_comment", Value()}}, l);
      }
      case Kind::Try: {
        auto* t = static_cast<const Try*>(s);
        return make(t->is_star ? "TryStar" : "Try", {{"body", stmts(t->body)}, {"handlers", handlers(t->handlers)},
                                                     {"orelse", stmts(t->orelse)}, {"finalbody", stmts(t->finalbody)}}, l);
      }
      case Kind::FunctionDef: {
        auto* f = static_cast<const FunctionDef*>(s);
        return make(f->scope.is_async ? "AsyncFunctionDef" : "FunctionDef",
                    {{"name", str(f->name)}, {"args", arguments(f->args)}, {"body", stmts(f->body)},
                     {"decorator_list", exprs(f->decorator_list)}, {"returns", expr(f->returns)}, {"type_comment", Value()}}, l);
      }
      case Kind::ClassDef: {
        auto* c = static_cast<const ClassDef*>(s);
        return make("ClassDef", {{"name", str(c->name)}, {"bases", exprs(c->bases)}, {"keywords", keywords(c->keywords)},
                                 {"body", stmts(c->body)}, {"decorator_list", exprs(c->decorator_list)}}, l);
      }
      case Kind::Match: {
        auto* m = static_cast<const Match*>(s);
        std::vector<Value> cases;
        for (const MatchCase& c : m->cases)
          cases.push_back(make("match_case", {{"pattern", pattern(c.pattern)}, {"guard", expr(c.guard)}, {"body", stmts(c.body)}}));
        return make("Match", {{"subject", expr(m->subject)}, {"cases", new_list(std::move(cases))}}, l);
      }
      default: break;
    }
    raise(&SystemErrorType, format("ast: no conversion for %s", kind_name(s->kind)));
    return fail();
  }
};

}  // namespace

Value parse_to_ast_objects(std::string source, const std::string& filename, ast::Mode mode) {
  auto unit = parse_source(std::move(source), filename, mode);
  if (!unit) return Value();
  if (!import_module_hook) return raise(&ImportErrorType, "No module named '_ast'");
  Value module = import_module_hook("_ast");
  if (module.is_null()) return module;
  Converter convert(module);
  Value tree = convert.unit(*unit, mode);
  return convert.ok() ? tree : Value();
}

}  // namespace hotpy
