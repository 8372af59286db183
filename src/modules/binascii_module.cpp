// binascii: conversions between binary data and ASCII encodings (hex, base64, uuencode,
// quoted-printable) and the CRC checksums, with CPython 3.11's names, keyword
// arguments and messages; CPython's base64.py runs on it.
#include <algorithm>
#include <iterator>
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
  if (buffer_view(v, out)) return true;
  if (error_matches(&BufferErrorType)) clear_error();  // a strided memoryview: copied below
  if (!error_pending() && buffer_bytes(v, &storage)) {
    *out = storage;
    return true;
  }
  if (!error_pending())
    raise(&TypeErrorType, format("argument should be bytes, buffer or ASCII string, not '%s'", type_name(v).c_str()));
  return false;
}

bool binary_data(const Value& v, std::string& storage, std::string_view* out) {
  if (is_str(v)) return need_buffer(v, out);  // raises the bytes-like TypeError
  if (buffer_view(v, out)) return true;
  // A strided memoryview: its bytes are copied.
  if (!error_matches(&BufferErrorType) && error_pending()) return false;
  clear_error();
  if (buffer_bytes(v, &storage)) {
    *out = storage;
    return true;
  }
  return error_pending() ? false : need_buffer(v, out);
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
  size_t n = data.size();
  if (!sep) {
    std::string out(2 * n, '\0');
    char* w = out.data();
    for (unsigned char c : data) {
      *w++ = kHexDigits[c >> 4];
      *w++ = kHexDigits[c & 15];
    }
    return new_bytes(std::move(out));
  }
  std::string out;
  out.reserve(data.size() * 3);
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

// The value of each hex digit; -1 for the other characters.
struct HexTable {
  int8_t value[256];
  HexTable() {
    std::fill(std::begin(value), std::end(value), int8_t(-1));
    for (int i = 0; i < 16; i++) {
      value[static_cast<unsigned char>(kHexDigits[i])] = int8_t(i);
      value[static_cast<unsigned char>("0123456789ABCDEF"[i])] = int8_t(i);
    }
  }
};
const HexTable kHexValues;

inline int hex_value(char c) { return kHexValues.value[static_cast<unsigned char>(c)]; }

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
  std::string out((data.size() + 2) / 3 * 4, '\0');
  char* w = out.data();
  size_t i = 0;
  auto byte = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
  for (; i + 3 <= data.size(); i += 3) {
    uint32_t v = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
    w[0] = kBase64Alphabet[v >> 18];
    w[1] = kBase64Alphabet[(v >> 12) & 63];
    w[2] = kBase64Alphabet[(v >> 6) & 63];
    w[3] = kBase64Alphabet[v & 63];
    w += 4;
  }
  size_t rest = data.size() - i;
  if (rest) {
    uint32_t v = byte(i) << 16 | (rest == 2 ? byte(i + 1) << 8 : 0);
    w[0] = kBase64Alphabet[(v >> 18) & 63];
    w[1] = kBase64Alphabet[(v >> 12) & 63];
    w[2] = rest == 2 ? kBase64Alphabet[(v >> 6) & 63] : '=';
    w[3] = '=';
  }
  if (newline) out += '\n';
  return new_bytes(std::move(out));
}

// The value of each base64 character; -1 for the others.
struct Base64Table {
  int8_t value[256];
  Base64Table() {
    std::fill(std::begin(value), std::end(value), int8_t(-1));
    for (int i = 0; i < 64; i++) value[static_cast<unsigned char>(kBase64Alphabet[i])] = int8_t(i);
  }
};
const Base64Table kBase64Values;

