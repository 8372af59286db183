// memoryview: a window on the octets of bytes or a bytearray, without copying. A
// view is (exporter, first byte, step, item count); slicing makes another window on
// the same exporter, so writes through a bytearray are seen by every view of it.
// A view of a bytearray counts as an export, which freezes the array's size until
// the view is released (release(), `with`, or the view's death).
// Only the one-byte formats exist here: 'B' (the default), 'b' and 'c'.
#include <iterator>

#include "objects/args.h"
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

TypeObject MemoryviewType("memoryview");

namespace bytes_impl {

namespace {

TypeObject MemoryIterType("memory_iterator");

struct MemoryviewObject : Object {
  Value m_obj;  // the exporter: bytes or bytearray; Null once released
  int64_t m_start = 0, m_step = 1, m_len = 0;
  std::string m_format = "B";  // as given to cast(): "B", "@B", "c", "b"
  bool m_readonly = true;
  MemoryviewObject() : Object(&MemoryviewType) {}
  ~MemoryviewObject() override { release(); }
  void traverse(Visitor visit, void* arg) override {
    if (m_obj.is_obj()) visit(m_obj.obj(), arg);
  }
  void release() {
    if (m_obj.is_null()) return;
    if (is_bytearray(m_obj)) --m_obj.as<BytearrayObject>()->m_exports;
    m_obj = Value();
  }
  char code() const { return m_format.back(); }
  const char* data() const { return byteseq_view(m_obj).data(); }
  char* writable() { return m_obj.as<BytearrayObject>()->m_data.data(); }
  std::string copy() const {
    std::string out(static_cast<size_t>(m_len), '\0');
    const char* d = data();
    for (int64_t k = 0; k < m_len; ++k) out[k] = d[m_start + k * m_step];
    return out;
  }
};

bool is_memoryview(const Value& v) { return v.type() == &MemoryviewType; }
MemoryviewObject* as_view(const Value& v) { return v.as<MemoryviewObject>(); }

// The view of self, or null + ValueError when it was released.
MemoryviewObject* live(const Value& self) {
  MemoryviewObject* m = as_view(self);
  if (!m->m_obj.is_null()) return m;
  raise(&ValueErrorType, "operation forbidden on released memoryview object");
  return nullptr;
}

Value make_view(const Value& obj, int64_t start, int64_t step, int64_t len,
                const std::string& format, bool readonly) {
  auto* m = new MemoryviewObject();
  m->m_obj = obj;
  m->m_start = start;
  m->m_step = step;
  m->m_len = len;
  m->m_format = format;
  m->m_readonly = readonly;
  if (is_bytearray(obj)) ++obj.as<BytearrayObject>()->m_exports;
  return Value::steal(m);
}

Value item_value(const MemoryviewObject* m, int64_t k) {
  char c = m->data()[m->m_start + k * m->m_step];
  if (m->code() == 'c') return new_bytes(std::string(1, c));
  if (m->code() == 'b') return Value::integer(static_cast<signed char>(c));
  return Value::integer(static_cast<unsigned char>(c));
}

Value memoryview_new(TypeObject*, const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("memoryview", args, nargs, kw, {"object"}, 1, a)) return Value();
  if (a[0].is_null())
    return raise(&TypeErrorType, "memoryview() missing required argument 'object' (pos 1)");
  if (is_memoryview(a[0])) {
    MemoryviewObject* m = live(a[0]);
    if (!m) return Value();
    return make_view(m->m_obj, m->m_start, m->m_step, m->m_len, m->m_format, m->m_readonly);
  }
  if (!is_byteseq(a[0]))
    return raise(&TypeErrorType, format("memoryview: a bytes-like object is required, not '%s'",
                                        type_name(a[0]).c_str()));
  return make_view(a[0], 0, 1, static_cast<int64_t>(byteseq_view(a[0]).size()), "B",
                   !is_bytearray(a[0]));
}

Value memoryview_repr(const Value& self) {
  return new_str(format(as_view(self)->m_obj.is_null() ? "<released memory at %p>"
                                                       : "<memory at %p>",
                        static_cast<void*>(self.obj())));
}

int64_t memoryview_len(const Value& self) {
  MemoryviewObject* m = live(self);
  return m ? m->m_len : -1;
}

Value memoryview_getitem(const Value& self, const Value& key) {
  MemoryviewObject* m = live(self);
  if (!m) return Value();
  if (key.type() == &SliceType) {
    int64_t start, stop, step, count;
    if (!slice_indices(key.as<SliceObject>(), m->m_len, &start, &stop, &step, &count) ||
        !live(self))  // an __index__ may have released the view
      return Value();
    return make_view(m->m_obj, m->m_start + start * m->m_step, m->m_step * step,
                     count < 0 ? 0 : count, m->m_format, m->m_readonly);
  }
  int64_t i;
  if (!is_index_like(key))
    return raise(&TypeErrorType, "memoryview: invalid slice key");
  if (!index_value(key, &i) || !live(self)) return Value();
  if (i < 0) i += m->m_len;
  if (i < 0 || i >= m->m_len) return raise(&IndexErrorType, "index out of bounds on dimension 1");
  return item_value(m, i);
}

// One item's byte from `v`, as format `fmt` stores it.
bool item_byte(char fmt, const Value& v, char* out) {
  if (fmt == 'c') {
    if (is_bytes(v) && bytes_view(v).size() == 1) {
      *out = bytes_view(v)[0];
      return true;
    }
  } else if (v.is_int() || v.is_bool() || is_bigint(v)) {
    int64_t x = is_bigint(v) ? INT64_MAX : v.is_int() ? v.as_int() : v.as_bool();
    if (fmt == 'b' ? (x < -128 || x > 127) : (x < 0 || x > 255)) {
      raise(&ValueErrorType, format("memoryview: invalid value for format '%c'", fmt));
      return false;
    }
    *out = static_cast<char>(x);
    return true;
  }
  raise(&TypeErrorType, format("memoryview: invalid type for format '%c'", fmt));
  return false;
}

int memoryview_setitem(const Value& self, const Value& key, const Value& v) {
  MemoryviewObject* m = live(self);
  if (!m) return -1;
  if (m->m_readonly) {
    raise(&TypeErrorType, "cannot modify read-only memory");
    return -1;
  }
  if (v.is_null()) {
    raise(&TypeErrorType, "cannot delete memory");
    return -1;
  }
  if (key.type() == &SliceType) {
    int64_t start, stop, step, count;
    if (!slice_indices(key.as<SliceObject>(), m->m_len, &start, &stop, &step, &count) ||
        !live(self))
      return -1;
    std::string src;
    if (!buffer_bytes(v, &src)) {
      if (!error_pending()) raise_need_bytes(v);
      return -1;
    }
    if (count < 0) count = 0;
    if (static_cast<int64_t>(src.size()) != count) {
      raise(&ValueErrorType,
            "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    char* d = m->writable();
    for (int64_t k = 0; k < count; ++k) d[m->m_start + (start + k * step) * m->m_step] = src[k];
    return 0;
  }
  if (!is_index_like(key)) {
    raise(&TypeErrorType, "memoryview: invalid slice key");
    return -1;
  }
  int64_t i;
  if (!index_value(key, &i) || !live(self)) return -1;
  if (i < 0) i += m->m_len;
  if (i < 0 || i >= m->m_len) {
    raise(&IndexErrorType, "index out of bounds on dimension 1");
    return -1;
  }
  char b;
  if (!item_byte(m->code(), v, &b)) return -1;
  m->writable()[m->m_start + i * m->m_step] = b;
  return 0;
}

Value memoryview_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return NotImplemented;
  const Value& view = is_memoryview(a) ? a : b;
  const Value& other = is_memoryview(a) ? b : a;
  bool same;
  if (a.is(b)) {
    same = true;
  } else if (as_view(view)->m_obj.is_null() ||
             (is_memoryview(other) && as_view(other)->m_obj.is_null())) {
    same = false;
  } else {
    std::string theirs;
    if (!buffer_bytes(other, &theirs)) return error_pending() ? Value() : NotImplemented;
    same = as_view(view)->copy() == theirs;
  }
  return Value::boolean(op == CmpOp::Eq ? same : !same);
}

int64_t memoryview_hash(const Value& self) {
  MemoryviewObject* m = live(self);
  if (!m) return -1;
  if (!m->m_readonly) {
    raise(&ValueErrorType, "cannot hash writable memoryview object");
    return -1;
  }
  return hash_bytes(m->copy());
}

struct MemoryIterObject : Object {
  Value m_view;
  int64_t m_pos = 0;
  explicit MemoryIterObject(Value v) : Object(&MemoryIterType), m_view(std::move(v)) {}
  void traverse(Visitor visit, void* arg) override {
    if (m_view.is_obj()) visit(m_view.obj(), arg);
  }
};

Value memoryview_iter(const Value& self) {
  if (!live(self)) return Value();
  return Value::steal(new MemoryIterObject(self));
}

Value memory_iter_next(const Value& self) {
  auto* it = self.as<MemoryIterObject>();
  if (it->m_view.is_null()) return Value();
  MemoryviewObject* m = live(it->m_view);
  if (!m) return Value();
  if (it->m_pos >= m->m_len) {
    it->m_view = Value();
    return Value();
  }
  return item_value(m, it->m_pos++);
}

// ---- methods and attributes

Value memoryview_tobytes(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!str_impl::bind_method_args("tobytes", args + 1, nargs - 1, kw, {"order"}, a))
    return Value();
  MemoryviewObject* m = live(args[0]);
  if (!m) return Value();
  if (!a[0].is_null() && !a[0].is_none()) {
    std::string_view order = is_str(a[0]) ? as_str(a[0])->view() : std::string_view();
    if (order != "C" && order != "F" && order != "A")
      return raise(&ValueErrorType, "order must be 'C', 'F' or 'A'");
  }
  return new_bytes(m->copy());
}

Value memoryview_tolist(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_noargs("memoryview.tolist()", nargs - 1, kw)) return Value();
  MemoryviewObject* m = live(args[0]);
  if (!m) return Value();
  std::vector<Value> items;
  items.reserve(static_cast<size_t>(m->m_len));
  for (int64_t k = 0; k < m->m_len; ++k) items.push_back(item_value(m, k));
  return new_list(std::move(items));
}

