// bytes: the object, its slots (indexing gives ints), and the commonly used methods.
// Text conversions are in str_codecs.cpp.
#include "objects/bytes.h"
#include "objects/bytes_internal.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject BytesType("bytes");
TypeObject BytesIterType("bytes_iterator");

BytesObject::BytesObject(std::string data, TypeObject* type)
    : Object(type ? type : &BytesType), m_data(std::move(data)) {}

namespace {


// An instance of a subclass of bytes written in Python: it can carry attributes.
struct BytesSubObject : BytesObject {
  DictObject* m_dict = nullptr;
  BytesSubObject(std::string data, TypeObject* type) : BytesObject(std::move(data), type) {}
  ~BytesSubObject() override {
    if (m_dict) decref(m_dict);
  }
  void traverse(Visitor visit, void* arg) override {
    if (m_dict) visit(m_dict, arg);
  }
  DictObject** instance_dict() override { return &m_dict; }
};

}  // namespace

Value new_bytes(std::string data) {
  if (data.empty()) {
    // The shared b'': immortal, made by whichever interpreter asks first.
    static BytesObject* const empty = [] {
      auto* b = new BytesObject(std::string());
      make_immortal(b);
      return b;
    }();
    return Value::borrow(empty);
  }
  return Value::steal(new BytesObject(std::move(data)));
}

