// _struct: packing Python values into C structs and back, with CPython 3.11's format
// language (byte orders @ = < > !, native sizes and alignment for '@'), names and
// struct.error messages. stdlib/struct.py re-exports it as CPython's struct.py does.
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "modules/native.h"
#include "modules/native_instance.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject StructErrorType("error");
TypeObject StructType("_struct.Struct");
TypeObject UnpackIteratorType("_struct.unpack_iterator");

namespace {

// One item of a parsed format: a value's code, where it goes, and its size (the
// length for 's' and 'p', which take one value each).
struct Item {
  char code;
  size_t offset;
  size_t size;
};

struct Layout {
  std::vector<Item> items;
  size_t size = 0;
  bool native = true;  // '@': native sizes and alignment
  bool little = true;  // byte order of the integers and floats
};

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

// ---- the Struct type

struct StructObject : NativeInstance {
  Layout m_layout;
  Value m_format;  // str
  explicit StructObject(TypeObject* type) : NativeInstance(type) {}
};

StructObject* st(const Value& v) { return v.as<StructObject>(); }

bool struct_setup(StructObject* s, const Value& fmt) {
  std::string text;
  if (!format_text(fmt, text)) return false;
  Layout lay;
  if (!parse_format(text, lay)) return false;
  s->m_layout = std::move(lay);
  s->m_format = is_str(fmt) ? fmt : new_str(text);
  return true;
}

Value struct_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value s = Value::steal(new StructObject(type));
  // A subclass's own __init__ may call Struct.__init__ itself; Struct() alone sets up here.
  if (type == &StructType) {
    Value a[1];
    if (!bind_args("Struct", args, nargs, kw, {"format"}, 1, a)) return Value();
    if (a[0].is_null()) return raise(&TypeErrorType, "Struct() missing required argument 'format' (pos 1)");
    if (!struct_setup(st(s), a[0])) return Value();
  }
  return s;
}

int struct_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (self.type() == &StructType) return 0;
  Value a[1];
  if (!bind_args("Struct", args, nargs, kw, {"format"}, 1, a)) return -1;
  if (a[0].is_null()) {
    raise(&TypeErrorType, "Struct() missing required argument 'format' (pos 1)");
    return -1;
  }
  return struct_setup(st(self), a[0]) ? 0 : -1;
}

// The parsed layouts of the module functions' formats, per thread (no Values in
// them: a thread's interpreters may share the cache). Shared pointers, because an
// argument's __index__ may run struct code that clears the cache meanwhile.
using LayoutRef = std::shared_ptr<const Layout>;
thread_local std::unordered_map<std::string, LayoutRef> layout_cache;

// The format's text without a copy when it is ASCII str or bytes (the common case).
bool format_view(const Value& fmt, std::string& storage, std::string_view* out) {
  if (is_str(fmt) && size_t(as_str(fmt)->m_length) == as_str(fmt)->view().size()) {
    *out = as_str(fmt)->view();
  } else if (is_bytes(fmt)) {
    *out = bytes_view(fmt);
  } else {
    if (!format_text(fmt, storage)) return false;
    *out = storage;
    return true;
  }
  if (out->find('\0') == std::string_view::npos) return true;
  struct_error("embedded null character");
  return false;
}

bool cached_layout(const Value& fmt, LayoutRef& out) {
  std::string storage;
  std::string_view text;
  if (!format_view(fmt, storage, &text)) return false;
  std::string key(text);
  auto it = layout_cache.find(key);
  if (it != layout_cache.end()) {
    out = it->second;
    return true;
  }
  auto lay = std::make_shared<Layout>();
  if (!parse_format(text, *lay)) return false;
  if (layout_cache.size() >= 100) layout_cache.clear();  // CPython's cache is bounded too
  layout_cache.emplace(std::move(key), lay);
  out = std::move(lay);
  return true;
}

Value do_pack(const Layout& lay, const Value* args, size_t nargs) {
  std::string out(lay.size, '\0');
  if (!pack_values(lay, "pack", args, nargs, out.data())) return Value();
  return new_bytes(std::move(out));
}

