// Frame objects, as CPython 3.11's `frame` type (frame_object.h). What a frame object
// answers after its activation ended, by design:
// - f_lineno: the line it was on when it ended (for a frame built from a traceback
//   entry, the line the exception passed);
// - f_locals: a module frame's globals; {} for any other. While a function frame
//   runs, each read of f_locals is a new snapshot of its slots, as locals() is in
//   hotpy (CPython 3.11 refreshes one dict, which then often holds itself or the
//   frame: a cycle that hotpy, with no cycle collector, would never free); a class
//   body's or exec()'s f_locals is its namespace while it runs, let go when it ends
//   for the same reason. Unwinding records no locals: that would cost a dict per frame
//   per raise;
// - f_back: the caller's frame object, taken when it ended (None for a frame built
//   from a traceback entry whose caller is neither running nor in that traceback).
#include "eval/frame_object.h"

#include <mutex>
#include <string>

#include "eval/eval.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/ops.h"

namespace hotpy {

TypeObject FrameType("frame");

FrameObject::FrameObject(Frame* live)
    : GcObject(&FrameType), m_live(live), m_scope(live->scope), m_line(live->line) {
  if (live->unit) m_unit = *live->unit;
  if (live->func && live->func->m_scope == live->scope) m_func = Value::borrow(live->func);
  m_globals = Value::borrow(live->globals);
  if (live->locals) m_namespace = Value::borrow(live->locals);
}

FrameObject::FrameObject(TraceEntry&& ended)
    : GcObject(&FrameType),
      m_unit(ended.unit),
      m_scope(ended.scope),
      m_func(std::move(ended.func)),
      m_globals(std::move(ended.globals)),
      m_line(ended.line) {}

FrameObject::~FrameObject() = default;

void FrameObject::traverse(Visitor visit, void* arg) {
  for (const Value* v : {&m_func, &m_globals, &m_namespace, &m_code, &m_back, &m_trace})
    if (v->is_obj()) visit(v->obj(), arg);
}
// What a frame object answers from stays (its globals and function, which the
// collector clears themselves); its links to other frames and objects go.
void FrameObject::clear() {
  Value ns = std::move(m_namespace), code = std::move(m_code), back = std::move(m_back), trace = std::move(m_trace);
}

Value frame_object_for(Frame* f) {
  if (!f->object) {
    ready_frame_object_type();
    f->object = new FrameObject(f);  // the Frame's reference, dropped when it ends
  }
  return Value::borrow(f->object);
}

Value frame_object_at(int64_t depth) {
  Frame* f = ts->current_frame;
  for (int64_t i = 0; f && i < depth; i++) f = f->back;
  if (!f) return raise(&ValueErrorType, "call stack is not deep enough");
  return frame_object_for(f);
}

namespace {

FrameObject* frame_of(const Value& v) { return v.as<FrameObject>(); }

Value f_locals(const Value& self) {
  FrameObject* o = frame_of(self);
  if (!o->m_namespace.is_null()) return o->m_namespace;
  if (o->m_scope->type == ast::Scope::Type::Module) return o->m_globals;
  return o->m_live ? frame_locals(o->m_live) : new_dict();
}

Value f_lineno(const Value& self) {
  FrameObject* o = frame_of(self);
  return Value::integer(o->m_live ? o->m_live->line : o->m_line);
}

Value f_back(const Value& self) {
  FrameObject* o = frame_of(self);
  if (o->m_live) return o->m_live->back ? frame_object_for(o->m_live->back) : Value::none();
  return o->m_back.is_null() ? Value::none() : o->m_back;
}

Value f_globals(const Value& self) { return frame_of(self)->m_globals; }

Value f_builtins(const Value& self) {
  Value b = dict_get_str(as_dict(frame_of(self)->m_globals), intern("__builtins__"));
  if (!b.is_null() && !is_dict(b)) b = get_attr_opt(b, intern("__dict__"));
  if (b.is_null() || !is_dict(b)) {
    clear_error();
    b = Value::borrow(builtins_dict());
  }
  return b;
}

Value f_code(const Value& self) {
  FrameObject* o = frame_of(self);
  if (o->m_code.is_null()) {
    if (!o->m_func.is_null() && o->m_func.as<FunctionObject>()->m_scope == o->m_scope)
      o->m_code = get_attr(o->m_func, intern("__code__"));  // the function's own: f_code is f.__code__
    else if (o->m_unit)
      o->m_code = new_block_code(o->m_unit, o->m_scope);
    else
      return Value::none();
  }
  return o->m_code;
}

// hotpy runs no bytecode: no instruction offset, which CPython's traceback and inspect
// modules read as "no position" (they fall back to the line).
Value f_lasti(const Value&) { return Value::integer(-1); }

Value f_trace(const Value& self) {
  const Value& t = frame_of(self)->m_trace;
  return t.is_null() ? Value::none() : t;
}
int f_trace_set(const Value& self, const Value& v) {
  frame_of(self)->m_trace = v.is_none() ? Value() : v;
  return 0;
}
Value f_trace_flag(const Value&) { return Value::boolean(false); }
Value f_trace_lines(const Value&) { return Value::boolean(true); }

Value frame_clear(const Value* args, size_t nargs, KwNames*) {
  if (nargs != 1) return raise(&TypeErrorType, "frame.clear() takes no arguments");
  FrameObject* o = frame_of(args[0]);
  if (o->m_live) return raise(&RuntimeErrorType, "cannot clear an executing frame");
  return Value::none();
}

Value frame_repr(const Value& self) {
  FrameObject* o = frame_of(self);
  std::string file = o->m_unit ? o->m_unit->filename : "<unknown>";
  std::string name = o->m_scope ? o->m_scope->name : "<module>";
  return new_str(format("<frame at %p, file '%s', line %d, code %s>", static_cast<const void*>(o), file.c_str(),
                        int(f_lineno(self).as_int()), name.c_str()));
}

void ready_frame_type() {
  FrameType.tp_repr = frame_repr;
  type_ready(&FrameType, &ObjectType, {{"clear", frame_clear}});
  FrameType.tp_new = nullptr;  // "cannot create 'frame' instances"
  type_add_value(&FrameType, "__module__", interned("builtins"));
  type_add_getsets(&FrameType, {{"f_back", f_back},
                                {"f_builtins", f_builtins},
                                {"f_code", f_code},
                                {"f_globals", f_globals},
                                {"f_lasti", f_lasti},
                                {"f_lineno", f_lineno},
                                {"f_locals", f_locals},
                                {"f_trace", f_trace, f_trace_set},
                                {"f_trace_lines", f_trace_lines},
                                {"f_trace_opcodes", f_trace_flag}});
}

}  // namespace

void ready_frame_object_type() {
  static std::once_flag once;
  ready_builtin_types(once, ready_frame_type);
}

void detach_frame_object(Frame* f) {
  FrameObject* o = f->object;
  f->object = nullptr;
  o->m_live = nullptr;
  o->m_line = f->line;
  o->m_namespace = Value();
  if (f->back) o->m_back = frame_object_for(f->back);
  decref(o);
}

}  // namespace hotpy