std::string bytes_repr(std::string_view data, bool escape_single) {
  static const char kHex[] = "0123456789abcdef";
  bool has_single = data.find('\'') != std::string_view::npos;
  char quote = has_single && data.find('"') == std::string_view::npos ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\' || (escape_single && c == '\'')) {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

Value new_like(const Value& self, std::string data) {
  if (is_bytearray(self)) return new_bytearray(std::move(data));
  return new_bytes(std::move(data));
}

namespace bytes_impl {

namespace {
std::string_view view_of(const Value& v) { return byteseq_view(v); }
}  // namespace

// ---- slots

namespace {
Value bytes_slot_repr(const Value& self) { return new_str(bytes_repr(view_of(self))); }

int64_t bytes_slot_hash(const Value& self) {
  BytesObject* b = as_bytes(self);
  if (b->m_hash == -1) b->m_hash = hash_bytes(b->m_data);
  return b->m_hash;
}
}  // namespace

int byteseq_bool(const Value& self) { return !view_of(self).empty(); }
int64_t byteseq_len(const Value& self) { return static_cast<int64_t>(view_of(self).size()); }

Value byteseq_richcompare(const Value& a, const Value& b, CmpOp op) {
  // bytes and bytearray compare with each other (and with any bytes-like object on
  // the right, when the left is a bytearray, as CPython's buffer comparison does).
  std::string_view right;
  if (!is_byteseq(a) || !(is_bytearray(a) ? buffer_view(b, &right) : is_byteseq(b)))
    return error_pending() ? Value() : NotImplemented;
  if (is_byteseq(b)) right = view_of(b);
  int c = view_of(a).compare(right);
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

Value byteseq_getitem(const Value& self, const Value& key) {
  std::string_view d = view_of(self);
  auto len = static_cast<int64_t>(d.size());
  if (key.type() == &SliceType) {
    int64_t start, stop, step, count;
    if (!slice_indices(key.as<SliceObject>(), len, &start, &stop, &step, &count)) return Value();
    if (count <= 0) return new_like(self, std::string());
    if (step == 1) {
      if (count == len && is_type(self, &BytesType)) return self;
      return new_like(self, std::string(d.substr(start, count)));
    }
    std::string out(static_cast<size_t>(count), '\0');
    for (int64_t k = 0, i = start; k < count; ++k, i += step) out[k] = d[i];
    return new_like(self, std::move(out));
  }
  int64_t i;
  if (key.is_int() || key.is_bool()) {
    i = key.is_int() ? key.as_int() : key.as_bool();
  } else if (is_bigint(key) || !key.type()->lookup(intern("__index__")).is_null()) {
    if (!index_ssize(key, &i, &IndexErrorType)) return Value();
  } else {
    return raise(&TypeErrorType, format("%s indices must be integers or slices, not %s",
                                        is_bytearray(self) ? "bytearray" : "byte",
                                        type_name(key).c_str()));
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len)
    return raise(&IndexErrorType, is_bytearray(self) ? "bytearray index out of range"
                                                     : "index out of range");
  return Value::integer(static_cast<unsigned char>(d[i]));
}

int byteseq_contains(const Value& self, const Value& item) {
  std::string_view d = view_of(self), needle;
  if (buffer_view(item, &needle)) return d.find(needle) != std::string_view::npos;
  if (error_pending()) return -1;
  if (is_int_like(item) || (item.is_obj() && !item.type()->lookup(intern("__index__")).is_null())) {
    int64_t v;  // any __index__ works; a huge one is clamped out of range
    if (!index_ssize(item, &v, nullptr)) return -1;
    if (v < 0 || v > 255) {
      raise(&ValueErrorType, "byte must be in range(0, 256)");
      return -1;
    }
    return d.find(static_cast<char>(v)) != std::string_view::npos;
  }
  raise_need_bytes(item);
  return -1;
}

Value byteseq_binary(BinOp op, const Value& a, const Value& b) {
  bool left = is_byteseq(a);
  if (op == BinOp::Mod) return left ? bytes_percent_format(a, b) : NotImplemented;
  if (op == BinOp::Add) {
    std::string_view right;
    if (left && buffer_view(b, &right)) {
      std::string t(view_of(a));
      t += right;
      return new_like(a, std::move(t));
    }
    if (!left) return NotImplemented;
    if (error_pending()) clear_error();  // a released view: CPython's message is the concat one
    if (b.type()->tp_binary && b.type()->tp_binary != byteseq_binary) {
      Value r = b.type()->tp_binary(op, a, b);
      if (r.is_null() || !r.is(NotImplemented)) return r;
    }
    return raise(&TypeErrorType, format("can't concat %s to %s", type_name(b).c_str(),
                                        family(a)));
  }
  if (op == BinOp::Mul) {
    const Value& seq = left ? a : b;
    const Value& count = left ? b : a;
    int64_t n;
    if (count.is_int() || count.is_bool()) {
      n = count.is_int() ? count.as_int() : count.as_bool();
    } else if (is_bigint(count) || !count.type()->lookup(intern("__index__")).is_null()) {
      if (!index_ssize(count, &n, &OverflowErrorType)) return Value();
    } else {
      // A class written in Python may define __rmul__; a builtin never repeats bytes.
      if (left && (count.type()->m_flags & kHeapType) && count.type()->tp_binary) {
        Value r = count.type()->tp_binary(op, a, b);
        if (r.is_null() || !r.is(NotImplemented)) return r;
      }
      return raise(&TypeErrorType, format("can't multiply sequence by non-int of type '%s'",
                                          type_name(count).c_str()));
    }
    std::string_view d = view_of(seq);
    if (n <= 0 || d.empty()) return new_like(seq, std::string());
    if (static_cast<uint64_t>(n) > static_cast<uint64_t>(INT64_MAX) / d.size())
      return raise(&OverflowErrorType, "repeated bytes are too long");
    if (!check_alloc(n, d.size())) return Value();
    std::string t;
    t.reserve(d.size() * n);
    for (int64_t k = 0; k < n; ++k) t += d;
    return new_like(seq, std::move(t));
  }
  return NotImplemented;
}

bool bytes_from_iterable(const Value& src, std::string& out, bool for_bytearray) {
  Value it = get_iter(src);
  if (it.is_null()) {
    if (error_matches(&TypeErrorType)) {
      clear_error();
      raise(&TypeErrorType, format("cannot convert '%s' object to %s", type_name(src).c_str(),
                                   for_bytearray ? "bytearray" : "bytes"));
    }
    return false;
  }
  while (true) {
    Value x = iter_next(it);
    if (x.is_null()) return !error_pending();
    int64_t v;
    if (!index_arg(x, &v)) return false;
    if (v < 0 || v > 255) {
      raise(&ValueErrorType, for_bytearray ? "byte must be in range(0, 256)"
                                           : "bytes must be in range(0, 256)");
      return false;
    }
    out += static_cast<char>(v);
  }
}

bool bytes_source(const char* fname, const Value& src, const Value& encoding,
                  const Value& errors, std::string& data) {
  if (!encoding.is_null() || !errors.is_null()) {
    if (src.is_null() || !is_str(src)) {
      raise(&TypeErrorType, encoding.is_null() ? "errors without a string argument"
                                               : "encoding without a string argument");
      return false;
    }
    if (encoding.is_null()) {
      raise(&TypeErrorType, "string argument without an encoding");
      return false;
    }
    const Value* named[2] = {&encoding, &errors};
    for (int i = 0; i < 2; ++i)
      if (!named[i]->is_null() && !is_str(*named[i])) {
        raise(&TypeErrorType, format("%s() argument '%s' must be str, not %s", fname,
                                     i == 0 ? "encoding" : "errors",
                                     type_name(*named[i]).c_str()));
        return false;
      }
    Value r = str_encode(as_str(src), encoding.is_null() ? "utf-8" : as_str(encoding)->view(),
                         errors.is_null() ? "strict" : as_str(errors)->view());
    if (r.is_null()) return false;
    data = as_bytes(r)->m_data;
    return true;
  }
  if (src.is_null()) return true;
  if (is_str(src)) {
    raise(&TypeErrorType, "string argument without an encoding");
    return false;
  }
  if (buffer_bytes(src, &data)) return true;
  if (is_int_like(src) || (src.is_obj() && !src.type()->lookup(intern("__index__")).is_null())) {
    int64_t n;  // bytes(n): n zero bytes, n anything with __index__
    if (!index_ssize(src, &n, &OverflowErrorType)) return false;
    if (n < 0) {
      raise(&ValueErrorType, "negative count");
      return false;
    }
    if (!check_alloc(n)) return false;
    data.assign(static_cast<size_t>(n), '\0');
    return true;
  }
  if (error_pending()) return false;  // a memoryview released or not contiguous
  return bytes_from_iterable(src, data, std::string_view(fname) == "bytearray");
}

namespace {

// bytes(source=b'', encoding=None, errors=None)
Value bytes_slot_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!str_impl::bind_method_args("bytes", args, nargs, kw, {"source", "encoding", "errors"}, a))
    return Value();
  if (type == &BytesType && is_type(a[0], &BytesType) && a[1].is_null() && a[2].is_null())
    return a[0];
  std::string data;
  Value method = a[0].is_null() || is_byteseq(a[0]) || !a[1].is_null() || !a[2].is_null()
                     ? Value()
                     : a[0].type()->lookup(intern("__bytes__"));
  if (!method.is_null()) {
    Value made = call_with_first(method, a[0], nullptr, 0, nullptr);
    if (made.is_null()) return Value();
    if (!is_bytes(made))
      return raise(&TypeErrorType, format("__bytes__ returned non-bytes (type %s)",
                                          type_name(made).c_str()));
    if (type == &BytesType) return made;
    data = bytes_view(made);
  } else if (!bytes_source("bytes", a[0], a[1], a[2], data)) {
    return Value();
  }
  if (type == &BytesType) return new_bytes(std::move(data));
  return Value::steal(new BytesSubObject(std::move(data), type));
}

}  // namespace

// Iterates bytes or a bytearray; reads the array at each step, so it sees changes.
struct BytesIterObject : GcObject {
  Value m_bytes;
  size_t m_pos = 0;
  BytesIterObject(Value b, TypeObject* type) : GcObject(type), m_bytes(std::move(b)) {}
  void traverse(Visitor visit, void* arg) override {
    if (m_bytes.is_obj()) visit(m_bytes.obj(), arg);
  }
};

Value byteseq_iter(const Value& self) {
  return Value::steal(
      new BytesIterObject(self, is_bytearray(self) ? &BytearrayIterType : &BytesIterType));
}

namespace {

Value bytes_iter_next(const Value& self) {
  auto* it = self.as<BytesIterObject>();
  if (it->m_bytes.is_null()) return Value();
  std::string_view d = view_of(it->m_bytes);
  if (it->m_pos >= d.size()) {
    it->m_bytes = Value();
    return Value();
  }
  return Value::integer(static_cast<unsigned char>(d[it->m_pos++]));
}

}  // namespace

void set_byteseq_slots(TypeObject* type) {
  type->tp_richcompare = byteseq_richcompare;
  type->tp_bool = byteseq_bool;
  type->tp_len = byteseq_len;
  type->tp_getitem = byteseq_getitem;
  type->tp_contains = byteseq_contains;
  type->tp_iter = byteseq_iter;
  type->tp_binary = byteseq_binary;
}

// The iterator types of bytes and bytearray.
void ready_byteseq_iter_type(TypeObject* type) {
  type->tp_iter = iter_self;
  type->tp_next = bytes_iter_next;
  type_ready(type, &ObjectType);
}

}  // namespace bytes_impl

void init_bytes_type() {
  using namespace bytes_impl;
  BytesType.m_flags |= kBaseType;
  BytesType.tp_new = bytes_slot_new;
  BytesType.tp_repr = bytes_slot_repr;
  BytesType.tp_str = bytes_slot_repr;
  BytesType.tp_hash = bytes_slot_hash;
  set_byteseq_slots(&BytesType);
  type_ready(&BytesType, &ObjectType);
  add_search_methods(&BytesType);
  add_text_methods(&BytesType);
  add_bytes_only_methods(&BytesType);
  ready_byteseq_iter_type(&BytesIterType);
  init_bytearray_types();
}

}  // namespace hotpy
