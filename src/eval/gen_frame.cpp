// gi_frame and gi_code: a generator's frame is a frame object (frame_object.h) of the
// Frame the generator owns, made on the first request, so a generator never asked
// costs nothing.
#include "eval/eval.h"
#include "eval/frame_object.h"
#include "eval/generator.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/ops.h"

namespace hotpy {

Value generator_code(GeneratorObject* g) {
  if (g->m_func.is_null()) return new_comprehension_code(g->m_unit, &g->m_comp->scope, g->m_comp->loc.line);
  return get_attr(g->m_func, intern("__code__"));  // the function's own, so gi_code is f.__code__
}

Value generator_frame(const Value& gen) {
  auto* g = gen.as<GeneratorObject>();
  if (g->m_state == GeneratorObject::State::Done) return Value::none();
  return frame_object_for(&g->m_frame);
}

}  // namespace hotpy
