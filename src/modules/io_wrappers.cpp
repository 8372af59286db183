// The layered side of the file objects: TextIOWrapper(buffer), BufferedReader(raw)
// & co. and FileIO(name) as constructors, a text file's .buffer and a buffered
// file's .raw (made on first use: until then open()'s file does all the work on its
// descriptor alone, which keeps print() fast), detach(), reconfigure(), the buffered
// files' peek/read1/readinto, FileIO's unbuffered read and write, and io's helper
// functions. Messages are CPython 3.11's.
#include <utility>

#include "modules/io_internal.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

std::string file_io_mode(bool creating, bool reading, bool writing, bool appending, bool updating) {
  bool readable = reading || updating;
  if (creating) return readable ? "xb+" : "xb";
  if (appending) return readable ? "ab+" : "ab";
  if (readable) return writing || updating ? "rb+" : "rb";
  return "wb";
}

namespace {

constexpr int64_t kDefaultBufferSize = 8192;

FileObject* self_file(const Value* args) { return as_file(args[0]); }

Value detached_error() { return raise(&ValueErrorType, "underlying buffer has been detached"); }

// The letters of an open() mode string, as FileIO reports them.
std::string binary_mode_of(const std::string& mode) {
  auto has = [&](char c) { return mode.find(c) != std::string::npos; };
  return file_io_mode(has('x'), has('r'), has('w'), has('a'), has('+'));
}

// The binary file under a text file made by open(): from now on it owns the
// descriptor, and the bytes the text file read ahead or has not written yet move
// down to it, so that nothing is reordered.
FileObject* make_buffer_below(FileObject* f) {
  TypeObject* t = f->m_readable && f->m_writable ? &BufferedRandomType
                  : f->m_readable                ? &BufferedReaderType
                                                 : &BufferedWriterType;
  FileObject* b = make_file(t, f->m_fd, f->m_name, binary_mode_of(f->m_mode));
  b->m_readable = f->m_readable;
  b->m_writable = f->m_writable;
  b->m_closefd = f->m_closefd;
  b->m_write_through = f->m_write_through;
  b->m_closed = f->m_closed;
  b->m_rbuf = f->m_rbuf.substr(f->m_rpos);
  f->m_rbuf.clear();
  f->m_rpos = 0;
  b->m_wbuf = std::move(f->m_wbuf);
  f->m_wbuf.clear();
  f->m_raw = Value::steal(b);
  f->m_closefd = true;
  return b;
}

// The FileIO under a buffered file made by open(); the buffered bytes stay above it.
FileObject* make_raw_below(FileObject* f) {
  FileObject* r = make_file(&FileIOType, f->m_fd, f->m_name, binary_mode_of(f->m_mode));
  r->m_readable = f->m_readable;
  r->m_writable = f->m_writable;
  r->m_closefd = f->m_closefd;
  r->m_unbuffered = true;
  r->m_write_through = true;
  r->m_closed = f->m_closed;
  f->m_raw = Value::steal(r);
  f->m_closefd = true;
  return r;
}

Value get_buffer(const Value& self) {
  FileObject* f = as_file(self);
  if (f->m_detached) return detached_error();
  if (f->m_raw.is_null()) make_buffer_below(f);
  return f->m_raw;
}

Value get_raw(const Value& self) {
  FileObject* f = as_file(self);
  if (f->m_detached) return raise(&ValueErrorType, "raw stream has been detached");
  if (f->m_raw.is_null()) {
    if (!f->m_wbuf.empty() && !flush_buffer(f)) return Value();
    make_raw_below(f);
  }
  return f->m_raw;
}

Value file_detach(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("detach", kw) || !check_nargs("detach", nargs - 1, 0, 0)) return Value();
  FileObject* f = self_file(args);
  if (f->m_detached) return f->m_text ? detached_error() : raise(&ValueErrorType, "raw stream has been detached");
  if (!f->m_closed && f->m_writable && !flush_buffer(f)) return Value();
  Value below = f->m_text ? get_buffer(args[0]) : get_raw(args[0]);
  if (below.is_null()) return below;
  f->m_raw = Value();
  f->m_detached = true;
  f->m_closed = true;
  return below;
}

