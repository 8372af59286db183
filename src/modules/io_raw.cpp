// The layer under a file's buffers: its own descriptor, or the stream it was made
// over (m_raw). A native file below is used directly (its buffers taken into
// account, no method calls), so that sys.stdout keeps print()'s speed after a
// program touched sys.stdout.buffer; any other object through its Python methods.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "modules/io_internal.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

bool retry_after_signal() { return !io_interrupted || io_interrupted(); }

FileObject* native_below(const Value& raw) { return is_file(raw) ? as_file(raw) : nullptr; }

bool check_below_open(FileObject* b) {
  if (!b->m_closed) return true;
  raise_closed();
  return false;
}

}  // namespace

bool fd_write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t k = ::write(fd, p, n);
    if (k < 0) {
      int err = errno;
      if (err == EINTR && retry_after_signal()) continue;
      if (err != EINTR) raise_os_error(err);
      return false;
    }
    p += k;
    n -= static_cast<size_t>(k);
  }
  return true;
}

ssize_t raw_read(FileObject* f, char* buf, size_t n) {
  if (f->m_raw.is_null()) {
    ssize_t k;
    int err = 0;
    do {
      k = ::read(f->m_fd, buf, n);
      if (k < 0) err = errno;
    } while (k < 0 && err == EINTR && retry_after_signal());
    if (k < 0 && err != EINTR) raise_os_error(err);
    return k;
  }
  if (FileObject* b = native_below(f->m_raw)) {
    if (!check_below_open(b)) return -1;
    size_t avail = b->m_rbuf.size() - b->m_rpos;
    if (avail > 0) {
      size_t take = std::min(avail, n);
      std::memcpy(buf, b->m_rbuf.data() + b->m_rpos, take);
      b->m_rpos += take;
      return static_cast<ssize_t>(take);
    }
    if (!b->m_wbuf.empty() && !flush_buffer(b)) return -1;
    return raw_read(b, buf, n);
  }
  // read1 reads what is there without waiting for more (an interactive stream).
  Value size = Value::integer(static_cast<int64_t>(n));
  Value read1 = get_attr_opt(f->m_raw, intern("read1"));
  if (read1.is_null() && error_pending()) return -1;
  Value data = read1.is_null() ? call_method(f->m_raw, intern("read"), &size, 1) : call(read1, &size, 1);
  if (data.is_null()) return -1;
  if (data.is_none()) return 0;
  std::string_view v;
  if (!buffer_view(data, &v)) {
    raise(&TypeErrorType, format("underlying read() should have returned a bytes-like object, not '%s'",
                                 type_name(data).c_str()));
    return -1;
  }
  if (v.size() > n) {
    raise(&OSErrorType, format("raw read() returned invalid length %zu (should have been between 0 and %zu)", v.size(), n));
    return -1;
  }
  std::memcpy(buf, v.data(), v.size());
  return static_cast<ssize_t>(v.size());
}

bool raw_write_all(FileObject* f, const char* p, size_t n) {
  const Value& below = f->m_raw_writer.is_null() ? f->m_raw : f->m_raw_writer;
  if (below.is_null()) return fd_write_all(f->m_fd, p, n);
  if (FileObject* b = native_below(below)) {
    if (!check_below_open(b)) return false;
    return b->m_unbuffered ? raw_write_all(b, p, n) : file_write_bytes(b, std::string_view(p, n));
  }
  while (n > 0) {
    Value chunk = new_bytes(std::string(p, n));
    Value k = call_method(below, intern("write"), &chunk, 1);
    if (k.is_null()) return false;
    int64_t written = static_cast<int64_t>(n);
    if (!k.is_none() && !index_value(k, &written)) return false;
    if (written < 0 || static_cast<size_t>(written) > n) {
      raise(&OSErrorType, format("raw write() returned invalid length %lld (should have been between 0 and %zu)",
                                 (long long)written, n));
      return false;
    }
    p += written;
    n -= static_cast<size_t>(written);
  }
  return true;
}

