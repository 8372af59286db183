// Shared by the _codecs module's files: the error-handler machinery every codec
// calls when it meets something it cannot encode or decode.
#pragma once
#include <string>
#include <string_view>

#include "objects/object.h"
#include "objects/module.h"
#include "objects/str.h"

namespace hotpy {

// The code points of a str (its UTF-8 / WTF-8 form decoded).
std::u32string str_code_points(const StrObject* s);
// A str from code points (lone surrogates kept, as Python allows).
Value str_from_code_points(const std::u32string& cps);

// A decode error over data[start, end): runs the handler named `errors` (built in or
// registered) and appends its replacement to `text`, as code points. Returns the
// position to go on from, or -1 with the exception pending.
int64_t codec_decode_error(const char* encoding, std::string_view errors, std::string_view data, int64_t start,
                           int64_t end, const char* reason, std::u32string& text);

// An encode error over code points [start, end) of `str`. The replacement is either
// text (which the codec encodes itself) or, for surrogateescape and handlers that
// return bytes, raw bytes. Returns the position to go on from, or -1.
struct EncodeReplacement {
  std::u32string text;
  std::string bytes;
  bool is_bytes = false;
};
int64_t codec_encode_error(const char* encoding, std::string_view errors, const Value& str,
                           const std::u32string& cps, int64_t start, int64_t end, const char* reason,
                           EncodeReplacement* out);

// The str, or the bytes-like object's octets, of a codec function's argument, with
// CPython's TypeError otherwise.
bool codec_text_arg(const char* fname, const Value& v);
// errors=None means strict.
std::string_view errors_arg(const Value& v);

// The UTF-16/32 codec function (utf_16_le_encode...) for a normalized encoding name
// ("utf_16_le", "u32"...), or null: str.encode finds them without the registry.
NativeFn utf_codec_function(std::string_view name, bool encode);

// The codec functions of codecs_unicode.cpp, added to the _codecs module.
void add_unicode_codec_functions(ModuleObject* m);

}  // namespace hotpy
