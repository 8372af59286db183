// File objects: buffering, line splitting and text decoding over a POSIX descriptor.
// The methods Python sees are in io_methods.cpp; open() is at the end of this file.
#include "modules/io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "modules/io_internal.h"
#include "modules/modules_state.h"
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

TypeObject TextIOWrapperType("_io.TextIOWrapper");
TypeObject BufferedReaderType("_io.BufferedReader");
TypeObject BufferedWriterType("_io.BufferedWriter");
TypeObject BufferedRandomType("_io.BufferedRandom");
TypeObject BufferedRWPairType("_io.BufferedRWPair");
TypeObject FileIOType("_io.FileIO");

namespace {
// Output is collected up to this many bytes before a write(2); CPython's default.
constexpr size_t kWriteBuffer = 8192;
// Input is read in chunks of this size: big enough that reading a file line by
// line costs few system calls.
constexpr size_t kReadChunk = 65536;

// The standard streams: made once, never freed (they must outlive everything that
// may print, including the exit-time flush).
}  // namespace

bool (*io_interrupted)() = nullptr;

// After EINTR: whether to try the system call again.
static bool retry_after_signal() { return !io_interrupted || io_interrupted(); }

FileObject::FileObject(TypeObject* type) : GcObject(type) {}

FileObject::~FileObject() {
  if (m_dict) decref(m_dict);
  if (m_closed) return;
  // A destructor may run while an exception propagates: keep it, and drop any
  // error of the final flush (CPython reports it as "Exception ignored").
  Value pending = fetch_error();
  if (m_writable && !m_wbuf.empty() && (m_raw.is_null() || ts)) flush_buffer(this);
  clear_error();
  if (m_raw.is_null() && m_closefd && m_fd >= 0) ::close(m_fd);
  if (!pending.is_null()) ts->exc = std::move(pending);
}

void FileObject::traverse(Visitor visit, void* arg) {
  if (m_name.is_obj()) visit(m_name.obj(), arg);
  if (m_raw.is_obj()) visit(m_raw.obj(), arg);
  if (m_raw_writer.is_obj()) visit(m_raw_writer.obj(), arg);
  if (m_dict) visit(m_dict, arg);
}

void FileObject::clear() {
  Value raw = std::move(m_raw), writer = std::move(m_raw_writer);
  m_raw = Value();
  m_raw_writer = Value();
  if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
}

// ---------------------------------------------------------------------------
// Errors

Value raise_os_error(int err, const Value& filename) {
  // OSError(errno, strerror[, filename]) picks the subclass for errno, as CPython's.
  std::vector<Value> args{Value::integer(err), new_str(std::strerror(err))};
  if (!filename.is_null()) args.push_back(filename);
  Value e = call(Value::borrow(&OSErrorType), args.data(), args.size());
  return e.is_null() ? e : raise_value(e);
}

Value raise_closed() { return raise(&ValueErrorType, "I/O operation on closed file."); }

TypeObject* unsupported_operation_type() {
  Value& type = modules_state().unsupported_operation;
  if (type.is_null()) {
    // class UnsupportedOperation(OSError, ValueError), with __module__ "io".
    Value ns = new_dict();
    dict_set_str(as_dict(ns), intern("__module__"), new_str("io"));
    Value args[3] = {new_str("UnsupportedOperation"),
                     new_tuple({Value::borrow(&OSErrorType), Value::borrow(&ValueErrorType)}), ns};
    Value pending = fetch_error();
    type = call(Value::borrow(&TypeType), args, 3);
    if (type.is_null()) clear_error();
    if (!pending.is_null()) ts->exc = std::move(pending);
    if (type.is_null()) return &OSErrorType;
  }
  return type.as<TypeObject>();
}

Value raise_unsupported(const char* what) { return raise(unsupported_operation_type(), what); }

static bool check_detached(FileObject* f) {
  if (f->m_detached) raise(&ValueErrorType, "underlying buffer has been detached");
  return !f->m_detached;
}