inline int base64_value(unsigned char c) { return kBase64Values.value[c]; }

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
  std::string out(text.size() / 4 * 3 + 3, '\0');
  char* w = out.data();
  auto finish = [&] {
    out.resize(size_t(w - out.data()));
    return new_bytes(std::move(out));
  };
  int quad_pos = 0, pads = 0;
  bool padding_started = false;
  unsigned left = 0;
  for (size_t i = 0; i < text.size(); i++) {
    auto ch = static_cast<unsigned char>(text[i]);
    if (ch == '=') {
      padding_started = true;
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        if (strict && i + 1 < text.size()) return binascii_error("Excess data after padding");
        return finish();
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
      case 1: *w++ = static_cast<char>(left << 2 | unsigned(v) >> 4); left = unsigned(v) & 0x0f; break;
      case 2: *w++ = static_cast<char>(left << 4 | unsigned(v) >> 2); left = unsigned(v) & 0x03; break;
      case 3: *w++ = static_cast<char>(left << 6 | unsigned(v)); left = 0; break;
    }
    quad_pos = (quad_pos + 1) % 4;
  }
  if (quad_pos == 1)
    return binascii_error(format("Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more "
                                 "than a multiple of 4",
                                 size_t(w - out.data()) / 3 * 4 + 1));
  if (quad_pos != 0) return binascii_error("Incorrect padding");
  return finish();
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

