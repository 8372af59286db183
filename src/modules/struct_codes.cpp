// _struct's format language and value codes: parsing a format into a layout (byte
// orders @ = < > !, native sizes and alignment for '@') and packing/unpacking each
// code with CPython 3.11's conversions and struct.error messages.
#include <cmath>
#include <cstring>
#include <utility>

#include "modules/struct_internal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {
namespace struct_impl {

Value struct_error(std::string_view msg) { return raise(&StructErrorType, msg); }

// The size of a code in native ('@') or standard mode; 0 for a code the mode lacks.
size_t code_size(char c, bool native) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
  }
}

bool parse_format(std::string_view fmt, Layout& out) {
  size_t pos = 0;
  if (!fmt.empty() && std::strchr("@=<>!", fmt[0]) && fmt[0] != '\0') {
    out.native = fmt[0] == '@';
    out.little = fmt[0] == '@' || fmt[0] == '=' || fmt[0] == '<';
    pos = 1;
  }
  const size_t kMaxSize = size_t(INT64_MAX);
  size_t size = 0;
  while (pos < fmt.size()) {
    char c = fmt[pos++];
    if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
    size_t count = 1;
    if (c >= '0' && c <= '9') {
      count = size_t(c - '0');
      for (;;) {
        if (pos >= fmt.size()) {
          struct_error("repeat count given without format specifier");
          return false;
        }
        c = fmt[pos++];
        if (c < '0' || c > '9') break;
        if (count > (kMaxSize - size_t(c - '0')) / 10) {
          struct_error("total struct size too long");
          return false;
        }
        count = count * 10 + size_t(c - '0');
      }
    }
    size_t item = code_size(c, out.native);
    if (item == 0) {
      struct_error("bad char in struct format");
      return false;
    }
    // Native alignment: every value starts at a multiple of its size.
    if (out.native && c != 's' && c != 'p' && c != 'x' && item > 1) size = (size + item - 1) / item * item;
    if (count > (kMaxSize - size) / item) {
      struct_error("total struct size too long");
      return false;
    }
    if (c == 's' || c == 'p') {
      out.items.push_back({c, size, count});
    } else if (c != 'x') {
      for (size_t k = 0; k < count; k++) out.items.push_back({c, size + k * item, item});
    }
    size += count * item;
  }
  out.size = size;
  return true;
}

// The format's text: str (ASCII only) or bytes, as CPython's Struct() takes it.
bool format_text(const Value& fmt, std::string& out) {
  if (is_str(fmt)) {
    Value encoded = str_encode(as_str(fmt), "ascii", "strict");
    if (encoded.is_null()) return false;
    out = std::string(bytes_view(encoded));
  } else if (is_bytes(fmt)) {
    out = std::string(bytes_view(fmt));
  } else {
    raise(&TypeErrorType, format("Struct() argument 1 must be a str or bytes object, not %s", type_name(fmt).c_str()));
    return false;
  }
  if (out.find('\0') != std::string::npos) {
    struct_error("embedded null character");
    return false;
  }
  return true;
}

// ---- packing

void put_uint(char* p, uint64_t v, size_t size, bool little) {
  for (size_t k = 0; k < size; k++) p[little ? k : size - 1 - k] = static_cast<char>(v >> (8 * k));
}

uint64_t get_uint(const char* p, size_t size, bool little) {
  uint64_t v = 0;
  for (size_t k = 0; k < size; k++) v |= uint64_t(static_cast<unsigned char>(p[little ? k : size - 1 - k])) << (8 * k);
  return v;
}

bool integer_arg(const Value& v, Value* out) {
  if (is_int_like(v)) {
    *out = v;
    return true;
  }
  if (!v.type()->lookup(intern("__index__")).is_null()) {
    Value r = call_special(v, intern("__index__"), nullptr, 0);
    if (r.is_null()) return false;
    *out = r;
    return true;
  }
  struct_error("required argument is not an integer");
  return false;
}

