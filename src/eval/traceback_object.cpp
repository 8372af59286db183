// Traceback objects (traceback_object.h): made from an exception's recorded entries
// when its __traceback__ is read, assigned by __traceback__ = / with_traceback(), and
// built by types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno).
#include "eval/traceback_object.h"

#include <mutex>

#include "eval/frame_object.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject TracebackType("traceback");

TracebackObject::TracebackObject(TraceEntry entry, Value frame, Value next)
    : GcObject(&TracebackType), m_entry(std::move(entry)), m_next(std::move(next)), m_frame(std::move(frame)) {
  // The frame object holds these now.
  m_entry.globals = m_entry.func = m_entry.frame = Value();
}

void TracebackObject::traverse(Visitor visit, void* arg) {
  for (const Value* v : {&m_next, &m_frame})
    if (v->is_obj()) visit(v->obj(), arg);
}

const std::string& trace_entry_filename(const TraceEntry& t) {
  static const std::string unknown = "<unknown>";
  return t.unit ? t.unit->filename : unknown;
}

const std::string& trace_entry_function(const TraceEntry& t) {
  static const std::string module = "<module>";
  return t.scope && t.scope->type != ast::Scope::Type::Module ? t.scope->name : module;
}

std::vector<const TraceEntry*> traceback_entries(const BaseExceptionObject* e) {
  std::vector<const TraceEntry*> out;
  out.reserve(e->m_traceback.size());
  for (size_t i = e->m_traceback.size(); i-- > 0;) out.push_back(&e->m_traceback[i]);
  for (Object* tb = e->m_tb_head.is_null() ? nullptr : e->m_tb_head.obj(); tb;) {
    auto* t = static_cast<TracebackObject*>(tb);
    out.push_back(&t->m_entry);
    tb = t->m_next.is_null() ? nullptr : t->m_next.obj();
  }
  return out;
}