bool raw_flush(FileObject* f) {
  const Value& below = f->m_raw_writer.is_null() ? f->m_raw : f->m_raw_writer;
  if (below.is_null()) return true;
  if (FileObject* b = native_below(below)) return b->m_closed || flush_buffer(b);
  return !call_method(below, intern("flush"), nullptr, 0).is_null();
}

int64_t raw_seek(FileObject* f, int64_t offset, int whence) {
  if (f->m_raw.is_null()) {
    off_t p = ::lseek(f->m_fd, static_cast<off_t>(offset), whence);
    if (p < 0) raise_os_error(errno);
    return static_cast<int64_t>(p);
  }
  if (FileObject* b = native_below(f->m_raw)) {
    if (!check_below_open(b) || !flush_buffer(b)) return -1;
    if (whence == 1) offset -= static_cast<int64_t>(b->m_rbuf.size() - b->m_rpos);
    b->m_rbuf.clear();
    b->m_rpos = 0;
    return raw_seek(b, offset, whence);
  }
  Value a[2] = {Value::integer(offset), Value::integer(whence)};
  Value p = call_method(f->m_raw, intern("seek"), a, 2);
  int64_t pos;
  if (p.is_null() || !index_value(p, &pos)) return -1;
  return pos;
}

bool raw_truncate(FileObject* f, int64_t size) {
  if (f->m_raw.is_null()) {
    if (::ftruncate(f->m_fd, static_cast<off_t>(size)) == 0) return true;
    raise_os_error(errno);
    return false;
  }
  if (FileObject* b = native_below(f->m_raw)) {
    if (!check_below_open(b) || !flush_buffer(b)) return false;
    return raw_truncate(b, size);
  }
  Value s = Value::integer(size);
  return !call_method(f->m_raw, intern("truncate"), &s, 1).is_null();
}

// Closes what is below; the descriptor only when the file owns it (closefd).
bool raw_close(FileObject* f) {
  bool ok = true;
  for (const Value* below : {&f->m_raw, &f->m_raw_writer}) {
    if (below->is_null()) continue;
    if (!call_method(*below, intern("close"), nullptr, 0).is_null()) continue;
    if (ok) {
      ok = false;
      continue;
    }
    clear_error();
  }
  if (f->m_raw.is_null() && f->m_closefd && f->m_fd >= 0 && ::close(f->m_fd) < 0 && ok) {
    raise_os_error(errno);
    ok = false;
  }
  return ok;
}

// A predicate method (isatty, seekable...) of the stream below: -1 on error.
static int ask_below(const Value& below, const char* method) {
  Value r = call_method(below, intern(method), nullptr, 0);
  return r.is_null() ? -1 : truthy(r);
}

int raw_isatty(FileObject* f) {
  if (f->m_raw.is_null()) return ::isatty(f->m_fd) == 1;
  return ask_below(f->m_raw, "isatty");
}

int raw_seekable(FileObject* f) {
  if (f->m_raw.is_null()) return ::lseek(f->m_fd, 0, SEEK_CUR) >= 0;
  return ask_below(f->m_raw, "seekable");
}

Value raw_fileno(FileObject* f) {
  if (f->m_raw.is_null()) return Value::integer(f->m_fd);
  return call_method(f->m_raw, intern("fileno"), nullptr, 0);
}

// How many bytes are left to read, when a regular file says so (a hint for
// readall's first allocation); 0 when unknown.
size_t raw_size_hint(FileObject* f) {
  int fd = f->m_fd;
  FileObject* b = f;
  while (!b->m_raw.is_null() && (b = native_below(b->m_raw))) fd = b->m_fd;
  if (!b || fd < 0) return 0;
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  off_t pos = ::lseek(fd, 0, SEEK_CUR);
  return pos >= 0 && st.st_size > pos ? static_cast<size_t>(st.st_size - pos) : 0;
}

}  // namespace hotpy
