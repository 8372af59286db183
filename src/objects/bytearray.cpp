// bytearray: bytes that change in place. It shares every method and read-only slot
// of bytes (bytes_methods.cpp, bytes_text.cpp, bytes.cpp); this file has what only a
// mutable sequence has: item and slice assignment and deletion, += and *=, and the
// list-like methods. While a memoryview exports the array its size is frozen.
#include <algorithm>
#include <iterator>
#include <vector>

#include "objects/bytes_internal.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject BytearrayType("bytearray");
TypeObject BytearrayIterType("bytearray_iterator");

BytearrayObject::BytearrayObject(std::string data, TypeObject* type)
    : Object(type ? type : &BytearrayType), m_data(std::move(data)) {}
BytearrayObject::~BytearrayObject() {
  if (m_dict) decref(m_dict);
}
void BytearrayObject::traverse(Visitor visit, void* arg) {
  if (m_dict) visit(m_dict, arg);
}
DictObject** BytearrayObject::instance_dict() {
  return (m_type->m_flags & kHeapType) ? &m_dict : nullptr;
}

Value new_bytearray(std::string data) {
  return Value::steal(new BytearrayObject(std::move(data)));
}

namespace bytes_impl {

namespace {

BytearrayObject* as_array(const Value& v) { return v.as<BytearrayObject>(); }

// False (+BufferError) when views pin the array's size.
bool can_resize(BytearrayObject* a) {
  if (a->m_exports == 0) return true;
  raise(&BufferErrorType, "Existing exports of data: object cannot be re-sized");
  return false;
}

// The bytes to put into a slice: a bytes-like object or an iterable of ints.
bool assigned_bytes(const Value& v, std::string& out) {
  std::string_view buf;
  if (buffer_view(v, &buf)) {
    out = buf;
    return true;
  }
  if (error_pending()) return false;
  if (is_str(v) || v.is_int() || v.is_bool() || v.is_float() || is_bigint(v) ||
      !v.type()->tp_iter) {
    raise(&TypeErrorType,
          "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_from_iterable(v, out, true);
}

// An int index of the array (negative counts from the end); false + IndexError or
// TypeError. The length is read after __index__ ran, which may have resized it.
bool array_index(const Value& key, BytearrayObject* a, int64_t* out) {
  int64_t i;
  if (is_bigint(key)) {
    raise(&IndexErrorType, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  if (!index_value(key, &i)) return false;
  auto len = static_cast<int64_t>(a->m_data.size());
  if (i < 0) i += len;
  if (i < 0 || i >= len) {
    raise(&IndexErrorType, "bytearray index out of range");
    return false;
  }
  *out = i;
  return true;
}

// ba[key] = v, or del ba[key] when v is Null. As in CPython the value is converted
// first; the indices are resolved last, after any Python code (__index__, a
// generator) that might resize the array has run.
int bytearray_setitem(const Value& self, const Value& key, const Value& v) {
  BytearrayObject* a = as_array(self);
  if (key.type() != &SliceType) {
    if (!is_index_like(key)) {
      raise(&TypeErrorType, format("bytearray indices must be integers or slices, not %s",
                                   type_name(key).c_str()));
      return -1;
    }
    unsigned char b = 0;
    if (!v.is_null() && !byte_arg(v, &b)) return -1;
    int64_t i;
    if (!array_index(key, a, &i)) return -1;
    if (v.is_null()) {
      if (!can_resize(a)) return -1;
      a->m_data.erase(static_cast<size_t>(i), 1);
      return 0;
    }
    a->m_data[i] = static_cast<char>(b);
    return 0;
  }
  std::string repl;
  // The value may be self (ba[:] = ba): assigned_bytes copies before any change.
  if (!v.is_null() && !assigned_bytes(v, repl)) return -1;
  int64_t start, stop, step, count;
  auto size = static_cast<int64_t>(a->m_data.size());
  if (!slice_indices(key.as<SliceObject>(), size, &start, &stop, &step, &count)) return -1;
  if (count < 0) count = 0;
  if (static_cast<int64_t>(a->m_data.size()) != size) {
    // The slice's __index__ resized the array: keep to what is left of it.
    size = static_cast<int64_t>(a->m_data.size());
    int64_t last = start + (count - 1) * step;
    if (step == 1) {
      start = std::min(start, size);
      count = std::min(count, size - start);
    } else if (count > 0 && std::max(start, last) >= size) {
      raise(&IndexErrorType, "bytearray index out of range");
      return -1;
    }
  }
  if (step == 1) {
    if (static_cast<int64_t>(repl.size()) != count && !can_resize(a)) return -1;
    a->m_data.replace(static_cast<size_t>(start), static_cast<size_t>(count), repl);
    return 0;
  }
  if (v.is_null()) {
    if (count == 0) return 0;
    if (!can_resize(a)) return -1;
    std::vector<bool> gone(a->m_data.size());
    for (int64_t k = 0, i = start; k < count; ++k, i += step) gone[i] = true;
    std::string kept;
    for (size_t i = 0; i < a->m_data.size(); ++i)
      if (!gone[i]) kept += a->m_data[i];
    a->m_data = std::move(kept);
    return 0;
  }
  if (static_cast<int64_t>(repl.size()) != count) {
    raise(&ValueErrorType, format("attempt to assign bytes of size %zu to extended slice of size %lld",
                                  repl.size(), static_cast<long long>(count)));
    return -1;
  }
  for (int64_t k = 0, i = start; k < count; ++k, i += step) a->m_data[i] = repl[k];
  return 0;
}

Value bytearray_inplace(BinOp op, const Value& self, const Value& other) {
  BytearrayObject* a = as_array(self);
  if (op == BinOp::Add) {
    std::string_view buf;
    if (!buffer_view(other, &buf))
      return error_pending() ? Value()
                             : raise(&TypeErrorType, format("can't concat %s to bytearray",
                                                            type_name(other).c_str()));
    if (!buf.empty() && !can_resize(a)) return Value();
    std::string add(buf);  // `other` may be self
    a->m_data += add;
    return self;
  }
  if (op == BinOp::Mul) {
    int64_t n;
    if (!index_arg(other, &n)) return Value();
    if (n == 1) return self;
    if (!can_resize(a)) return Value();
    std::string one = a->m_data;
    if (n <= 0 || one.empty()) {
      a->m_data.clear();
      return self;
    }
    if (!check_alloc(n, one.size())) return Value();
    for (int64_t k = 1; k < n; ++k) a->m_data += one;
    return self;
  }
  return NotImplemented;
}

Value bytearray_repr(const Value& self) {
  std::string out = self.type()->m_name;
  out += "(";
  out += bytes_repr(as_array(self)->m_data, true);
  out += ")";
  return new_str(std::move(out));
}

Value bytearray_new(TypeObject* type, const Value*, size_t, KwNames*) {
  return Value::steal(new BytearrayObject(std::string(), type));
}

// bytearray(source=b'', encoding=None, errors=None), also on an existing array.
int bytearray_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!str_impl::bind_method_args("bytearray", args, nargs, kw,
                                  {"source", "encoding", "errors"}, a))
    return -1;
  std::string data;
  if (!bytes_source("bytearray", a[0], a[1], a[2], data)) return -1;
  BytearrayObject* array = as_array(self);
  // CPython empties the array first, which no export allows.
  if (!(data.empty() && array->m_data.empty()) && !can_resize(array)) return -1;
  array->m_data = std::move(data);
  return 0;
}

// ---- methods

Value bytearray_append(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_onearg("bytearray.append()", nargs - 1, kw)) return Value();
  unsigned char b;
  if (!byte_arg(args[1], &b)) return Value();
  BytearrayObject* a = as_array(args[0]);
  if (!can_resize(a)) return Value();
  a->m_data += static_cast<char>(b);
  return Value::none();
}

Value bytearray_extend(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_onearg("bytearray.extend()", nargs - 1, kw)) return Value();
  std::string more;
  std::string_view buf;
  if (buffer_view(args[1], &buf)) {
    more = buf;
  } else if (error_pending()) {
    return Value();
  } else if (!args[1].type()->tp_iter) {
    return raise(&TypeErrorType,
                 format("can't extend bytearray with %s", type_name(args[1]).c_str()));
  } else if (!bytes_from_iterable(args[1], more, true)) {
    return Value();
  }
  BytearrayObject* a = as_array(args[0]);
  if (!more.empty() && !can_resize(a)) return Value();
  a->m_data += more;
  return Value::none();
}

Value bytearray_insert(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_clinic("insert", "bytearray.insert()", nargs - 1, kw, 2, 2))
    return Value();
  int64_t i;
  unsigned char b;
  if (!index_arg(args[1], &i) || !byte_arg(args[2], &b)) return Value();
  BytearrayObject* a = as_array(args[0]);
  if (!can_resize(a)) return Value();
  auto len = static_cast<int64_t>(a->m_data.size());
  if (i < 0) i = std::max<int64_t>(0, i + len);
  i = std::min(i, len);
  a->m_data.insert(a->m_data.begin() + i, static_cast<char>(b));
  return Value::none();
}

Value bytearray_pop(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_clinic("pop", "bytearray.pop()", nargs - 1, kw, 0, 1)) return Value();
  BytearrayObject* a = as_array(args[0]);
  int64_t i = -1;
  if (nargs > 1 && !index_arg(args[1], &i)) return Value();
  auto len = static_cast<int64_t>(a->m_data.size());
  if (len == 0) return raise(&IndexErrorType, "pop from empty bytearray");
  if (i < 0) i += len;
  if (i < 0 || i >= len) return raise(&IndexErrorType, "pop index out of range");
  if (!can_resize(a)) return Value();
  auto b = static_cast<unsigned char>(a->m_data[i]);
  a->m_data.erase(static_cast<size_t>(i), 1);
  return Value::integer(b);
}

