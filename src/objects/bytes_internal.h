// Shared between the bytes family's files (bytes.cpp, bytes_methods.cpp,
// bytes_text.cpp, bytearray.cpp, memoryview.cpp). Every method of
// bytes is written once against byteseq_view(self) and new_like(self, ..), so the
// same native function serves bytes and bytearray. Not for other modules.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "objects/bytes.h"
#include "objects/str_internal.h"

namespace hotpy::bytes_impl {

// "bytes" or "bytearray": the family of self, as CPython's messages name it.
const char* family(const Value& self);
// "bytes.find()" / "bytearray.find()".
std::string qual(const Value& self, const char* name);
// Raises "a bytes-like object is required, not 'str'".
Value raise_need_bytes(const Value& v);
inline bool index_arg(const Value& v, int64_t* out) { return str_impl::int_arg(v, out); }
inline bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
// The window [start, end) of self (args[0]) that optional start/end arguments at
// args[first] make; *empty when start > end (nothing, not even the empty string, is
// found there).
bool bytes_window(const Value* args, size_t nargs, size_t first, std::string_view* window,
                  bool* empty);
// The needle of find/count/index: bytes-like or an int in range(256).
bool needle_of(const Value& v, std::string* out);
// A byte value from an int-like: "byte must be in range(0, 256)" (ValueError) or
// "'str' object cannot be interpreted as an integer" (TypeError).
bool byte_arg(const Value& v, unsigned char* out);
// Fills `out` from an iterable of ints in range(256) (bytes(it), bytearray(it));
// the ValueError says "bytes must be .." or, for a bytearray, "byte must be ..".
bool bytes_from_iterable(const Value& src, std::string& out, bool for_bytearray);
// The content of bytes()/bytearray() made from `src` with optional encoding/errors
// (Null when absent); `fname` names the constructor in messages.
bool bytes_source(const char* fname, const Value& src, const Value& encoding,
                  const Value& errors, std::string& out);

// The slots bytes and bytearray share (bytes.cpp): comparison, len, indexing and
// slicing, `in`, iteration, + * %. set_byteseq_slots puts them on a type.
Value byteseq_richcompare(const Value& a, const Value& b, CmpOp op);
Value byteseq_getitem(const Value& self, const Value& key);
Value byteseq_binary(BinOp op, const Value& a, const Value& b);
void set_byteseq_slots(TypeObject* type);
void ready_byteseq_iter_type(TypeObject* type);
// bytearray, its iterator and memoryview (bytearray.cpp, memoryview.cpp), readied
// by init_bytes_type.
void init_bytearray_types();
void init_memoryview_type();

// The methods of bytes that bytearray shares, installed on both types:
// bytes_methods.cpp's and bytes_text.cpp's.
void add_search_methods(TypeObject* type);
void add_text_methods(TypeObject* type);
void add_bytes_only_methods(TypeObject* type);  // __bytes__, __getnewargs__
// Adds native methods to a readied builtin type's dict.
void add_methods(TypeObject* type, const MethodDef* defs, size_t count);

// b'..' % args (bytes_text.cpp, with str_format.cpp's engine).
Value bytes_percent_format(const Value& self, const Value& args);
// The %s/%b and %c conversions of bytes formatting, for str_format.cpp's engine:
// a bytes-like object (or __bytes__), and an int in range(256) or a single byte.
bool percent_bytes(const Value& v, std::string& out);
bool percent_byte(const Value& v, std::string& out);
// The hex of a bytes-like object with an optional separator and group size
// (bytes.hex(sep, n), memoryview.hex): args are those after self.
Value hex_with_sep(const Value& source, const char* fname, const Value* args, size_t nargs,
                   KwNames* kw);

}  // namespace hotpy::bytes_impl
