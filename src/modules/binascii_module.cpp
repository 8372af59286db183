// binascii: conversions between binary data and ASCII encodings (hex, base64) and
// the CRC checksums, with CPython 3.11's names, keyword arguments and messages;
// CPython's base64.py runs on it.
#include <mutex>
#include <string>

#include "modules/native.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"

namespace hotpy {

TypeObject BinasciiErrorType("Error");
TypeObject BinasciiIncompleteType("Incomplete");

namespace {

const char kHexDigits[] = "0123456789abcdef";
const char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Value binascii_error(std::string_view msg) { return raise(&BinasciiErrorType, msg); }

// The a2b_* functions take bytes-like objects and ASCII-only str.
bool ascii_data(const Value& v, std::string& storage, std::string_view* out) {
  if (is_str(v)) {
    std::string_view s = as_str(v)->view();
    if (size_t(as_str(v)->m_length) != s.size()) {
      raise(&ValueErrorType, "string argument should contain only ASCII characters");
      return false;
    }
    *out = s;
    return true;
  }
  if (buffer_bytes(v, &storage)) {
    *out = storage;
    return true;
  }
  if (!error_pending())
    raise(&TypeErrorType, format("argument should be bytes, buffer or ASCII string, not '%s'", type_name(v).c_str()));
  return false;
}

bool binary_data(const Value& v, std::string& storage, std::string_view* out) {
  if (!is_str(v) && buffer_bytes(v, &storage)) {
    *out = storage;
    return true;
  }
  if (error_pending()) return false;
  return need_buffer(v, out);
}

// hexlify(data, sep, bytes_per_sep): a separator between groups of bytes counted
// from the right (from the left when bytes_per_sep is negative).
Value hex_with_sep(const char* fname, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args(fname, args, nargs, kw, {"data", "sep", "bytes_per_sep"}, 3, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, format("%s() missing required argument 'data' (pos 1)", fname));
  std::string storage;
  std::string_view data;
  if (!binary_data(a[0], storage, &data)) return Value();
  int64_t per_group = 1;
  if (!a[2].is_null() && !index_value(a[2], &per_group)) return Value();
  char sep = 0;
  if (!a[1].is_null() && !a[1].is_none()) {
    int64_t len = length(a[1]);
    if (len < 0) return Value();
    if (len != 1) return raise(&ValueErrorType, "sep must be length 1.");
    if (is_str(a[1])) {
      const char* p = as_str(a[1])->view().data();
      sep = static_cast<char>(decode_utf8(p));
    } else {
      std::string sep_storage;
      std::string_view sv;
      if (!need_buffer(a[1], &sv)) return Value();
      sep = sv[0];
    }
  }
  std::string out;
  out.reserve(data.size() * 3);
  size_t n = data.size();
  size_t group = size_t(per_group < 0 ? -per_group : per_group);
  for (size_t i = 0; i < n; i++) {
    if (sep && group && i > 0) {
      // Separators fall between groups; counting from the right leaves the short group first.
      bool boundary = per_group > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    auto c = static_cast<unsigned char>(data[i]);
    out += kHexDigits[c >> 4];
    out += kHexDigits[c & 15];
  }
  return new_bytes(std::move(out));
}

Value b_hexlify(const Value* args, size_t nargs, KwNames* kw) { return hex_with_sep("hexlify", args, nargs, kw); }
Value b_b2a_hex(const Value* args, size_t nargs, KwNames* kw) { return hex_with_sep("b2a_hex", args, nargs, kw); }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value unhex(const char* fname, const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args(fname, args, nargs, kw, {"hexstr"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, format("%s() missing required argument 'hexstr' (pos 1)", fname));
  std::string storage;
  std::string_view text;
  if (!ascii_data(a[0], storage, &text)) return Value();
  if (text.size() % 2) return binascii_error("Odd-length string");
  std::string out(text.size() / 2, '\0');
  for (size_t i = 0; i < out.size(); i++) {
    int hi = hex_value(text[2 * i]), lo = hex_value(text[2 * i + 1]);
    if (hi < 0 || lo < 0) return binascii_error("Non-hexadecimal digit found");
    out[i] = static_cast<char>(hi << 4 | lo);
  }
  return new_bytes(std::move(out));
}

Value b_unhexlify(const Value* args, size_t nargs, KwNames* kw) { return unhex("unhexlify", args, nargs, kw); }
Value b_a2b_hex(const Value* args, size_t nargs, KwNames* kw) { return unhex("a2b_hex", args, nargs, kw); }

Value b_b2a_base64(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("b2a_base64", args, nargs, kw, {"", "newline"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "b2a_base64() missing required argument 'data' (pos 1)");
  std::string storage;
  std::string_view data;
  if (!binary_data(a[0], storage, &data)) return Value();
  bool newline = true;
  if (!a[1].is_null()) {
    int t = truthy(a[1]);
    if (t < 0) return Value();
    newline = t;
  }
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4 + 1);
  size_t i = 0;
  auto byte = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
  for (; i + 3 <= data.size(); i += 3) {
    uint32_t v = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
    for (int s = 18; s >= 0; s -= 6) out += kBase64Alphabet[(v >> s) & 63];
  }
  size_t rest = data.size() - i;
  if (rest) {
    uint32_t v = byte(i) << 16 | (rest == 2 ? byte(i + 1) << 8 : 0);
    out += kBase64Alphabet[(v >> 18) & 63];
    out += kBase64Alphabet[(v >> 12) & 63];
    out += rest == 2 ? kBase64Alphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  if (newline) out += '\n';
  return new_bytes(std::move(out));
}

int base64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// As CPython: outside strict mode, characters outside the alphabet are skipped and
// a complete pad sequence ends the data; strict mode rejects both.
Value b_a2b_base64(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("a2b_base64", args, nargs, kw, {"", "strict_mode"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "a2b_base64() missing required argument 'data' (pos 1)");
  std::string storage;
  std::string_view text;
  if (!ascii_data(a[0], storage, &text)) return Value();
  bool strict = false;
  if (!a[1].is_null()) {
    int t = truthy(a[1]);
    if (t < 0) return Value();
    strict = t;
  }
  if (strict && !text.empty() && text[0] == '=') return binascii_error("Leading padding not allowed");
  std::string out;
  out.reserve(text.size() / 4 * 3 + 3);
  int quad_pos = 0, pads = 0;
  bool padding_started = false;
  unsigned left = 0;
  for (size_t i = 0; i < text.size(); i++) {
    auto ch = static_cast<unsigned char>(text[i]);
    if (ch == '=') {
      padding_started = true;
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        if (strict && i + 1 < text.size()) return binascii_error("Excess data after padding");
        return new_bytes(std::move(out));
      }
      continue;
    }
    int v = base64_value(ch);
    if (v < 0) {
      if (strict) return binascii_error("Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) return binascii_error("Discontinuous padding not allowed");
    pads = 0;
    switch (quad_pos) {
      case 0: left = unsigned(v); break;
      case 1: out += static_cast<char>(left << 2 | unsigned(v) >> 4); left = unsigned(v) & 0x0f; break;
      case 2: out += static_cast<char>(left << 4 | unsigned(v) >> 2); left = unsigned(v) & 0x03; break;
      case 3: out += static_cast<char>(left << 6 | unsigned(v)); left = 0; break;
    }
    quad_pos = (quad_pos + 1) % 4;
  }
  if (quad_pos == 1)
    return binascii_error(format("Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more "
                                 "than a multiple of 4",
                                 out.size() / 3 * 4 + 1));
  if (quad_pos != 0) return binascii_error("Incorrect padding");
  return new_bytes(std::move(out));
}

// An unsigned C int argument taken bitwise: any int, reduced modulo 2**32.
bool bitwise_uint(const Value& v, uint32_t* out) {
  if (!is_int_like(v)) {
    if (is_instance(v, &FloatType)) {
      raise(&TypeErrorType, "'float' object cannot be interpreted as an integer");
      return false;
    }
    int64_t i;
    if (!index_value(v, &i)) return false;
    *out = uint32_t(i);
    return true;
  }
  Mpz z;
  int_to_mpz(v, z);
  mpz_fdiv_r_2exp(z, z, 32);
  *out = uint32_t(mpz_get_ui(z));
  return true;
}

uint32_t crc32_update(uint32_t crc, std::string_view data) {
  static uint32_t table[256];
  static std::once_flag once;
  std::call_once(once, [] {
    for (uint32_t n = 0; n < 256; n++) {
      uint32_t c = n;
      for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
      table[n] = c;
    }
  });
  crc = ~crc;
  for (unsigned char c : data) crc = table[(crc ^ c) & 0xff] ^ (crc >> 8);
  return ~crc;
}

Value b_crc32(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("crc32", kw) || !check_nargs("crc32", nargs, 1, 2)) return Value();
  std::string storage;
  std::string_view data;
  if (!binary_data(args[0], storage, &data)) return Value();
  uint32_t crc = 0;
  if (nargs > 1 && !bitwise_uint(args[1], &crc)) return Value();
  return Value::integer(crc32_update(crc, data));
}

Value b_crc_hqx(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("crc_hqx", kw)) return Value();
  if (nargs != 2) return raise(&TypeErrorType, format("crc_hqx expected 2 arguments, got %zu", nargs));
  std::string storage;
  std::string_view data;
  if (!binary_data(args[0], storage, &data)) return Value();
  uint32_t crc;
  if (!bitwise_uint(args[1], &crc)) return Value();
  crc &= 0xffff;
  for (unsigned char c : data) {
    crc ^= uint32_t(c) << 8;
    for (int k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return Value::integer(crc);
}

void ready_binascii_types() {
  BinasciiErrorType.m_qualname = "Error";
  BinasciiErrorType.m_flags |= kBaseType;
  type_ready(&BinasciiErrorType, &ValueErrorType);
  type_add_value(&BinasciiErrorType, "__module__", interned("binascii"));
  BinasciiIncompleteType.m_qualname = "Incomplete";
  BinasciiIncompleteType.m_flags |= kBaseType;
  type_ready(&BinasciiIncompleteType, &ExceptionType);
  type_add_value(&BinasciiIncompleteType, "__module__", interned("binascii"));
}

}  // namespace

Value init_binascii_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_binascii_types);
  Value m = new_module("binascii");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"hexlify", b_hexlify},
                             {"b2a_hex", b_b2a_hex},
                             {"unhexlify", b_unhexlify},
                             {"a2b_hex", b_a2b_hex},
                             {"b2a_base64", b_b2a_base64},
                             {"a2b_base64", b_a2b_base64},
                             {"crc32", b_crc32},
                             {"crc_hqx", b_crc_hqx}});
  module_add(mod, "Error", Value::borrow(&BinasciiErrorType));
  module_add(mod, "Incomplete", Value::borrow(&BinasciiIncompleteType));
  return m;
}

}  // namespace hotpy
