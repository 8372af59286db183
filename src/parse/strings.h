// String literal bodies: prefixes, escape decoding and CPython's decode errors.
// Shared by the concatenation of adjacent literals (strings.cpp) and the
// f-string parser (fstring.cpp).
#pragma once
#include <string>
#include <string_view>

namespace hotpy::frontend {

// What the prefix and quotes of one literal token say.
struct StringForm {
  bool raw = false, bytes = false, fstring = false;
  std::string_view body;  // between the quotes
};
StringForm string_form(std::string_view token);

// Decodes the escapes of a str literal's [body] (not raw) and appends UTF-8 to
// [out]. On an invalid escape returns false with CPython's message in [err]
// ("(unicode error) 'unicodeescape' codec can't decode ...").
bool decode_str_escapes(std::string_view body, std::string& out, std::string& err);

// Same for a bytes literal: appends bytes; CPython's "(value error) ..." on error.
bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& err);

// The code point of a \N{...} name (case-insensitive), or -1.
long unicode_lookup(std::string_view name);

}  // namespace hotpy::frontend
