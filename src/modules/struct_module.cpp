// _struct: packing Python values into C structs and back, with CPython 3.11's format
// language (byte orders @ = < > !, native sizes and alignment for '@'), names and
// struct.error messages. stdlib/struct.py re-exports it as CPython's struct.py does.
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "modules/native.h"
#include "modules/instance_dict.h"
#include "modules/struct_internal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject StructErrorType("error");
TypeObject StructType("_struct.Struct");
TypeObject UnpackIteratorType("_struct.unpack_iterator");

namespace {

using namespace struct_impl;

// ---- the Struct type

// Struct.__new__ makes an empty struct (format '', size -1, as CPython's) and
// __init__ parses the format, again each time it is called.
struct StructObject : NativeWithDict {
  Layout m_layout;
  Value m_format;  // str
  bool m_ready = false;
  explicit StructObject(TypeObject* type) : NativeWithDict(type), m_format(empty_str()) {}
};

StructObject* st(const Value& v) { return v.as<StructObject>(); }

Value struct_new(TypeObject* type, const Value*, size_t, KwNames*) { return Value::steal(new StructObject(type)); }

int struct_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("Struct", args, nargs, kw, {"format"}, 1, a)) return -1;
  if (a[0].is_null()) {
    raise(&TypeErrorType, "Struct() missing required argument 'format' (pos 1)");
    return -1;
  }
  std::string text;
  Layout lay;
  if (!format_text(a[0], text) || !parse_format(text, lay)) return -1;
  StructObject* s = st(self);
  s->m_layout = std::move(lay);
  s->m_format = is_str(a[0]) ? a[0] : new_str(text);
  s->m_ready = true;
  return 0;
}

// The parsed layouts of the module functions' formats, per thread (no Values in
// them: a thread's interpreters may share the cache). Shared pointers, because an
// argument's __index__ may run struct code that clears the cache meanwhile.
using LayoutRef = std::shared_ptr<const Layout>;
thread_local std::unordered_map<std::string, LayoutRef> layout_cache;

// The format's text without a copy when it is ASCII str or bytes (the common case).
bool format_view(const Value& fmt, std::string& storage, std::string_view* out) {
  if (is_str(fmt) && size_t(as_str(fmt)->m_length) == as_str(fmt)->view().size()) {
    *out = as_str(fmt)->view();
  } else if (is_bytes(fmt)) {
    *out = bytes_view(fmt);
  } else {
    if (!format_text(fmt, storage)) return false;
    *out = storage;
    return true;
  }
  if (out->find('\0') == std::string_view::npos) return true;
  struct_error("embedded null character");
  return false;
}

bool cached_layout(const Value& fmt, LayoutRef& out) {
  std::string storage;
  std::string_view text;
  if (!format_view(fmt, storage, &text)) return false;
  std::string key(text);
  auto it = layout_cache.find(key);
  if (it != layout_cache.end()) {
    out = it->second;
    return true;
  }
  auto lay = std::make_shared<Layout>();
  if (!parse_format(text, *lay)) return false;
  if (layout_cache.size() >= 100) layout_cache.clear();  // CPython's cache is bounded too
  layout_cache.emplace(std::move(key), lay);
  out = std::move(lay);
  return true;
}

Value do_pack(const Layout& lay, const Value* args, size_t nargs) {
  std::string out(lay.size, '\0');
  if (!pack_values(lay, "pack", args, nargs, out.data())) return Value();
  return new_bytes(std::move(out));
}

// The writable octets of a bytearray or a writable memoryview.
bool writable_buffer(const Value& v, char** data, size_t* size) {
  if (is_bytearray(v)) {
    auto& s = v.as<BytearrayObject>()->m_data;
    *data = s.data();
    *size = s.size();
    return true;
  }
  if (v.type() == &MemoryviewType) {
    Value ro = get_attr(v, intern("readonly"));
    if (ro.is_null()) return false;
    std::string_view view;
    if (ro.is_bool() && !ro.as_bool() && buffer_view(v, &view)) {
      *data = const_cast<char*>(view.data());
      *size = view.size();
      return true;
    }
    if (error_pending()) return false;
  }
  raise(&TypeErrorType, format("argument must be read-write bytes-like object, not %s", type_name(v).c_str()));
  return false;
}

