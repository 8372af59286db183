// read_source_file (source_file.h): open(2) and read(2), so that every failure leaves
// the errno CPython's OSError would carry.
#include "parse/source_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace hotpy {

// Closes `fd` and fails with `err` in errno (close may change errno).
static bool fail(int fd, int err) {
  ::close(fd);
  errno = err;
  return false;
}

bool read_source_file(const std::string& path, std::string& out) {
  int fd;
  do fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) return false;
  struct stat st;
  if (fstat(fd, &st) != 0) return fail(fd, errno);
  if (S_ISDIR(st.st_mode)) return fail(fd, EISDIR);
  // One read into a buffer of the file's size (a module can be megabytes); a file that
  // shrank meanwhile gives what it has, one that grew (or a pipe, size 0) is read on.
  out.clear();
  size_t want = S_ISREG(st.st_mode) && st.st_size > 0 ? size_t(st.st_size) : 0;
  out.resize(want + 1);
  size_t have = 0;
  for (;;) {
    if (have == out.size()) out.resize(out.size() * 2);
    ssize_t n = ::read(fd, out.data() + have, out.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      out.clear();
      return fail(fd, errno);
    }
    if (n == 0) break;
    have += size_t(n);
  }
  ::close(fd);
  out.resize(have);
  return true;
}

}  // namespace hotpy
