// io.BytesIO: an in-memory binary stream over a std::string, with CPython 3.11's
// methods and messages. getbuffer() gives a writable view of a copy (not shared
// with the stream, unlike CPython's).
#include <utility>

#include "modules/instance_dict.h"
#include "modules/io_internal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject BytesIOType("_io.BytesIO");

namespace {

struct BytesIOObject : NativeWithDict {
  std::string m_buf;
  size_t m_pos = 0;  // may lie past the end after seek()
  bool m_closed = false;
  explicit BytesIOObject(TypeObject* type) : NativeWithDict(type) {}
};

BytesIOObject* bio(const Value& v) { return v.as<BytesIOObject>(); }

bool check_open(BytesIOObject* b) {
  if (!b->m_closed) return true;
  raise_closed();
  return false;
}

// The methods' common prologue: no keywords, argument count, an open stream.
BytesIOObject* open_self(const char* name, const Value* args, size_t nargs, KwNames* kw, size_t max) {
  if (!no_keywords(name, kw) || !check_nargs(name, nargs - 1, 0, max)) return nullptr;
  BytesIOObject* b = bio(args[0]);
  return check_open(b) ? b : nullptr;
}

bool size_arg(const Value* args, size_t nargs, int64_t* out) {
  *out = -1;
  if (nargs < 2 || args[1].is_none()) return true;
  if (!is_int_like(args[1])) {
    raise(&TypeErrorType, format("argument should be integer or None, not '%s'", type_name(args[1]).c_str()));
    return false;
  }
  return index_value(args[1], out);
}

Value bytesio_new(TypeObject* type, const Value*, size_t, KwNames*) { return Value::steal(new BytesIOObject(type)); }

int bytesio_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("BytesIO", args, nargs, kw, {"initial_bytes"}, 1, a)) return -1;
  BytesIOObject* b = bio(self);
  b->m_buf.clear();
  b->m_pos = 0;
  if (!a[0].is_null() && !a[0].is_none()) {
    std::string_view data;
    if (!need_buffer(a[0], &data)) return -1;
    b->m_buf.assign(data);
  }
  return 0;
}

Value take(BytesIOObject* b, int64_t n) {
  size_t avail = b->m_pos < b->m_buf.size() ? b->m_buf.size() - b->m_pos : 0;
  size_t k = n < 0 || static_cast<size_t>(n) > avail ? avail : static_cast<size_t>(n);
  Value r = new_bytes(b->m_buf.substr(std::min(b->m_pos, b->m_buf.size()), k));
  b->m_pos += k;
  return r;
}

Value bytesio_read(const Value* args, size_t nargs, KwNames* kw) {
  BytesIOObject* b = open_self("read", args, nargs, kw, 1);
  int64_t n;
  if (!b || !size_arg(args, nargs, &n)) return Value();
  return take(b, n);
}

int64_t line_length(BytesIOObject* b, int64_t limit) {
  if (b->m_pos >= b->m_buf.size()) return 0;
  size_t nl = b->m_buf.find('\n', b->m_pos);
  int64_t n = static_cast<int64_t>((nl == std::string::npos ? b->m_buf.size() : nl + 1) - b->m_pos);
  return limit >= 0 && limit < n ? limit : n;
}

Value bytesio_readline(const Value* args, size_t nargs, KwNames* kw) {
  BytesIOObject* b = open_self("readline", args, nargs, kw, 1);
  int64_t n;
  if (!b || !size_arg(args, nargs, &n)) return Value();
  return take(b, line_length(b, n));
}

Value bytesio_readlines(const Value* args, size_t nargs, KwNames* kw) {
  BytesIOObject* b = open_self("readlines", args, nargs, kw, 1);
  int64_t hint;
  if (!b || !size_arg(args, nargs, &hint)) return Value();
  std::vector<Value> lines;
  int64_t total = 0;
  while (int64_t n = line_length(b, -1)) {
    lines.push_back(take(b, n));
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return new_list(std::move(lines));
}

Value bytesio_readinto(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("readinto", kw) || !check_nargs("readinto", nargs - 1, 1, 1)) return Value();
  BytesIOObject* b = bio(args[0]);
  if (!check_open(b)) return Value();
  if (!is_bytearray(args[1]))
    return raise(&TypeErrorType, format("readinto() argument must be read-write bytes-like object, not %s",
                                        type_name(args[1]).c_str()));
  std::string& dest = args[1].as<BytearrayObject>()->m_data;
  Value data = take(b, static_cast<int64_t>(dest.size()));
  std::string_view got = bytes_view(data);
  dest.replace(0, got.size(), got);
  return Value::integer(static_cast<int64_t>(got.size()));
}

Value bytesio_write(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("write", kw) || !check_nargs("write", nargs - 1, 1, 1)) return Value();
  BytesIOObject* b = bio(args[0]);
  if (!check_open(b)) return Value();
  std::string_view data;
  if (!need_buffer(args[1], &data)) return Value();
  if (data.empty()) return Value::integer(0);
  if (b->m_pos > b->m_buf.size()) b->m_buf.resize(b->m_pos, '\0');
  if (b->m_pos == b->m_buf.size())
    b->m_buf.append(data);
  else
    b->m_buf.replace(b->m_pos, std::min(data.size(), b->m_buf.size() - b->m_pos), data);
  b->m_pos += data.size();
  return Value::integer(static_cast<int64_t>(data.size()));
}

