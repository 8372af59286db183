// The I/O base classes _io._IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase:
// what a Python class that subclasses io.RawIOBase & co. inherits (readline from
// read, iteration, context management, closed as an instance flag, readinto from
// read...), and the bases of the native file types, so that isinstance works.
// Their methods use only the object's Python-level interface: they serve the native
// types and Python subclasses alike. Behaviour and messages are CPython 3.11's.
#include <utility>

#include "modules/instance_dict.h"
#include "modules/io_internal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject IOBaseType("_io._IOBase");
TypeObject RawIOBaseType("_io._RawIOBase");
TypeObject BufferedIOBaseType("_io._BufferedIOBase");
TypeObject TextIOBaseType("_io._TextIOBase");

namespace {

constexpr int64_t kDefaultBufferSize = 8192;

// An instance of a Python subclass of the base classes: all its state is in its dict.
using IOBaseObject = NativeWithDict;

Value iobase_new(TypeObject* type, const Value*, size_t, KwNames*) { return Value::steal(new IOBaseObject(type)); }
int iobase_init(const Value&, const Value*, size_t, KwNames*) { return 0; }

StrObject* closed_flag() { return intern("__IOBase_closed"); }

// self.closed, through whatever the class defines; -1 on error.
int is_closed(const Value& self) {
  Value c = get_attr(self, intern("closed"));
  return c.is_null() ? -1 : truthy(c);
}

bool check_not_closed(const Value& self) {
  int c = is_closed(self);
  if (c < 0) return false;
  if (c) raise_closed();
  return !c;
}

Value unsupported(const char* what) { return raise_unsupported(what); }

Value iobase_seek(const Value*, size_t, KwNames*) { return unsupported("seek"); }
Value iobase_truncate(const Value*, size_t, KwNames*) { return unsupported("truncate"); }
Value iobase_fileno(const Value*, size_t, KwNames*) { return unsupported("fileno"); }

Value iobase_tell(const Value* args, size_t, KwNames*) {
  Value a[2] = {Value::integer(0), Value::integer(1)};
  return call_method(args[0], intern("seek"), a, 2);
}

Value iobase_flush(const Value* args, size_t, KwNames*) {
  if (!check_not_closed(args[0])) return Value();
  return Value::none();
}

Value iobase_close(const Value* args, size_t, KwNames*) {
  int c = is_closed(args[0]);
  if (c < 0) return Value();
  if (c) return Value::none();
  Value r = call_method(args[0], intern("flush"), nullptr, 0);
  // Closed even when flush failed; its error is what close() raises.
  Value pending = fetch_error();
  if (set_attr(args[0], closed_flag(), Value::boolean(true)) < 0) return Value();
  if (!pending.is_null()) {
    ts->exc = std::move(pending);
    return Value();
  }
  return Value::none();
}

Value iobase_closed(const Value& self) {
  Value flag = get_attr_opt(self, closed_flag());
  if (flag.is_null()) {
    if (error_pending()) return flag;
    return Value::boolean(false);
  }
  return flag;
}

Value iobase_false(const Value*, size_t, KwNames*) { return Value::boolean(false); }

Value iobase_isatty(const Value* args, size_t, KwNames*) {
  if (!check_not_closed(args[0])) return Value();
  return Value::boolean(false);
}

// _checkClosed/_checkReadable/...: io.py and _pyio call them on any stream.
Value check_capability(const Value* args, size_t nargs, const char* method, const char* message) {
  Value r = call_method(args[0], intern(method), nullptr, 0);
  if (r.is_null()) return r;
  int t = truthy(r);
  if (t < 0) return Value();
  if (!t) return unsupported(message);
  return Value::boolean(true);
}
Value iobase_check_closed(const Value* args, size_t, KwNames*) {
  if (!check_not_closed(args[0])) return Value();
  return Value::none();
}
Value iobase_check_readable(const Value* a, size_t n, KwNames*) {
  return check_capability(a, n, "readable", "File or stream is not readable.");
}
Value iobase_check_writable(const Value* a, size_t n, KwNames*) {
  return check_capability(a, n, "writable", "File or stream is not writable.");
}
Value iobase_check_seekable(const Value* a, size_t n, KwNames*) {
  return check_capability(a, n, "seekable", "File or stream is not seekable.");
}

Value iobase_enter(const Value* args, size_t, KwNames*) {
  if (!check_not_closed(args[0])) return Value();
  return args[0];
}

Value iobase_exit(const Value* args, size_t, KwNames*) { return call_method(args[0], intern("close"), nullptr, 0); }

Value iobase_iter(const Value& self) {
  if (!check_not_closed(self)) return Value();
  return self;
}

Value iobase_next(const Value& self) {
  Value line = call_method(self, intern("readline"), nullptr, 0);
  if (line.is_null()) return line;
  int64_t n = length(line);
  if (n < 0) return Value();
  if (n == 0) return Value();
  return line;
}

bool limit_arg(const char* fname, const Value* args, size_t nargs, int64_t* limit) {
  *limit = -1;
  if (nargs < 2 || args[1].is_none()) return true;
  if (!is_int_like(args[1]))
    return !raise(&TypeErrorType, format("argument should be integer or None, not '%s'", type_name(args[1]).c_str()))
                .is_null();
  return index_value(args[1], limit);
}

// readline(size=-1): byte by byte through read(1), or a chunk at a time through
// peek() when the stream has it.
Value iobase_readline(const Value* args, size_t nargs, KwNames* kw) {
  int64_t limit;
  if (!no_keywords("readline", kw) || !check_nargs("readline", nargs - 1, 0, 1) ||
      !limit_arg("readline", args, nargs, &limit))
    return Value();
  Value peek = get_attr_opt(args[0], intern("peek"));
  if (peek.is_null() && error_pending()) return peek;
  std::string out;
  while (limit < 0 || static_cast<int64_t>(out.size()) < limit) {
    int64_t want = 1;
    if (!peek.is_null()) {
      Value one = Value::integer(1);
      Value ahead = call(peek, &one, 1);
      if (ahead.is_null()) return ahead;
      std::string_view v;
      if (!buffer_view(ahead, &v))
        return raise(&OSErrorType, format("peek() should have returned a bytes object, not '%s'",
                                          type_name(ahead).c_str()));
      if (!v.empty()) {
        size_t nl = v.find('\n');
        want = nl == std::string_view::npos ? static_cast<int64_t>(v.size()) : static_cast<int64_t>(nl) + 1;
        if (limit >= 0) want = std::min(want, limit - static_cast<int64_t>(out.size()));
      }
    }
    Value n = Value::integer(want);
    Value chunk = call_method(args[0], intern("read"), &n, 1);
    if (chunk.is_null()) return chunk;
    std::string_view b;
    if (!buffer_view(chunk, &b))
      return raise(&OSErrorType, format("read() should have returned a bytes object, not '%s'",
                                        type_name(chunk).c_str()));
    if (b.empty()) break;
    out += b;
    if (out.back() == '\n') break;
  }
  return new_bytes(std::move(out));
}

Value iobase_readlines(const Value* args, size_t nargs, KwNames* kw) {
  int64_t hint;
  if (!no_keywords("readlines", kw) || !check_nargs("readlines", nargs - 1, 0, 1) ||
      !limit_arg("readlines", args, nargs, &hint))
    return Value();
  Value it = get_iter(args[0]);
  if (it.is_null()) return it;
  std::vector<Value> lines;
  int64_t total = 0;
  for (;;) {
    Value line = iter_next(it);
    if (line.is_null()) {
      if (error_pending()) return line;
      break;
    }
    int64_t n = length(line);
    if (n < 0) return Value();
    total += n;
    lines.push_back(std::move(line));
    if (hint > 0 && total >= hint) break;
  }
  return new_list(std::move(lines));
}

Value iobase_writelines(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("writelines", kw) || !check_nargs("writelines", nargs - 1, 1, 1)) return Value();
  if (!check_not_closed(args[0])) return Value();
  Value it = get_iter(args[1]);
  if (it.is_null()) return it;
  for (;;) {
    Value line = iter_next(it);
    if (line.is_null()) return error_pending() ? line : Value::none();
    if (call_method(args[0], intern("write"), &line, 1).is_null()) return Value();
  }
}

