// str: immutable Unicode text stored as UTF-8, with code-point semantics.
// The ASCII flag gives O(1) indexing for the common case; non-ASCII strings index
// by walking (len is computed once at creation). Lone surrogates ('\ud800') are
// stored as their 3-byte (WTF-8) form, so every Python str round-trips.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace hotpy {

struct StrObject : Object {
  std::string m_data;          // UTF-8
  int64_t m_length;            // in code points
  mutable int64_t m_hash = -1; // computed once
  // ascii and interned live in Object::m_kind_bits: that keeps a str at 80 bytes
  // (the allocator's next size up is 96).
  enum : uint8_t { kAsciiBit = 1, kInternedBit = 2 };
  bool ascii() const { return m_kind_bits & kAsciiBit; }
  void set_ascii(bool ascii) { m_kind_bits = ascii ? (m_kind_bits | kAsciiBit) : (m_kind_bits & ~kAsciiBit); }
  bool interned() const { return m_kind_bits & kInternedBit; }
  void set_interned() { m_kind_bits |= kInternedBit; }
  // Non-ASCII only: the code point last indexed and its byte offset, so that walking
  // s[i], s[i+1], ... costs O(1) per step instead of O(i).
  mutable uint32_t m_cursor_index = 0;
  mutable uint32_t m_cursor_offset = 0;
  // The text is taken by rvalue reference: moved once, straight into m_data (a by-value
  // parameter made each new str move its bytes twice, with a memcpy for short ones).
  StrObject(TypeObject* type, std::string&& data);
  explicit StrObject(std::string&& data);
  // The caller knows the code-point length (slices, concatenations): no scan.
  StrObject(TypeObject* type, std::string&& data, int64_t length);
  // A copy of `text`, made straight in the object (no temporary string to move from).
  StrObject(TypeObject* type, std::string_view text, int64_t length);
  std::string_view view() const { return m_data; }
  // Strings are the most allocated objects: freed ones are kept for reuse.
  static void* operator new(size_t size);
  static void operator delete(void* p, size_t size);
  int64_t hash() const { return m_hash != -1 ? m_hash : compute_hash(); }
  int64_t compute_hash() const;
};

extern TypeObject StrType;
extern TypeObject StrIterType;       // iter('é'): "str_iterator"
extern TypeObject StrAsciiIterType;  // iter('abc'): "str_ascii_iterator", as CPython 3.11

inline bool is_str(const Value& v) { return v.is_obj() && (v.type()->m_flags & kStrSubclass); }
inline bool is_exact_str(const Value& v) { return v.is_obj() && v.type() == &StrType; }
inline StrObject* as_str(const Value& v) { return v.as<StrObject>(); }

Value new_str(std::string&& data);
Value new_str(std::string_view data);
Value new_str(const char* data);
// A str whose code-point length is already known (no UTF-8 scan).
Value new_str_len(std::string&& data, int64_t length);
Value new_str_len(std::string_view text, int64_t length);
Value empty_str();  // the shared ''
// Frees the running interpreter's free list of string blocks (at its end).
void free_str_blocks();
// Interned strings are immortal, unique per content and pre-hashed: attribute and
// global-name lookups compare them by address first. Shared by all interpreters.
StrObject* intern(std::string_view s);
Value interned(std::string_view s);  // a new reference to intern(s)
// sys.intern: the interned string equal to exact str `s`, which is `s` itself (made
// immortal and entered in the table) when none was interned yet. Borrowed.
StrObject* intern_object(StrObject* s);
// intern() of a string literal, looked up once per call site (hot paths).
#define INTERN(literal) ([]() -> ::hotpy::StrObject* {       \
  static ::hotpy::StrObject* const cached = ::hotpy::intern(literal); \
  return cached;                                              \
}())

// The 64-bit hash of str and bytes contents (never -1; not CPython's, which is
// randomized anyway).
int64_t hash_bytes(std::string_view s);