Value memoryview_hex(const Value* args, size_t nargs, KwNames* kw) {
  if (!live(args[0])) return Value();
  return hex_with_sep(args[0], "hex", args + 1, nargs - 1, kw);
}

Value memoryview_release(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_noargs("memoryview.release()", nargs - 1, kw)) return Value();
  as_view(args[0])->release();
  return Value::none();
}

Value memoryview_enter(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_noargs("memoryview.__enter__()", nargs - 1, kw)) return Value();
  if (!live(args[0])) return Value();
  return args[0];
}

Value memoryview_exit(const Value* args, size_t nargs, KwNames*) {
  (void)nargs;
  as_view(args[0])->release();
  return Value::none();
}

Value memoryview_toreadonly(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_impl::check_noargs("memoryview.toreadonly()", nargs - 1, kw)) return Value();
  MemoryviewObject* m = live(args[0]);
  if (!m) return Value();
  return make_view(m->m_obj, m->m_start, m->m_step, m->m_len, m->m_format, true);
}

// cast(format, shape=None): only between the one-byte formats, one dimension.
Value memoryview_cast(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!str_impl::bind_method_args("cast", args + 1, nargs - 1, kw, {"format", "shape"}, a))
    return Value();
  MemoryviewObject* m = live(args[0]);
  if (!m) return Value();
  if (a[0].is_null())
    return raise(&TypeErrorType, "cast() missing required argument 'format' (pos 1)");
  if (!is_str(a[0]))
    return raise(&TypeErrorType, "memoryview: format argument must be a string");
  if (m->m_step != 1 && m->m_len > 1)
    return raise(&TypeErrorType, "memoryview: casts are restricted to C-contiguous views");
  std::string_view given = as_str(a[0])->view(), f = given;
  if (f.size() == 2 && f[0] == '@') f.remove_prefix(1);
  static const std::string_view kNative = "cbB?hHiIlLqQnNfdeP";
  if (f.size() != 1 || kNative.find(f[0]) == std::string_view::npos)
    return raise(&ValueErrorType, "memoryview: destination format must be a native single "
                                  "character format prefixed with an optional '@'");
  if (f[0] != 'B' && f[0] != 'b' && f[0] != 'c')
    return raise(&NotImplementedErrorType,
                 format("memoryview: format '%c' is not supported by hotpy", f[0]));
  if (!a[1].is_null() && !a[1].is_none()) {
    std::vector<Value> dims;
    if (!collect_iterable(a[1], dims)) return Value();
    int64_t n;
    if (dims.size() != 1 || !index_value(dims[0], &n) || n != m->m_len)
      return error_pending() ? Value()
                             : raise(&NotImplementedErrorType,
                                     "memoryview: multi-dimensional views are not supported by hotpy");
  }
  return make_view(m->m_obj, m->m_start, m->m_step, m->m_len, std::string(given), m->m_readonly);
}