bool optional_text(const char* fname, const char* arg, const Value& v, std::string* out) {
  if (v.is_null() || v.is_none()) return true;
  if (!is_str(v)) {
    raise(&TypeErrorType, format("%s() argument '%s' must be str or None, not %s", fname, arg, type_name(v).c_str()));
    return false;
  }
  *out = as_str(v)->m_data;
  return true;
}

bool newline_arg(const char* fname, const Value& v, Newline* out) {
  if (v.is_null() || v.is_none()) {
    *out = Newline::Universal;
    return true;
  }
  std::string nl;
  if (!optional_text(fname, "newline", v, &nl)) return false;
  if (nl.empty()) *out = Newline::UniversalRaw;
  else if (nl == "\n") *out = Newline::LF;
  else if (nl == "\r") *out = Newline::CR;
  else if (nl == "\r\n") *out = Newline::CRLF;
  else return !raise(&ValueErrorType, "illegal newline value: " + nl).is_null();
  return true;
}

bool set_encoding(FileObject* f, std::string encoding) {
  std::string lower;
  for (char c : encoding) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "locale") encoding = "UTF-8";
  // An unknown encoding fails here (LookupError), as CPython's constructor does.
  if (bytes_decode("", encoding, "strict").is_null()) return false;
  set_file_encoding(f, std::move(encoding));
  return true;
}

// A predicate method of the stream below, as a bool; -1 on error.
int ask(const Value& obj, const char* method) {
  Value r = call_method(obj, intern(method), nullptr, 0);
  return r.is_null() ? -1 : truthy(r);
}

void reset_file(FileObject* f) {
  f->m_rbuf.clear();
  f->m_rpos = 0;
  f->m_wbuf.clear();
  f->m_raw = Value();
  f->m_raw_writer = Value();
  f->m_fd = -1;
  f->m_closed = false;
  f->m_detached = false;
  f->m_eof = false;
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
// write_through=False)
int textio_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[6];
  if (!bind_args("TextIOWrapper", args, nargs, kw,
                 {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 6, a))
    return -1;
  if (a[0].is_null()) {
    raise(&TypeErrorType, "TextIOWrapper() missing required argument 'buffer' (pos 1)");
    return -1;
  }
  FileObject* f = as_file(self);
  std::string encoding = "UTF-8", errors = "strict";
  Newline nl;
  if (!optional_text("TextIOWrapper", "encoding", a[1], &encoding) ||
      !optional_text("TextIOWrapper", "errors", a[2], &errors) || !newline_arg("TextIOWrapper", a[3], &nl) ||
      !set_encoding(f, encoding))
    return -1;
  int line_buffering = a[4].is_null() ? 0 : truthy(a[4]);
  int write_through = a[5].is_null() ? 0 : truthy(a[5]);
  int readable = ask(a[0], "readable"), writable = readable < 0 ? -1 : ask(a[0], "writable");
  if (line_buffering < 0 || write_through < 0 || readable < 0 || writable < 0) return -1;
  reset_file(f);
  f->m_text = true;
  f->m_raw = a[0];
  f->m_errors = errors;
  f->m_newline = nl;
  f->m_line_buffered = line_buffering;
  f->m_write_through = write_through;
  f->m_readable = readable;
  f->m_writable = writable;
  f->m_name = Value();
  f->m_mode.clear();
  return 0;
}

// BufferedReader / BufferedWriter / BufferedRandom (raw, buffer_size=DEFAULT_BUFFER_SIZE)
int buffered_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  TypeObject* t = self.type();
  while (!t->m_mro.empty() && (t->m_flags & kHeapType)) t = t->m_base;
  const char* fname = t->m_qualname.c_str();
  Value a[2];
  if (!bind_args(fname, args, nargs, kw, {"raw", "buffer_size"}, 2, a)) return -1;
  if (a[0].is_null()) {
    raise(&TypeErrorType, format("%s() missing required argument 'raw' (pos 1)", fname));
    return -1;
  }
  int64_t size = kDefaultBufferSize;
  if (!a[1].is_null() && !index_value(a[1], &size)) return -1;
  if (size <= 0) {
    raise(&ValueErrorType, "buffer size must be strictly positive");
    return -1;
  }
  bool reads = t != &BufferedWriterType, writes = t != &BufferedReaderType;
  // The stream's own checks raise CPython's "File or stream is not readable.".
  if ((reads && call_method(a[0], intern("_checkReadable"), nullptr, 0).is_null()) ||
      (writes && call_method(a[0], intern("_checkWritable"), nullptr, 0).is_null()))
    return -1;
  FileObject* f = as_file(self);
  reset_file(f);
  f->m_text = false;
  f->m_raw = a[0];
  f->m_readable = reads;
  f->m_writable = writes;
  f->m_name = Value();
  f->m_mode.clear();
  return 0;
}

// BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE)
int rwpair_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("BufferedRWPair", args, nargs, kw, {"reader", "writer", "buffer_size"}, 3, a)) return -1;
  if (a[1].is_null()) {
    raise(&TypeErrorType, "BufferedRWPair expected at least 2 arguments");
    return -1;
  }
  int r = ask(a[0], "readable");
  if (r < 0) return -1;
  if (!r) {
    raise_unsupported("\"reader\" argument must be readable.");
    return -1;
  }
  int w = ask(a[1], "writable");
  if (w < 0) return -1;
  if (!w) {
    raise_unsupported("\"writer\" argument must be writable.");
    return -1;
  }
  FileObject* f = as_file(self);
  reset_file(f);
  f->m_text = false;
  f->m_raw = a[0];
  f->m_raw_writer = a[1];
  f->m_readable = f->m_writable = true;
  return 0;
}

// FileIO(file, mode='r', closefd=True, opener=None)
int fileio_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("FileIO", args, nargs, kw, {"file", "mode", "closefd", "opener"}, 4, a)) return -1;
  if (a[0].is_null()) {
    raise(&TypeErrorType, "FileIO() missing required argument 'file' (pos 1)");
    return -1;
  }
  if (a[0].type() == &FloatType) {
    raise(&TypeErrorType, "integer argument expected, got float");
    return -1;
  }
  std::string path, mode = "r";
  int fd = -1;
  if (!file_argument(a[0], &path, &fd) || !optional_text("FileIO", "mode", a[1], &mode)) return -1;
  bool c = false, r = false, w = false, ap = false, plus = false, bad = false;
  for (char ch : mode) {
    bool* flag = ch == 'x' ? &c : ch == 'r' ? &r : ch == 'w' ? &w : ch == 'a' ? &ap : ch == '+' ? &plus : nullptr;
    if (ch == 'b') continue;
    if (!flag || *flag) bad = true;
    else *flag = true;
  }
  if (bad || c + r + w + ap != 1) {
    raise(&ValueErrorType, bad ? "invalid mode: " + mode
                               : "Must have exactly one of create/read/write/append mode and at most one plus");
    return -1;
  }
  int closefd = a[2].is_null() ? 1 : truthy(a[2]);
  if (closefd < 0) return -1;
  if (fd < 0 && !closefd) {
    raise(&ValueErrorType, "Cannot use closefd=False with file name");
    return -1;
  }
  if (fd < 0 && (fd = open_path(a[0], path, OpenMode{c, r, w, ap, plus}, a[3])) < 0) return -1;
  FileObject* f = as_file(self);
  reset_file(f);
  f->m_fd = fd;
  f->m_text = false;
  f->m_name = a[0];
  f->m_mode = file_io_mode(c, r, w, ap, plus);
  f->m_readable = r || plus;
  f->m_writable = !r || plus;
  f->m_closefd = closefd;
  f->m_unbuffered = true;
  f->m_write_through = true;
  return 0;
}

// ---- FileIO's own reads and writes: one system call each

bool fileio_check(FileObject* f, bool reading) {
  if (f->m_closed) return !raise(&ValueErrorType, "I/O operation on closed file").is_null();
  if (reading ? f->m_readable : f->m_writable) return true;
  raise_unsupported(reading ? "File not open for reading" : "File not open for writing");
  return false;
}

Value fileio_readall(const Value* args, size_t nargs, KwNames* kw) {
  FileObject* f = self_file(args);
  if (!fileio_check(f, true)) return Value();
  std::string out;
  if (!read_all_bytes(f, out)) return Value();
  return new_bytes(std::move(out));
}