// CRC-32 (zlib's), four bytes a step with the usual slicing tables.
uint32_t crc32_update(uint32_t crc, std::string_view data) {
  static uint32_t table[4][256];
  static std::once_flag once;
  std::call_once(once, [] {
    for (uint32_t n = 0; n < 256; n++) {
      uint32_t c = n;
      for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
      table[0][n] = c;
    }
    for (uint32_t n = 0; n < 256; n++)
      for (int t = 1; t < 4; t++) table[t][n] = table[0][table[t - 1][n] & 0xff] ^ (table[t - 1][n] >> 8);
  });
  crc = ~crc;
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size();
  for (; n >= 4; n -= 4, p += 4) {
    crc ^= uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
    crc = table[3][crc & 0xff] ^ table[2][(crc >> 8) & 0xff] ^ table[1][(crc >> 16) & 0xff] ^ table[0][crc >> 24];
  }
  for (; n; n--, p++) crc = table[0][(crc ^ *p) & 0xff] ^ (crc >> 8);
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

// ---- uuencode: one line of at most 45 bytes, a length character first

Value b_b2a_uu(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("b2a_uu", args, nargs, kw, {"", "backtick"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "b2a_uu() missing required argument 'data' (pos 1)");
  std::string storage;
  std::string_view data;
  if (!binary_data(a[0], storage, &data)) return Value();
  bool backtick = false;
  if (!a[1].is_null()) {
    int t = truthy(a[1]);
    if (t < 0) return Value();
    backtick = t;
  }
  if (data.size() > 45) return binascii_error("At most 45 bytes at once");
  auto sextet = [&](unsigned v) { return static_cast<char>(backtick && v == 0 ? '`' : ' ' + v); };
  std::string out;
  out += backtick && data.empty() ? '`' : static_cast<char>(' ' + data.size());
  // Three bytes make four characters; the last group is padded with zero bits.
  for (size_t i = 0; i < data.size(); i += 3) {
    uint32_t v = 0;
    for (size_t k = 0; k < 3; k++) v = v << 8 | (i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0);
    for (int s = 18; s >= 0; s -= 6) out += sextet((v >> s) & 0x3f);
  }
  out += '\n';
  return new_bytes(std::move(out));
}

Value b_a2b_uu(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("a2b_uu", kw) || !check_nargs("a2b_uu", nargs, 1, 1)) return Value();
  std::string storage;
  std::string_view text;
  if (!ascii_data(args[0], storage, &text)) return Value();
  // CPython reads the length from the terminating NUL of empty data: 32 zero bytes.
  size_t want = ((text.empty() ? 0 : static_cast<unsigned char>(text[0])) - ' ') & 0x3f;
  size_t pos = 1;
  std::string out;
  uint32_t left = 0;
  int leftbits = 0;
  for (; out.size() < want; pos++) {
    unsigned ch = pos < text.size() ? static_cast<unsigned char>(text[pos]) : 0;
    if (pos >= text.size() || ch == '\n' || ch == '\r') {
      ch = 0;  // spaces eaten at the end of the line
    } else {
      if (ch < ' ' || ch > ' ' + 64) return binascii_error("Illegal char");
      ch = (ch - ' ') & 0x3f;
    }
    left = left << 6 | ch;
    leftbits += 6;
    if (leftbits >= 8) {
      leftbits -= 8;
      out += static_cast<char>((left >> leftbits) & 0xff);
      left &= (1u << leftbits) - 1;
    }
  }
  for (; pos < text.size(); pos++) {
    char ch = text[pos];
    if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') return binascii_error("Trailing garbage");
  }
  return new_bytes(std::move(out));
}

// ---- quoted-printable (RFC 1521), with CPython's line length of 76

bool flag_arg(const Value& v, bool* out) {
  if (v.is_null()) return true;
  int t = truthy(v);
  if (t < 0) return false;
  *out = t;
  return true;
}

Value b_a2b_qp(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("a2b_qp", args, nargs, kw, {"data", "header"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "a2b_qp() missing required argument 'data' (pos 1)");
  std::string storage;
  std::string_view in;
  bool header = false;
  if (!ascii_data(a[0], storage, &in) || !flag_arg(a[1], &header)) return Value();
  std::string out;
  size_t i = 0, n = in.size();
  while (i < n) {
    char c = in[i];
    if (c == '=') {
      if (++i >= n) break;
      if (in[i] == '\n' || in[i] == '\r') {  // a soft line break
        if (in[i] != '\n')
          while (i < n && in[i] != '\n') i++;
        if (i < n) i++;
      } else if (in[i] == '=') {
        out += '=';  // what old, broken encoders wrote
        i++;
      } else if (i + 1 < n && hex_value(in[i]) >= 0 && hex_value(in[i + 1]) >= 0) {
        out += static_cast<char>(hex_value(in[i]) << 4 | hex_value(in[i + 1]));
        i += 2;
      } else {
        out += '=';
      }
    } else if (header && c == '_') {
      out += ' ';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return new_bytes(std::move(out));
}

Value b_b2a_qp(const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("b2a_qp", args, nargs, kw, {"data", "quotetabs", "istext", "header"}, 4, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "b2a_qp() missing required argument 'data' (pos 1)");
  std::string storage;
  std::string_view in;
  bool quotetabs = false, istext = true, header = false;
  if (!binary_data(a[0], storage, &in) || !flag_arg(a[1], &quotetabs) || !flag_arg(a[2], &istext) ||
      !flag_arg(a[3], &header))
    return Value();
  const size_t kMaxLine = 76;
  size_t nl = in.find('\n');
  bool crlf = nl != std::string_view::npos && nl > 0 && in[nl - 1] == '\r';
  std::string out;
  auto soft_break = [&] {
    out += '=';
    if (crlf) out += '\r';
    out += '\n';
  };
  auto put_hex = [&](unsigned char c) {
    out += "0123456789ABCDEF"[c >> 4];
    out += "0123456789ABCDEF"[c & 15];
  };
  size_t i = 0, n = in.size(), linelen = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(in[i]);
    bool at_end = i + 1 == n;
    bool next_ends_line = at_end || in[i + 1] == '\n' || in[i + 1] == '\r' || in[i + 1] == 0;
    bool quote = c > 126 || c == '=' || (header && c == '_') || (c == '.' && linelen == 0 && next_ends_line) ||
                 (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && at_end) ||
                 (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    if (quote) {
      if (linelen + 3 >= kMaxLine) {
        soft_break();
        linelen = 0;
      }
      out += '=';
      put_hex(c);
      i++;
      linelen += 3;
    } else if (istext && (c == '\n' || (i + 1 < n && c == '\r' && in[i + 1] == '\n'))) {
      linelen = 0;
      // Whitespace at the end of a line would be lost in transit: quote it.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        auto ws = static_cast<unsigned char>(out.back());
        out.back() = '=';
        put_hex(ws);
      }
      if (crlf) out += '\r';
      out += '\n';
      i += c == '\r' ? 2 : 1;
    } else {
      if (!at_end && in[i + 1] != '\n' && linelen + 1 >= kMaxLine) {
        soft_break();
        linelen = 0;
      }
      linelen++;
      out += header && c == ' ' ? '_' : static_cast<char>(c);
      i++;
    }
  }
  return new_bytes(std::move(out));
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
                             {"crc_hqx", b_crc_hqx},
                             {"b2a_uu", b_b2a_uu},
                             {"a2b_uu", b_a2b_uu},
                             {"b2a_qp", b_b2a_qp},
                             {"a2b_qp", b_a2b_qp}});
  module_add(mod, "Error", Value::borrow(&BinasciiErrorType));
  module_add(mod, "Incomplete", Value::borrow(&BinasciiIncompleteType));
  return m;
}

}  // namespace hotpy