// ---- _RawIOBase

Value rawiobase_read(const Value* args, size_t nargs, KwNames* kw) {
  int64_t size;
  if (!no_keywords("read", kw) || !check_nargs("read", nargs - 1, 0, 1) || !limit_arg("read", args, nargs, &size))
    return Value();
  if (size < 0) return call_method(args[0], intern("readall"), nullptr, 0);
  Value b = new_bytearray(std::string(static_cast<size_t>(size), '\0'));
  Value n = call_method(args[0], intern("readinto"), &b, 1);
  if (n.is_null() || n.is_none()) return n;
  int64_t got;
  if (!index_value(n, &got)) return Value();
  if (got < 0 || got > size) return raise(&ValueErrorType, format("readinto returned %lld outside buffer size %lld",
                                                                   (long long)got, (long long)size));
  return new_bytes(std::string(byteseq_view(b).substr(0, static_cast<size_t>(got))));
}

Value rawiobase_readall(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("readall", kw) || !check_nargs("readall", nargs - 1, 0, 0)) return Value();
  std::string out;
  for (;;) {
    Value n = Value::integer(kDefaultBufferSize);
    Value chunk = call_method(args[0], intern("read"), &n, 1);
    if (chunk.is_null()) return chunk;
    if (chunk.is_none()) return out.empty() ? chunk : new_bytes(std::move(out));
    if (!is_bytes(chunk)) return raise(&TypeErrorType, "read() should return bytes");
    if (bytes_view(chunk).empty()) break;
    out += bytes_view(chunk);
  }
  return new_bytes(std::move(out));
}