Value fileio_read(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("read", kw) || !check_nargs("read", nargs - 1, 0, 1)) return Value();
  FileObject* f = self_file(args);
  int64_t n = -1;
  if (nargs > 1 && !args[1].is_none() && !index_value(args[1], &n)) return Value();
  if (!fileio_check(f, true)) return Value();
  if (n < 0) return fileio_readall(args, 1, nullptr);
  std::string out(static_cast<size_t>(n), '\0');
  ssize_t k = raw_read(f, out.data(), out.size());
  if (k < 0) return Value();
  out.resize(static_cast<size_t>(k));
  return new_bytes(std::move(out));
}

// readinto(b) of a binary file: `read` reads at most len(b) bytes, copied into b.
Value readinto_with(const Value* args, size_t nargs, KwNames* kw, Value (*read)(const Value*, size_t, KwNames*)) {
  if (!no_keywords("readinto", kw) || !check_nargs("readinto", nargs - 1, 1, 1)) return Value();
  int64_t size = length(args[1]);
  if (size < 0) return Value();
  Value call_args[2] = {args[0], Value::integer(size)};
  Value data = read(call_args, 2, nullptr);
  if (data.is_null()) return data;
  int64_t got = static_cast<int64_t>(bytes_view(data).size());
  if (is_bytearray(args[1])) {
    args[1].as<BytearrayObject>()->m_data.replace(0, static_cast<size_t>(got), bytes_view(data));
  } else if (set_item(args[1], new_slice(Value::integer(0), Value::integer(got), Value::none()), data) < 0) {
    return Value();
  }
  return Value::integer(got);
}

Value fileio_readinto(const Value* args, size_t nargs, KwNames* kw) { return readinto_with(args, nargs, kw, fileio_read); }

Value fileio_write(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("write", kw) || !check_nargs("write", nargs - 1, 1, 1)) return Value();
  FileObject* f = self_file(args);
  std::string_view b;
  if (!need_buffer(args[1], &b) || !fileio_check(f, false)) return Value();
  if (!raw_write_all(f, b.data(), b.size())) return Value();
  return Value::integer(static_cast<int64_t>(b.size()));
}

Value fileio_closefd(const Value& self) { return Value::boolean(as_file(self)->m_closefd); }

// ---- the buffered files' peek, read1, readinto

Value buffered_peek(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("peek", kw) || !check_nargs("peek", nargs - 1, 0, 1)) return Value();
  FileObject* f = self_file(args);
  if (!check_readable(f, "peek")) return Value();
  if (f->m_rpos == f->m_rbuf.size() && fill_buffer(f) < 0) return Value();
  return new_bytes(f->m_rbuf.substr(f->m_rpos));
}

Value buffered_read1(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("read1", kw) || !check_nargs("read1", nargs - 1, 0, 1)) return Value();
  FileObject* f = self_file(args);
  int64_t n = -1;
  if (nargs > 1 && !args[1].is_none() && !index_value(args[1], &n)) return Value();
  if (!f->m_detached && !f->m_readable) return raise_unsupported("read1");
  if (!check_readable(f, "read")) return Value();
  if (n == 0) return new_bytes("");
  if (f->m_rpos == f->m_rbuf.size() && fill_buffer(f) < 0) return Value();
  size_t avail = f->m_rbuf.size() - f->m_rpos;
  size_t take = n < 0 || static_cast<size_t>(n) > avail ? avail : static_cast<size_t>(n);
  Value r = new_bytes(f->m_rbuf.substr(f->m_rpos, take));
  f->m_rpos += take;
  return r;
}

Value buffered_read_method(const Value* args, size_t nargs, KwNames*) {
  return call_method(args[0], intern("read"), args + 1, nargs - 1);
}
Value buffered_readinto(const Value* args, size_t nargs, KwNames* kw) {
  return readinto_with(args, nargs, kw, buffered_read_method);
}
Value buffered_readinto1(const Value* args, size_t nargs, KwNames* kw) {
  return readinto_with(args, nargs, kw, buffered_read1);
}

// ---- TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering, write_through)

