// The codecs str.encode / bytes.decode know: UTF-8, ASCII and Latin-1, with the error
// handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace (encode),
// surrogateescape and surrogatepass. Messages are CPython's, including its habit of
// reporting a run of bad characters as one "position a-b" error.
#include <string>

#include "objects/bytes.h"
#include "objects/codec_hooks.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str_internal.h"

namespace hotpy {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Unknown };

Codec find_codec(std::string_view name) {
  std::string n;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '_' || c == ' ') c = '-';
    n += c;
  }
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return Codec::Utf8;
  if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us") return Codec::Ascii;
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "8859" ||
      n == "cp819" || n == "latin" || n == "l1" || n == "iso-ir-100" || n == "csisolatin1")
    return Codec::Latin1;
  return Codec::Unknown;
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    default: return "latin-1";
  }
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRef, SurrogateEscape,
                     SurrogatePass, Unknown };

Handler find_handler(std::string_view name) {
  if (name == "strict") return Handler::Strict;
  if (name == "ignore") return Handler::Ignore;
  if (name == "replace") return Handler::Replace;
  if (name == "backslashreplace") return Handler::BackslashReplace;
  if (name == "xmlcharrefreplace") return Handler::XmlCharRef;
  if (name == "surrogateescape") return Handler::SurrogateEscape;
  if (name == "surrogatepass") return Handler::SurrogatePass;
  return Handler::Unknown;
}

Value unknown_handler(std::string_view name) {
  return raise(&LookupErrorType, format("unknown error handler name '%.*s'",
                                        static_cast<int>(name.size()), name.data()));
}

Value unknown_encoding(std::string_view name) {
  return raise(&LookupErrorType,
               format("unknown encoding: %.*s", static_cast<int>(name.size()), name.data()));
}

bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// Raises UnicodeEncodeError / UnicodeDecodeError(encoding, object, start, end, reason),
// whose attributes error handlers read and whose message CPython's is.
Value raise_unicode_error(TypeObject* type, const char* encoding, Value object, int64_t start, int64_t end,
                          const char* reason) {
  Value args[5] = {new_str(encoding), std::move(object), Value::integer(start), Value::integer(end),
                   new_str(reason)};
  Value exc = call(Value::borrow(type), args, 5);
  return exc.is_null() ? exc : raise_value(exc);
}

}  // namespace

Value (*codec_registry_encode)(const StrObject*, std::string_view, std::string_view) = nullptr;
Value (*codec_registry_decode)(std::string_view, std::string_view, std::string_view) = nullptr;

Value str_encode(const StrObject* s, std::string_view encoding, std::string_view errors) {
  Codec codec = find_codec(encoding);
  if (codec == Codec::Unknown)
    return codec_registry_encode ? codec_registry_encode(s, encoding, errors) : unknown_encoding(encoding);
  // Valid UTF-8 without surrogates encodes to itself; ASCII text to itself everywhere.
  if (s->ascii()) return new_bytes(s->m_data);
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  auto unencodable = [&](uint32_t cp) {
    return codec == Codec::Utf8 ? is_surrogate(cp) : cp >= limit;
  };
  const char* reason = codec == Codec::Utf8 ? "surrogates not allowed"
                       : codec == Codec::Ascii ? "ordinal not in range(128)"
                                               : "ordinal not in range(256)";
  std::string out;
  out.reserve(s->m_data.size());
  const char* p = s->m_data.data();
  const char* end = p + s->m_data.size();
  int64_t pos = 0;
  Handler handler = Handler::Strict;
  bool handler_known = false;
  while (p < end) {
    const char* start = p;
    uint32_t cp = decode_utf8(p);
    if (!unencodable(cp)) {
      if (codec == Codec::Utf8)
        out.append(start, p - start);
      else
        out += static_cast<char>(cp);
      ++pos;
      continue;
    }
    if (!handler_known) {
      handler = find_handler(errors);
      handler_known = true;
      if (handler == Handler::Unknown)
        return codec_registry_encode ? codec_registry_encode(s, encoding, errors) : unknown_handler(errors);
    }
    switch (handler) {
      case Handler::Ignore: break;
      case Handler::Replace: out += '?'; break;
      case Handler::BackslashReplace: {
        std::string esc;
        str_impl::append_escaped_cp(esc, cp);
        out += esc;
        break;
      }
      case Handler::XmlCharRef: out += "&#" + std::to_string(cp) + ";"; break;
      case Handler::SurrogateEscape:
        if (cp >= 0xDC80 && cp <= 0xDCFF) {
          out += static_cast<char>(cp - 0xDC00);
          break;
        }
        goto strict;
      case Handler::SurrogatePass:
        if (codec == Codec::Utf8 && is_surrogate(cp)) {
          out.append(start, p - start);
          break;
        }
        goto strict;
      default:
      strict: {
        // CPython reports the whole run of unencodable characters at once.
        int64_t run_end = pos + 1;
        const char* q = p;
        while (q < end) {
          const char* r = q;
          if (!unencodable(decode_utf8(r))) break;
          q = r;
          ++run_end;
        }
        return raise_unicode_error(&UnicodeEncodeErrorType, codec_name(codec),
                                   Value::borrow(const_cast<StrObject*>(s)), pos, run_end, reason);
      }
    }
    ++pos;
  }
  return new_bytes(std::move(out));
}

