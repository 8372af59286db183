// Code objects: the code behind a Python function (f.__code__), or a compiled module,
// expression or interactive unit (compile()). Read-only views of the parameters and
// frame layout, for introspection (pydoc's signatures). hotpy runs the AST, so there
// is no bytecode; only the co_* attributes that describe the call interface and
// names are offered.
#include <algorithm>

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject CodeType("code");

namespace {

// CPython's co_flags bits that describe a function's interface.
constexpr int64_t kCoOptimized = 0x1, kCoNewLocals = 0x2, kCoVarargs = 0x4, kCoVarkeywords = 0x8,
                  kCoNested = 0x10, kCoGenerator = 0x20;

struct CodeObject : Object {
  std::shared_ptr<ast::Unit> m_unit;  // keeps the scope and parameters alive
  const ast::Scope* m_scope;
  const ast::Arguments* m_params;     // null: a whole unit from compile(), no parameters
  // What a function runs; assigning f.__code__ copies these into the function.
  const ast::StmtList* m_body = nullptr;
  const ast::Expr* m_expr = nullptr;
  int m_def_line = 0, m_decorated_line = 0;
  int m_first_line;
  std::string m_name, m_qualname, m_filename;  // as replace() may have set them
  explicit CodeObject(const FunctionObject* f)
      : Object(&CodeType),
        m_unit(f->m_unit),
        m_scope(f->m_scope),
        m_params(f->m_params),
        m_body(f->m_body),
        m_expr(f->m_expr),
        m_def_line(f->m_first_line),
        m_decorated_line(f->m_decorated_line),
        m_first_line(f->m_decorated_line ? f->m_decorated_line : f->m_first_line),
        m_name(f->m_scope->name),
        m_qualname(f->m_scope->qualname),
        m_filename(f->m_unit->filename) {}
  explicit CodeObject(std::shared_ptr<ast::Unit> unit)
      : Object(&CodeType),
        m_unit(std::move(unit)),
        m_scope(&m_unit->scope),
        m_params(nullptr),
        m_first_line(1),
        m_name("<module>"),
        m_qualname("<module>"),
        m_filename(m_unit->filename) {}
  // A copy for replace(): the same code under other names.
  CodeObject(const CodeObject& o)
      : Object(&CodeType),
        m_unit(o.m_unit),
        m_scope(o.m_scope),
        m_params(o.m_params),
        m_body(o.m_body),
        m_expr(o.m_expr),
        m_def_line(o.m_def_line),
        m_decorated_line(o.m_decorated_line),
        m_first_line(o.m_first_line),
        m_name(o.m_name),
        m_qualname(o.m_qualname),
        m_filename(o.m_filename) {}
};

const ast::Arguments kNoParams;
const ast::Arguments* params(const CodeObject* c) { return c->m_params ? c->m_params : &kNoParams; }

const CodeObject* code(const Value& v) { return v.as<CodeObject>(); }

Value names_tuple(const std::vector<std::string>& names, size_t begin, size_t end) {
  std::vector<Value> items;
  for (size_t i = begin; i < end && i < names.size(); i++) items.push_back(new_str(names[i]));
  return new_tuple(std::move(items));
}

Value co_name(const Value& s) { return new_str(code(s)->m_name); }
Value co_qualname(const Value& s) { return new_str(code(s)->m_qualname); }
Value co_filename(const Value& s) { return new_str(code(s)->m_filename); }
Value co_firstlineno(const Value& s) { return Value::integer(code(s)->m_first_line); }
Value co_argcount(const Value& s) {
  const ast::Arguments* p = params(code(s));
  return Value::integer(static_cast<int64_t>(p->posonlyargs.size() + p->args.size()));
}
Value co_posonlyargcount(const Value& s) {
  return Value::integer(static_cast<int64_t>(params(code(s))->posonlyargs.size()));
}
Value co_kwonlyargcount(const Value& s) {
  return Value::integer(static_cast<int64_t>(params(code(s))->kwonlyargs.size()));
}
// The frame's slots are the parameters (positional, keyword-only, *args, **kwargs),
// then locals, then free variables. co_varnames, as CPython's, is the parameters and
// the locals that no inner function captures (those are cell variables).
size_t param_count(const ast::Arguments* p) {
  return p->posonlyargs.size() + p->args.size() + p->kwonlyargs.size() + (p->vararg ? 1 : 0) +
         (p->kwarg ? 1 : 0);
}
std::vector<std::string> varnames(const CodeObject* c) {
  if (!c->m_params) return {};  // a unit's names live in its namespace dict
  const ast::Scope* scope = c->m_scope;
  size_t end =
      scope->slot_names.size() - std::min(scope->slot_names.size(), scope->free_slots.size());
  size_t params = param_count(c->m_params);
  std::vector<std::string> names;
  for (size_t i = 0; i < end; i++) {
    bool captured = std::find(scope->cell_slots.begin(), scope->cell_slots.end(),
                              static_cast<int>(i)) != scope->cell_slots.end();
    if (i < params || !captured) names.push_back(scope->slot_names[i]);
  }
  return names;
}
Value co_nlocals(const Value& s) {
  return Value::integer(static_cast<int64_t>(varnames(code(s)).size()));
}
Value co_varnames(const Value& s) {
  std::vector<std::string> names = varnames(code(s));
  return names_tuple(names, 0, names.size());
}
// CPython lists cell and free variables sorted by name.
Value sorted_slot_names(const ast::Scope* scope, const std::vector<int>& slots) {
  std::vector<std::string> names;
  for (int slot : slots) names.push_back(scope->slot_names[slot]);
  std::sort(names.begin(), names.end());
  return names_tuple(names, 0, names.size());
}
Value co_freevars(const Value& s) { return sorted_slot_names(code(s)->m_scope, code(s)->m_scope->free_slots); }
Value co_cellvars(const Value& s) {
  if (!code(s)->m_params) return empty_tuple();
  return sorted_slot_names(code(s)->m_scope, code(s)->m_scope->cell_slots);
}
// Only the first constant is meaningful without bytecode: a function's docstring, or None.
Value co_consts(const Value& s) {
  const CodeObject* c = code(s);
  Value doc = Value::none();
  if (c->m_body && !c->m_body->empty() && (*c->m_body)[0]->kind == ast::Kind::ExprStmt) {
    auto* first = static_cast<const ast::ExprStmt*>((*c->m_body)[0])->value;
    if (first->kind == ast::Kind::Constant && static_cast<const ast::Constant*>(first)->type == ast::Constant::Type::Str)
      doc = static_cast<const ast::Constant*>(first)->value;
  }
  return new_tuple({doc});
}
Value co_flags(const Value& s) {
  const CodeObject* c = code(s);
  if (!c->m_params) return Value::integer(0);
  int64_t flags = kCoOptimized | kCoNewLocals;
  if (c->m_params->vararg) flags |= kCoVarargs;
  if (c->m_params->kwarg) flags |= kCoVarkeywords;
  // CPython marks a function defined inside another function's body.
  if (c->m_scope->qualname.find("<locals>") != std::string::npos) flags |= kCoNested;
  if (c->m_scope->is_generator) flags |= kCoGenerator;
  return Value::integer(flags);
}

Value code_repr(const Value& self) {
  const CodeObject* c = code(self);
  return new_str(format("<code object %s at %p, file \"%s\", line %d>", c->m_name.c_str(),
                        static_cast<const void*>(c), c->m_filename.c_str(), c->m_first_line));
}

// code.replace(**changes): a copy with the names and first line changed. The rest
// of a code object is its AST, which no keyword can replace.
// co_positions(): the positions tracebacks from this code's unit have reported, each
// (line, end_line, col, end_col); a traceback's tb_lasti // 2 indexes them.
Value code_positions(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("co_positions", kw) || !check_nargs("co_positions", nargs - 1, 0, 0)) return Value();
  auto* code = args[0].as<CodeObject>();
  std::vector<Value> items;
  if (code->m_unit) {
    std::lock_guard<std::mutex> hold(code->m_unit->reported_positions_lock);
    for (const auto& p : code->m_unit->reported_positions)
      items.push_back(new_tuple({Value::integer(p[0]), Value::integer(p[1]), Value::integer(p[2]),
                                 Value::integer(p[3])}));
  }
  return get_iter(new_list(std::move(items)));
}