Value bytesio_writelines(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("writelines", kw) || !check_nargs("writelines", nargs - 1, 1, 1)) return Value();
  if (!check_open(bio(args[0]))) return Value();
  Value it = get_iter(args[1]);
  if (it.is_null()) return it;
  for (;;) {
    Value line = iter_next(it);
    if (line.is_null()) return error_pending() ? line : Value::none();
    Value pair[2] = {args[0], line};
    if (bytesio_write(pair, 2, nullptr).is_null()) return Value();
  }
}

Value bytesio_getvalue(const Value* args, size_t nargs, KwNames* kw) {
  BytesIOObject* b = open_self("getvalue", args, nargs, kw, 0);
  return b ? new_bytes(b->m_buf) : Value();
}

Value bytesio_getbuffer(const Value* args, size_t nargs, KwNames* kw) {
  BytesIOObject* b = open_self("getbuffer", args, nargs, kw, 0);
  if (!b) return Value();
  Value copy = new_bytearray(b->m_buf);
  return call(Value::borrow(&MemoryviewType), &copy, 1);
}

Value bytesio_tell(const Value* args, size_t nargs, KwNames* kw) {
  BytesIOObject* b = open_self("tell", args, nargs, kw, 0);
  return b ? Value::integer(static_cast<int64_t>(b->m_pos)) : Value();
}

Value bytesio_seek(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("seek", kw) || !check_nargs("seek", nargs - 1, 1, 2)) return Value();
  BytesIOObject* b = bio(args[0]);
  int64_t pos, whence = 0;
  if (!index_value(args[1], &pos) || (nargs > 2 && !index_value(args[2], &whence))) return Value();
  if (!check_open(b)) return Value();
  if (whence == 0 && pos < 0) return raise(&ValueErrorType, format("negative seek value %lld", (long long)pos));
  if (whence == 1) pos += static_cast<int64_t>(b->m_pos);
  else if (whence == 2) pos += static_cast<int64_t>(b->m_buf.size());
  else if (whence != 0)
    return raise(&ValueErrorType, format("invalid whence (%lld, should be 0, 1 or 2)", (long long)whence));
  if (pos < 0) pos = 0;
  b->m_pos = static_cast<size_t>(pos);
  return Value::integer(pos);
}

Value bytesio_truncate(const Value* args, size_t nargs, KwNames* kw) {
  BytesIOObject* b = open_self("truncate", args, nargs, kw, 1);
  if (!b) return Value();
  int64_t size = static_cast<int64_t>(b->m_pos);
  if (nargs > 1 && !args[1].is_none()) {
    if (!is_int_like(args[1]))
      return raise(&TypeErrorType, format("argument should be integer or None, not '%s'", type_name(args[1]).c_str()));
    if (!index_value(args[1], &size)) return Value();
  }
  if (size < 0) return raise(&ValueErrorType, format("negative size value %lld", (long long)size));
  if (static_cast<size_t>(size) < b->m_buf.size()) b->m_buf.resize(static_cast<size_t>(size));
  return Value::integer(size);
}

Value bytesio_close(const Value* args, size_t, KwNames*) {
  BytesIOObject* b = bio(args[0]);
  b->m_closed = true;
  std::string().swap(b->m_buf);
  return Value::none();
}

Value bytesio_true(const Value* args, size_t nargs, KwNames* kw) {
  return open_self("readable", args, nargs, kw, 0) ? Value::boolean(true) : Value();
}
Value bytesio_isatty(const Value* args, size_t nargs, KwNames* kw) {
  return open_self("isatty", args, nargs, kw, 0) ? Value::boolean(false) : Value();
}
Value bytesio_flush(const Value* args, size_t nargs, KwNames* kw) {
  return open_self("flush", args, nargs, kw, 0) ? Value::none() : Value();
}

Value bytesio_iter(const Value& self) { return check_open(bio(self)) ? self : Value(); }
Value bytesio_next(const Value& self) {
  BytesIOObject* b = bio(self);
  if (!check_open(b)) return Value();
  int64_t n = line_length(b, -1);
  return n ? take(b, n) : Value();
}

Value bytesio_closed(const Value& self) { return Value::boolean(bio(self)->m_closed); }

}  // namespace

void init_bytesio_type() {
  BytesIOType.m_qualname = "BytesIO";
  BytesIOType.m_flags |= kBaseType | kWeakrefable;
  BytesIOType.tp_new = bytesio_new;
  BytesIOType.tp_init = bytesio_init;
  BytesIOType.tp_iter = bytesio_iter;
  BytesIOType.tp_next = bytesio_next;
  BytesIOType.tp_getattr = generic_getattr;
  BytesIOType.tp_setattr = generic_setattr;
  type_ready(&BytesIOType, &BufferedIOBaseType,
             {{"read", bytesio_read},         {"read1", bytesio_read},          {"readline", bytesio_readline},
              {"readlines", bytesio_readlines}, {"readinto", bytesio_readinto}, {"readinto1", bytesio_readinto},
              {"write", bytesio_write},       {"writelines", bytesio_writelines}, {"getvalue", bytesio_getvalue},
              {"getbuffer", bytesio_getbuffer}, {"tell", bytesio_tell},         {"seek", bytesio_seek},
              {"truncate", bytesio_truncate}, {"close", bytesio_close},         {"readable", bytesio_true},
              {"writable", bytesio_true},     {"seekable", bytesio_true},       {"isatty", bytesio_isatty},
              {"flush", bytesio_flush}});
  type_add_getsets(&BytesIOType, {{"closed", bytesio_closed}});
  type_add_value(&BytesIOType, "__module__", interned("_io"));
}

}  // namespace hotpy