Value bytearray_remove(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_onearg("bytearray.remove()", nargs - 1, kw)) return Value();
  unsigned char b;
  if (!byte_arg(args[1], &b)) return Value();
  BytearrayObject* a = as_array(args[0]);
  size_t k = a->m_data.find(static_cast<char>(b));
  if (k == std::string::npos) return raise(&ValueErrorType, "value not found in bytearray");
  if (!can_resize(a)) return Value();
  a->m_data.erase(k, 1);
  return Value::none();
}

Value bytearray_reverse(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_noargs("bytearray.reverse()", nargs - 1, kw)) return Value();
  std::string& d = as_array(args[0])->m_data;
  std::reverse(d.begin(), d.end());
  return Value::none();
}

Value bytearray_clear(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_noargs("bytearray.clear()", nargs - 1, kw)) return Value();
  BytearrayObject* a = as_array(args[0]);
  if (!a->m_data.empty() && !can_resize(a)) return Value();
  a->m_data.clear();
  return Value::none();
}

// The bytes allocated for the array (at least its length + 1, as CPython reports).
Value bytearray_alloc(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_noargs("bytearray.__alloc__()", nargs - 1, kw)) return Value();
  return Value::integer(static_cast<int64_t>(as_array(args[0])->m_data.capacity()) + 1);
}

