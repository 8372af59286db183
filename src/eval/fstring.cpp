// f-strings (Language Reference 6.2.9): replacement fields formatted and joined.
#include <charconv>

#include "eval/eval.h"
#include "eval/frame.h"
#include "objects/errors.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/typeslots.h"

namespace hotpy {

using namespace ast;

// The text of a replacement field whose expression gave `v`.
static Value format_field(const FormattedValue* fv, Frame* f, Value v) {
  switch (fv->conversion) {
    case 'r': v = repr(v); break;
    case 's': v = to_str(v); break;
    case 'a': v = call1(dict_get_str(builtins_dict(), INTERN("ascii")), v); break;
    default: break;
  }
  if (v.is_null()) return v;
  Value spec;
  if (fv->format_spec) {
    spec = eval(f, fv->format_spec);
    if (spec.is_null()) return spec;
  } else {
    if (is_type(v, &StrType)) return v;
    spec = interned("");
  }
  return format_value(v, spec);
}

// A field with no spec and no conversion other than !s/!r, of a small int or an exact
// str, is appended without making a str for it (int's str and repr cannot be replaced).
static bool append_plain_field(const FormattedValue* fv, const Value& v, std::string& out, int64_t& length) {
  if (fv->format_spec || fv->conversion == 'a') return false;
  if (v.is_int()) {
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, v.as_int());
    out.append(buf, res.ptr);
    length += res.ptr - buf;
    return true;
  }
  if (fv->conversion != 'r' && is_exact_str(v)) {
    out += as_str(v)->view();
    length += as_str(v)->m_length;
    return true;
  }
  return false;
}

Value eval_joined(Frame* f, const JoinedStr* j) {
  std::string out;
  int64_t length = 0;
  for (const Expr* part : j->values) {
    Value v;
    if (part->kind == Kind::FormattedValue) {
      auto* fv = static_cast<const FormattedValue*>(part);
      Value value = eval_operand(f, fv->value);
      if (value.is_null()) return value;
      if (append_plain_field(fv, value, out, length)) continue;
      v = mark(f, part, format_field(fv, f, std::move(value)));
    } else {
      v = eval_operand(f, part);
    }
    if (v.is_null()) return v;
    out += as_str(v)->view();
    length += as_str(v)->m_length;
  }
  return new_str_len(std::move(out), length);
}

Value eval_formatted(Frame* f, const FormattedValue* fv) {
  Value v = eval(f, fv->value);
  if (v.is_null()) return v;
  return format_field(fv, f, std::move(v));
}

}  // namespace hotpy
