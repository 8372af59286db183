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

// bytearray: the mutable twin. Views (memoryview) count in m_exports; while any is
// alive the array may change its bytes but not its size.
struct BytearrayObject : Object {
  std::string m_data;
  int64_t m_exports = 0;
  DictObject* m_dict = nullptr;  // only instances of Python subclasses
  explicit BytearrayObject(std::string data, TypeObject* type = nullptr);
  ~BytearrayObject() override;
  void traverse(Visitor visit, void* arg) override;
  DictObject** instance_dict() override;
};

extern TypeObject BytesType;
extern TypeObject BytearrayType;
extern TypeObject BytearrayIterType;  // "bytearray_iterator"
extern TypeObject MemoryviewType;
extern TypeObject BytesIterType;  // "bytes_iterator"

inline bool is_bytes(const Value& v) { return v.is_obj() && v.type()->is_subtype(&BytesType); }
inline BytesObject* as_bytes(const Value& v) { return v.as<BytesObject>(); }
inline std::string_view bytes_view(const Value& v) { return v.as<BytesObject>()->m_data; }

inline bool is_bytearray(const Value& v) {
  return v.is_obj() && v.type()->is_subtype(&BytearrayType);
}
// bytes or bytearray: the types that share the methods of bytes.
inline bool is_byteseq(const Value& v) { return is_bytes(v) || is_bytearray(v); }
inline std::string_view byteseq_view(const Value& v) {
  return is_bytes(v) ? bytes_view(v) : std::string_view(v.as<BytearrayObject>()->m_data);
}
// The octets of a bytes-like object (bytes, bytearray, contiguous memoryview) in
// *out; false without an exception for anything else. The view is valid until the
// object changes. (memoryview.cpp)
bool buffer_view(const Value& v, std::string_view* out);
// A copy of the octets of any bytes-like object, also a strided memoryview; false
// for anything else (with an exception pending only for a released memoryview).
bool buffer_bytes(const Value& v, std::string* out);
// The same as buffer_view, with CPython's "a bytes-like object is required, not 'str'" TypeError.
bool need_buffer(const Value& v, std::string_view* out);
// A result of the same family as `self`: bytes for bytes, bytearray for bytearray.
Value new_like(const Value& self, std::string data);
Value new_bytearray(std::string data);

// A bytes object (literals b'..', encode results). Empty bytes are shared.
Value new_bytes(std::string data);
// repr text: b'...' with CPython's quote choice and \x escapes. bytearray's repr
// (`escape_single`) escapes ' even inside double quotes, as CPython's does.
std::string bytes_repr(std::string_view data, bool escape_single = false);

}  // namespace hotpy