// CPython packs through different C routines per byte order, and their messages
// differ: native ('@', and '<'/'=' where the size is the native one) converts to a
// C long or unsigned long first ("argument out of range") with "short"/"ushort"
// wording; big-endian standard mode takes H unsigned, words every range the same
// way, and converts q/Q bytewise ("int too large to convert").
bool pack_int(const Item& it, const Layout& lay, const Value& arg, char* p) {
  // A small int that fits the code needs none of the checks below.
  if (arg.is_int()) {
    int64_t x = arg.as_int();
    bool unsigned_code = std::strchr("BHILQN", it.code) != nullptr;
    bool fits;
    if (it.size == 8) fits = !unsigned_code || x >= 0;
    else if (unsigned_code) fits = x >= 0 && x < (int64_t(1) << (8 * it.size));
    else fits = x >= -(int64_t(1) << (8 * it.size - 1)) && x < (int64_t(1) << (8 * it.size - 1));
    if (fits) {
      put_uint(p, uint64_t(x), it.size, lay.little);
      return true;
    }
  }
  Value v;
  if (!integer_arg(arg, &v)) return false;
  char c = it.code;
  bool big_std = !lay.native && !lay.little;
  bool is_unsigned = c == 'I' || c == 'L' || c == 'Q' || c == 'N' || (big_std && c == 'H');
  IntView z(v);
  bool fits = is_unsigned ? mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 64 : bool(mpz_fits_slong_p(z));
  if (c == 'P') fits = mpz_fits_slong_p(z) || (mpz_sgn(z) > 0 && mpz_sizeinbase(z, 2) <= 64);
  if (!fits) {
    struct_error(c == 'P' || (big_std && (c == 'q' || c == 'Q')) ? "int too large to convert" : "argument out of range");
    return false;
  }
  uint64_t bits = mpz_sgn(z) < 0 ? uint64_t(mpz_get_si(z)) : mpz_get_ui(z);
  if (it.size < 8) {
    int64_t x = int64_t(bits);
    bool in_range;
    if (is_unsigned || c == 'B' || c == 'H') {
      in_range = (is_unsigned || x >= 0) && bits < (uint64_t(1) << (8 * it.size));
    } else {
      int64_t half = int64_t(1) << (8 * it.size - 1);
      in_range = x >= -half && x < half;
    }
    if (!in_range) {
      if (c == 'b') {
        struct_error("byte format requires -128 <= number <= 127");
      } else if (c == 'B') {
        struct_error("ubyte format requires 0 <= number <= 255");
      } else if (c == 'h' && !big_std) {
        struct_error("short format requires -32768 <= number <= 32767");
      } else if (c == 'H' && !big_std) {
        struct_error("ushort format requires 0 <= number <= 65535");
      } else {
        uint64_t largest = (uint64_t(1) << (8 * it.size)) - 1;
        if (is_unsigned)
          struct_error(format("'%c' format requires 0 <= number <= %llu", c, (unsigned long long)largest));
        else
          struct_error(format("'%c' format requires %lld <= number <= %lld", c, -(long long)(largest >> 1) - 1,
                              (long long)(largest >> 1)));
      }
      return false;
    }
  }
  put_uint(p, bits, it.size, lay.little);
  return true;
}

// IEEE half precision, rounding half to even (CPython's PyFloat_Pack2).
bool half_bits(double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) {
    *out = sign | 0x7e00;
    return true;
  }
  if (std::isinf(x)) {
    *out = sign | 0x7c00;
    return true;
  }
  double a = std::fabs(x);
  if (a == 0) {
    *out = sign;
    return true;
  }
  int e;
  double f = std::frexp(a, &e);  // a = f * 2**e, 0.5 <= f < 1
  if (e < -13) {
    // Subnormal: units of 2**-24.
    double units = std::nearbyint(a * 16777216.0);  // the FPU rounds half to even
    *out = sign | uint16_t(units);  // 1024 units carry into the smallest normal
    return true;
  }
  double mant = std::nearbyint((f * 2 - 1) * 1024.0);  // 10 fraction bits
  int exp = e - 1 + 15;
  if (mant >= 1024) {
    mant = 0;
    exp++;
  }
  if (exp >= 31) {
    raise(&OverflowErrorType, "float too large to pack with e format");
    return false;
  }
  *out = sign | uint16_t(exp << 10) | uint16_t(mant);
  return true;
}

double half_value(uint16_t h) {
  int exp = (h >> 10) & 0x1f;
  unsigned mant = h & 0x3ff;
  double v;
  if (exp == 0) v = std::ldexp(double(mant), -24);
  else if (exp == 31) v = mant ? std::nan("") : INFINITY;
  else v = std::ldexp(double(mant + 1024), exp - 25);
  return (h & 0x8000) ? -v : v;
}