// Resolves a possibly negative offset into a buffer for `need` bytes; `what` is
// "pack" or "unpack" for the messages.
bool place(int64_t offset, size_t need, size_t buflen, bool packing, size_t* out) {
  int64_t len = int64_t(buflen);
  if (offset < 0) {
    if (offset + int64_t(need) > 0) {
      struct_error(format(packing ? "no space to pack %zu bytes at offset %lld" : "not enough data to unpack %zu bytes at offset %lld",
                          need, (long long)offset));
      return false;
    }
    if (offset + len < 0) {
      struct_error(format("offset %lld out of range for %zu-byte buffer", (long long)offset, buflen));
      return false;
    }
    offset += len;
  }
  if (len - offset < int64_t(need)) {
    if (packing)
      struct_error(format("pack_into requires a buffer of at least %llu bytes for packing %zu bytes at offset %lld "
                          "(actual buffer size is %zu)",
                          (unsigned long long)(need + offset), need, (long long)offset, buflen));
    else
      struct_error(format("unpack_from requires a buffer of at least %llu bytes for unpacking %zu bytes at offset "
                          "%lld (actual buffer size is %zu)",
                          (unsigned long long)(need + offset), need, (long long)offset, buflen));
    return false;
  }
  *out = size_t(offset);
  return true;
}

Value do_pack_into(const Layout& lay, const Value* args, size_t nargs) {
  if (nargs < 2) {
    if (nargs == 0) return raise(&TypeErrorType, "pack_into expected buffer argument");
    return struct_error("pack_into expected offset argument");
  }
  char* data;
  size_t size;
  if (!writable_buffer(args[0], &data, &size)) return Value();
  int64_t offset;
  if (!index_value(args[1], &offset)) return Value();
  std::string packed(lay.size, '\0');
  if (!pack_values(lay, "pack_into", args + 2, nargs - 2, packed.data())) return Value();
  size_t at;
  if (!place(offset, lay.size, size, true, &at)) return Value();
  std::memcpy(data + at, packed.data(), packed.size());
  return Value::none();
}

Value do_unpack(const Layout& lay, const Value& buffer) {
  std::string_view view;
  if (!need_buffer(buffer, &view)) return Value();
  if (view.size() != lay.size) return struct_error(format("unpack requires a buffer of %zu bytes", lay.size));
  return unpack_values(lay, view.data());
}

Value do_unpack_from(const Layout& lay, const Value& buffer, const Value& offset_arg) {
  std::string_view view;
  if (!need_buffer(buffer, &view)) return Value();
  int64_t offset = 0;
  if (!offset_arg.is_null() && !index_value(offset_arg, &offset)) return Value();
  size_t at;
  if (!place(offset, lay.size, view.size(), false, &at)) return Value();
  return unpack_values(lay, view.data() + at);
}

struct UnpackIterObject : GcObject {
  Layout m_layout;
  Value m_buffer;  // a bytes copy of the buffer
  size_t m_pos = 0;
  UnpackIterObject() : GcObject(&UnpackIteratorType) {}
  void traverse(Visitor visit, void* arg) override {
    if (m_buffer.is_obj()) visit(m_buffer.obj(), arg);
  }
  void clear() override { m_buffer = Value(); }
};

Value do_iter_unpack(const Layout& lay, const Value& buffer) {
  if (lay.size == 0) return struct_error("cannot iteratively unpack with a struct of length 0");
  std::string data;
  if (!buffer_bytes(buffer, &data)) {
    std::string_view unused;
    if (!error_pending()) need_buffer(buffer, &unused);  // raises the bytes-like TypeError
    return Value();
  }
  if (data.size() % lay.size)
    return struct_error(format("iterative unpacking requires a buffer of a multiple of %zu bytes", lay.size));
  auto* it = new UnpackIterObject();
  it->m_layout = lay;
  it->m_buffer = new_bytes(std::move(data));
  return Value::steal(it);
}

