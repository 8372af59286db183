// The methods and attributes of file objects, with CPython's messages, and the
// registration of the file types; the io and _io modules.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "eval/eval.h"
#include "modules/io_internal.h"
#include "modules/native.h"
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

namespace {

FileObject* self_file(const Value* args) { return as_file(args[0]); }

// A subclass's instance, or TextIOWrapper(...) & co.: __init__ (io_wrappers.cpp) fills it.
Value file_new(TypeObject* type, const Value*, size_t, KwNames*) {
  auto* f = new FileObject(type);
  f->m_closed = true;  // until __init__ has given it a stream
  return Value::steal(f);
}

// The method name as CPython prints it in arity errors: read, readline...
bool check_args(const char* name, size_t nargs, size_t min, size_t max, KwNames* kw) {
  return no_keywords(name, kw) && check_nargs(name, nargs - 1, min, max);
}

// A size argument: int or None (-1); "argument should be integer or None, not 'str'".
bool size_arg(const Value* args, size_t nargs, size_t i, int64_t* out) {
  *out = -1;
  if (nargs <= i || args[i].is_none()) return true;
  if (!is_int_like(args[i]) && args[i].type()->lookup(intern("__index__")).is_null()) {
    raise(&TypeErrorType, format("argument should be integer or None, not '%s'", type_name(args[i]).c_str()));
    return false;
  }
  return index_value(args[i], out);
}

Value file_read(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("read", nargs, 0, 1, kw)) return Value();
  FileObject* f = self_file(args);
  int64_t n;
  if (!size_arg(args, nargs, 1, &n)) return Value();
  if (!check_readable(f)) return Value();
  std::string out;
  bool ok = n < 0 ? read_all_bytes(f, out) : read_some(f, n, out);
  if (!ok) return Value();
  return make_result(f, std::move(out));
}

Value file_readline_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("readline", nargs, 0, 1, kw)) return Value();
  int64_t limit = -1;
  if (nargs > 1 && !args[1].is_none() && !index_value(args[1], &limit)) return Value();
  return file_readline(self_file(args), limit);
}

Value file_readlines(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("readlines", nargs, 0, 1, kw)) return Value();
  FileObject* f = self_file(args);
  int64_t hint;
  if (!size_arg(args, nargs, 1, &hint)) return Value();
  if (!check_readable(f)) return Value();
  std::vector<Value> lines;
  int64_t total = 0;
  for (;;) {
    std::string line;
    if (!read_line_bytes(f, -1, line)) return Value();
    if (line.empty()) break;
    total += static_cast<int64_t>(line.size());
    Value v = make_result(f, std::move(line));
    if (v.is_null()) return v;
    lines.push_back(std::move(v));
    if (hint > 0 && total >= hint) break;
  }
  return new_list(std::move(lines));
}

Value write_one(FileObject* f, const Value& data) {
  if (f->m_text) {
    if (!is_str(data))
      return raise(&TypeErrorType, format("write() argument must be str, not %s", type_name(data).c_str()));
    if (!file_write_text(f, as_str(data)->view())) return Value();
    return Value::integer(as_str(data)->m_length);
  }
  if (!check_writable(f)) return Value();
  std::string_view b;
  if (!need_buffer(data, &b)) return Value();
  if (!file_write_bytes(f, b)) return Value();
  return Value::integer(static_cast<int64_t>(b.size()));
}

Value file_write(const Value* args, size_t nargs, KwNames* kw) {
  FileObject* f = self_file(args);
  if (nargs != 2) {
    if (!no_keywords("write", kw)) return Value();
    return raise(&TypeErrorType, format("%s.write() takes exactly one argument (%zu given)",
                                        f->m_text ? "TextIOWrapper" : "_io._BufferedIOBase", nargs - 1));
  }
  if (!no_keywords("write", kw)) return Value();
  if (f->m_detached) return raise(&ValueErrorType, "underlying buffer has been detached");
  if (f->m_closed && f->m_text) return raise_closed();
  return write_one(f, args[1]);
}

Value file_writelines(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("writelines", kw) || !check_nargs("writelines", nargs - 1, 1, 1)) return Value();
  FileObject* f = self_file(args);
  if (f->m_closed) return raise_closed();
  Value it = get_iter(args[1]);
  if (it.is_null()) return it;
  for (;;) {
    Value line = iter_next(it);
    if (line.is_null()) {
      if (error_pending()) return line;
      break;
    }
    if (write_one(f, line).is_null()) return Value();
  }
  return Value::none();
}

