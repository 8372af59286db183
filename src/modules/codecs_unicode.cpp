// The _codecs functions for UTF-16, UTF-32 (with and without a BOM, either byte
// order), the escape codecs and the charmap codecs the encodings package builds its
// 8-bit codecs on. Each returns CPython's (result, length consumed) pair; the
// decoders take `final` so that incremental decoders keep an incomplete tail.
#include "modules/codecs_internal.h"
#include "modules/io_internal.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/tuple.h"
#include "parse/strings.h"

namespace hotpy {

namespace {

Value pair(Value a, int64_t n) { return new_tuple({std::move(a), Value::integer(n)}); }

// ---- UTF-16 and UTF-32

// byteorder: -1 little, 1 big, 0 native with a BOM first (encode) / detect one (decode).
void put_unit(std::string& out, uint32_t u, int width, bool big) {
  for (int i = 0; i < width; i++) {
    int shift = big ? 8 * (width - 1 - i) : 8 * i;
    out += static_cast<char>((u >> shift) & 0xFF);
  }
}

const char* utf_name(int width, int byteorder) {
  if (width == 2) return byteorder < 0 ? "utf-16-le" : byteorder > 0 ? "utf-16-be" : "utf-16";
  return byteorder < 0 ? "utf-32-le" : byteorder > 0 ? "utf-32-be" : "utf-32";
}

Value utf_encode(const char* fname, int width, int byteorder, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args(fname, args, nargs, kw, {"str", "errors", "byteorder"}, 3, a) || !codec_text_arg(fname, a[0]))
    return Value();
  int64_t order = byteorder;
  if (!a[2].is_null() && !index_value(a[2], &order)) return Value();
  const char* name = utf_name(width, static_cast<int>(order));
  bool big = order > 0;
  std::string out;
  if (order == 0) put_unit(out, 0xFEFF, width, false);
  std::u32string cps = str_code_points(as_str(a[0]));
  std::string_view errors = errors_arg(a[1]);
  auto put_cp = [&](uint32_t c) {
    if (width == 2 && c >= 0x10000) {
      put_unit(out, 0xD800 + ((c - 0x10000) >> 10), 2, big);
      put_unit(out, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, big);
    } else {
      put_unit(out, c, width, big);
    }
  };
  int64_t n = static_cast<int64_t>(cps.size());
  for (int64_t i = 0; i < n;) {
    uint32_t c = cps[i];
    if (c < 0xD800 || c > 0xDFFF || errors == "surrogatepass") {
      put_cp(c);
      i++;
      continue;
    }
    int64_t end = i + 1;
    while (end < n && cps[end] >= 0xD800 && cps[end] <= 0xDFFF) end++;
    EncodeReplacement r;
    int64_t next = codec_encode_error(name, errors, a[0], cps, i, end, "surrogates not allowed", &r);
    if (next < 0) return Value();
    if (r.is_bytes) {
      if (r.bytes.size() % width) {
        Value exc = call(Value::borrow(&UnicodeEncodeErrorType),
                         std::vector<Value>{new_str(name), a[0], Value::integer(i), Value::integer(end),
                                            new_str("surrogates not allowed")}
                             .data(),
                         5);
        return exc.is_null() ? exc : raise_value(exc);
      }
      out += r.bytes;
    } else {
      for (char32_t rc : r.text) put_cp(rc);
    }
    i = next;
  }
  return pair(new_bytes(std::move(out)), n);
}

uint32_t get_unit(std::string_view d, size_t i, int width, bool big) {
  uint32_t u = 0;
  for (int k = 0; k < width; k++) {
    uint32_t b = static_cast<unsigned char>(d[i + k]);
    u |= big ? b << (8 * (width - 1 - k)) : b << (8 * k);
  }
  return u;
}

// Decodes; *byteorder is in/out as in CPython's utf_16_ex_decode (0: detect a BOM).
Value utf_decode_core(int width, std::string_view data, std::string_view errors, bool final, int* byteorder,
                      int64_t* consumed) {
  size_t pos = 0, n = data.size();
  if (*byteorder == 0 && n >= static_cast<size_t>(width)) {
    uint32_t le = get_unit(data, 0, width, false);
    if (le == 0xFEFF) {
      *byteorder = -1;
      pos = width;
    } else if (get_unit(data, 0, width, true) == 0xFEFF) {
      *byteorder = 1;
      pos = width;
    }
  }
  bool big = *byteorder > 0;
  // The name errors report is the codec's own; utf-16/32 without a fixed order is native (little).
  const char* name = width == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
  std::u32string text;
  auto error = [&](size_t start, size_t end, const char* reason) -> bool {
    int64_t next = codec_decode_error(name, errors, data, static_cast<int64_t>(start), static_cast<int64_t>(end),
                                      reason, text);
    if (next < 0) return false;
    pos = static_cast<size_t>(next);
    return true;
  };
  while (pos < n) {
    if (n - pos < static_cast<size_t>(width)) {
      if (!final) break;
      if (!error(pos, n, "truncated data")) return Value();
      continue;
    }
    uint32_t u = get_unit(data, pos, width, big);
    if (width == 4) {
      if (u > 0x10FFFF) {
        if (!error(pos, pos + 4, "code point not in range(0x110000)")) return Value();
        continue;
      }
      if (u >= 0xD800 && u <= 0xDFFF && errors != "surrogatepass") {
        if (!error(pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)")) return Value();
        continue;
      }
      text += u;
      pos += 4;
      continue;
    }
    if (u < 0xD800 || u > 0xDFFF) {
      text += u;
      pos += 2;
      continue;
    }
    if (u >= 0xDC00) {
      if (errors == "surrogatepass") {
        text += u;
        pos += 2;
        continue;
      }
      if (!error(pos, pos + 2, "illegal encoding")) return Value();
      continue;
    }
    if (n - pos < 4) {
      if (!final) break;
      if (errors == "surrogatepass" && n - pos < 4) {
        text += u;
        pos += 2;
        continue;
      }
      if (!error(pos, n, "unexpected end of data")) return Value();
      continue;
    }
    uint32_t low = get_unit(data, pos + 2, 2, big);
    if (low < 0xDC00 || low > 0xDFFF) {
      if (errors == "surrogatepass") {
        text += u;
        pos += 2;
        continue;
      }
      if (!error(pos, pos + 2, "illegal UTF-16 surrogate")) return Value();
      continue;
    }
    text += 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
    pos += 4;
  }
  *consumed = static_cast<int64_t>(pos);
  return str_from_code_points(text);
}

Value utf_decode(const char* fname, int width, int byteorder, bool ex, const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  bool ok = ex ? bind_args(fname, args, nargs, kw, {"data", "errors", "byteorder", "final"}, 4, a)
               : bind_args(fname, args, nargs, kw, {"data", "errors", "final"}, 3, a);
  if (!ok) return Value();
  std::string_view data;
  if (!need_buffer(a[0], &data)) return Value();
  int64_t order = byteorder;
  if (ex && !a[2].is_null() && !index_value(a[2], &order)) return Value();
  const Value& final_arg = ex ? a[3] : a[2];
  int final = final_arg.is_null() ? 0 : truthy(final_arg);
  if (final < 0) return Value();
  int bo = static_cast<int>(order);
  int64_t consumed = 0;
  Value s = utf_decode_core(width, data, errors_arg(a[1]), final, &bo, &consumed);
  if (s.is_null()) return s;
  if (ex) return new_tuple({s, Value::integer(consumed), Value::integer(bo)});
  return pair(s, consumed);
}

#define UTF_FUNCS(W, BO, SUFFIX)                                                         \
  Value utf_##W##SUFFIX##encode(const Value* a, size_t n, KwNames* k) {                \
    return utf_encode("utf_" #W "_" #SUFFIX "encode", W / 8, BO, a, n, k);             \
  }                                                                                    \
  Value utf_##W##SUFFIX##decode(const Value* a, size_t n, KwNames* k) {                \
    return utf_decode("utf_" #W "_" #SUFFIX "decode", W / 8, BO, false, a, n, k);      \
  }
UTF_FUNCS(16, 0, _)
UTF_FUNCS(16, -1, _le_)
UTF_FUNCS(16, 1, _be_)
UTF_FUNCS(32, 0, _)
UTF_FUNCS(32, -1, _le_)
UTF_FUNCS(32, 1, _be_)
#undef UTF_FUNCS
Value utf_16_ex_decode(const Value* a, size_t n, KwNames* k) { return utf_decode("utf_16_ex_decode", 2, 0, true, a, n, k); }
Value utf_32_ex_decode(const Value* a, size_t n, KwNames* k) { return utf_decode("utf_32_ex_decode", 4, 0, true, a, n, k); }

// ---- unicode_escape and raw_unicode_escape

void put_escape(std::string& out, uint32_t c) {
  static const char kHex[] = "0123456789abcdef";
  int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
  out += '\\';
  out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
  for (int i = digits - 1; i >= 0; i--) out += kHex[(c >> (4 * i)) & 0xF];
}

Value escape_encode_text(const char* fname, bool raw, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args(fname, args, nargs, kw, {"str", "errors"}, 2, a) || !codec_text_arg(fname, a[0])) return Value();
  std::u32string cps = str_code_points(as_str(a[0]));
  std::string out;
  for (char32_t c : cps) {
    if (raw) {
      if (c < 0x100)
        out += static_cast<char>(c);
      else
        put_escape(out, c);
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      put_escape(out, c);
    }
  }
  return pair(new_bytes(std::move(out)), static_cast<int64_t>(cps.size()));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value escape_decode_text(const char* fname, bool raw, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args(fname, args, nargs, kw, {"data", "errors", "final"}, 3, a)) return Value();
  std::string_view data;
  std::string from_str;
  if (is_str(a[0])) {
    from_str = as_str(a[0])->m_data;
    data = from_str;
  } else if (!need_buffer(a[0], &data)) {
    return Value();
  }
  const char* name = raw ? "rawunicodeescape" : "unicodeescape";
  std::string_view errors = errors_arg(a[1]);
  std::u32string text;
  size_t n = data.size(), i = 0;
  while (i < n) {
    char c = data[i];
    if (c != '\\' || i + 1 >= n) {
      if (c == '\\' && !raw) {
        int64_t next = codec_decode_error(name, errors, data, i, n, "\\ at end of string", text);
        if (next < 0) return Value();
        i = static_cast<size_t>(next);
        continue;
      }
      text += static_cast<unsigned char>(c);
      i++;
      continue;
    }
    char e = data[i + 1];
    int digits = e == 'x' && !raw ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (raw && digits == 0) {
      // An escaped backslash cannot start an escape: "\\\\u" stays as it is.
      text += U'\\';
      if (e == '\\') text += U'\\';
      i += e == '\\' ? 2 : 1;
      continue;
    }
    if (digits) {
      uint32_t v = 0;
      size_t k = 0;
      for (; k < static_cast<size_t>(digits) && i + 2 + k < n && hex_digit(data[i + 2 + k]) >= 0; k++)
        v = v * 16 + static_cast<uint32_t>(hex_digit(data[i + 2 + k]));
      if (k < static_cast<size_t>(digits) || v > 0x10FFFF) {
        const char* reason = v > 0x10FFFF && k == static_cast<size_t>(digits) ? "illegal Unicode character"
                             : digits == 2 ? "truncated \\xXX escape"
                             : digits == 4 ? "truncated \\uXXXX escape"
                                           : "truncated \\UXXXXXXXX escape";
        int64_t next = codec_decode_error(name, errors, data, i, i + 2 + k, reason, text);
        if (next < 0) return Value();
        i = static_cast<size_t>(next);
        continue;
      }
      text += v;
      i += 2 + k;
      continue;
    }
    i += 2;
    switch (e) {
      case '\n': break;
      case '\\': text += U'\\'; break;
      case '\'': text += U'\''; break;
      case '"': text += U'"'; break;
      case 'a': text += U'\a'; break;
      case 'b': text += U'\b'; break;
      case 'f': text += U'\f'; break;
      case 'n': text += U'\n'; break;
      case 'r': text += U'\r'; break;
      case 't': text += U'\t'; break;
      case 'v': text += U'\v'; break;
      case 'N': {
        size_t close = data.find('}', i);
        long cp = -1;
        if (i < n && data[i] == '{' && close != std::string_view::npos)
          cp = frontend::unicode_lookup(data.substr(i + 1, close - i - 1));
        if (cp < 0) {
          int64_t next = codec_decode_error(name, errors, data, i - 2,
                                            close == std::string_view::npos ? n : close + 1,
                                            "malformed \\N character escape", text);
          if (next < 0) return Value();
          i = static_cast<size_t>(next);
          break;
        }
        text += static_cast<char32_t>(cp);
        i = close + 1;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          uint32_t v = static_cast<uint32_t>(e - '0');
          for (int k = 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; k++) v = v * 8 + (data[i++] - '0');
          text += v;
        } else {
          text += U'\\';
          text += static_cast<unsigned char>(e);
        }
    }
  }
  return pair(str_from_code_points(text), static_cast<int64_t>(n));
}

Value unicode_escape_encode(const Value* a, size_t n, KwNames* k) { return escape_encode_text("unicode_escape_encode", false, a, n, k); }
Value unicode_escape_decode(const Value* a, size_t n, KwNames* k) { return escape_decode_text("unicode_escape_decode", false, a, n, k); }
Value raw_unicode_escape_encode(const Value* a, size_t n, KwNames* k) { return escape_encode_text("raw_unicode_escape_encode", true, a, n, k); }
Value raw_unicode_escape_decode(const Value* a, size_t n, KwNames* k) { return escape_decode_text("raw_unicode_escape_decode", true, a, n, k); }

// escape_encode(bytes): the body of the bytes' repr; escape_decode: its inverse.
Value escape_encode(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("escape_encode", args, nargs, kw, {"data", "errors"}, 2, a)) return Value();
  if (!is_bytes(a[0]))
    return raise(&TypeErrorType, format("escape_encode() argument 1 must be bytes, not %s", type_name(a[0]).c_str()));
  std::string_view d = bytes_view(a[0]);
  std::string r = bytes_repr(d, true);
  return pair(new_bytes(r.substr(2, r.size() - 3)), static_cast<int64_t>(d.size()));
}