// A closed buffered binary file names the operation, as CPython's: "read of closed
// file"; text files and FileIO say "I/O operation on closed file." / "... file".
static bool buffered_binary(FileObject* f) { return !f->m_text && !f->m_unbuffered; }

Value raise_closed_for(FileObject* f) {
  if (f->m_text) return raise_closed();
  return raise(&ValueErrorType, "I/O operation on closed file");
}

bool check_readable(FileObject* f, const char* op) {
  if (!check_detached(f)) return false;
  if (buffered_binary(f)) {
    if (!f->m_readable) return !raise_unsupported(op).is_null();
    if (f->m_closed) return !raise(&ValueErrorType, format("%s of closed file", op)).is_null();
  }
  if (f->m_closed) return !raise_closed().is_null();
  if (!f->m_readable) return !raise_unsupported(f->m_text ? "not readable" : "read").is_null();
  return true;
}

bool check_writable(FileObject* f) {
  if (!check_detached(f)) return false;
  if (buffered_binary(f)) {
    if (!f->m_writable) return !raise_unsupported("write").is_null();
    if (f->m_closed) return !raise(&ValueErrorType, "write to closed file").is_null();
  }
  if (f->m_closed) return !raise_closed().is_null();
  if (!f->m_writable) return !raise_unsupported(f->m_text ? "not writable" : "write").is_null();
  return true;
}

// ---------------------------------------------------------------------------
// Raw descriptor I/O

bool flush_buffer(FileObject* f) {
  if (f->m_wbuf.empty()) return true;
  if (f->m_raw.is_null()) {
    // The file's own descriptor (print()'s case): written in place.
    bool ok = fd_write_all(f->m_fd, f->m_wbuf.data(), f->m_wbuf.size());
    // Dropped even on failure: a broken pipe must not make every later print retry.
    f->m_wbuf.clear();
    return ok;
  }
  // Taken out first: writing to the stream below may come back here (stderr's
  // buffer flushes stdout before it writes, and stdout may be that stream's owner).
  std::string data;
  data.swap(f->m_wbuf);
  bool ok = raw_write_all(f, data.data(), data.size());
  // Dropped even on failure: a broken pipe must not make every later print retry.
  data.clear();
  if (f->m_wbuf.empty()) f->m_wbuf.swap(data);  // keeps the allocation
  // A text file hands its bytes to its buffer, which must pass them on too.
  return ok && (!f->m_text || raw_flush(f));
}

// Before writing into a file that has read ahead (r+, w+): forget the read-ahead.
// A binary file moves the descriptor back to where the reader stopped, as CPython's
// BufferedRandom; a text file writes where the read-ahead ended, as TextIOWrapper
// does (its decoder has consumed the chunk).
static bool drop_read_ahead(FileObject* f) {
  size_t unread = f->m_rbuf.size() - f->m_rpos;
  f->m_rbuf.clear();
  f->m_rpos = 0;
  return f->m_text || unread == 0 || raw_seek(f, -static_cast<int64_t>(unread), SEEK_CUR) >= 0;
}