Value textio_reconfigure(const Value* args, size_t nargs, KwNames* kw) {
  if (nargs > 1) return raise(&TypeErrorType, "reconfigure() takes no positional arguments");
  Value a[5];
  if (!bind_args("reconfigure", args + 1, 0, kw,
                 {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, a))
    return Value();
  FileObject* f = self_file(args);
  if (f->m_detached) return detached_error();
  if (!f->m_closed && f->m_writable && !flush_buffer(f)) return Value();
  std::string encoding = f->m_encoding, errors = f->m_errors;
  if (!a[0].is_null() && !a[0].is_none() && a[1].is_null()) errors = "strict";
  if (!optional_text("reconfigure", "encoding", a[0], &encoding) ||
      !optional_text("reconfigure", "errors", a[1], &errors))
    return Value();
  Newline nl = f->m_newline;
  if (!a[2].is_null() && !newline_arg("reconfigure", a[2], &nl)) return Value();
  if (!set_encoding(f, encoding)) return Value();
  f->m_errors = errors;
  f->m_newline = nl;
  for (int i = 3; i < 5; i++) {
    if (a[i].is_null() || a[i].is_none()) continue;
    int t = truthy(a[i]);
    if (t < 0) return Value();
    (i == 3 ? f->m_line_buffered : f->m_write_through) = t;
  }
  return Value::none();
}

Value textio_write_through(const Value& self) { return Value::boolean(as_file(self)->m_write_through); }

void add_methods(TypeObject* t, std::initializer_list<MethodDef> methods) {
  for (const MethodDef& m : methods)
    dict_set_str(t->m_dict, intern(m.name), Value::steal(new MethodDescrObject(m.name, m.fn, t)));
  type_modified(t);
}

// ---- module functions

// text_encoding(encoding, stacklevel=2): what open() should be given for None.
Value io_text_encoding(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("text_encoding", args, nargs, kw, {"encoding", "stacklevel"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "text_encoding() missing required argument 'encoding' (pos 1)");
  if (!a[0].is_none()) return a[0];
  return new_str("locale");
}

// open_code(path): how the import system opens source files, "rb".
Value io_open_code(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("open_code", args, nargs, kw, {"path"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "open_code() missing required argument 'path' (pos 1)");
  if (!is_str(a[0]))
    return raise(&TypeErrorType, format("open_code() argument 'path' must be str, not %s", type_name(a[0]).c_str()));
  Value open_args[2] = {a[0], new_str("rb")};
  return builtin_open(open_args, 2, nullptr);
}

}  // namespace

void init_file_wrappers() {
  TextIOWrapperType.tp_init = textio_init;
  for (TypeObject* t : {&BufferedReaderType, &BufferedWriterType, &BufferedRandomType}) t->tp_init = buffered_init;
  BufferedRWPairType.tp_init = rwpair_init;
  FileIOType.tp_init = fileio_init;
  add_methods(&TextIOWrapperType, {{"detach", file_detach}, {"reconfigure", textio_reconfigure}});
  type_add_getsets(&TextIOWrapperType, {{"buffer", get_buffer}, {"write_through", textio_write_through}});
  for (TypeObject* t : {&BufferedReaderType, &BufferedWriterType, &BufferedRandomType, &BufferedRWPairType}) {
    if (t != &BufferedWriterType) add_methods(t, {{"peek", buffered_peek}});
    add_methods(t, {{"detach", file_detach},
                    {"read1", buffered_read1},
                    {"readinto", buffered_readinto},
                    {"readinto1", buffered_readinto1}});
    type_add_getsets(t, {{"raw", get_raw}});
  }
  add_methods(&FileIOType, {{"read", fileio_read},
                            {"readall", fileio_readall},
                            {"readinto", fileio_readinto},
                            {"write", fileio_write}});
  type_add_getsets(&FileIOType, {{"closefd", fileio_closefd}});
  init_newline_decoder_type();
}

void add_io_functions(ModuleObject* m) {
  module_add_functions(m, {{"text_encoding", io_text_encoding}, {"open_code", io_open_code}});
  module_add(m, "IncrementalNewlineDecoder", Value::borrow(&IncrementalNewlineDecoderType));
}

}  // namespace hotpy