namespace {

TracebackObject* tb_of(const Value& v) { return v.as<TracebackObject>(); }

Value tb_next(const Value& self) {
  const Value& n = tb_of(self)->m_next;
  return n.is_null() ? Value::none() : n;
}

// As CPython: a chain that would reach this object again is refused.
int tb_next_set(const Value& self, const Value& v) {
  if (v.is_null()) {
    raise(&TypeErrorType, "can't delete tb_next attribute");
    return -1;
  }
  if (!v.is_none() && !is_type(v, &TracebackType)) {
    raise(&TypeErrorType, format("expected traceback object, got '%s'", type_name(v).c_str()));
    return -1;
  }
  for (Value cursor = v; !cursor.is_none() && !cursor.is_null(); cursor = tb_of(cursor)->m_next) {
    if (cursor.is(self)) {
      raise(&ValueErrorType, "traceback loop detected");
      return -1;
    }
  }
  tb_of(self)->m_next = v.is_none() ? Value() : v;
  return 0;
}

Value tb_frame(const Value& self) { return tb_of(self)->m_frame; }
// An index into the unit's reported positions (see ast::Unit) when the entry knows
// where on its line the failing expression is; -1 ("no position") otherwise.
Value tb_lasti(const Value& self) {
  TracebackObject* tb = tb_of(self);
  const TraceEntry& t = tb->m_entry;
  if (tb->m_lasti >= 0 || !t.unit || t.col < 0 || t.end_col < 0) return Value::integer(tb->m_lasti);
  bool to_line_end = t.end_col == TraceEntry::kToLineEnd;
  std::array<int, 4> pos = {t.line, to_line_end ? t.line + 1 : t.line, t.col, to_line_end ? 0 : t.end_col};
  std::lock_guard<std::mutex> hold(t.unit->reported_positions_lock);
  auto& table = t.unit->reported_positions;
  size_t i = 0;
  while (i < table.size() && table[i] != pos) ++i;
  if (i == table.size()) table.push_back(pos);
  return Value::integer(int64_t(2 * i));
}
Value tb_lineno(const Value& self) { return Value::integer(tb_of(self)->m_entry.line); }

// hotpy has no bytecode, so no co_positions(): the traceback module reads where on the
// line the failing expression is from here, to draw CPython 3.11's carets. A tuple
// (col, end_col, split1, split2) of 0-based byte columns, -1 when unknown; end_col is
// -2 when the expression goes on past this line.
Value tb_hotpy_position(const Value& self) {
  const TraceEntry& t = tb_of(self)->m_entry;
  int end_col = t.end_col == TraceEntry::kToLineEnd ? -2 : t.end_col;
  return new_tuple({Value::integer(t.col), Value::integer(end_col), Value::integer(t.split1),
                    Value::integer(t.split2)});
}

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
Value tb_new(TypeObject*, const Value* args, size_t nargs, KwNames* kw) {
  static const char* const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
  Value a[4];
  if (!bind_args("TracebackType", args, nargs, kw, {names[0], names[1], names[2], names[3]}, 4, a))
    return Value();
  for (int i = 0; i < 4; i++)
    if (a[i].is_null())
      return raise(&TypeErrorType,
                   format("TracebackType() missing required argument '%s' (pos %d)", names[i], i + 1));
  if (!is_frame_object(a[1]))
    return raise(&TypeErrorType,
                 format("TracebackType() argument 'tb_frame' must be frame, not %s", type_name(a[1]).c_str()));
  int64_t lasti, lineno;
  if (!index_value(a[2], &lasti) || !index_value(a[3], &lineno)) return Value();
  if (!a[0].is_none() && !is_type(a[0], &TracebackType))
    return raise(&TypeErrorType, format("expected traceback object or None, got '%s'", type_name(a[0]).c_str()));
  auto* frame = a[1].as<FrameObject>();
  TraceEntry entry;
  entry.unit = frame->m_unit;
  entry.scope = frame->m_scope;
  entry.line = int(lineno);
  auto* tb = new TracebackObject(std::move(entry), a[1], a[0].is_none() ? Value() : a[0]);
  tb->m_lasti = lasti;
  return Value::steal(tb);
}

void ready_traceback_type() {
  TracebackType.tp_new = tb_new;
  type_ready(&TracebackType, &ObjectType);
  type_add_value(&TracebackType, "__module__", interned("builtins"));
  type_add_getsets(&TracebackType, {{"tb_next", tb_next, tb_next_set},
                                    {"tb_frame", tb_frame},
                                    {"tb_lasti", tb_lasti},
                                    {"tb_lineno", tb_lineno},
                                    {"_hotpy_position", tb_hotpy_position}});
}

void ready_traceback_object_type() {
  static std::once_flag once;
  ready_builtin_types(once, ready_traceback_type);
}

// The frame object of the running activation `serial`, or Null when it is not running.
Value running_frame(uint64_t serial) {
  for (Frame* f = ts->current_frame; f; f = f->back)
    if (f->serial == serial) return frame_object_for(f);
  return Value();
}

// The frame object given to activation `serial` among the traceback objects from
// `first` to `last` (made by one materialize), or Null.
Value frame_among(TracebackObject* first, const TracebackObject* last, uint64_t serial) {
  for (TracebackObject* tb = first; tb; tb = tb == last ? nullptr : tb_of(tb->m_next)) {
    if (tb->m_entry.serial == serial) return tb->m_frame;
  }
  return Value();
}

// Turns the recorded entries into traceback objects in front of m_tb_head. An entry
// of an activation that is still running gets that activation's frame object; one
// that ended gets a frame object built from the entry, one per activation, whose
// f_back is its caller's when that is running or also in this traceback. Made from
// the outermost entry in, so a caller's frame object exists before its callee's.
// No container is allocated: `with` blocks read the traceback of every exception
// that passes through them.
void materialize(BaseExceptionObject* e) {
  ready_traceback_object_type();
  ready_frame_object_type();
  std::vector<TraceEntry>& entries = e->m_traceback;
  TracebackObject* first = nullptr;
  TracebackObject* last = nullptr;
  Value head;
  for (size_t i = entries.size(); i-- > 0;) {
    TraceEntry& t = entries[i];
    Value frame = t.frame;
    if (frame.is_null() && first) frame = frame_among(first, last, t.serial);
    if (frame.is_null()) frame = running_frame(t.serial);
    if (frame.is_null()) {
      Value back = first ? frame_among(first, last, t.back_serial) : Value();
      if (back.is_null()) back = running_frame(t.back_serial);
      auto* o = new FrameObject(std::move(t));
      o->m_back = std::move(back);
      frame = Value::steal(o);
    }
    auto* tb = new TracebackObject(std::move(t), std::move(frame), Value());
    if (last)
      last->m_next = Value::steal(tb);
    else
      head = Value::steal(tb);
    if (!first) first = tb;
    last = tb;
  }
  if (last) last->m_next = std::move(e->m_tb_head);
  entries.clear();
  e->m_tb_head = std::move(head);
}

Value get_traceback(BaseExceptionObject* e) {
  if (!e->m_traceback.empty()) materialize(e);
  return e->m_tb_head.is_null() ? Value::none() : e->m_tb_head;
}

int set_traceback(BaseExceptionObject* e, const Value& tb) {
  if (tb.is_null()) {
    raise(&TypeErrorType, "__traceback__ may not be deleted");
    return -1;
  }
  if (!tb.is_none() && !is_type(tb, &TracebackType)) {
    raise(&TypeErrorType, "__traceback__ must be a traceback or None");
    return -1;
  }
  e->m_traceback.clear();
  e->m_tb_head = tb.is_none() ? Value() : tb;
  return 0;
}

}  // namespace

void init_traceback_objects() {
  static std::once_flag once;  // interpreters may start on several threads at once
  std::call_once(once, [] {
    exception_traceback = get_traceback;
    set_exception_traceback = set_traceback;
  });
}

}  // namespace hotpy