namespace {

Value decode_error(Codec codec, std::string_view data, size_t start, size_t end,
                   const char* reason) {
  return raise_unicode_error(&UnicodeDecodeErrorType, codec_name(codec), new_bytes(std::string(data)),
                             static_cast<int64_t>(start), static_cast<int64_t>(end), reason);
}

// Applies a decode error handler to bytes [start, end); false when it raised.
bool handle_decode_error(Handler handler, std::string_view errors, Codec codec,
                         std::string_view data, size_t start, size_t end, const char* reason,
                         std::string& out) {
  switch (handler) {
    case Handler::Ignore: return true;
    case Handler::Replace: append_utf8(out, 0xFFFD); return true;
    case Handler::BackslashReplace:
      for (size_t k = start; k < end; ++k)
        str_impl::append_escaped_cp(out, static_cast<unsigned char>(data[k]));
      return true;
    case Handler::SurrogateEscape: {
      bool all_high = true;
      for (size_t k = start; k < end; ++k) all_high &= static_cast<unsigned char>(data[k]) >= 0x80;
      if (all_high) {
        for (size_t k = start; k < end; ++k)
          append_utf8(out, 0xDC00 + static_cast<unsigned char>(data[k]));
        return true;
      }
      break;
    }
    case Handler::Unknown: unknown_handler(errors); return false;
    default: break;
  }
  decode_error(codec, data, start, end, reason);
  return false;
}

}  // namespace

Value bytes_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
  Codec codec = find_codec(encoding);
  if (codec == Codec::Unknown)
    return codec_registry_decode ? codec_registry_decode(data, encoding, errors) : unknown_encoding(encoding);
  if (codec == Codec::Latin1) {
    std::string out;
    out.reserve(data.size());
    for (char c : data) append_utf8(out, static_cast<unsigned char>(c));
    return new_str_len(std::move(out), static_cast<int64_t>(data.size()));
  }
  size_t bad, bad_end;
  const char* reason;
  if (codec == Codec::Utf8) {
    if (utf8_validate(data, &bad, &bad_end, &reason)) return new_str(data);
  } else {
    bad = 0;
    while (bad < data.size() && static_cast<unsigned char>(data[bad]) < 0x80) ++bad;
    if (bad == data.size()) return new_str_len(std::string(data), static_cast<int64_t>(bad));
  }
  // Slow path: copy the good prefix, then handle errors one by one.
  Handler handler = find_handler(errors);
  if (handler == Handler::Unknown && codec_registry_decode) return codec_registry_decode(data, encoding, errors);
  std::string out(data.substr(0, bad));
  size_t i = bad;
  while (i < data.size()) {
    std::string_view rest = data.substr(i);
    size_t rel_bad, rel_end;
    bool ok;
    if (codec == Codec::Utf8) {
      ok = utf8_validate(rest, &rel_bad, &rel_end, &reason);
    } else {
      rel_bad = 0;
      while (rel_bad < rest.size() && static_cast<unsigned char>(rest[rel_bad]) < 0x80) ++rel_bad;
      ok = rel_bad == rest.size();
      rel_end = rel_bad + 1;
      reason = "ordinal not in range(128)";
    }
    if (ok) {
      out += rest;
      break;
    }
    out += rest.substr(0, rel_bad);
    size_t start = i + rel_bad, end = i + rel_end;
    // surrogatepass: a 3-byte encoded surrogate is kept (as our WTF-8 form).
    if (handler == Handler::SurrogatePass && codec == Codec::Utf8 && start + 3 <= data.size() &&
        static_cast<unsigned char>(data[start]) == 0xED &&
        (static_cast<unsigned char>(data[start + 1]) & 0xE0) == 0xA0 &&
        (static_cast<unsigned char>(data[start + 2]) & 0xC0) == 0x80) {
      out.append(data.substr(start, 3));
      i = start + 3;
      continue;
    }
    if (!handle_decode_error(handler, errors, codec, data, start, end, reason, out)) return Value();
    i = end;
  }
  return new_str(std::move(out));
}

}  // namespace hotpy
