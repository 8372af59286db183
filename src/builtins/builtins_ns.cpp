// The builtins that see namespaces and run code: globals, locals, vars, dir, eval,
// exec and __import__. They reach the running frame through eval.h's hooks.
#include "builtins/ast_objects.h"
#include "builtins/builtins_internal.h"
#include "eval/eval.h"
#include "modules/import.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "resolve/compile.h"

namespace hotpy {

namespace {

Value b_globals(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("globals", kw) || !check_nargs("globals", nargs, 0, 0)) return Value();
  DictObject* g = current_globals();
  return g ? Value::borrow(g) : new_dict();
}

Value b_locals(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("locals", kw) || !check_nargs("locals", nargs, 0, 0)) return Value();
  Value l = current_locals();
  return l.is_none() ? new_dict() : l;
}

Value b_vars(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("vars", kw) || !check_nargs("vars", nargs, 0, 1)) return Value();
  if (nargs == 0) return b_locals(args, 0, nullptr);
  Value d = get_attr(args[0], intern("__dict__"));
  if (d.is_null() && error_matches(&AttributeErrorType)) {
    clear_error();
    return raise(&TypeErrorType, "vars() argument must have __dict__ attribute");
  }
  return d;
}

// Keys of `d` appended to `names`, each once (`seen` tracks them).
void add_keys(DictObject* d, DictObject* seen, std::vector<Value>& names) {
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (dict_contains(seen, k) == 1) continue;
    dict_set(seen, k, Value::none());
    names.push_back(k);
  }
}

Value b_dir(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("dir", kw) || !check_nargs("dir", nargs, 0, 1)) return Value();
  std::vector<Value> names;
  Value seen_hold = new_dict();
  DictObject* seen = as_dict(seen_hold);
  if (nargs == 0) {
    Value l = b_locals(nullptr, 0, nullptr);
    if (l.is_null()) return l;
    if (is_dict(l)) add_keys(as_dict(l), seen, names);
    else if (!collect_iterable(l, names)) return Value();
  } else if (is_module(args[0])) {
    // A module lists its namespace, unless it defines __dir__ itself (PEP 562).
    DictObject* md = args[0].as<ModuleObject>()->m_dict;
    Value hook = dict_get_str(md, intern("__dir__"));
    if (hook.is_null()) {
      add_keys(md, seen, names);
    } else {
      Value r = call0(hook);
      if (r.is_null() || !collect_iterable(r, names)) return Value();
    }
  } else if (args[0].type()->is_subtype(&TypeType) &&
             args[0].type()->lookup(intern("__dir__")).is(TypeType.lookup(intern("__dir__")))) {
    // A class: its attributes and those of its bases (not of its metaclass), unless
    // the metaclass defines its own __dir__ (enum's EnumType does): that one answers.
    for (TypeObject* t : args[0].as<TypeObject>()->m_mro)
      if (t->m_dict) add_keys(t->m_dict, seen, names);
  } else {
    Value r = call_special(args[0], intern("__dir__"), nullptr, 0);
    if (r.is_null() || !collect_iterable(r, names)) return Value();
  }
  if (!sort_values(names, Value(), false)) return Value();
  return new_list(std::move(names));
}

// ---------------------------------------------------------------------------
// eval() and exec()

// The source text of eval/exec's first argument.
bool source_text(const Value& v, const char* fname, std::string* out) {
  if (is_str(v)) *out = as_str(v)->m_data;
  else if (buffer_bytes(v, out)) {
  } else if (error_pending()) {
    return false;
  } else {
    raise(&TypeErrorType, format("%s() arg 1 must be a string, bytes or code object", fname));
    return false;
  }
  if (out->find('\0') != std::string::npos) {
    raise(&SyntaxErrorType, "source code string cannot contain null bytes");
    return false;
  }
  return true;
}

