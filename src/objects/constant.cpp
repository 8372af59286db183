// Literal values of the AST, made once at resolve time.
#include "objects/constant.h"

#include <cctype>

#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"

namespace hotpy {

namespace {
// CPython interns the str constants made only of ASCII letters, digits and '_' (its
// all_name_chars): likely attribute names and dict keys.
bool interned_as_constant(std::string_view text) {
  for (char ch : text)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_')) return false;
  return true;
}
}  // namespace

Value constant_value(const ast::Constant& c) {
  using T = ast::Constant::Type;
  switch (c.type) {
    case T::None: return Value::none();
    case T::True: return Value::boolean(true);
    case T::False: return Value::boolean(false);
    case T::Ellipsis: return Ellipsis;
    case T::Float: return Value::number(c.fval);
    case T::Imaginary: return new_complex(0.0, c.fval);
    // Interned strings live until exit: other text dies with its code, or code made
    // by exec/eval in a loop would keep every literal it ever saw.
    case T::Str: return interned_as_constant(c.text) ? interned(c.text) : new_str(c.text);
    case T::Bytes: return new_bytes(c.text);
    case T::Int: {
      std::string_view t = c.text;
      int base = 10;
      if (t.size() > 2 && t[0] == '0') {
        char p = t[1] | 0x20;
        if (p == 'x') base = 16;
        else if (p == 'o') base = 8;
        else if (p == 'b') base = 2;
        if (base != 10) t.remove_prefix(2);
      }
      return int_from_string(t, base);
    }
  }
  return Value::none();
}

}  // namespace hotpy
