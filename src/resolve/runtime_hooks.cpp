// See runtime_hooks.h.
#include "resolve/runtime_hooks.h"

#include "objects/constant.h"
#include "objects/errors.h"
#include "objects/ops.h"
#include "objects/str.h"

namespace hotpy::resolver {

StrObject* intern_identifier(std::string_view name) { return hotpy::intern(name); }

std::string_view identifier_text(const StrObject* name) { return name->view(); }

void attach_constant(ast::Constant& c, StrConstants& seen) {
  if (c.type != ast::Constant::Type::Str) {
    c.value = hotpy::constant_value(c);
    return;
  }
  auto found = seen.find(c.text);
  if (found != seen.end()) {
    c.value = found->second;
    return;
  }
  c.value = hotpy::constant_value(c);
  if (!c.value.is_null()) seen.emplace(c.text, c.value);
}

bool constants_same_key(const ast::Constant& a, const ast::Constant& b) {
  if (a.value.is_null() || b.value.is_null()) return false;
  int eq = hotpy::equal(a.value, b.value);
  if (eq < 0) hotpy::clear_error();
  return eq > 0;
}

std::string constant_repr(const ast::Constant& c) {
  Value r = hotpy::repr(c.value);
  if (r.is_null()) {
    hotpy::clear_error();
    return "?";
  }
  return std::string(r.as<StrObject>()->view());
}

}  // namespace hotpy::resolver
