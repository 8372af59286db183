// _struct's parsed formats and the packing of single values (struct_codes.cpp),
// shared with the module and its Struct type (struct_module.cpp).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "objects/object.h"

namespace hotpy {

extern TypeObject StructErrorType;  // struct.error

namespace struct_impl {

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

Value struct_error(std::string_view msg);
// Parses a format (its text as given, ASCII); false with struct.error raised.
bool parse_format(std::string_view fmt, Layout& out);
// The format's text: str (ASCII only) or bytes, as CPython's Struct() takes it.
bool format_text(const Value& fmt, std::string& out);
// Packs args into out (zero-filled, the layout's size); `fname` names the caller in
// the count message.
bool pack_values(const Layout& lay, const char* fname, const Value* args, size_t nargs, char* out);
// The values of a buffer of the layout's size, as a tuple.
Value unpack_values(const Layout& lay, const char* p);

}  // namespace struct_impl
}  // namespace hotpy