Value unpack_iter_self(const Value& self) { return self; }

Value unpack_iter_next(const Value& self) {
  auto* it = self.as<UnpackIterObject>();
  if (it->m_buffer.is_null()) return Value();
  std::string_view data = bytes_view(it->m_buffer);
  if (it->m_pos >= data.size()) {
    it->m_buffer = Value();
    return Value();
  }
  Value r = unpack_values(it->m_layout, data.data() + it->m_pos);
  it->m_pos += it->m_layout.size;
  return r;
}

Value unpack_iter_length_hint(const Value* args, size_t, KwNames*) {
  auto* it = args[0].as<UnpackIterObject>();
  if (it->m_buffer.is_null()) return Value::integer(0);
  return Value::integer(int64_t((bytes_view(it->m_buffer).size() - it->m_pos) / it->m_layout.size));
}

// ---- Struct methods

Value s_pack(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("pack", kw)) return Value();
  return do_pack(st(args[0])->m_layout, args + 1, nargs - 1);
}
Value s_pack_into(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("pack_into", kw)) return Value();
  return do_pack_into(st(args[0])->m_layout, args + 1, nargs - 1);
}
Value s_unpack(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("unpack", kw) || !check_nargs("unpack", nargs - 1, 1, 1)) return Value();
  return do_unpack(st(args[0])->m_layout, args[1]);
}
Value s_unpack_from(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("unpack_from", args + 1, nargs - 1, kw, {"buffer", "offset"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "unpack_from() missing required argument 'buffer' (pos 1)");
  return do_unpack_from(st(args[0])->m_layout, a[0], a[1]);
}
Value s_iter_unpack(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("iter_unpack", kw) || !check_nargs("iter_unpack", nargs - 1, 1, 1)) return Value();
  return do_iter_unpack(st(args[0])->m_layout, args[1]);
}
Value s_sizeof(const Value* args, size_t, KwNames*) {
  return Value::integer(int64_t(sizeof(StructObject) + st(args[0])->m_layout.items.size() * sizeof(Item)));
}
Value s_get_format(const Value& self) { return st(self)->m_format; }
Value s_get_size(const Value& self) { return Value::integer(st(self)->m_ready ? int64_t(st(self)->m_layout.size) : -1); }
// ---- module functions: the format comes first

bool format_first(const char* fname, size_t nargs, KwNames* kw, LayoutRef& lay, const Value* args) {
  if (!no_keywords(fname, kw)) return false;
  if (nargs == 0) {
    raise(&TypeErrorType, "missing format argument");
    return false;
  }
  return cached_layout(args[0], lay);
}