bool pack_float(const Item& it, const Layout& lay, const Value& arg, char* p) {
  double x;
  if (!float_value(arg, &x)) {
    if (!to_double(arg, &x)) {
      clear_error();
      struct_error("required argument is not a float");
      return false;
    }
  }
  if (it.code == 'd') {
    uint64_t bits;
    std::memcpy(&bits, &x, 8);
    put_uint(p, bits, 8, lay.little);
  } else if (it.code == 'f') {
    float f = static_cast<float>(x);
    if (!lay.native && std::isinf(f) && !std::isinf(x)) {
      raise(&OverflowErrorType, "float too large to pack with f format");
      return false;
    }
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    put_uint(p, bits, 4, lay.little);
  } else {
    uint16_t bits;
    if (!half_bits(x, &bits)) return false;
    put_uint(p, bits, 2, lay.little);
  }
  return true;
}

bool pack_item(const Item& it, const Layout& lay, const Value& arg, char* p) {
  switch (it.code) {
    case 'c':
      if (!is_bytes(arg) || bytes_view(arg).size() != 1) {
        struct_error("char format requires a bytes object of length 1");
        return false;
      }
      *p = bytes_view(arg)[0];
      return true;
    case '?': {
      int t = truthy(arg);
      if (t < 0) return false;
      *p = char(t);
      return true;
    }
    case 's':
    case 'p': {
      if (!is_byteseq(arg)) {
        struct_error(format("argument for '%c' must be a bytes object", it.code));
        return false;
      }
      std::string_view data = byteseq_view(arg);
      if (it.code == 's') {
        std::memcpy(p, data.data(), std::min(data.size(), it.size));
        return true;
      }
      if (it.size == 0) return true;
      size_t n = std::min(data.size(), it.size - 1);
      std::memcpy(p + 1, data.data(), n);
      *p = char(std::min<size_t>(n, 255));
      return true;
    }
    case 'e': case 'f': case 'd':
      return pack_float(it, lay, arg, p);
    default:
      return pack_int(it, lay, arg, p);
  }
}

// Packs args into out (out.size() == layout size, zero-filled); `fname` names the
// caller in the count message.
bool pack_values(const Layout& lay, const char* fname, const Value* args, size_t nargs, char* out) {
  if (nargs != lay.items.size()) {
    struct_error(format("%s expected %zu items for packing (got %zu)", fname, lay.items.size(), nargs));
    return false;
  }
  for (size_t k = 0; k < nargs; k++) {
    if (pack_item(lay.items[k], lay, args[k], out + lay.items[k].offset)) continue;
    // As CPython's s_pack_internal: an int that overflows any code is a struct.error.
    if (is_int_like(args[k]) && error_matches(&OverflowErrorType)) {
      clear_error();
      struct_error("int too large to convert");
    }
    return false;
  }
  return true;
}

// ---- unpacking

Value unpack_item(const Item& it, const Layout& lay, const char* p) {
  switch (it.code) {
    case 'c': return new_bytes(std::string(p, 1));
    case '?': return Value::boolean(*p != 0);
    case 's': return new_bytes(std::string(p, it.size));
    case 'p': {
      size_t n = it.size ? std::min<size_t>(static_cast<unsigned char>(*p), it.size - 1) : 0;
      return new_bytes(std::string(it.size ? p + 1 : p, n));
    }
    case 'e': return Value::number(half_value(uint16_t(get_uint(p, 2, lay.little))));
    case 'f': {
      uint32_t bits = uint32_t(get_uint(p, 4, lay.little));
      float f;
      std::memcpy(&f, &bits, 4);
      return Value::number(double(f));
    }
    case 'd': {
      uint64_t bits = get_uint(p, 8, lay.little);
      double d;
      std::memcpy(&d, &bits, 8);
      return Value::number(d);
    }
    default: break;
  }
  uint64_t bits = get_uint(p, it.size, lay.little);
  bool is_signed = it.code == 'b' || it.code == 'h' || it.code == 'i' || it.code == 'l' || it.code == 'q' || it.code == 'n';
  if (is_signed) {
    if (it.size < 8 && (bits >> (8 * it.size - 1))) bits |= ~uint64_t(0) << (8 * it.size);
    return Value::integer(int64_t(bits));
  }
  if (bits <= uint64_t(INT64_MAX)) return Value::integer(int64_t(bits));
  Mpz z;
  mpz_set_ui(z, bits);
  return int_from_mpz(z);
}

Value unpack_values(const Layout& lay, const char* p) {
  std::vector<Value> out;
  out.reserve(lay.items.size());
  for (const Item& it : lay.items) {
    Value v = unpack_item(it, lay, p + it.offset);
    if (v.is_null()) return v;
    out.push_back(std::move(v));
  }
  return new_tuple(std::move(out));
}

}  // namespace struct_impl
}  // namespace hotpy