Value escape_decode(const Value* args, size_t nargs, KwNames* kw) {
  Value t = escape_decode_text("escape_decode", false, args, nargs, kw);
  if (t.is_null()) return t;
  std::string out;
  for (char32_t c : str_code_points(as_str(as_tuple(t)->m_items[0]))) {
    if (c > 0xFF) return raise(&ValueErrorType, "invalid escape in bytes");
    out += static_cast<char>(c);
  }
  return pair(new_bytes(std::move(out)), as_tuple(t)->m_items[1].as_int());
}

// ---- charmap

// charmap_decode(data, errors=None, mapping=None): mapping is a str (the decoding
// table) or a mapping of byte -> int / str / None.
Value charmap_decode(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("charmap_decode", args, nargs, kw, {"data", "errors", "mapping"}, 3, a)) return Value();
  std::string_view data;
  if (!need_buffer(a[0], &data)) return Value();
  std::string_view errors = errors_arg(a[1]);
  if (a[2].is_null() || a[2].is_none()) {
    std::u32string text;
    for (char c : data) text += static_cast<unsigned char>(c);
    return pair(str_from_code_points(text), static_cast<int64_t>(data.size()));
  }
  std::u32string table;
  bool is_table = is_str(a[2]);
  if (is_table) table = str_code_points(as_str(a[2]));
  std::u32string text;
  size_t i = 0, n = data.size();
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(data[i]);
    bool undefined = false;
    if (is_table) {
      if (b >= table.size() || table[b] == 0xFFFE)
        undefined = true;
      else
        text += table[b];
    } else {
      Value key = Value::integer(b);
      Value v = get_item(a[2], key);
      if (v.is_null()) {
        if (!error_matches(&LookupErrorType)) return Value();
        clear_error();
        undefined = true;
      } else if (v.is_none()) {
        undefined = true;
      } else if (is_str(v)) {
        std::u32string s = str_code_points(as_str(v));
        if (s.size() == 1 && s[0] == 0xFFFE)
          undefined = true;
        else
          text += s;
      } else {
        int64_t cp;
        if (!index_value(v, &cp)) return Value();
        if (cp < 0 || cp > 0x10FFFF)
          return raise(&TypeErrorType, "character mapping must be in range(0x110000)");
        if (cp == 0xFFFE) undefined = true; else text += static_cast<char32_t>(cp);
      }
    }
    if (!undefined) {
      i++;
      continue;
    }
    int64_t next = codec_decode_error("charmap", errors, data, i, i + 1, "character maps to <undefined>", text);
    if (next < 0) return Value();
    i = static_cast<size_t>(next);
  }
  return pair(str_from_code_points(text), static_cast<int64_t>(n));
}