Value code_replace(const Value* args, size_t nargs, KwNames* kw) {
  if (nargs > 1) return raise(&TypeErrorType, "replace() takes no positional arguments");
  auto* copy = new CodeObject(*code(args[0]));
  Value result = Value::steal(copy);
  for (size_t i = 0; kw && i < kw->size(); i++) {
    std::string key = str_text(kw->m_items[i]);
    const Value& v = args[nargs + i];
    std::string* text = key == "co_name" ? &copy->m_name
                        : key == "co_qualname" ? &copy->m_qualname
                        : key == "co_filename" ? &copy->m_filename
                                               : nullptr;
    if (text) {
      if (!is_str(v))
        return raise(&TypeErrorType, format("replace() argument '%s' must be str, not %s", key.c_str(), type_name(v).c_str()));
      *text = str_text(v);
    } else if (key == "co_firstlineno") {
      int64_t line;
      if (!index_value(v, &line)) return Value();
      copy->m_first_line = static_cast<int>(line);
    } else if (key.rfind("co_", 0) == 0 && !CodeType.lookup(intern(key)).is_null()) {
      return raise(&ValueErrorType, format("code.replace() cannot change %s in hotpy (no bytecode)", key.c_str()));
    } else {
      return raise(&TypeErrorType, format("'%s' is an invalid keyword argument for replace()", key.c_str()));
    }
  }
  return result;
}