// Resolves the namespaces of eval/exec: both default to the caller's; a given
// globals alone serves as locals too. *locals is null when it is the globals.
bool namespaces(const Value* args, size_t nargs, Value* globals, Value* locals) {
  Value g = nargs > 1 ? args[1] : Value::none();
  Value l = nargs > 2 ? args[2] : Value::none();
  if (!g.is_none() && !is_dict(g)) {
    raise(&TypeErrorType, "globals must be a dict");
    return false;
  }
  if (!l.is_none() && !(l.is_obj() && l.type()->tp_getitem)) {
    raise(&TypeErrorType, "locals must be a mapping");
    return false;
  }
  if (g.is_none()) {
    DictObject* cur = current_globals();
    if (cur) {
      g = Value::borrow(cur);
      if (l.is_none()) {
        Value cl = current_locals();
        if (cl.is_null()) return false;
        if (is_dict(cl)) l = cl;
      }
    } else {
      g = new_dict();  // called with no Python frame running (embedding)
    }
  }
  *globals = g;
  *locals = l.is_none() || l.is(g) ? Value() : l;
  return true;
}

// Runs eval/exec's first argument when it is a code object from compile(): Null
// with *handled false when it is source text instead. eval() of an expression's code
// returns its value; everything else returns None.
Value run_code_object(const Value* args, size_t nargs, const char* fname, bool* handled) {
  bool is_eval = std::string_view(fname) == "eval";
  *handled = is_type(args[0], &CodeType);
  if (!*handled) return Value();
  auto unit = code_unit(args[0]);
  if (!unit)
    return raise(&TypeErrorType, format("%s() of a function's code object is not supported", fname));
  Value g, l;
  if (!namespaces(args, nargs, &g, &l)) return Value();
  Object* locals = l.is_null() ? nullptr : l.obj();
  if (unit->mode == ast::Mode::Eval) {
    Value r = eval_unit(unit, as_dict(g), locals);
    return r.is_null() || is_eval ? r : Value::none();
  }
  Value r = run_unit(unit, as_dict(g), locals);
  return r.is_null() ? r : Value::none();
}

Value b_eval(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("eval", kw) || !check_nargs("eval", nargs, 1, 3)) return Value();
  bool is_code;
  Value ran = run_code_object(args, nargs, "eval", &is_code);
  if (is_code) return ran;
  std::string src;
  if (!source_text(args[0], "eval", &src)) return Value();
  Value g, l;
  if (!namespaces(args, nargs, &g, &l)) return Value();
  // eval() ignores leading blanks, so an indented expression is not an error.
  size_t skip = src.find_first_not_of(" \t");
  if (skip != 0) src.erase(0, skip == std::string::npos ? src.size() : skip);
  auto unit = compile_source(std::move(src), "<string>", ast::Mode::Eval);
  if (!unit) return Value();
  return eval_unit(unit, as_dict(g), l.is_null() ? nullptr : l.obj());
}

Value b_exec(const Value* args, size_t nargs, KwNames* kw) {
  if (kw) {
    // Only exec(..., closure=None) is accepted among keywords.
    for (size_t i = 0; i < kw->size(); i++) {
      std::string_view k = as_str(kw->m_items[i])->view();
      if (k != "closure")
        return raise(&TypeErrorType, format("exec() got an unexpected keyword argument '%.*s'", int(k.size()), k.data()));
      if (!args[nargs + i].is_none())
        return raise(&TypeErrorType, "cannot use a closure with this code object");
    }
  }
  if (!check_nargs("exec", nargs, 1, 3)) return Value();
  bool is_code;
  Value ran = run_code_object(args, nargs, "exec", &is_code);
  if (is_code) return ran;
  std::string src;
  if (!source_text(args[0], "exec", &src)) return Value();
  Value g, l;
  if (!namespaces(args, nargs, &g, &l)) return Value();
  auto unit = compile_source(std::move(src), "<string>", ast::Mode::File);
  if (!unit) return Value();
  Value r = run_unit(unit, as_dict(g), l.is_null() ? nullptr : l.obj());
  if (r.is_null()) return r;
  return Value::none();
}