// The byte a code point encodes to through `mapping` (a dict from charmap_build or
// any mapping of int -> int / bytes / None): appended to out; 0 undefined, -1 error.
int charmap_put(const Value& mapping, uint32_t c, std::string& out) {
  Value v = get_item(mapping, Value::integer(c));
  if (v.is_null()) {
    if (!error_matches(&LookupErrorType)) return -1;
    clear_error();
    return 0;
  }
  if (v.is_none()) return 0;
  if (is_bytes(v)) {
    out += bytes_view(v);
    return 1;
  }
  int64_t b;
  if (!index_value(v, &b)) return -1;
  if (b < 0 || b > 255) {
    raise(&TypeErrorType, "character mapping must be in range(256)");
    return -1;
  }
  out += static_cast<char>(b);
  return 1;
}

Value charmap_encode(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("charmap_encode", args, nargs, kw, {"str", "errors", "mapping"}, 3, a) ||
      !codec_text_arg("charmap_encode", a[0]))
    return Value();
  std::u32string cps = str_code_points(as_str(a[0]));
  std::string out;
  std::string_view errors = errors_arg(a[1]);
  bool latin1 = a[2].is_null() || a[2].is_none();
  int64_t n = static_cast<int64_t>(cps.size());
  for (int64_t i = 0; i < n;) {
    int r = 0;
    if (latin1) {
      if (cps[i] < 0x100) {
        out += static_cast<char>(cps[i]);
        r = 1;
      }
    } else {
      r = charmap_put(a[2], cps[i], out);
    }
    if (r < 0) return Value();
    if (r) {
      i++;
      continue;
    }
    EncodeReplacement rep;
    int64_t next = codec_encode_error("charmap", errors, a[0], cps, i, i + 1, "character maps to <undefined>", &rep);
    if (next < 0) return Value();
    if (rep.is_bytes) {
      out += rep.bytes;
    } else {
      for (char32_t rc : rep.text) {
        int rr = latin1 ? (rc < 0x100 ? (out += static_cast<char>(rc), 1) : 0) : charmap_put(a[2], rc, out);
        if (rr < 0) return Value();
        if (rr == 0) {
          codec_encode_error("charmap", "strict", a[0], cps, i, i + 1, "character maps to <undefined>", &rep);
          return Value();
        }
      }
    }
    i = next;
  }
  return pair(new_bytes(std::move(out)), n);
}