Value get_obj(const Value& self) {
  MemoryviewObject* m = live(self);
  return m ? m->m_obj : Value();
}
Value get_readonly(const Value& self) {
  MemoryviewObject* m = live(self);
  return m ? Value::boolean(m->m_readonly) : Value();
}
Value get_nbytes(const Value& self) {
  MemoryviewObject* m = live(self);
  return m ? Value::integer(m->m_len) : Value();
}
Value get_itemsize(const Value& self) { return live(self) ? Value::integer(1) : Value(); }
Value get_ndim(const Value& self) { return live(self) ? Value::integer(1) : Value(); }
Value get_format(const Value& self) {
  MemoryviewObject* m = live(self);
  return m ? new_str(m->m_format) : Value();
}
Value get_shape(const Value& self) {
  MemoryviewObject* m = live(self);
  return m ? new_tuple({Value::integer(m->m_len)}) : Value();
}
Value get_strides(const Value& self) {
  MemoryviewObject* m = live(self);
  return m ? new_tuple({Value::integer(m->m_step)}) : Value();
}
Value get_suboffsets(const Value& self) { return live(self) ? new_tuple({}) : Value(); }
Value get_contiguous(const Value& self) {
  MemoryviewObject* m = live(self);
  return m ? Value::boolean(m->m_step == 1 || m->m_len <= 1) : Value();
}

}  // namespace