// Made ready on the first f.__code__ rather than at start-up, which few programs reach.
void init_code_type() {
  CodeType.tp_repr = code_repr;
  type_ready(&CodeType, &ObjectType, {{"replace", code_replace}, {"co_positions", code_positions}});
  type_add_getsets(&CodeType, {{"co_name", co_name},
                               {"co_qualname", co_qualname},
                               {"co_filename", co_filename},
                               {"co_firstlineno", co_firstlineno},
                               {"co_argcount", co_argcount},
                               {"co_posonlyargcount", co_posonlyargcount},
                               {"co_kwonlyargcount", co_kwonlyargcount},
                               {"co_nlocals", co_nlocals},
                               {"co_varnames", co_varnames},
                               {"co_freevars", co_freevars},
                               {"co_cellvars", co_cellvars},
                               {"co_consts", co_consts},
                               {"co_flags", co_flags}});
}

}  // namespace

static void ready_code_type() {
  static std::once_flag once;
  ready_builtin_types(once, init_code_type);
}

Value new_code(const FunctionObject* f) {
  ready_code_type();
  return Value::steal(new CodeObject(f));
}

Value new_unit_code(std::shared_ptr<ast::Unit> unit) {
  ready_code_type();
  return Value::steal(new CodeObject(std::move(unit)));
}

Value new_block_code(std::shared_ptr<ast::Unit> unit, const ast::Scope* scope) {
  ready_code_type();
  auto* c = new CodeObject(std::move(unit));
  if (scope != &c->m_unit->scope) {
    c->m_scope = scope;
    c->m_name = scope->name;
    c->m_qualname = scope->qualname;
  }
  return Value::steal(c);
}

Value new_comprehension_code(std::shared_ptr<ast::Unit> unit, const ast::Scope* scope, int line) {
  Value code = new_block_code(std::move(unit), scope);
  code.as<CodeObject>()->m_first_line = line;
  return code;
}

int function_set_code(FunctionObject* f, const Value& v) {
  if (!is_type(v, &CodeType)) {
    raise(&TypeErrorType, "__code__ must be set to a code object");
    return -1;
  }
  const CodeObject* c = code(v);
  if (!c->m_params) {
    raise(&TypeErrorType, "__code__ must be a function's code object (hotpy runs no other as a function)");
    return -1;
  }
  if (c->m_scope->free_slots.size() != f->m_closure.size()) {
    raise(&ValueErrorType, format("%s() requires a code object with %zu free vars, not %zu",
                                  str_text(f->m_name).c_str(), f->m_closure.size(), c->m_scope->free_slots.size()));
    return -1;
  }
  // Keyword-only defaults follow their names into the new parameter list.
  std::vector<Value> kwdefaults(c->m_params->kwonlyargs.size());
  for (size_t i = 0; i < f->m_kwdefaults.size(); i++)
    for (size_t j = 0; j < kwdefaults.size(); j++)
      if (f->m_params->kwonlyargs[i].name == c->m_params->kwonlyargs[j].name) kwdefaults[j] = f->m_kwdefaults[i];
  f->m_kwdefaults = std::move(kwdefaults);
  if (f->m_unit != c->m_unit) f->m_replaced_units.push_back(std::move(f->m_unit));
  f->m_unit = c->m_unit;
  f->m_scope = c->m_scope;
  f->m_params = c->m_params;
  f->m_body = c->m_body;
  f->m_expr = c->m_expr;
  f->m_first_line = c->m_def_line;
  f->m_decorated_line = c->m_decorated_line;
  set_call_shape(f);
  f->m_code = v;
  return 0;
}

