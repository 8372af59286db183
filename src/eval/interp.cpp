// The evaluator's entry points (eval.h): run units in a namespace, plus the hooks
// builtins use to see the running frame, and the importer table (importer.h).
#include <alloca.h>

#include "eval/config.h"
#include "eval/eval.h"
#include "objects/gc.h"
#include "eval/frame.h"
#include "eval/importer.h"
#include "eval/traceback_object.h"
#include "objects/weakref.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

DictObject* builtins_dict() { return ts->builtins; }
void set_builtins_dict(DictObject* d) {
  if (d) incref(d);
  if (ts->builtins) decref(ts->builtins);
  ts->builtins = d;
}

// Until the import system installs itself (a program that only evaluates), imports fail
// as CPython's do without builtins.__import__, and sys has nothing to offer.
static Value no_import_module_level(StrObject*, DictObject*, const Value&, int) {
  return raise(&ImportErrorType, "__import__ not found");
}
static Value no_import_from(const Value&, StrObject*) {
  return raise(&ImportErrorType, "__import__ not found");
}
static Value no_sys_get(StrObject*) { return Value(); }
static const Importer kNoImporter = {no_import_module_level, no_import_from, no_sys_get};
static const Importer* installed_importer = &kNoImporter;

void install_importer(const Importer* importer) {
  installed_importer = importer ? importer : &kNoImporter;
}
const Importer& importer() { return *installed_importer; }

// Runs the unit's module-level block; `body` is the statements to run.
static Value run_module_frame(const std::shared_ptr<ast::Unit>& unit, DictObject* globals, Object* locals,
                              const ast::Expr* expr) {
  if (dict_get_str(globals, intern("__builtins__")).is_null())
    dict_set_str(globals, intern("__builtins__"), Value::borrow(ts->builtins));
  const ast::Scope& scope = unit->scope;
  size_t n = scope.nslots;
  auto* slots = static_cast<Value*>(alloca(sizeof(Value) * (n ? n : 1)));
  for (size_t i = 0; i < n; i++) new (&slots[i]) Value();
  Frame frame;
  frame.scope = &scope;
  frame.slots = slots;
  frame.globals = globals;
  frame.locals = locals == static_cast<Object*>(globals) ? nullptr : locals;
  frame.unit = &unit;
  frame.line = 1;
  Value result;
  ++ts->depth;  // a module's frame counts toward the recursion limit, as in CPython
  if (!expr && unit->mode == ast::Mode::File) {
    // The module docstring is the first statement when it is a string literal. Only a
    // docstring is stored: a module starts with __doc__ None, exec() adds nothing else.
    Value doc;
    if (!unit->body.empty() && unit->body[0]->kind == ast::Kind::ExprStmt && runtime_config().optimize < 2) {
      auto* first = static_cast<const ast::ExprStmt*>(unit->body[0])->value;
      if (first->kind == ast::Kind::Constant && static_cast<const ast::Constant*>(first)->type == ast::Constant::Type::Str)
        doc = static_cast<const ast::Constant*>(first)->value;
    }
    if (!doc.is_null() && !locals_set(&frame, intern("__doc__"), doc)) return Value();
  }
  if (expr) {
    frame.back = ts->current_frame;
    frame.serial = new_frame_serial();
    ts->current_frame = &frame;
    result = eval(&frame, expr);
    ts->current_frame = frame.back;
    if (result.is_null()) traceback_here(&frame);
    leave_frame(&frame);
  } else {
    result = run_frame(&frame, unit->body);
  }
  --ts->depth;
  for (size_t i = 0; i < n; i++) slots[i].~Value();
  return result;
}

Value run_unit(const std::shared_ptr<ast::Unit>& unit, DictObject* globals, Object* locals) {
  return run_module_frame(unit, globals, locals, nullptr);
}

Value eval_unit(const std::shared_ptr<ast::Unit>& unit, DictObject* globals, Object* locals) {
  if (unit->body.size() != 1 || unit->body[0]->kind != ast::Kind::ExprStmt)
    return raise(&SystemErrorType, "eval() needs an expression");
  return run_module_frame(unit, globals, locals, static_cast<const ast::ExprStmt*>(unit->body[0])->value);
}

DictObject* current_globals() { return ts->current_frame ? ts->current_frame->globals : nullptr; }