Value m_pack(const Value* args, size_t nargs, KwNames* kw) {
  LayoutRef lay;
  if (!format_first("pack", nargs, kw, lay, args)) return Value();
  return do_pack(*lay, args + 1, nargs - 1);
}
Value m_pack_into(const Value* args, size_t nargs, KwNames* kw) {
  LayoutRef lay;
  if (!format_first("pack_into", nargs, kw, lay, args)) return Value();
  return do_pack_into(*lay, args + 1, nargs - 1);
}
Value m_unpack(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("unpack", kw)) return Value();
  if (nargs != 2) return raise(&TypeErrorType, format("unpack expected 2 arguments, got %zu", nargs));
  LayoutRef lay;
  if (!cached_layout(args[0], lay)) return Value();
  return do_unpack(*lay, args[1]);
}
Value m_unpack_from(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("unpack_from", args, nargs, kw, {"format", "buffer", "offset"}, 3, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "unpack_from() missing required argument 'format' (pos 1)");
  if (a[1].is_null()) return raise(&TypeErrorType, "unpack_from() missing required argument 'buffer' (pos 2)");
  LayoutRef lay;
  if (!cached_layout(a[0], lay)) return Value();
  return do_unpack_from(*lay, a[1], a[2]);
}
Value m_iter_unpack(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("iter_unpack", kw)) return Value();
  if (nargs != 2) return raise(&TypeErrorType, format("iter_unpack expected 2 arguments, got %zu", nargs));
  LayoutRef lay;
  if (!cached_layout(args[0], lay)) return Value();
  return do_iter_unpack(*lay, args[1]);
}
Value m_calcsize(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("calcsize", kw) || !check_nargs("calcsize", nargs, 1, 1)) return Value();
  LayoutRef lay;
  if (!cached_layout(args[0], lay)) return Value();
  return Value::integer(int64_t(lay->size));
}
Value m_clearcache(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("_clearcache", kw) || !check_nargs("_clearcache", nargs, 0, 0)) return Value();
  layout_cache.clear();
  return Value::none();
}

void ready_struct_types() {
  StructErrorType.m_qualname = "error";
  StructErrorType.m_flags |= kBaseType;
  type_ready(&StructErrorType, &ExceptionType);
  type_add_value(&StructErrorType, "__module__", interned("struct"));

  StructType.m_qualname = "Struct";
  StructType.m_flags |= kBaseType | kWeakrefable;
  StructType.tp_new = struct_new;
  StructType.tp_init = struct_init;
  StructType.tp_getattr = generic_getattr;
  StructType.tp_setattr = generic_setattr;
  type_ready(&StructType, &ObjectType,
             {{"pack", s_pack},
              {"pack_into", s_pack_into},
              {"unpack", s_unpack},
              {"unpack_from", s_unpack_from},
              {"iter_unpack", s_iter_unpack},
              {"__sizeof__", s_sizeof}});
  type_add_getsets(&StructType, {{"format", s_get_format, nullptr, "struct format string"},
                                 {"size", s_get_size, nullptr, "struct size in bytes"}});
  type_add_value(&StructType, "__module__", interned("_struct"));

  UnpackIteratorType.m_qualname = "unpack_iterator";
  UnpackIteratorType.tp_iter = unpack_iter_self;
  UnpackIteratorType.tp_next = unpack_iter_next;
  type_ready(&UnpackIteratorType, &ObjectType, {{"__length_hint__", unpack_iter_length_hint}});
  type_add_value(&UnpackIteratorType, "__module__", interned("_struct"));
}

const char kStructDoc[] =
    "Conversions between Python values and C structs held in bytes objects.\n\n"
    "A format string describes the layout. Its optional first character picks\n"
    "byte order, sizes and alignment: @ native (the default, with alignment),\n"
    "= native order with standard sizes, < little-endian, > and ! big-endian.\n"
    "Each further code may be preceded by a repeat count:\n"
    "  x pad byte, c char, b/B signed/unsigned byte, ? bool,\n"
    "  h/H short, i/I int, l/L long, q/Q long long, e half, f float, d double,\n"
    "  s bytes (the count is the length), p Pascal string (with a length byte),\n"
    "  n/N ssize_t/size_t and P pointer-sized int (native mode only).\n"
    "Whitespace between codes is ignored. Errors raise struct.error.\n";

}  // namespace

Value init_struct_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_struct_types);
  Value m = new_module("_struct");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"pack", m_pack},
                             {"pack_into", m_pack_into},
                             {"unpack", m_unpack},
                             {"unpack_from", m_unpack_from},
                             {"iter_unpack", m_iter_unpack},
                             {"calcsize", m_calcsize},
                             {"_clearcache", m_clearcache}});
  module_add(mod, "Struct", Value::borrow(&StructType));
  module_add(mod, "error", Value::borrow(&StructErrorType));
  module_add(mod, "__doc__", new_str(kStructDoc));
  return m;
}

}  // namespace hotpy