Value file_close(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("close", nargs, 0, 0, kw)) return Value();
  FileObject* f = self_file(args);
  if (f->m_closed) return Value::none();
  if (f->m_detached) return raise(&ValueErrorType, "underlying buffer has been detached");
  bool ok = !f->m_writable || flush_buffer(f);
  Value pending = fetch_error();  // the stream below is closed even when the flush failed
  f->m_closed = true;
  f->m_rbuf.clear();
  f->m_rpos = 0;
  ok = raw_close(f) && ok;
  if (!pending.is_null()) ts->exc = std::move(pending);
  return ok ? Value::none() : Value();
}

Value file_flush_method(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("flush", nargs, 0, 0, kw)) return Value();
  if (!file_flush(self_file(args))) return Value();
  return Value::none();
}

// Where the next read or write happens, counting buffered bytes.
bool file_position(FileObject* f, int64_t* pos) {
  int64_t p = raw_seek(f, 0, SEEK_CUR);
  if (p < 0) return false;
  *pos = static_cast<int64_t>(p) + static_cast<int64_t>(f->m_wbuf.size()) -
         static_cast<int64_t>(f->m_rbuf.size() - f->m_rpos);
  return true;
}

Value file_tell(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("tell", nargs, 0, 0, kw)) return Value();
  FileObject* f = self_file(args);
  if (f->m_closed) return raise_closed_for(f);
  int64_t pos;
  if (!file_position(f, &pos)) return Value();
  return Value::integer(pos);
}

Value file_seek(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("seek", kw) || !check_nargs("seek", nargs - 1, 1, 2)) return Value();
  FileObject* f = self_file(args);
  if (f->m_closed) return raise_closed_for(f);
  int64_t offset, whence = 0;
  if (!index_value(args[1], &offset)) return Value();
  if (nargs > 2 && !index_value(args[2], &whence)) return Value();
  if (f->m_text) {
    if (whence < 0 || whence > 2)
      return raise(&ValueErrorType, format("invalid whence (%lld, should be 0, 1 or 2)", (long long)whence));
    if (whence == 1 && offset != 0) return raise_unsupported("can't do nonzero cur-relative seeks");
    if (whence == 2 && offset != 0) return raise_unsupported("can't do nonzero end-relative seeks");
    if (offset < 0) return raise(&ValueErrorType, format("negative seek position %lld", (long long)offset));
  }
  if (!flush_buffer(f)) return Value();
  if (whence == 1) {
    // Relative to what the program has consumed, not to the read-ahead.
    offset -= static_cast<int64_t>(f->m_rbuf.size() - f->m_rpos);
  }
  f->m_rbuf.clear();
  f->m_rpos = 0;
  int64_t p = raw_seek(f, offset, static_cast<int>(whence));
  if (p < 0) return Value();
  return Value::integer(p);
}

Value file_truncate(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("truncate", nargs, 0, 1, kw)) return Value();
  FileObject* f = self_file(args);
  if (!check_writable(f)) return Value();
  int64_t size;
  if (nargs > 1 && !args[1].is_none()) {
    if (!index_value(args[1], &size)) return Value();
  } else if (!file_position(f, &size)) {
    return Value();
  }
  if (!flush_buffer(f) || !raw_truncate(f, size)) return Value();
  return Value::integer(size);
}

// fileno(), isatty(), readable()...: CPython's raw-file check has no final period.
bool check_open_raw(FileObject* f) {
  if (!f->m_closed) return true;
  raise(&ValueErrorType, "I/O operation on closed file");
  return false;
}

Value file_fileno(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("fileno", nargs, 0, 0, kw) || !check_open_raw(self_file(args))) return Value();
  return raw_fileno(self_file(args));
}
Value file_isatty(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("isatty", nargs, 0, 0, kw) || !check_open_raw(self_file(args))) return Value();
  int t = raw_isatty(self_file(args));
  return t < 0 ? Value() : Value::boolean(t);
}
Value file_readable(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("readable", nargs, 0, 0, kw) || !check_open_raw(self_file(args))) return Value();
  return Value::boolean(self_file(args)->m_readable);
}
Value file_writable(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("writable", nargs, 0, 0, kw) || !check_open_raw(self_file(args))) return Value();
  return Value::boolean(self_file(args)->m_writable);
}
Value file_seekable(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("seekable", nargs, 0, 0, kw) || !check_open_raw(self_file(args))) return Value();
  int t = raw_seekable(self_file(args));
  return t < 0 ? Value() : Value::boolean(t);
}

