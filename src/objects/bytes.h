// bytes: an immutable sequence of octets. Indexing gives ints; the text forms come
// from str (decode) and go back to it (str.encode).
#pragma once
#include <string>
#include <string_view>

#include "objects/object.h"

namespace hotpy {

struct BytesObject : Object {
  std::string m_data;
  mutable int64_t m_hash = -1;
  explicit BytesObject(std::string data, TypeObject* type = nullptr);
};

extern TypeObject BytesType;
extern TypeObject BytesIterType;  // "bytes_iterator"

inline bool is_bytes(const Value& v) { return v.is_obj() && v.type()->is_subtype(&BytesType); }
inline BytesObject* as_bytes(const Value& v) { return v.as<BytesObject>(); }
inline std::string_view bytes_view(const Value& v) { return v.as<BytesObject>()->m_data; }

// A bytes object (literals b'..', encode results). Empty bytes are shared.
Value new_bytes(std::string data);
// repr text: b'...' with CPython's quote choice and \x escapes.
std::string bytes_repr(std::string_view data);

}  // namespace hotpy