// charmap_build(decoding_table): the inverse mapping, code point -> byte.
Value charmap_build(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("charmap_build", kw) || !check_nargs("charmap_build", nargs, 1, 1) ||
      !codec_text_arg("charmap_build", args[0]))
    return Value();
  std::u32string table = str_code_points(as_str(args[0]));
  Value d = new_dict();
  for (size_t i = 0; i < table.size(); i++)
    if (dict_set(as_dict(d), Value::integer(table[i]), Value::integer(static_cast<int64_t>(i))) < 0) return Value();
  return d;
}

Value readbuffer_encode(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("readbuffer_encode", args, nargs, kw, {"data", "errors"}, 2, a)) return Value();
  std::string_view data;
  if (is_str(a[0])) {
    data = as_str(a[0])->view();
  } else if (!need_buffer(a[0], &data)) {
    return Value();
  }
  return pair(new_bytes(std::string(data)), static_cast<int64_t>(data.size()));
}

}  // namespace

int utf_unit_of(std::string_view encoding, int* byteorder) {
  std::string n;
  for (char c : encoding) n += c == '-' || c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  NativeFn fn = utf_codec_function(n, false);
  if (!fn || fn == unicode_escape_decode || fn == raw_unicode_escape_decode) return 0;
  *byteorder = fn == utf_16_le_decode || fn == utf_32_le_decode ? -1 : fn == utf_16_be_decode || fn == utf_32_be_decode ? 1 : 0;
  return fn == utf_16_decode || fn == utf_16_le_decode || fn == utf_16_be_decode ? 2 : 4;
}