// An instance of _ast.AST (the class of ast.parse's nodes), when _ast was imported.
static bool is_ast_node(const Value& v) {
  Value module = dict_get(sys_modules(), new_str("_ast"));
  if (module.is_null()) return false;
  Value base = get_attr_opt(module, intern("AST"));
  if (base.is_null()) {
    clear_error();
    return false;
  }
  return base.type()->is_subtype(&TypeType) && v.type()->is_subtype(base.as<TypeObject>());
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code
// object for exec()/eval(). hotpy has no future flags to inherit and no optimizer,
// so flags/dont_inherit/optimize are checked for type and otherwise ignored.
Value b_compile(const Value* args, size_t nargs, KwNames* kw) {
  Value a[7];
  if (!bind_args("compile", args, nargs, kw,
                 {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 6, a))
    return Value();
  for (int i = 0; i < 3; i++)
    if (a[i].is_null())
      return raise(&TypeErrorType, format("compile() missing required argument '%s' (pos %d)",
                                          i == 0 ? "source" : i == 1 ? "filename" : "mode", i + 1));
  std::string src;
  if (is_str(a[0])) src = as_str(a[0])->m_data;
  else if (is_bytes(a[0])) src = std::string(bytes_view(a[0]));
  else if (is_ast_node(a[0]))
    return raise(&TypeErrorType, "compile(): hotpy cannot compile an AST object yet, only source text");
  else return raise(&TypeErrorType, "compile() arg 1 must be a string, bytes or AST object");
  if (src.find('\0') != std::string::npos) return raise(&SyntaxErrorType, "source code string cannot contain null bytes");
  std::string filename;
  if (is_str(a[1])) filename = as_str(a[1])->m_data;
  else if (is_bytes(a[1])) filename = std::string(bytes_view(a[1]));
  else
    return raise(&TypeErrorType, format("expected str, bytes or os.PathLike object, not %s", type_name(a[1]).c_str()));
  if (!is_str(a[2]))
    return raise(&TypeErrorType, format("compile() argument 'mode' must be str, not %s", type_name(a[2]).c_str()));
  std::string_view mode_name = as_str(a[2])->view();
  ast::Mode mode;
  if (mode_name == "exec") mode = ast::Mode::File;
  else if (mode_name == "eval") mode = ast::Mode::Eval;
  else if (mode_name == "single") mode = ast::Mode::Interactive;
  else return raise(&ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
  int64_t flags = 0;
  if (!a[3].is_null() && !index_value(a[3], &flags)) return Value();
  // PyCF_ONLY_AST: ast.parse, the tree as _ast objects.
  constexpr int64_t kOnlyAst = 0x400;
  if (flags & kOnlyAst) return parse_to_ast_objects(std::move(src), filename, mode);
  auto unit = compile_source(std::move(src), filename, mode);
  if (!unit) return Value();
  return new_unit_code(std::move(unit));
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Value b_import(const Value* args, size_t nargs, KwNames* kw) {
  Value a[5];
  if (!bind_args("__import__", args, nargs, kw, {"name", "globals", "locals", "fromlist", "level"}, 5, a))
    return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "__import__() missing required argument 'name' (pos 1)");
  if (!is_str(a[0])) return raise(&TypeErrorType, "module name must be a string");
  int64_t level = 0;
  if (!a[4].is_null() && !index_value(a[4], &level)) return Value();
  if (level < 0) return raise(&ValueErrorType, "level must be >= 0");
  if (level == 0 && as_str(a[0])->m_length == 0) return raise(&ValueErrorType, "Empty module name");
  DictObject* globals = is_dict(a[1]) ? as_dict(a[1]) : nullptr;
  Value fromlist = a[3].is_null() ? empty_tuple() : a[3];
  return import_module_level(as_str(a[0]), globals, fromlist, static_cast<int>(level));
}

}  // namespace

void add_ns_builtins(ModuleObject* m) {
  module_add_functions(m, {{"globals", b_globals},
                           {"locals", b_locals},
                           {"vars", b_vars},
                           {"dir", b_dir},
                           {"eval", b_eval},
                           {"compile", b_compile},
                           {"exec", b_exec},
                           {"__import__", b_import}});
}

}  // namespace hotpy