ssize_t fill_buffer(FileObject* f) {
  if (!f->m_wbuf.empty() && !flush_buffer(f)) return -1;
  std::string& buf = f->m_rbuf;
  if (f->m_rpos == buf.size()) {
    buf.clear();
    f->m_rpos = 0;
  } else if (f->m_rpos > 0 && f->m_rpos >= buf.size() / 2) {
    buf.erase(0, f->m_rpos);
    f->m_rpos = 0;
  }
  size_t old = buf.size();
  buf.resize(old + kReadChunk);
  ssize_t k = raw_read(f, buf.data() + old, kReadChunk);
  buf.resize(old + static_cast<size_t>(k < 0 ? 0 : k));
  if (k < 0 || !f->m_text || !f->m_unit) return k;
  // UTF-16/32: the new bytes are decoded into UTF-8 (more are read while a chunk
  // holds no complete character, so that 0 still means the end).
  for (;;) {
    f->m_undecoded.append(buf, old, std::string::npos);
    buf.resize(old);
    int64_t consumed = 0;
    Value text = utf_decode_chunk(f->m_unit, f->m_undecoded, f->m_errors, k == 0, &f->m_byteorder, &consumed);
    if (text.is_null()) return -1;
    f->m_undecoded.erase(0, static_cast<size_t>(consumed));
    buf += as_str(text)->m_data;
    if (buf.size() > old || k == 0) return static_cast<ssize_t>(buf.size() - old);
    buf.resize(old + kReadChunk);
    k = raw_read(f, buf.data() + old, kReadChunk);
    if (k < 0) return k;
    buf.resize(old + static_cast<size_t>(k));
  }
}

// ---------------------------------------------------------------------------
// Writing

// Applies the buffering policy after bytes were added to m_wbuf.
static bool after_write(FileObject* f, bool has_newline) {
  if (f->m_write_through) {
    // What the program printed before this error text comes first on a terminal.
    FileObject* out = modules_state().std_files[1];
    if (out && out != f && !out->m_closed && !flush_buffer(out)) return false;
    return flush_buffer(f);
  }
  if (f->m_wbuf.size() >= kWriteBuffer) return flush_buffer(f);
  if (f->m_line_buffered && has_newline) return flush_buffer(f);
  return true;
}

bool file_write_bytes(FileObject* f, std::string_view data) {
  if (!f->m_rbuf.empty() && !drop_read_ahead(f)) return false;
  f->m_wbuf.append(data);
  bool nl = f->m_line_buffered && data.find('\n') != std::string_view::npos;
  return after_write(f, nl);
}

bool file_write_text(FileObject* f, std::string_view text) {
  if (!check_writable(f)) return false;
  if (!f->m_rbuf.empty() && !drop_read_ahead(f)) return false;
  bool nl = (f->m_line_buffered || f->m_newline == Newline::CR || f->m_newline == Newline::CRLF) &&
            text.find('\n') != std::string_view::npos;
  if (f->m_utf8 && !(nl && (f->m_newline == Newline::CR || f->m_newline == Newline::CRLF))) {
    f->m_wbuf.append(text);
    return after_write(f, nl);
  }
  std::string translated;
  if (nl && (f->m_newline == Newline::CR || f->m_newline == Newline::CRLF)) {
    const char* ending = f->m_newline == Newline::CR ? "\r" : "\r\n";
    translated.reserve(text.size() + 16);
    for (char c : text) {
      if (c == '\n') translated += ending;
      else translated += c;
    }
    text = translated;
  }
  if (f->m_utf8) {
    f->m_wbuf.append(text);
    return after_write(f, nl);
  }
  Value s = new_str(text);
  // Only the first write of a UTF-16/32 file with a byte order mark writes the mark.
  std::string_view encoding = f->m_encoding;
  int fixed_order = 0;
  if (f->m_unit && f->m_bom_written && (utf_unit_of(encoding, &fixed_order), fixed_order == 0))
    encoding = f->m_unit == 2 ? "utf-16-le" : "utf-32-le";
  Value encoded = str_encode(as_str(s), encoding, f->m_errors);
  if (encoded.is_null()) return false;
  f->m_bom_written = true;
  f->m_wbuf.append(bytes_view(encoded));
  return after_write(f, nl);
}

bool file_flush(FileObject* f) {
  if (f->m_closed && buffered_binary(f) && f->m_writable)
    return !raise(&ValueErrorType, "flush of closed file").is_null();
  if (f->m_closed) return !raise_closed().is_null();
  return flush_buffer(f);
}

// ---------------------------------------------------------------------------
// Reading