Value utf_decode_chunk(int width, std::string_view data, std::string_view errors, bool final, int* byteorder,
                       int64_t* consumed) {
  return utf_decode_core(width, data, errors, final, byteorder, consumed);
}

NativeFn utf_codec_function(std::string_view name, bool encode) {
  struct Row {
    const char* names[3];
    NativeFn encode, decode;
  };
  static const Row kRows[] = {
      {{"utf_16", "u16", "utf16"}, utf_16_encode, utf_16_decode},
      {{"utf_16_le", "utf_16le", "unicodelittleunmarked"}, utf_16_le_encode, utf_16_le_decode},
      {{"utf_16_be", "utf_16be", "unicodebigunmarked"}, utf_16_be_encode, utf_16_be_decode},
      {{"utf_32", "u32", "utf32"}, utf_32_encode, utf_32_decode},
      {{"utf_32_le", "utf_32le", nullptr}, utf_32_le_encode, utf_32_le_decode},
      {{"utf_32_be", "utf_32be", nullptr}, utf_32_be_encode, utf_32_be_decode},
      {{"unicode_escape", nullptr, nullptr}, unicode_escape_encode, unicode_escape_decode},
      {{"raw_unicode_escape", nullptr, nullptr}, raw_unicode_escape_encode, raw_unicode_escape_decode},
  };
  for (const Row& r : kRows)
    for (const char* n : r.names)
      if (n && name == n) return encode ? r.encode : r.decode;
  return nullptr;
}

