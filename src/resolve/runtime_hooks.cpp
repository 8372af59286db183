// See runtime_hooks.h.
#include "resolve/runtime_hooks.h"

#include "objects/constant.h"
#include "objects/str.h"

namespace hotpy::resolver {

StrObject* intern_identifier(std::string_view name) { return hotpy::intern(name); }

std::string_view identifier_text(const StrObject* name) { return name->view(); }

void attach_constant(ast::Constant& c) { c.value = hotpy::constant_value(c); }

}  // namespace hotpy::resolver