// Text from the file's bytes: validated UTF-8 needs no copy; other encodings go
// through the codec.
Value decode_text(FileObject* f, std::string&& data) {
  if (f->m_unit) return new_str(std::move(data));  // decoded as it was read
  if (f->m_utf8 && f->m_errors == "strict") {
    size_t bad, bad_end;
    const char* reason;
    if (utf8_validate(data, &bad, &bad_end, &reason)) return new_str(std::move(data));
  }
  return bytes_decode(data, f->m_utf8 ? std::string_view("utf-8") : std::string_view(f->m_encoding), f->m_errors);
}

Value make_result(FileObject* f, std::string&& data) {
  if (f->m_text) return decode_text(f, std::move(data));
  return new_bytes(std::move(data));
}

// "\r\n" and "\r" become "\n", in place.
static void translate_newlines(std::string& s) {
  size_t r = s.find('\r');
  if (r == std::string::npos) return;
  size_t w = r;
  for (; r < s.size(); r++) {
    char c = s[r];
    if (c == '\r') {
      s[w++] = '\n';
      if (r + 1 < s.size() && s[r + 1] == '\n') r++;
    } else {
      s[w++] = c;
    }
  }
  s.resize(w);
}

// Length in bytes of the UTF-8 sequence a lead byte starts (1 for stray bytes).
static size_t utf8_seq_len(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// Byte offset within [p, p+n) after `units` characters (text) or bytes (binary),
// or n when there are fewer; *taken is how many it found.
static size_t units_prefix(const FileObject* f, const char* p, size_t n, int64_t units, int64_t* taken) {
  if (!f->m_text || !reads_utf8(f)) {
    size_t cut = units < static_cast<int64_t>(n) ? static_cast<size_t>(units) : n;
    *taken = static_cast<int64_t>(cut);
    return cut;
  }
  size_t i = 0;
  int64_t count = 0;
  while (i < n && count < units) {
    i += utf8_seq_len(static_cast<unsigned char>(p[i]));
    count++;
  }
  *taken = count;
  return i < n ? i : n;
}

bool read_all_bytes(FileObject* f, std::string& out) {
  if (!f->m_wbuf.empty() && !flush_buffer(f)) return false;
  if (f->m_text && f->m_unit) {
    for (ssize_t k; (k = fill_buffer(f)) != 0;)
      if (k < 0) return false;
    out.assign(f->m_rbuf, f->m_rpos, std::string::npos);
    f->m_rbuf.clear();
    f->m_rpos = 0;
    if (f->m_newline == Newline::Universal) translate_newlines(out);
    return true;
  }
  out.assign(f->m_rbuf, f->m_rpos, std::string::npos);
  f->m_rbuf.clear();
  f->m_rpos = 0;
  if (size_t left = raw_size_hint(f)) out.reserve(out.size() + left + 1);
  for (;;) {
    size_t old = out.size();
    size_t chunk = out.capacity() > old + 4096 ? out.capacity() - old : kReadChunk;
    out.resize(old + chunk);
    ssize_t k = raw_read(f, out.data() + old, chunk);
    if (k < 0) {
      out.resize(old);
      return false;
    }
    out.resize(old + static_cast<size_t>(k));
    if (k == 0) break;
  }
  if (f->m_text && f->m_newline == Newline::Universal) translate_newlines(out);
  return true;
}

// Up to `n` characters (text, after newline translation) or bytes (binary).
bool read_some(FileObject* f, int64_t n, std::string& out) {
  if (!f->m_text) {
    while (static_cast<int64_t>(out.size()) < n) {
      size_t avail = f->m_rbuf.size() - f->m_rpos;
      if (avail == 0) {
        ssize_t k = fill_buffer(f);
        if (k < 0) return false;
        if (k == 0) break;
        continue;
      }
      size_t take = std::min(avail, static_cast<size_t>(n - static_cast<int64_t>(out.size())));
      out.append(f->m_rbuf, f->m_rpos, take);
      f->m_rpos += take;
    }
    return true;
  }
  bool translate = f->m_newline == Newline::Universal;
  int64_t count = 0;
  while (count < n) {
    if (f->m_rpos == f->m_rbuf.size()) {
      ssize_t k = fill_buffer(f);
      if (k < 0) return false;
      if (k == 0) break;
    }
    unsigned char c = static_cast<unsigned char>(f->m_rbuf[f->m_rpos]);
    if (c == '\r' && translate) {
      if (f->m_rpos + 1 == f->m_rbuf.size() && fill_buffer(f) < 0) return false;
      f->m_rpos++;
      if (f->m_rpos < f->m_rbuf.size() && f->m_rbuf[f->m_rpos] == '\n') f->m_rpos++;
      out += '\n';
      count++;
      continue;
    }
    size_t len = reads_utf8(f) ? utf8_seq_len(c) : 1;
    while (f->m_rpos + len > f->m_rbuf.size()) {
      ssize_t k = fill_buffer(f);
      if (k < 0) return false;
      if (k == 0) break;
    }
    len = std::min(len, f->m_rbuf.size() - f->m_rpos);
    out.append(f->m_rbuf, f->m_rpos, len);
    f->m_rpos += len;
    count++;
  }
  return true;
}

// Finds the end of the first line in the read-ahead starting at `from` (relative
// to m_rpos). Returns the offset just past the line ending and sets *ending to
// its length, or npos when no complete ending is buffered yet.
static size_t find_line_end(const FileObject* f, size_t from, size_t* ending) {
  const char* base = f->m_rbuf.data() + f->m_rpos;
  size_t n = f->m_rbuf.size() - f->m_rpos;
  Newline mode = f->m_text ? f->m_newline : Newline::LF;
  *ending = 1;
  switch (mode) {
    case Newline::LF: {
      const void* p = std::memchr(base + from, '\n', n - from);
      return p ? static_cast<size_t>(static_cast<const char*>(p) - base) + 1 : std::string::npos;
    }
    case Newline::CR: {
      const void* p = std::memchr(base + from, '\r', n - from);
      return p ? static_cast<size_t>(static_cast<const char*>(p) - base) + 1 : std::string::npos;
    }
    case Newline::CRLF:
      for (size_t i = from; i + 1 < n; i++)
        if (base[i] == '\r' && base[i + 1] == '\n') {
          *ending = 2;
          return i + 2;
        }
      return std::string::npos;
    case Newline::Universal:
    case Newline::UniversalRaw:
      for (size_t i = from; i < n; i++) {
        if (base[i] == '\n') return i + 1;
        if (base[i] == '\r') {
          if (i + 1 == n) return std::string::npos;  // "\r\n" may be split across reads
          if (base[i + 1] == '\n') {
            *ending = 2;
            return i + 2;
          }
          return i + 1;
        }
      }
      return std::string::npos;
  }
  return std::string::npos;
}

bool read_line_bytes(FileObject* f, int64_t limit, std::string& out) {
  size_t scanned = 0;  // bytes after m_rpos known to hold no complete line ending
  bool at_eof = false;
  for (;;) {
    size_t n = f->m_rbuf.size() - f->m_rpos;
    size_t ending = 0;
    size_t end = find_line_end(f, scanned, &ending);
    const char* base = f->m_rbuf.data() + f->m_rpos;
    if (end == std::string::npos && at_eof) {
      end = n;
      ending = 0;
      // A lone '\r' at the very end is still a line ending.
      if (n > 0 && base[n - 1] == '\r' && f->m_text &&
          (f->m_newline == Newline::Universal || f->m_newline == Newline::UniversalRaw || f->m_newline == Newline::CR))
        ending = 1;
    }
    if (limit >= 0) {
      // The size limit may end the line before its ending.
      size_t span = end == std::string::npos ? n : end;
      int64_t taken;
      size_t cut = units_prefix(f, base, span, limit, &taken);
      if (taken == limit && (end == std::string::npos || cut < end)) {
        out.assign(base, cut);
        f->m_rpos += cut;
        if (f->m_text && f->m_newline == Newline::Universal) translate_newlines(out);
        return true;
      }
    }
    if (end != std::string::npos) {
      bool translate = f->m_text && f->m_newline == Newline::Universal && ending > 0 && base[end - ending] == '\r';
      if (translate) {
        out.assign(base, end - ending);
        out += '\n';
      } else {
        out.assign(base, end);
      }
      f->m_rpos += end;
      return true;
    }
    // A trailing '\r' must be rescanned once the next byte is known.
    scanned = n > 0 && base[n - 1] == '\r' ? n - 1 : n;
    ssize_t k = fill_buffer(f);
    if (k < 0) return false;
    if (k == 0) at_eof = true;
  }
}

Value file_readline(FileObject* f, int64_t limit) {
  if (!check_readable(f, "readline")) return Value();
  std::string line;
  if (limit != 0 && !read_line_bytes(f, limit, line)) return Value();
  return make_result(f, std::move(line));
}

// ---------------------------------------------------------------------------
// The standard streams

FileObject* make_file(TypeObject* type, int fd, Value name, std::string mode) {
  auto* f = new FileObject(type);
  f->m_fd = fd;
  f->m_name = std::move(name);
  f->m_mode = std::move(mode);
  f->m_text = type == &TextIOWrapperType;
  if (f->m_text) {
    f->m_encoding = "UTF-8";
    f->m_errors = "strict";
  }
  return f;
}

Value file_from_fd(int fd, const char* name, const char* mode) {
  auto* f = make_file(&TextIOWrapperType, fd, new_str(name), mode);
  f->m_encoding = "utf-8";
  f->m_newline = Newline::LF;  // CPython's std streams on POSIX: "\r\n" reads back unchanged
  f->m_readable = mode[0] == 'r';
  f->m_writable = mode[0] != 'r';
  f->m_closefd = false;
  f->m_line_buffered = ::isatty(fd) == 1;
  return Value::steal(f);
}

Value std_stream(int fd) {
  if (fd < 0 || fd > 2) return Value::none();
  if (!modules_state().std_files[0]) {
    static const char* names[3] = {"<stdin>", "<stdout>", "<stderr>"};
    static const char* modes[3] = {"r", "w", "w"};
    // The table keeps the reference each new file comes with.
    for (int i = 0; i < 3; i++)
      modules_state().std_files[i] = static_cast<FileObject*>(file_from_fd(i, names[i], modes[i]).release());
    modules_state().std_files[2]->m_write_through = true;
  }
  return Value::borrow(modules_state().std_files[fd]);
}

void set_std_streams_unbuffered() {
  std_stream(1);
  modules_state().std_files[1]->m_write_through = true;
  modules_state().std_files[2]->m_write_through = true;
}

void flush_std_streams() {
  if (!ts || !ts->modules) return;  // no interpreter: its streams were flushed as it ended
  Value pending = fetch_error();
  for (FileObject* f : {modules_state().std_files[1], modules_state().std_files[2]})
    if (f && !f->m_closed) flush_buffer(f);
  clear_error();
  if (!pending.is_null()) ts->exc = std::move(pending);
}

// ---------------------------------------------------------------------------
// open()

// The path argument: str, bytes, an int descriptor, or an os.PathLike (replaced in `v`
// by the str or bytes its __fspath__ gives).
bool file_argument(Value& v, std::string* path, int* fd) {
  if (is_str(v)) {
    *path = as_str(v)->m_data;
    return true;
  }
  if (is_bytes(v)) {
    *path = std::string(bytes_view(v));
    return true;
  }
  if (is_int_like(v)) {
    int64_t n;
    if (!index_value(v, &n)) return false;
    if (n < 0) {
      raise(&ValueErrorType, "negative file descriptor");
      return false;
    }
    *fd = static_cast<int>(n);
    return true;
  }
  // os.PathLike: __fspath__ looked up on the type, as CPython's PyOS_FSPath.
  if (v.is_obj() && !v.type()->lookup(intern("__fspath__")).is_null()) {
    Value p = call_special(v, intern("__fspath__"), nullptr, 0);
    if (p.is_null()) return false;
    if (is_str(p) || is_bytes(p)) {
      v = p;  // the file is known by its path: its name and errors show that
      return file_argument(v, path, fd);
    }
    raise(&TypeErrorType, format("expected %s.__fspath__() to return str or bytes, not %s", type_name(v).c_str(),
                                 type_name(p).c_str()));
    return false;
  }
  raise(&TypeErrorType, format("expected str, bytes or os.PathLike object, not %s", type_name(v).c_str()));
  return false;
}

namespace {

// An optional str argument of open(): Null/None stay unset.
bool optional_str(const Value& v, const char* name, std::string* out, bool* given) {
  *given = false;
  if (v.is_null() || v.is_none()) return true;
  if (!is_str(v)) {
    raise(&TypeErrorType, format("open() argument '%s' must be str or None, not %s", name, type_name(v).c_str()));
    return false;
  }
  *out = as_str(v)->m_data;
  *given = true;
  return true;
}

bool is_utf8_name(std::string name) {
  for (char& c : name) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // "locale" is the locale's encoding, UTF-8 here (CPython's io.text_encoding gives it).
  return name == "utf-8" || name == "utf8" || name == "u8" || name == "utf" || name == "locale";
}

}  // namespace

int open_path(const Value& name, const std::string& path, const OpenMode& m, const Value& opener) {
  int flags = O_CLOEXEC;
  if (m.updating) flags |= O_RDWR;
  else if (m.reading) flags |= O_RDONLY;
  else flags |= O_WRONLY;
  if (m.writing) flags |= O_CREAT | O_TRUNC;
  if (m.appending) flags |= O_CREAT | O_APPEND;
  if (m.creating) flags |= O_CREAT | O_EXCL;
  int fd = -1;
  if (!opener.is_null() && !opener.is_none()) {
    Value args[2] = {name, Value::integer(flags)};
    Value r = call(opener, args, 2);
    int64_t n;
    if (r.is_null() || !index_value(r, &n)) return -1;
    if (n < 0) {
      raise(&ValueErrorType, format("opener returned %lld", (long long)n));
      return -1;
    }
    fd = static_cast<int>(n);
  } else {
    int err = 0;
    do {
      fd = ::open(path.c_str(), flags, 0666);
      if (fd < 0) err = errno;
    } while (fd < 0 && err == EINTR && retry_after_signal());  // a FIFO waits for its writer
    if (fd < 0) {
      if (err != EINTR) raise_os_error(err, name);
      return -1;
    }
  }
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    raise_os_error(EISDIR, name);
    return -1;
  }
  if (m.appending) ::lseek(fd, 0, SEEK_END);
  return fd;
}