// ---- _BufferedIOBase

Value bufferediobase_read(const Value*, size_t, KwNames*) { return unsupported("read"); }
Value bufferediobase_read1(const Value*, size_t, KwNames*) { return unsupported("read1"); }
Value bufferediobase_write(const Value*, size_t, KwNames*) { return unsupported("write"); }
Value bufferediobase_detach(const Value*, size_t, KwNames*) { return unsupported("detach"); }

// readinto(b): read(len(b)) copied into b.
Value readinto_via(const char* fname, const char* method, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords(fname, kw) || !check_nargs(fname, nargs - 1, 1, 1)) return Value();
  int64_t size = length(args[1]);
  if (size < 0) return Value();
  Value n = Value::integer(size);
  Value data = call_method(args[0], intern(method), &n, 1);
  if (data.is_null()) return data;
  if (!is_bytes(data)) return raise(&TypeErrorType, "read() should return bytes");
  int64_t got = static_cast<int64_t>(bytes_view(data).size());
  if (got > n.as_int())
    return raise(&ValueErrorType, format("read() returned too much data: %lld bytes requested, %lld returned",
                                         (long long)n.as_int(), (long long)got));
  Value slice = new_slice(Value::integer(0), Value::integer(got), Value::none());
  if (set_item(args[1], slice, data) < 0) return Value();
  return Value::integer(got);
}
Value bufferediobase_readinto(const Value* a, size_t n, KwNames* k) { return readinto_via("readinto", "read", a, n, k); }
Value bufferediobase_readinto1(const Value* a, size_t n, KwNames* k) {
  return readinto_via("readinto1", "read1", a, n, k);
}

// ---- _TextIOBase

Value textiobase_read(const Value*, size_t, KwNames*) { return unsupported("read"); }
Value textiobase_readline(const Value*, size_t, KwNames*) { return unsupported("readline"); }
Value textiobase_write(const Value*, size_t, KwNames*) { return unsupported("write"); }
Value textiobase_detach(const Value*, size_t, KwNames*) { return unsupported("detach"); }
Value textiobase_none(const Value&) { return Value::none(); }

void ready_base(TypeObject* t, TypeObject* base, const char* short_name, std::initializer_list<MethodDef> methods) {
  t->m_qualname = short_name;
  t->m_flags |= kBaseType | kWeakrefable;
  t->tp_new = iobase_new;
  t->tp_init = iobase_init;
  t->tp_getattr = generic_getattr;
  t->tp_setattr = generic_setattr;
  type_ready(t, base, methods);
  type_add_value(t, "__module__", interned("_io"));
}

}  // namespace

void init_io_base_types() {
  IOBaseType.tp_iter = iobase_iter;
  IOBaseType.tp_next = iobase_next;
  ready_base(&IOBaseType, &ObjectType, "_IOBase",
             {{"seek", iobase_seek},
              {"tell", iobase_tell},
              {"truncate", iobase_truncate},
              {"flush", iobase_flush},
              {"close", iobase_close},
              {"seekable", iobase_false},
              {"readable", iobase_false},
              {"writable", iobase_false},
              {"fileno", iobase_fileno},
              {"isatty", iobase_isatty},
              {"_checkClosed", iobase_check_closed},
              {"_checkReadable", iobase_check_readable},
              {"_checkWritable", iobase_check_writable},
              {"_checkSeekable", iobase_check_seekable},
              {"__enter__", iobase_enter},
              {"__exit__", iobase_exit},
              {"readline", iobase_readline},
              {"readlines", iobase_readlines},
              {"writelines", iobase_writelines}});
  type_add_getsets(&IOBaseType, {{"closed", iobase_closed}});
  ready_base(&RawIOBaseType, &IOBaseType, "_RawIOBase", {{"read", rawiobase_read}, {"readall", rawiobase_readall}});
  ready_base(&BufferedIOBaseType, &IOBaseType, "_BufferedIOBase",
             {{"read", bufferediobase_read},
              {"read1", bufferediobase_read1},
              {"write", bufferediobase_write},
              {"detach", bufferediobase_detach},
              {"readinto", bufferediobase_readinto},
              {"readinto1", bufferediobase_readinto1}});
  ready_base(&TextIOBaseType, &IOBaseType, "_TextIOBase",
             {{"read", textiobase_read},
              {"readline", textiobase_readline},
              {"write", textiobase_write},
              {"detach", textiobase_detach}});
  type_add_getsets(&TextIOBaseType,
                   {{"encoding", textiobase_none}, {"newlines", textiobase_none}, {"errors", textiobase_none}});
}

}  // namespace hotpy