// The writable octets of a bytearray or a writable memoryview.
bool writable_buffer(const Value& v, char** data, size_t* size) {
  if (is_bytearray(v)) {
    auto& s = v.as<BytearrayObject>()->m_data;
    *data = s.data();
    *size = s.size();
    return true;
  }
  if (v.type() == &MemoryviewType) {
    Value ro = get_attr(v, intern("readonly"));
    if (ro.is_null()) return false;
    std::string_view view;
    if (ro.is_bool() && !ro.as_bool() && buffer_view(v, &view)) {
      *data = const_cast<char*>(view.data());
      *size = view.size();
      return true;
    }
    if (error_pending()) return false;
  }
  raise(&TypeErrorType, format("argument must be read-write bytes-like object, not %s", type_name(v).c_str()));
  return false;
}

// Resolves a possibly negative offset into a buffer for `need` bytes; `what` is
// "pack" or "unpack" for the messages.
bool place(int64_t offset, size_t need, size_t buflen, bool packing, size_t* out) {
  int64_t len = int64_t(buflen);
  if (offset < 0) {
    if (offset + int64_t(need) > 0) {
      struct_error(format(packing ? "no space to pack %zu bytes at offset %lld" : "not enough data to unpack %zu bytes at offset %lld",
                          need, (long long)offset));
      return false;
    }
    if (offset + len < 0) {
      struct_error(format("offset %lld out of range for %zu-byte buffer", (long long)offset, buflen));
      return false;
    }
    offset += len;
  }
  if (len - offset < int64_t(need)) {
    if (packing)
      struct_error(format("pack_into requires a buffer of at least %llu bytes for packing %zu bytes at offset %lld "
                          "(actual buffer size is %zu)",
                          (unsigned long long)(need + offset), need, (long long)offset, buflen));
    else
      struct_error(format("unpack_from requires a buffer of at least %llu bytes for unpacking %zu bytes at offset "
                          "%lld (actual buffer size is %zu)",
                          (unsigned long long)(need + offset), need, (long long)offset, buflen));
    return false;
  }
  *out = size_t(offset);
  return true;
}

Value do_pack_into(const Layout& lay, const Value* args, size_t nargs) {
  if (nargs < 2) {
    if (nargs == 0) return raise(&TypeErrorType, "pack_into expected buffer argument");
    return struct_error("pack_into expected offset argument");
  }
  char* data;
  size_t size;
  if (!writable_buffer(args[0], &data, &size)) return Value();
  int64_t offset;
  if (!index_value(args[1], &offset)) return Value();
  std::string packed(lay.size, '\0');
  if (!pack_values(lay, "pack_into", args + 2, nargs - 2, packed.data())) return Value();
  size_t at;
  if (!place(offset, lay.size, size, true, &at)) return Value();
  std::memcpy(data + at, packed.data(), packed.size());
  return Value::none();
}

Value do_unpack(const Layout& lay, const Value& buffer) {
  std::string_view view;
  if (!need_buffer(buffer, &view)) return Value();
  if (view.size() != lay.size) return struct_error(format("unpack requires a buffer of %zu bytes", lay.size));
  return unpack_values(lay, view.data());
}

Value do_unpack_from(const Layout& lay, const Value& buffer, const Value& offset_arg) {
  std::string_view view;
  if (!need_buffer(buffer, &view)) return Value();
  int64_t offset = 0;
  if (!offset_arg.is_null() && !index_value(offset_arg, &offset)) return Value();
  size_t at;
  if (!place(offset, lay.size, view.size(), false, &at)) return Value();
  return unpack_values(lay, view.data() + at);
}

struct UnpackIterObject : GcObject {
  Layout m_layout;
  Value m_buffer;  // a bytes copy of the buffer
  size_t m_pos = 0;
  UnpackIterObject() : GcObject(&UnpackIteratorType) {}
  void traverse(Visitor visit, void* arg) override {
    if (m_buffer.is_obj()) visit(m_buffer.obj(), arg);
  }
  void clear() override { m_buffer = Value(); }
};