void set_file_encoding(FileObject* f, std::string encoding) {
  f->m_utf8 = is_utf8_name(encoding);
  f->m_unit = f->m_utf8 ? 0 : utf_unit_of(encoding, &f->m_byteorder);
  f->m_encoding = std::move(encoding);
}

Value builtin_open(const Value* args, size_t nargs, KwNames* kw) {
  Value a[8];
  if (!bind_args("open", args, nargs, kw,
                 {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 8, a))
    return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "open() missing required argument 'file' (pos 1)");
  std::string path;
  int fd = -1;
  if (!file_argument(a[0], &path, &fd)) return Value();

  std::string mode = "r";
  if (!a[1].is_null()) {
    if (!is_str(a[1]))
      return raise(&TypeErrorType, format("open() argument 'mode' must be str, not %s", type_name(a[1]).c_str()));
    mode = as_str(a[1])->m_data;
  }
  int64_t buffering = -1;
  if (!a[2].is_null() && !index_value(a[2], &buffering)) return Value();
  std::string encoding, errors, newline;
  bool has_encoding, has_errors, has_newline;
  if (!optional_str(a[3], "encoding", &encoding, &has_encoding) ||
      !optional_str(a[4], "errors", &errors, &has_errors) ||
      !optional_str(a[5], "newline", &newline, &has_newline))
    return Value();
  bool closefd = true;
  if (!a[6].is_null()) {
    int t = truthy(a[6]);
    if (t < 0) return Value();
    closefd = t;
  }

  // Mode letters, checked in the order of CPython's _io.open.
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
  for (size_t i = 0; i < mode.size(); i++) {
    char c = mode[i];
    bool bad = std::strchr("xrwa+tb", c) == nullptr || c == '\0' || mode.find(c, i + 1) != std::string::npos;
    if (bad) return raise(&ValueErrorType, format("invalid mode: '%s'", mode.c_str()));
    switch (c) {
      case 'x': creating = true; break;
      case 'r': reading = true; break;
      case 'w': writing = true; break;
      case 'a': appending = true; break;
      case '+': updating = true; break;
      case 't': text = true; break;
      case 'b': binary = true; break;
    }
  }
  if (text && binary) return raise(&ValueErrorType, "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1)
    return raise(&ValueErrorType, "must have exactly one of create/read/write/append mode");
  if (binary && has_encoding) return raise(&ValueErrorType, "binary mode doesn't take an encoding argument");
  if (binary && has_errors) return raise(&ValueErrorType, "binary mode doesn't take an errors argument");
  if (binary && has_newline) return raise(&ValueErrorType, "binary mode doesn't take a newline argument");
  if (binary && buffering == 1) buffering = -1;  // CPython warns and ignores it
  if (!binary && buffering == 0) return raise(&ValueErrorType, "can't have unbuffered text I/O");
  Newline nl = Newline::Universal;
  if (has_newline) {
    if (newline.empty()) nl = Newline::UniversalRaw;
    else if (newline == "\n") nl = Newline::LF;
    else if (newline == "\r") nl = Newline::CR;
    else if (newline == "\r\n") nl = Newline::CRLF;
    else return raise(&ValueErrorType, format("illegal newline value: %s", newline.c_str()));
  }
  if (!(creating || reading || writing || appending))
    return raise(&ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus");
  if (!binary && has_encoding && !is_utf8_name(encoding)) {
    // Let the codec reject names it does not know (LookupError), before any file is made.
    if (bytes_decode("", encoding, "strict").is_null()) return Value();
  }
  if (fd < 0 && !closefd) return raise(&ValueErrorType, "Cannot use closefd=False with file name");

  if (fd < 0) {
    fd = open_path(a[0], path, OpenMode{creating, reading, writing, appending, updating}, a[7]);
    if (fd < 0) return Value();
  }

  TypeObject* type = &TextIOWrapperType;
  if (binary) type = updating ? &BufferedRandomType : reading ? &BufferedReaderType : &BufferedWriterType;
  if (binary && buffering == 0) type = &FileIOType;
  // A binary file reports its raw file's mode ("w+b" is "rb+"), a text file the mode given.
  if (binary) mode = file_io_mode(creating, reading, writing, appending, updating);
  FileObject* f = make_file(type, fd, a[0], mode);
  Value result = Value::steal(f);
  f->m_readable = reading || updating;
  f->m_writable = !reading || updating;
  f->m_closefd = closefd;
  f->m_newline = nl;
  if (!binary) {
    if (has_encoding && encoding != "locale") set_file_encoding(f, encoding);
    if (has_errors) f->m_errors = errors;
    f->m_line_buffered = buffering == 1 || (buffering < 0 && ::isatty(fd) == 1);
  } else if (buffering == 0) {
    f->m_write_through = true;
    f->m_unbuffered = true;
  }
  return result;
}

}  // namespace hotpy