Value file_enter(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_args("__enter__", nargs, 0, 0, kw)) return Value();
  if (self_file(args)->m_closed) return raise_closed();
  return args[0];
}

Value file_exit(const Value* args, size_t nargs, KwNames* kw) {
  // Any arguments (the exception triple); the exception is never suppressed.
  return file_close(args, 1, nullptr);
}

Value file_iter(const Value& self) {
  if (as_file(self)->m_closed) return raise_closed();
  return self;
}

Value file_next(const Value& self) {
  Value line = file_readline(as_file(self), -1);
  if (line.is_null()) return line;
  bool empty = is_str(line) ? as_str(line)->m_length == 0 : bytes_view(line).empty();
  if (empty) return Value();  // exhausted: no StopIteration is made
  return line;
}

// " name=<repr>" for the repr, or "" when the file (or the stream below) has none.
bool repr_part(const Value& self, const char* attr, std::string* out) {
  Value v = get_attr_opt(self, intern(attr));
  if (v.is_null()) {
    if (!error_pending()) return true;
    if (!error_matches(&ValueErrorType)) return false;  // a detached stream has none
    clear_error();
    return true;
  }
  Value r = repr(v);
  if (r.is_null()) return false;
  *out += format(" %s=%s", attr, as_str(r)->m_data.c_str());
  return true;
}

Value file_repr(const Value& self) {
  FileObject* f = as_file(self);
  std::string out = "<" + self.type()->m_name;
  if (!repr_part(self, "name", &out)) return Value();
  if (f->m_text || f->m_unbuffered) {
    if (!repr_part(self, "mode", &out)) return Value();
  }
  if (f->m_text) out += format(" encoding=%s", as_str(repr(new_str(f->m_encoding)))->m_data.c_str());
  if (f->m_unbuffered) out += f->m_closefd ? " closefd=True" : " closefd=False";
  return new_str(out + ">");
}

Value get_closed(const Value& self) {
  FileObject* f = as_file(self);
  // A file over another stream is as closed as that stream (TextIOWrapper.closed).
  if (!f->m_closed && !f->m_raw.is_null() && !is_file(f->m_raw)) return get_attr(f->m_raw, intern("closed"));
  return Value::boolean(f->m_closed);
}
// name and mode: open() records them; a file made over a stream reports the stream's.
Value get_name(const Value& self) {
  FileObject* f = as_file(self);
  if (f->m_detached) return raise(&ValueErrorType, "underlying buffer has been detached");
  if (f->m_name.is_null() && !f->m_raw.is_null()) return get_attr(f->m_raw, intern("name"));
  if (f->m_name.is_null()) return raise(&AttributeErrorType, format("'%s' object has no attribute 'name'",
                                                                     self.type()->m_name.c_str()));
  return f->m_name;
}
Value get_mode(const Value& self) {
  FileObject* f = as_file(self);
  if (f->m_mode.empty() && !f->m_raw.is_null()) return get_attr(f->m_raw, intern("mode"));
  if (f->m_mode.empty()) return raise(&AttributeErrorType, format("'%s' object has no attribute 'mode'",
                                                                   self.type()->m_name.c_str()));
  return new_str(as_file(self)->m_mode);
}
// CPython keeps name and mode in the file's attribute dict, so code may set them
// (tempfile names its FileIO, tokenize.open sets its wrapper's mode).
int set_name(const Value& self, const Value& v) {
  if (v.is_null()) {
    raise(&AttributeErrorType, "name");
    return -1;
  }
  as_file(self)->m_name = v;
  return 0;
}
int set_mode(const Value& self, const Value& v) {
  if (v.is_null() || !is_str(v)) {
    raise(v.is_null() ? &AttributeErrorType : &TypeErrorType, v.is_null() ? "mode" : "mode must be str");
    return -1;
  }
  as_file(self)->m_mode = as_str(v)->m_data;
  return 0;
}
Value get_encoding(const Value& self) { return new_str(as_file(self)->m_encoding); }
Value get_errors(const Value& self) { return new_str(as_file(self)->m_errors); }
Value get_line_buffering(const Value& self) { return Value::boolean(as_file(self)->m_line_buffered); }
Value get_newlines(const Value&) { return Value::none(); }