Value do_iter_unpack(const Layout& lay, const Value& buffer) {
  if (lay.size == 0) return struct_error("cannot iteratively unpack with a struct of length 0");
  std::string data;
  if (!buffer_bytes(buffer, &data)) {
    std::string_view unused;
    if (!error_pending()) need_buffer(buffer, &unused);  // raises the bytes-like TypeError
    return Value();
  }
  if (data.size() % lay.size)
    return struct_error(format("iterative unpacking requires a buffer of a multiple of %zu bytes", lay.size));
  auto* it = new UnpackIterObject();
  it->m_layout = lay;
  it->m_buffer = new_bytes(std::move(data));
  return Value::steal(it);
}

Value unpack_iter_self(const Value& self) { return self; }

Value unpack_iter_next(const Value& self) {
  auto* it = self.as<UnpackIterObject>();
  if (it->m_buffer.is_null()) return Value();
  std::string_view data = bytes_view(it->m_buffer);
  if (it->m_pos >= data.size()) {
    it->m_buffer = Value();
    return Value();
  }
  Value r = unpack_values(it->m_layout, data.data() + it->m_pos);
  it->m_pos += it->m_layout.size;
  return r;
}

Value unpack_iter_length_hint(const Value* args, size_t, KwNames*) {
  auto* it = args[0].as<UnpackIterObject>();
  if (it->m_buffer.is_null()) return Value::integer(0);
  return Value::integer(int64_t((bytes_view(it->m_buffer).size() - it->m_pos) / it->m_layout.size));
}

// ---- Struct methods

Value s_pack(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("pack", kw)) return Value();
  return do_pack(st(args[0])->m_layout, args + 1, nargs - 1);
}
Value s_pack_into(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("pack_into", kw)) return Value();
  return do_pack_into(st(args[0])->m_layout, args + 1, nargs - 1);
}
Value s_unpack(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("unpack", kw) || !check_nargs("unpack", nargs - 1, 1, 1)) return Value();
  return do_unpack(st(args[0])->m_layout, args[1]);
}
Value s_unpack_from(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("unpack_from", args + 1, nargs - 1, kw, {"buffer", "offset"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "unpack_from() missing required argument 'buffer' (pos 1)");
  return do_unpack_from(st(args[0])->m_layout, a[0], a[1]);
}
Value s_iter_unpack(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("iter_unpack", kw) || !check_nargs("iter_unpack", nargs - 1, 1, 1)) return Value();
  return do_iter_unpack(st(args[0])->m_layout, args[1]);
}
Value s_sizeof(const Value* args, size_t, KwNames*) {
  return Value::integer(int64_t(sizeof(StructObject) + st(args[0])->m_layout.items.size() * sizeof(Item)));
}
Value s_get_format(const Value& self) { return st(self)->m_format; }
Value s_get_size(const Value& self) { return Value::integer(int64_t(st(self)->m_layout.size)); }
// ---- module functions: the format comes first

bool format_first(const char* fname, size_t nargs, KwNames* kw, LayoutRef& lay, const Value* args) {
  if (!no_keywords(fname, kw)) return false;
  if (nargs == 0) {
    raise(&TypeErrorType, "missing format argument");
    return false;
  }
  return cached_layout(args[0], lay);
}