void add_unicode_codec_functions(ModuleObject* m) {
  module_add_functions(m, {{"utf_16_encode", utf_16_encode},
                           {"utf_16_decode", utf_16_decode},
                           {"utf_16_le_encode", utf_16_le_encode},
                           {"utf_16_le_decode", utf_16_le_decode},
                           {"utf_16_be_encode", utf_16_be_encode},
                           {"utf_16_be_decode", utf_16_be_decode},
                           {"utf_16_ex_decode", utf_16_ex_decode},
                           {"utf_32_encode", utf_32_encode},
                           {"utf_32_decode", utf_32_decode},
                           {"utf_32_le_encode", utf_32_le_encode},
                           {"utf_32_le_decode", utf_32_le_decode},
                           {"utf_32_be_encode", utf_32_be_encode},
                           {"utf_32_be_decode", utf_32_be_decode},
                           {"utf_32_ex_decode", utf_32_ex_decode},
                           {"unicode_escape_encode", unicode_escape_encode},
                           {"unicode_escape_decode", unicode_escape_decode},
                           {"raw_unicode_escape_encode", raw_unicode_escape_encode},
                           {"raw_unicode_escape_decode", raw_unicode_escape_decode},
                           {"escape_encode", escape_encode},
                           {"escape_decode", escape_decode},
                           {"charmap_decode", charmap_decode},
                           {"charmap_encode", charmap_encode},
                           {"charmap_build", charmap_build},
                           {"readbuffer_encode", readbuffer_encode}});
}

}  // namespace hotpy