// Appends the UTF-8 encoding of code point `cp`.
void append_utf8(std::string& out, uint32_t cp);
// Decodes the code point at `p` (valid UTF-8 / WTF-8) and advances `p` past it.
inline uint32_t decode_utf8(const char*& p) {
  auto c = static_cast<unsigned char>(*p);
  if (c < 0x80) { ++p; return c; }
  if (c < 0xE0) {
    uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(p[1]) & 0x3Fu);
    p += 2;
    return cp;
  }
  if (c < 0xF0) {
    uint32_t cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(p[1]) & 0x3Fu) << 6) |
                  (static_cast<unsigned char>(p[2]) & 0x3Fu);
    p += 3;
    return cp;
  }
  uint32_t cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(p[1]) & 0x3Fu) << 12) |
                ((static_cast<unsigned char>(p[2]) & 0x3Fu) << 6) |
                (static_cast<unsigned char>(p[3]) & 0x3Fu);
  p += 4;
  return cp;
}
// Number of code points in UTF-8 text (counts bytes that do not continue a sequence).
int64_t utf8_length(std::string_view s);
// Checks that `s` is well-formed UTF-8 (no surrogates, no overlongs). On failure sets
// *bad_pos/*bad_end to the byte range of the offending sequence (CPython's
// UnicodeDecodeError positions) and *reason to its explanation.
bool utf8_validate(std::string_view s, size_t* bad_pos, size_t* bad_end, const char** reason);

// Python repr of a str: quotes chosen as CPython does, escapes for non-printables.
std::string str_repr(std::string_view s);
// ascii(): like repr text but every non-ASCII code point escaped (\xe9, \u20ac, \U0001f600).
// Applied to any UTF-8 text (typically a repr).
std::string ascii_escape(std::string_view s);
// Byte offset of code point `index` (0 <= index <= length).
size_t str_offset(const StrObject* s, int64_t index);
// The string of one code point at `index`.
Value str_char_at(const StrObject* s, int64_t index);
// Characters of a one-character string are cached; returns a new reference.
Value str_from_codepoint(uint32_t cp);
Value str_concat(const StrObject* a, const StrObject* b);
// Appends `t` to exact str `s` in place. Only for a string nobody else can observe
// (reference count 1): `s += t`, or the left operand of `a + b` that is a temporary.
void str_append_in_place(StrObject* s, const StrObject* t);
// s[lower:upper] (step 1) for bounds that are each a small int or None (the caller
// checks), clamped as slice.indices() does.
Value str_slice_simple(const StrObject* s, const Value& lower, const Value& upper);
bool str_equal(const StrObject* a, const StrObject* b);
// Whether two strs hold the same text. Short texts (at most 15 bytes: dict keys, names)
// are compared as two words with no call to memcmp: a std::string that short keeps at
// least 16 readable bytes at data(), in the object or in a block of capacity+1 > 16.
inline bool str_same_text(const StrObject* a, const StrObject* b) {
  size_t n = a->m_data.size();
  if (n != b->m_data.size()) return false;
  if (n > 15) return std::memcmp(a->m_data.data(), b->m_data.data(), n) == 0;
  uint64_t a0, a1, b0, b1;
  std::memcpy(&a0, a->m_data.data(), 8);
  std::memcpy(&a1, a->m_data.data() + 8, 8);
  std::memcpy(&b0, b->m_data.data(), 8);
  std::memcpy(&b1, b->m_data.data() + 8, 8);
  uint64_t d0 = a0 ^ b0, d1 = a1 ^ b1;
  if (n == 0) return true;
  if (n <= 8) return (d0 << (8 * (8 - n))) == 0;  // only the first n bytes count
  return d0 == 0 && (d1 << (8 * (16 - n))) == 0;
}
// Equality with a C++ string, for keyword and attribute names.
inline bool str_equal(const StrObject* a, std::string_view b) { return a->view() == b; }
// s * n (n <= 0 gives ''); Null + MemoryError/OverflowError if too large.
Value str_repeat(const StrObject* s, int64_t n);

// Formatting entry points (objects/str_format.cpp).
Value str_percent_format(const Value& fmt, const Value& args);       // fmt % args
// The text of fmt % args appended to `out`: str formatting, or bytes formatting
// (`bytes`: %s/%b take bytes-like objects, %c a byte, %r/%a give ASCII); false
// with an exception pending.
bool percent_format_text(std::string_view fmt, const Value& args, bool bytes, std::string& out);
Value str_format_method(const Value* args, size_t nargs, KwNames* kw);  // "..".format()
Value format_value(const Value& v, const Value& spec);   // builtin format(v, spec)
// str.__format__ on the text of `s`: fill, align, width, precision ("s" only).
Value str_format_spec(const StrObject* s, std::string_view spec);

// str.encode(encoding, errors) on text; Null + LookupError/UnicodeEncodeError.
Value str_encode(const StrObject* s, std::string_view encoding, std::string_view errors);
// bytes.decode(encoding, errors) / str(bytes, encoding); Null + UnicodeDecodeError.
Value bytes_decode(std::string_view data, std::string_view encoding, std::string_view errors);

}  // namespace hotpy
