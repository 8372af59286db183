// gi_frame: a frame object for a suspended generator, the view of its Frame that
// introspection reads (f_lineno, f_locals, f_code, f_globals). hotpy has no frame
// objects elsewhere; this one lives only as long as someone holds it and reads the
// generator's Frame on each access, so it costs nothing to a generator never asked.
#include "eval/eval.h"
#include "eval/generator.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/ops.h"

namespace hotpy {

namespace {

TypeObject GenFrameType("frame");

struct GenFrameObject : Object {
  Value m_gen;
  explicit GenFrameObject(Value gen) : Object(&GenFrameType), m_gen(std::move(gen)) {}
  void traverse(Visitor visit, void* arg) override { visit(m_gen.obj(), arg); }
};

GeneratorObject* gen_of(const Value& frame) { return frame.as<GenFrameObject>()->m_gen.as<GeneratorObject>(); }

Value f_lineno(const Value& s) { return Value::integer(gen_of(s)->m_frame.line); }
Value f_locals(const Value& s) { return frame_locals(&gen_of(s)->m_frame); }
Value f_globals(const Value& s) { return Value::borrow(gen_of(s)->m_frame.globals); }
Value f_code(const Value& s) { return generator_code(gen_of(s)); }
Value f_back(const Value&) { return Value::none(); }

Value frame_repr(const Value& self) {
  GeneratorObject* g = gen_of(self);
  return new_str(format("<frame at %p, code %s>", static_cast<const void*>(self.obj()),
                        str_text(g->m_name).c_str()));
}

void ready_frame_type() {
  GenFrameType.tp_repr = frame_repr;
  type_ready(&GenFrameType, &ObjectType);
  type_add_getsets(&GenFrameType, {{"f_lineno", f_lineno},
                                   {"f_locals", f_locals},
                                   {"f_globals", f_globals},
                                   {"f_code", f_code},
                                   {"f_back", f_back}});
}

}  // namespace

Value generator_code(GeneratorObject* g) {
  if (g->m_func.is_null()) return new_comprehension_code(g->m_unit, &g->m_comp->scope, g->m_comp->loc.line);
  return get_attr(g->m_func, intern("__code__"));  // the function's own, so gi_code is f.__code__
}

Value generator_frame(const Value& gen) {
  if (gen.as<GeneratorObject>()->m_state == GeneratorObject::State::Done) return Value::none();
  static std::once_flag once;
  ready_builtin_types(once, ready_frame_type);
  return Value::steal(new GenFrameObject(gen));
}

}  // namespace hotpy