Value bytearray_copy(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_noargs("bytearray.copy()", nargs - 1, kw)) return Value();
  return new_bytearray(as_array(args[0])->m_data);
}

}  // namespace

void init_bytearray_types() {
  BytearrayType.m_flags |= kBaseType;
  BytearrayType.tp_new = bytearray_new;
  BytearrayType.tp_init = bytearray_init;
  BytearrayType.tp_repr = bytearray_repr;
  BytearrayType.tp_str = bytearray_repr;
  BytearrayType.tp_hash = hash_unhashable;
  set_byteseq_slots(&BytearrayType);
  BytearrayType.tp_setitem = bytearray_setitem;
  BytearrayType.tp_inplace = bytearray_inplace;
  type_ready(&BytearrayType, &ObjectType,
             {{"append", bytearray_append},
              {"extend", bytearray_extend},
              {"insert", bytearray_insert},
              {"pop", bytearray_pop},
              {"remove", bytearray_remove},
              {"reverse", bytearray_reverse},
              {"clear", bytearray_clear},
              {"copy", bytearray_copy},
              {"__alloc__", bytearray_alloc}});
  add_search_methods(&BytearrayType);
  add_text_methods(&BytearrayType);
  ready_byteseq_iter_type(&BytearrayIterType);
  init_memoryview_type();
}

}  // namespace bytes_impl

}  // namespace hotpy