void ready_file_type(TypeObject* t, const char* short_name, TypeObject* base) {
  t->m_qualname = short_name;
  t->m_flags |= kBaseType;
  t->tp_new = file_new;
  t->tp_repr = file_repr;
  t->tp_iter = file_iter;
  t->tp_next = file_next;
  t->tp_getattr = generic_getattr;
  t->tp_setattr = generic_setattr;
  t->m_flags |= kWeakrefable;  // CPython's IOBase
  type_ready(t, base,
             {{"read", file_read},
              {"readline", file_readline_method},
              {"readlines", file_readlines},
              {"write", file_write},
              {"writelines", file_writelines},
              {"close", file_close},
              {"flush", file_flush_method},
              {"tell", file_tell},
              {"seek", file_seek},
              {"truncate", file_truncate},
              {"fileno", file_fileno},
              {"isatty", file_isatty},
              {"readable", file_readable},
              {"writable", file_writable},
              {"seekable", file_seekable},
              {"__enter__", file_enter},
              {"__exit__", file_exit}});
  type_add_getsets(t, {{"closed", get_closed}, {"name", get_name, set_name}, {"mode", get_mode, set_mode}});
  type_add_value(t, "__module__", interned("_io"));
}

}  // namespace

static void ready_io_types();
void init_io_types() {
  static std::once_flag once;
  ready_builtin_types(once, ready_io_types);
}

static void ready_io_types() {
  init_io_base_types();
  ready_file_type(&TextIOWrapperType, "TextIOWrapper", &TextIOBaseType);
  type_add_getsets(&TextIOWrapperType, {{"encoding", get_encoding},
                                        {"errors", get_errors},
                                        {"line_buffering", get_line_buffering},
                                        {"newlines", get_newlines}});
  ready_file_type(&BufferedReaderType, "BufferedReader", &BufferedIOBaseType);
  ready_file_type(&BufferedWriterType, "BufferedWriter", &BufferedIOBaseType);
  ready_file_type(&BufferedRandomType, "BufferedRandom", &BufferedIOBaseType);
  ready_file_type(&BufferedRWPairType, "BufferedRWPair", &BufferedIOBaseType);
  ready_file_type(&FileIOType, "FileIO", &RawIOBaseType);
  init_file_wrappers();
  init_bytesio_type();
  init_stringio_type();

}

// open (builtins.open itself), the classes, the helpers.
static void add_io_names(ModuleObject* mod) {
  DictObject* b = builtins_dict();
  Value open = b ? dict_get_str(b, intern("open")) : Value();
  if (open.is_null()) open = new_builtin("open", builtin_open);
  module_add(mod, "open", open);
  module_add(mod, "UnsupportedOperation", Value::borrow(unsupported_operation_type()));
  module_add(mod, "BlockingIOError", Value::borrow(&BlockingIOErrorType));
  module_add(mod, "TextIOWrapper", Value::borrow(&TextIOWrapperType));
  module_add(mod, "BufferedReader", Value::borrow(&BufferedReaderType));
  module_add(mod, "BufferedWriter", Value::borrow(&BufferedWriterType));
  module_add(mod, "BufferedRandom", Value::borrow(&BufferedRandomType));
  module_add(mod, "BufferedRWPair", Value::borrow(&BufferedRWPairType));
  module_add(mod, "FileIO", Value::borrow(&FileIOType));
  module_add(mod, "BytesIO", Value::borrow(&BytesIOType));
  module_add(mod, "StringIO", Value::borrow(&StringIOType));
  module_add(mod, "DEFAULT_BUFFER_SIZE", Value::integer(8192));
  add_io_functions(mod);
}

// _io: what io.py (stdlib/io.py, as CPython's) imports, and the base classes under their _io
// names, which io.py subclasses into its ABCs.
Value init_underscore_io_module() {
  init_io_types();
  Value m = new_module("_io");
  auto* mod = m.as<ModuleObject>();
  add_io_names(mod);
  module_add(mod, "_IOBase", Value::borrow(&IOBaseType));
  module_add(mod, "_RawIOBase", Value::borrow(&RawIOBaseType));
  module_add(mod, "_BufferedIOBase", Value::borrow(&BufferedIOBaseType));
  module_add(mod, "_TextIOBase", Value::borrow(&TextIOBaseType));
  return m;
}

}  // namespace hotpy