Value current_locals() {
  Frame* f = ts->current_frame;
  if (!f) return Value::none();
  if (f->locals) return Value::borrow(f->locals);
  if (f->scope->type == ast::Scope::Type::Module) return Value::borrow(f->globals);
  return frame_locals(f);
}

Value locals_get(const Frame* f, StrObject* name) {
  if (f->locals->m_type == &DictType) return dict_get_str(static_cast<DictObject*>(f->locals), name);
  Value v = get_item(Value::borrow(f->locals), Value::borrow(name));
  if (v.is_null() && error_matches(&KeyErrorType)) clear_error();
  return v;
}

bool locals_set(const Frame* f, StrObject* name, const Value& v) {
  if (!f->locals) return dict_set_str(f->globals, name, v) >= 0;
  if (f->locals->m_type == &DictType) return dict_set_str(static_cast<DictObject*>(f->locals), name, v) >= 0;
  return set_item(Value::borrow(f->locals), Value::borrow(name), v) >= 0;
}

bool locals_del(const Frame* f, StrObject* name) {
  if (del_item(Value::borrow(f->locals), Value::borrow(name)) >= 0) return true;
  if (!error_matches(&KeyErrorType)) return false;
  clear_error();
  raise(&NameErrorType, format("name '%s' is not defined", name->m_data.c_str()));
  return false;
}

// Inside a function: a snapshot of the bound slots, as CPython's locals().
Value frame_locals(const Frame* f) {
  Value d = new_dict();
  for (int i = 0; i < f->scope->nslots; i++) {
    Value v = f->slots[i];
    if (v.is_obj() && v.type() == &CellType) v = v.as<CellObject>()->m_value;
    if (v.is_null()) continue;
    dict_set_str(as_dict(d), intern(f->scope->slot_names[i]), v);
  }
  return d;
}

// super() without arguments: the class from the method's __class__ cell and the
// method's first argument.
static bool find_super_args(Value* type, Value* obj) {
  Frame* f = ts->current_frame;
  // In 3.11 a comprehension or generator expression is a function of its own whose
  // first argument is the iterator: super() there pairs __class__ with that iterator.
  if (f && f->scope->type == ast::Scope::Type::Comprehension) {
    raise(&TypeErrorType, "super(type, obj): obj must be an instance or subtype of type");
    return false;
  }
  if (!f || !f->func || f->scope->type != ast::Scope::Type::Function) {
    raise(&RuntimeErrorType, "super(): no arguments");
    return false;
  }
  const ast::Scope& s = *f->scope;
  if (s.nslots == 0 || f->func->m_params->args.size() + f->func->m_params->posonlyargs.size() == 0) {
    raise(&RuntimeErrorType, "super(): no arguments");
    return false;
  }
  Value first = f->slots[0];
  if (first.is_obj() && first.type() == &CellType) first = first.as<CellObject>()->m_value;
  if (first.is_null()) {
    raise(&RuntimeErrorType, "super(): arg[0] deleted");
    return false;
  }
  for (int i = 0; i < s.nslots; i++) {
    if (s.slot_names[i] != "__class__") continue;
    const Value& cell = f->slots[i];
    if (cell.is_obj() && cell.type() == &CellType && !cell.as<CellObject>()->m_value.is_null()) {
      *type = cell.as<CellObject>()->m_value;
      *obj = first;
      return true;
    }
    raise(&RuntimeErrorType, "super(): empty __class__ cell");
    return false;
  }
  raise(&RuntimeErrorType, "super(): __class__ cell not found");
  return false;
}

// The __del__ of an object losing its last reference. Its errors cannot propagate:
// they are reported as CPython's "Exception ignored in: ...", and an exception
// already in flight (a __del__ run while unwinding) is kept.
static void call_del(Object* o) {
  if (!ts || !ts->host || !builtins_dict()) return;  // no live interpreter to run it in
  Value f = o->m_type->lookup(INTERN("__del__"));
  if (f.is_null()) return;  // the class namespace was emptied (finalization)
  Value in_flight = std::move(ts->exc);
  ts->exc = Value();
  Value self = Value::borrow(o);
  if (call_special(self, INTERN("__del__"), nullptr, 0).is_null()) write_unraisable_exception(f);
  ts->exc = std::move(in_flight);
}

void init_eval() {
  run_finalizer = call_del;
  report_unraisable = [](const Value& obj) { write_unraisable_exception(obj); };
  zero_arg_super = find_super_args;
  running_globals = current_globals;
  init_traceback_objects();
}

}  // namespace hotpy