Value m_pack(const Value* args, size_t nargs, KwNames* kw) {
  LayoutRef lay;
  if (!format_first("pack", nargs, kw, lay, args)) return Value();
  return do_pack(*lay, args + 1, nargs - 1);
}
Value m_pack_into(const Value* args, size_t nargs, KwNames* kw) {
  LayoutRef lay;
  if (!format_first("pack_into", nargs, kw, lay, args)) return Value();
  return do_pack_into(*lay, args + 1, nargs - 1);
}
Value m_unpack(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("unpack", kw)) return Value();
  if (nargs != 2) return raise(&TypeErrorType, format("unpack expected 2 arguments, got %zu", nargs));
  LayoutRef lay;
  if (!cached_layout(args[0], lay)) return Value();
  return do_unpack(*lay, args[1]);
}
Value m_unpack_from(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("unpack_from", args, nargs, kw, {"format", "buffer", "offset"}, 3, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "unpack_from() missing required argument 'format' (pos 1)");
  if (a[1].is_null()) return raise(&TypeErrorType, "unpack_from() missing required argument 'buffer' (pos 2)");
  LayoutRef lay;
  if (!cached_layout(a[0], lay)) return Value();
  return do_unpack_from(*lay, a[1], a[2]);
}
Value m_iter_unpack(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("iter_unpack", kw)) return Value();
  if (nargs != 2) return raise(&TypeErrorType, format("iter_unpack expected 2 arguments, got %zu", nargs));
  LayoutRef lay;
  if (!cached_layout(args[0], lay)) return Value();
  return do_iter_unpack(*lay, args[1]);
}
Value m_calcsize(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("calcsize", kw) || !check_nargs("calcsize", nargs, 1, 1)) return Value();
  LayoutRef lay;
  if (!cached_layout(args[0], lay)) return Value();
  return Value::integer(int64_t(lay->size));
}
Value m_clearcache(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("_clearcache", kw) || !check_nargs("_clearcache", nargs, 0, 0)) return Value();
  layout_cache.clear();
  return Value::none();
}

void ready_struct_types() {
  StructErrorType.m_qualname = "error";
  StructErrorType.m_flags |= kBaseType;
  type_ready(&StructErrorType, &ExceptionType);
  type_add_value(&StructErrorType, "__module__", interned("struct"));

  StructType.m_qualname = "Struct";
  StructType.m_flags |= kBaseType | kWeakrefable;
  StructType.tp_new = struct_new;
  StructType.tp_init = struct_init;
  StructType.tp_getattr = generic_getattr;
  StructType.tp_setattr = generic_setattr;
  type_ready(&StructType, &ObjectType,
             {{"pack", s_pack},
              {"pack_into", s_pack_into},
              {"unpack", s_unpack},
              {"unpack_from", s_unpack_from},
              {"iter_unpack", s_iter_unpack},
              {"__sizeof__", s_sizeof}});
  type_add_getsets(&StructType, {{"format", s_get_format, nullptr, "struct format string"},
                                 {"size", s_get_size, nullptr, "struct size in bytes"}});
  type_add_value(&StructType, "__module__", interned("_struct"));

  UnpackIteratorType.m_qualname = "unpack_iterator";
  UnpackIteratorType.tp_iter = unpack_iter_self;
  UnpackIteratorType.tp_next = unpack_iter_next;
  type_ready(&UnpackIteratorType, &ObjectType, {{"__length_hint__", unpack_iter_length_hint}});
  type_add_value(&UnpackIteratorType, "__module__", interned("_struct"));
}

const char kStructDoc[] =
    "Conversions between Python values and C structs held in bytes objects.\n\n"
    "A format string describes the layout. Its optional first character picks\n"
    "byte order, sizes and alignment: @ native (the default, with alignment),\n"
    "= native order with standard sizes, < little-endian, > and ! big-endian.\n"
    "Each further code may be preceded by a repeat count:\n"
    "  x pad byte, c char, b/B signed/unsigned byte, ? bool,\n"
    "  h/H short, i/I int, l/L long, q/Q long long, e half, f float, d double,\n"
    "  s bytes (the count is the length), p Pascal string (with a length byte),\n"
    "  n/N ssize_t/size_t and P pointer-sized int (native mode only).\n"
    "Whitespace between codes is ignored. Errors raise struct.error.\n";

}  // namespace

Value init_struct_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_struct_types);
  Value m = new_module("_struct");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"pack", m_pack},
                             {"pack_into", m_pack_into},
                             {"unpack", m_unpack},
                             {"unpack_from", m_unpack_from},
                             {"iter_unpack", m_iter_unpack},
                             {"calcsize", m_calcsize},
                             {"_clearcache", m_clearcache}});
  module_add(mod, "Struct", Value::borrow(&StructType));
  module_add(mod, "error", Value::borrow(&StructErrorType));
  module_add(mod, "__doc__", new_str(kStructDoc));
  return m;
}

}  // namespace hotpy