// FunctionType(code, globals, name=None, argdefs=None, closure=None): a function
// running code's body with these globals, as CPython's function constructor.
Value function_new(TypeObject*, const Value* args, size_t nargs, KwNames* kw) {
  Value a[5];
  if (!bind_args("function", args, nargs, kw, {"code", "globals", "name", "argdefs", "closure"}, 5, a))
    return Value();
  const char* required[] = {"code", "globals"};
  for (int i = 0; i < 2; i++)
    if (a[i].is_null())
      return raise(&TypeErrorType, format("function() missing required argument '%s' (pos %d)", required[i], i + 1));
  auto none = [](const Value& v) { return v.is_null() || v.is_none(); };
  if (!is_type(a[0], &CodeType))
    return raise(&TypeErrorType, format("function() argument 'code' must be code, not %s", type_name(a[0]).c_str()));
  if (!is_dict(a[1]))
    return raise(&TypeErrorType, format("function() argument 'globals' must be dict, not %s", type_name(a[1]).c_str()));
  if (!none(a[2]) && !is_str(a[2])) return raise(&TypeErrorType, "arg 3 (name) must be None or string");
  if (!none(a[3]) && !is_tuple(a[3])) return raise(&TypeErrorType, "arg 4 (defaults) must be None or tuple");
  const CodeObject* c = code(a[0]);
  if (!c->m_params) return raise(&TypeErrorType, "function() needs a function's code object (hotpy runs no other as a function)");
  size_t nfree = c->m_scope->free_slots.size();
  if (nfree && !is_tuple(a[4])) return raise(&TypeErrorType, "arg 5 (closure) must be tuple");
  if (!none(a[4]) && !is_tuple(a[4])) return raise(&TypeErrorType, "arg 5 (closure) must be None or tuple");
  std::vector<Value> cells;
  if (is_tuple(a[4])) cells = as_tuple(a[4])->m_items;
  if (cells.size() != nfree)
    return raise(&ValueErrorType, format("%s requires closure of length %zu, not %zu", c->m_name.c_str(), nfree, cells.size()));
  for (const Value& cell : cells)
    if (!is_type(cell, &CellType))
      return raise(&TypeErrorType, format("arg 5 (closure) expected cell, found %s", type_name(cell).c_str()));
  auto* fn = new FunctionObject();
  Value result = Value::steal(fn);
  fn->m_globals = as_dict(a[1]);
  incref(fn->m_globals);
  fn->m_closure = std::move(cells);
  if (function_set_code(fn, a[0]) < 0) return Value();
  fn->m_kwdefaults.assign(c->m_params->kwonlyargs.size(), Value());
  if (is_tuple(a[3])) fn->m_defaults = as_tuple(a[3])->m_items;
  fn->m_name = none(a[2]) ? new_str(c->m_name) : a[2];
  fn->m_qualname = new_str(c->m_qualname);
  fn->m_doc = as_tuple(co_consts(a[0]))->m_items[0];
  Value mod = dict_get_str(fn->m_globals, intern("__name__"));
  fn->m_module = mod.is_null() ? Value::none() : mod;
  return result;
}

std::shared_ptr<ast::Unit> code_unit(const Value& v) {
  if (!is_type(v, &CodeType)) return nullptr;
  const CodeObject* c = code(v);
  return c->m_params || c->m_scope != &c->m_unit->scope ? nullptr : c->m_unit;
}

}  // namespace hotpy