void init_memoryview_type() {
  MemoryviewType.tp_new = memoryview_new;
  MemoryviewType.tp_repr = memoryview_repr;
  MemoryviewType.tp_hash = memoryview_hash;
  MemoryviewType.tp_len = memoryview_len;
  MemoryviewType.tp_getitem = memoryview_getitem;
  MemoryviewType.tp_setitem = memoryview_setitem;
  MemoryviewType.tp_richcompare = memoryview_richcompare;
  MemoryviewType.tp_iter = memoryview_iter;
  MemoryviewType.m_flags |= kWeakrefable;
  type_ready(&MemoryviewType, &ObjectType,
             {{"tobytes", memoryview_tobytes},
              {"tolist", memoryview_tolist},
              {"hex", memoryview_hex},
              {"release", memoryview_release},
              {"toreadonly", memoryview_toreadonly},
              {"cast", memoryview_cast},
              {"__enter__", memoryview_enter},
              {"__exit__", memoryview_exit}});
  type_add_getsets(&MemoryviewType,
                   {{"obj", get_obj},
                    {"readonly", get_readonly},
                    {"nbytes", get_nbytes},
                    {"itemsize", get_itemsize},
                    {"ndim", get_ndim},
                    {"format", get_format},
                    {"shape", get_shape},
                    {"strides", get_strides},
                    {"suboffsets", get_suboffsets},
                    {"c_contiguous", get_contiguous},
                    {"f_contiguous", get_contiguous},
                    {"contiguous", get_contiguous}});
  MemoryIterType.tp_iter = iter_self;
  MemoryIterType.tp_next = memory_iter_next;
  type_ready(&MemoryIterType, &ObjectType);
}

}  // namespace bytes_impl

bool buffer_view(const Value& v, std::string_view* out) {
  if (is_byteseq(v)) {
    *out = byteseq_view(v);
    return true;
  }
  if (!bytes_impl::is_memoryview(v)) return false;
  bytes_impl::MemoryviewObject* m = bytes_impl::live(v);
  if (!m) return false;
  if (m->m_step != 1 && m->m_len > 1) {
    raise(&BufferErrorType, "memoryview: underlying buffer is not C-contiguous");
    return false;
  }
  *out = std::string_view(m->data() + m->m_start, static_cast<size_t>(m->m_len));
  return true;
}

bool buffer_bytes(const Value& v, std::string* out) {
  if (bytes_impl::is_memoryview(v)) {
    bytes_impl::MemoryviewObject* m = bytes_impl::live(v);
    if (!m) return false;
    *out = m->copy();
    return true;
  }
  std::string_view view;
  if (!buffer_view(v, &view)) return false;
  *out = view;
  return true;
}

bool need_buffer(const Value& v, std::string_view* out) {
  if (buffer_view(v, out)) return true;
  if (!error_pending()) bytes_impl::raise_need_bytes(v);
  return false;
}

}  // namespace hotpy
