// Literal values of the AST, made once at resolve time.
#include "objects/constant.h"

#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"

namespace hotpy {

Value constant_value(const ast::Constant& c) {
  using T = ast::Constant::Type;
  switch (c.type) {
    case T::None: return Value::none();
    case T::True: return Value::boolean(true);
    case T::False: return Value::boolean(false);
    case T::Ellipsis: return Ellipsis;
    case T::Float: return Value::number(c.fval);
    case T::Imaginary: return new_complex(0.0, c.fval);
    case T::Str: return interned(c.text);
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
