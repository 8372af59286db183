// The posix module's file-system functions: stat and stat_result, scandir and
// DirEntry, listdir, and the calls that make, change and remove files. Every path
// function takes str, bytes or an os.PathLike; dir_fd arguments use the *at calls.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>

#include "modules/native.h"
#include "modules/posix_internal.h"
#include "modules/structseq_type.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject StatResultType("os.stat_result");
TypeObject DirEntryType("posix.DirEntry");
TypeObject ScandirIteratorType("posix.ScandirIterator");
TypeObject StatvfsResultType("os.statvfs_result");

namespace {

Value missing(const char* fname, const char* arg, int pos) {
  return raise(&TypeErrorType, format("%s() missing required argument '%s' (pos %d)", fname, arg, pos));
}

// dir_fd=None is the current directory.
bool dir_fd_arg(const Value& v, int* fd) {
  *fd = AT_FDCWD;
  if (v.is_null() || v.is_none()) return true;
  int64_t n;
  if (!int_arg(v, &n)) return false;
  *fd = int(n);
  return true;
}

Value time_ns_value(const timespec& t) { return Value::integer(int64_t(t.tv_sec) * 1000000000 + t.tv_nsec); }

Value stat_result(const struct stat& st) {
  auto f = [](const timespec& t) { return Value::number(double(t.tv_sec) + double(t.tv_nsec) * 1e-9); };
  return new_struct_seq(
      &StatResultType,
      {Value::integer(st.st_mode), Value::integer(int64_t(st.st_ino)), Value::integer(int64_t(st.st_dev)),
       Value::integer(int64_t(st.st_nlink)), Value::integer(st.st_uid), Value::integer(st.st_gid),
       Value::integer(st.st_size), Value::integer(st.st_atim.tv_sec), Value::integer(st.st_mtim.tv_sec),
       Value::integer(st.st_ctim.tv_sec), f(st.st_atim), f(st.st_mtim), f(st.st_ctim), time_ns_value(st.st_atim),
       time_ns_value(st.st_mtim), time_ns_value(st.st_ctim), Value::integer(st.st_blksize),
       Value::integer(st.st_blocks), Value::integer(int64_t(st.st_rdev))});
}

// os.stat_result(seq): the float times not given are the integer ones, as CPython's.
Value stat_result_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value r = struct_seq_new(type, args, nargs, kw);
  if (r.is_null()) return r;
  auto* s = r.as<StructSeqObject>();
  for (size_t i = 0; i < 3 && i < s->m_extra.size(); i++)
    if (s->m_extra[i].is_none()) s->m_extra[i] = s->m_items[7 + i];
  return r;
}

// stat(path, *, dir_fd=None, follow_symlinks=True) and lstat(path, *, dir_fd=None).
Value do_stat(const char* fname, const Value* args, size_t nargs, KwNames* kw, bool follow_default) {
  Value a[3];
  bool is_lstat = !follow_default;
  if (is_lstat ? !bind_args(fname, args, nargs, kw, {"path", "dir_fd"}, 1, a)
               : !bind_args(fname, args, nargs, kw, {"path", "dir_fd", "follow_symlinks"}, 1, a))
    return Value();
  if (a[0].is_null()) return missing(fname, "path", 1);
  PathArg p;
  int dir_fd;
  if (!path_converter(fname, "path", a[0], &p, !is_lstat) || !dir_fd_arg(a[1], &dir_fd)) return Value();
  bool follow = bool_arg(a[2], follow_default);
  struct stat st;
  int rc = p.fd >= 0 ? ::fstat(p.fd, &st)
                     : ::fstatat(dir_fd, p.path.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (rc < 0) return raise_errno_path(errno, p);
  return stat_result(st);
}

Value posix_stat(const Value* args, size_t nargs, KwNames* kw) { return do_stat("stat", args, nargs, kw, true); }
Value posix_lstat(const Value* args, size_t nargs, KwNames* kw) { return do_stat("lstat", args, nargs, kw, false); }

Value posix_fstat(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  int64_t fd;
  if (!bind_args("fstat", args, nargs, kw, {"fd"}, 1, a)) return Value();
  if (a[0].is_null()) return missing("fstat", "fd", 1);
  if (!int_arg(a[0], &fd)) return Value();
  struct stat st;
  if (::fstat(int(fd), &st) < 0) return raise_errno(errno);
  return stat_result(st);
}

Value posix_access(const Value* args, size_t nargs, KwNames* kw) {
  Value a[5];
  if (!bind_args("access", args, nargs, kw, {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, a))
    return Value();
  if (a[0].is_null()) return missing("access", "path", 1);
  if (a[1].is_null()) return missing("access", "mode", 2);
  PathArg p;
  int64_t mode;
  int dir_fd;
  if (!path_converter("access", "path", a[0], &p) || !int_arg(a[1], &mode) || !dir_fd_arg(a[2], &dir_fd))
    return Value();
  int flags = (bool_arg(a[3], false) ? AT_EACCESS : 0) | (bool_arg(a[4], true) ? 0 : AT_SYMLINK_NOFOLLOW);
  return Value::boolean(::faccessat(dir_fd, p.path.c_str(), int(mode), flags) == 0);
}

// A time given to utime: seconds as int or float, floored to the nanosecond.
bool seconds_to_timespec(const Value& v, timespec* out) {
  if (v.is_float()) {
    double d = v.as_float(), sec = std::floor(d);
    out->tv_sec = time_t(sec);
    out->tv_nsec = long(std::floor((d - sec) * 1e9));
    return true;
  }
  int64_t n;
  if (!int_arg(v, &n)) return false;
  *out = timespec{time_t(n), 0};
  return true;
}

Value posix_utime(const Value* args, size_t nargs, KwNames* kw) {
  Value a[5];
  if (!bind_args("utime", args, nargs, kw, {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 2, a))
    return Value();
  if (a[0].is_null()) return missing("utime", "path", 1);
  PathArg p;
  int dir_fd;
  if (!path_converter("utime", "path", a[0], &p, true) || !dir_fd_arg(a[3], &dir_fd)) return Value();
  bool has_times = !a[1].is_null() && !a[1].is_none();
  if (has_times && !a[2].is_null())
    return raise(&ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both");
  timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
  if (has_times) {
    if (!is_tuple(a[1]) || as_tuple(a[1])->size() != 2)
      return raise(&TypeErrorType, "utime: 'times' must be either a tuple of two ints or None");
    for (int i = 0; i < 2; i++)
      if (!seconds_to_timespec(as_tuple(a[1])->m_items[i], &ts[i])) return Value();
  } else if (!a[2].is_null()) {
    if (!is_tuple(a[2]) || as_tuple(a[2])->size() != 2)
      return raise(&TypeErrorType, "utime: 'ns' must be a tuple of two ints");
    for (int i = 0; i < 2; i++) {
      int64_t n;
      if (!int_arg(as_tuple(a[2])->m_items[i], &n)) return Value();
      int64_t sec = n / 1000000000, rem = n % 1000000000;
      if (rem < 0) rem += 1000000000, sec -= 1;
      ts[i] = timespec{time_t(sec), long(rem)};
    }
  }
  int flags = bool_arg(a[4], true) ? 0 : AT_SYMLINK_NOFOLLOW;
  int rc = p.fd >= 0 ? ::futimens(p.fd, ts) : ::utimensat(dir_fd, p.path.c_str(), ts, flags);
  if (rc < 0) return raise_errno_path(errno, p);
  return Value::none();
}

Value posix_mkdir(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("mkdir", args, nargs, kw, {"path", "mode", "dir_fd"}, 2, a)) return Value();
  if (a[0].is_null()) return missing("mkdir", "path", 1);
  PathArg p;
  int64_t mode = 0777;
  int dir_fd;
  if (!path_converter("mkdir", "path", a[0], &p) || (!a[1].is_null() && !int_arg(a[1], &mode)) ||
      !dir_fd_arg(a[2], &dir_fd))
    return Value();
  if (::mkdirat(dir_fd, p.path.c_str(), mode_t(mode)) < 0) return raise_errno_path(errno, p);
  return Value::none();
}

// rmdir, remove and unlink: (path, *, dir_fd=None).
template <bool kDir>
Value remove_impl(const char* fname, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args(fname, args, nargs, kw, {"path", "dir_fd"}, 1, a)) return Value();
  if (a[0].is_null()) return missing(fname, "path", 1);
  PathArg p;
  int dir_fd;
  if (!path_converter(fname, "path", a[0], &p) || !dir_fd_arg(a[1], &dir_fd)) return Value();
  if (::unlinkat(dir_fd, p.path.c_str(), kDir ? AT_REMOVEDIR : 0) < 0) return raise_errno_path(errno, p);
  return Value::none();
}
Value posix_rmdir(const Value* a, size_t n, KwNames* kw) { return remove_impl<true>("rmdir", a, n, kw); }
Value posix_remove(const Value* a, size_t n, KwNames* kw) { return remove_impl<false>("remove", a, n, kw); }
Value posix_unlink(const Value* a, size_t n, KwNames* kw) { return remove_impl<false>("unlink", a, n, kw); }

// Two-path functions: rename, replace, link, symlink. Both names appear in errors.
struct TwoPaths {
  PathArg src, dst;
  int src_dir_fd = AT_FDCWD, dst_dir_fd = AT_FDCWD;
};
bool two_paths(const char* fname, const Value* a, TwoPaths* t) {
  if (a[0].is_null()) return !missing(fname, "src", 1).is_null();
  if (a[1].is_null()) return !missing(fname, "dst", 2).is_null();
  if (!path_converter(fname, "src", a[0], &t->src) || !path_converter(fname, "dst", a[1], &t->dst)) return false;
  if (t->src.is_bytes != t->dst.is_bytes) {
    raise(&TypeErrorType, format("%s: src and dst must be the same type", fname));
    return false;
  }
  return dir_fd_arg(a[2], &t->src_dir_fd) && dir_fd_arg(a[3], &t->dst_dir_fd);
}

template <bool kReplace>
Value rename_impl(const Value* args, size_t nargs, KwNames* kw) {
  const char* fname = kReplace ? "replace" : "rename";
  Value a[4];
  TwoPaths t;
  if (!bind_args(fname, args, nargs, kw, {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, a) ||
      !two_paths(fname, a, &t))
    return Value();
  if (::renameat(t.src_dir_fd, t.src.path.c_str(), t.dst_dir_fd, t.dst.path.c_str()) < 0)
    return raise_errno(errno, a[0], a[1]);
  return Value::none();
}

Value posix_link(const Value* args, size_t nargs, KwNames* kw) {
  Value a[5];
  TwoPaths t;
  if (!bind_args("link", args, nargs, kw, {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, a) ||
      !two_paths("link", a, &t))
    return Value();
  int flags = bool_arg(a[4], true) ? AT_SYMLINK_FOLLOW : 0;
  if (::linkat(t.src_dir_fd, t.src.path.c_str(), t.dst_dir_fd, t.dst.path.c_str(), flags) < 0)
    return raise_errno(errno, a[0], a[1]);
  return Value::none();
}

Value posix_symlink(const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("symlink", args, nargs, kw, {"src", "dst", "target_is_directory", "dir_fd"}, 3, a))
    return Value();
  Value b[4] = {a[0], a[1], Value(), a[3]};
  TwoPaths t;
  if (!two_paths("symlink", b, &t)) return Value();
  if (::symlinkat(t.src.path.c_str(), t.dst_dir_fd, t.dst.path.c_str()) < 0) return raise_errno(errno, a[0], a[1]);
  return Value::none();
}

Value posix_readlink(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("readlink", args, nargs, kw, {"path", "dir_fd"}, 1, a)) return Value();
  if (a[0].is_null()) return missing("readlink", "path", 1);
  PathArg p;
  int dir_fd;
  if (!path_converter("readlink", "path", a[0], &p) || !dir_fd_arg(a[1], &dir_fd)) return Value();
  std::string buf(256, '\0');
  for (;;) {
    ssize_t n = ::readlinkat(dir_fd, p.path.c_str(), buf.data(), buf.size());
    if (n < 0) return raise_errno_path(errno, p);
    if (size_t(n) < buf.size()) return name_value(std::string_view(buf.data(), size_t(n)), p.is_bytes);
    buf.resize(buf.size() * 2);
  }
}

Value posix_chmod(const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("chmod", args, nargs, kw, {"path", "mode", "dir_fd", "follow_symlinks"}, 2, a)) return Value();
  if (a[0].is_null()) return missing("chmod", "path", 1);
  if (a[1].is_null()) return missing("chmod", "mode", 2);
  PathArg p;
  int64_t mode;
  int dir_fd;
  if (!path_converter("chmod", "path", a[0], &p, true) || !int_arg(a[1], &mode) || !dir_fd_arg(a[2], &dir_fd))
    return Value();
  if (!bool_arg(a[3], true))
    return raise(&NotImplementedErrorType, "chmod: follow_symlinks unavailable on this platform");
  int rc = p.fd >= 0 ? ::fchmod(p.fd, mode_t(mode)) : ::fchmodat(dir_fd, p.path.c_str(), mode_t(mode), 0);
  if (rc < 0) return raise_errno_path(errno, p);
  return Value::none();
}

Value posix_fchmod(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  int64_t fd, mode;
  if (!bind_args("fchmod", args, nargs, kw, {"fd", "mode"}, 2, a)) return Value();
  if (a[0].is_null() || a[1].is_null()) return missing("fchmod", a[0].is_null() ? "fd" : "mode", a[0].is_null() ? 1 : 2);
  if (!int_arg(a[0], &fd) || !int_arg(a[1], &mode)) return Value();
  if (::fchmod(int(fd), mode_t(mode)) < 0) return raise_errno(errno);
  return Value::none();
}

Value posix_chown(const Value* args, size_t nargs, KwNames* kw) {
  Value a[5];
  if (!bind_args("chown", args, nargs, kw, {"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, a))
    return Value();
  if (a[0].is_null() || a[1].is_null() || a[2].is_null()) return missing("chown", "path", 1);
  PathArg p;
  int64_t uid, gid;
  int dir_fd;
  if (!path_converter("chown", "path", a[0], &p, true) || !int_arg(a[1], &uid) || !int_arg(a[2], &gid) ||
      !dir_fd_arg(a[3], &dir_fd))
    return Value();
  int flags = bool_arg(a[4], true) ? 0 : AT_SYMLINK_NOFOLLOW;
  int rc = p.fd >= 0 ? ::fchown(p.fd, uid_t(uid), gid_t(gid))
                     : ::fchownat(dir_fd, p.path.c_str(), uid_t(uid), gid_t(gid), flags);
  if (rc < 0) return raise_errno_path(errno, p);
  return Value::none();
}

Value posix_truncate(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("truncate", args, nargs, kw, {"path", "length"}, 2, a)) return Value();
  if (a[0].is_null()) return missing("truncate", "path", 1);
  if (a[1].is_null()) return missing("truncate", "length", 2);
  PathArg p;
  int64_t len;
  if (!path_converter("truncate", "path", a[0], &p, true) || !int_arg(a[1], &len)) return Value();
  int rc = p.fd >= 0 ? ::ftruncate(p.fd, off_t(len)) : ::truncate(p.path.c_str(), off_t(len));
  if (rc < 0) return raise_errno_path(errno, p);
  return Value::none();
}

// statvfs(path): the file system's sizes (shutil.disk_usage).
Value posix_statvfs(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("statvfs", args, nargs, kw, {"path"}, 1, a)) return Value();
  if (a[0].is_null()) return missing("statvfs", "path", 1);
  PathArg p;
  if (!path_converter("statvfs", "path", a[0], &p, true)) return Value();
  struct statvfs v;
  int rc = p.fd >= 0 ? ::fstatvfs(p.fd, &v) : ::statvfs(p.path.c_str(), &v);
  if (rc < 0) return raise_errno_path(errno, p);
  auto n = [](uint64_t x) { return Value::integer(int64_t(x)); };
  return new_struct_seq(&StatvfsResultType, {n(v.f_bsize), n(v.f_frsize), n(v.f_blocks), n(v.f_bfree), n(v.f_bavail),
                                             n(v.f_files), n(v.f_ffree), n(v.f_favail), n(v.f_flag), n(v.f_namemax),
                                             n(v.f_fsid)});
}

// ---------------------------------------------------------------------------
// listdir and scandir

// Opens the directory of a listdir/scandir argument (a path, or for listdir an fd,
// read through a duplicate so that the caller's stays open and positioned).
DIR* open_dir(const PathArg& p) {
  if (p.fd < 0) return ::opendir(p.path.c_str());
  int fd = ::dup(p.fd);
  if (fd < 0) return nullptr;
  DIR* d = ::fdopendir(fd);
  if (!d) {
    int err = errno;
    ::close(fd);
    errno = err;
    return nullptr;
  }
  ::rewinddir(d);
  return d;
}

bool is_dot_name(const char* n) { return n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)); }

Value posix_listdir(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("listdir", args, nargs, kw, {"path"}, 1, a)) return Value();
  PathArg p;
  if (!path_converter("listdir", "path", a[0], &p, true, true)) return Value();
  DIR* d = open_dir(p);
  if (!d) return raise_errno(errno, a[0].is_null() || a[0].is_none() ? new_str(".") : a[0]);
  std::vector<Value> names;
  errno = 0;
  while (dirent* e = ::readdir(d)) {
    if (is_dot_name(e->d_name)) continue;
    Value n = name_value(e->d_name, p.is_bytes);
    if (n.is_null()) {
      ::closedir(d);
      return n;
    }
    names.push_back(std::move(n));
  }
  int err = errno;
  ::closedir(d);
  if (err) return raise_errno(err, a[0]);
  return new_list(std::move(names));
}

struct DirEntryObject : GcObject {
  Value m_name, m_path, m_stat, m_lstat;
  unsigned char m_d_type = DT_UNKNOWN;
  ino_t m_ino = 0;
  explicit DirEntryObject(TypeObject* t) : GcObject(t) {}
  void traverse(Visitor visit, void* arg) override {
    for (const Value* v : {&m_name, &m_path, &m_stat, &m_lstat})
      if (v->is_obj()) visit(v->obj(), arg);
  }
  void clear() override {
    m_stat = Value();
    m_lstat = Value();
  }
};
DirEntryObject* entry(const Value& v) { return v.as<DirEntryObject>(); }

struct ScandirObject : Object {
  DIR* m_dir = nullptr;
  std::string m_prefix;  // the directory's path with its final "/"
  bool m_bytes = false;
  explicit ScandirObject(TypeObject* t) : Object(t) {}
  ~ScandirObject() override { close(); }
  void close() {
    if (m_dir) ::closedir(m_dir);
    m_dir = nullptr;
  }
};
ScandirObject* scandir_of(const Value& v) { return v.as<ScandirObject>(); }

Value posix_scandir(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("scandir", args, nargs, kw, {"path"}, 1, a)) return Value();
  PathArg p;
  if (!path_converter("scandir", "path", a[0], &p, false, true)) return Value();
  DIR* d = open_dir(p);
  if (!d) return raise_errno(errno, a[0].is_null() || a[0].is_none() ? new_str(".") : a[0]);
  auto* it = new ScandirObject(&ScandirIteratorType);
  it->m_dir = d;
  it->m_bytes = p.is_bytes;
  it->m_prefix = p.path;
  if (it->m_prefix.empty() || it->m_prefix.back() != '/') it->m_prefix += '/';
  return Value::steal(it);
}

Value scandir_next(const Value& self) {
  ScandirObject* it = scandir_of(self);
  while (it->m_dir) {
    errno = 0;
    dirent* e = ::readdir(it->m_dir);
    if (!e) {
      int err = errno;
      it->close();
      return err ? raise_errno(err) : Value();
    }
    if (is_dot_name(e->d_name)) continue;
    Value name = name_value(e->d_name, it->m_bytes);
    Value path = name_value(it->m_prefix + e->d_name, it->m_bytes);
    if (name.is_null() || path.is_null()) return Value();
    auto* de = new DirEntryObject(&DirEntryType);
    de->m_name = name;
    de->m_path = path;
    de->m_d_type = e->d_type;
    de->m_ino = e->d_ino;
    return Value::steal(de);
  }
  return Value();
}

Value scandir_iter(const Value& self) { return self; }
Value scandir_close(const Value* args, size_t, KwNames*) {
  scandir_of(args[0])->close();
  return Value::none();
}
Value scandir_enter(const Value* args, size_t, KwNames*) { return args[0]; }
Value scandir_exit(const Value* args, size_t, KwNames*) {
  scandir_of(args[0])->close();
  return Value::boolean(false);
}

// The entry's stat and lstat, each fetched once, as CPython's DirEntry caches them.
Value fetch_stat(DirEntryObject* e, bool follow) {
  PathArg p;
  if (!path_converter("stat", "path", e->m_path, &p)) return Value();
  struct stat st;
  if (::fstatat(AT_FDCWD, p.path.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) < 0)
    return raise_errno(errno, e->m_path);
  return stat_result(st);
}

Value entry_lstat(DirEntryObject* e) {
  if (e->m_lstat.is_null()) e->m_lstat = fetch_stat(e, false);
  return e->m_lstat;
}

int64_t mode_of(const Value& st) { return as_tuple(st)->m_items[0].as_int(); }

Value entry_stat(DirEntryObject* e, bool follow) {
  if (!follow) return entry_lstat(e);
  if (e->m_stat.is_null()) {
    bool link = e->m_d_type == DT_LNK;
    if (e->m_d_type == DT_UNKNOWN) {
      Value l = entry_lstat(e);
      if (l.is_null()) return l;
      link = S_ISLNK(mode_of(l));
    }
    e->m_stat = link ? fetch_stat(e, true) : entry_lstat(e);
  }
  return e->m_stat;
}

bool follow_symlinks_kw(const char* fname, const Value* args, size_t nargs, KwNames* kw, bool* follow) {
  Value a[1];
  if (!bind_args(fname, args + 1, nargs - 1, kw, {"follow_symlinks"}, 0, a)) return false;
  *follow = bool_arg(a[0], true);
  return true;
}

// is_dir/is_file: from d_type when it answers, else from stat (a missing file is False).
Value entry_test_mode(const char* fname, const Value* args, size_t nargs, KwNames* kw, mode_t want,
                      unsigned char want_type) {
  DirEntryObject* e = entry(args[0]);
  bool follow;
  if (!follow_symlinks_kw(fname, args, nargs, kw, &follow)) return Value();
  if (e->m_d_type != DT_UNKNOWN && !(follow && e->m_d_type == DT_LNK))
    return Value::boolean(e->m_d_type == want_type);
  Value st = entry_stat(e, follow);
  if (st.is_null()) {
    if (!error_matches(&FileNotFoundErrorType)) return Value();
    clear_error();
    return Value::boolean(false);
  }
  return Value::boolean((mode_of(st) & S_IFMT) == int64_t(want));
}

Value entry_is_dir(const Value* args, size_t nargs, KwNames* kw) {
  return entry_test_mode("is_dir", args, nargs, kw, S_IFDIR, DT_DIR);
}
Value entry_is_file(const Value* args, size_t nargs, KwNames* kw) {
  return entry_test_mode("is_file", args, nargs, kw, S_IFREG, DT_REG);
}
Value entry_is_symlink(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("is_symlink", nargs, 1, 1) || !no_keywords("is_symlink", kw)) return Value();
  DirEntryObject* e = entry(args[0]);
  if (e->m_d_type != DT_UNKNOWN) return Value::boolean(e->m_d_type == DT_LNK);
  Value st = entry_stat(e, false);
  if (st.is_null()) {
    if (!error_matches(&FileNotFoundErrorType)) return Value();
    clear_error();
    return Value::boolean(false);
  }
  return Value::boolean((mode_of(st) & S_IFMT) == S_IFLNK);
}
Value entry_stat_method(const Value* args, size_t nargs, KwNames* kw) {
  bool follow;
  if (!follow_symlinks_kw("stat", args, nargs, kw, &follow)) return Value();
  return entry_stat(entry(args[0]), follow);
}
Value entry_inode(const Value* args, size_t, KwNames*) { return Value::integer(int64_t(entry(args[0])->m_ino)); }
Value entry_fspath(const Value* args, size_t, KwNames*) { return entry(args[0])->m_path; }
Value entry_name(const Value& self) { return entry(self)->m_name; }
Value entry_path(const Value& self) { return entry(self)->m_path; }
Value entry_repr(const Value& self) {
  Value r = repr(entry(self)->m_name);
  if (r.is_null()) return r;
  return new_str("<DirEntry " + as_str(r)->m_data + ">");
}

}  // namespace

void init_posix_fs_types() {
  ready_struct_seq_type(&StatResultType, "os", "stat_result",
                        {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "", "", "",
                         "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
                         "st_blksize", "st_blocks", "st_rdev"},
                        10);
  StatResultType.tp_new = stat_result_new;
  ready_struct_seq_type(&StatvfsResultType, "os", "statvfs_result",
                        {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
                         "f_flag", "f_namemax", "f_fsid"},
                        10);
  DirEntryType.m_qualname = "DirEntry";
  DirEntryType.tp_repr = entry_repr;
  DirEntryType.tp_getattr = generic_getattr;
  type_ready(&DirEntryType, &ObjectType,
             {{"is_dir", entry_is_dir},
              {"is_file", entry_is_file},
              {"is_symlink", entry_is_symlink},
              {"stat", entry_stat_method},
              {"inode", entry_inode},
              {"__fspath__", entry_fspath}});
  DirEntryType.tp_new = nullptr;
  type_add_getsets(&DirEntryType, {{"name", entry_name}, {"path", entry_path}});
  type_add_value(&DirEntryType, "__module__", interned("posix"));
  type_add_class_getitem(&DirEntryType);

  ScandirIteratorType.m_qualname = "ScandirIterator";
  ScandirIteratorType.tp_iter = scandir_iter;
  ScandirIteratorType.tp_next = scandir_next;
  type_ready(&ScandirIteratorType, &ObjectType,
             {{"close", scandir_close}, {"__enter__", scandir_enter}, {"__exit__", scandir_exit}});
  ScandirIteratorType.tp_new = nullptr;
  type_add_value(&ScandirIteratorType, "__module__", interned("posix"));
}

void add_posix_fs_functions(ModuleObject* m) {
  module_add_functions(m, {{"stat", posix_stat},         {"lstat", posix_lstat},     {"fstat", posix_fstat},
                           {"access", posix_access},     {"utime", posix_utime},     {"mkdir", posix_mkdir},
                           {"rmdir", posix_rmdir},       {"remove", posix_remove},   {"unlink", posix_unlink},
                           {"rename", rename_impl<false>}, {"replace", rename_impl<true>},
                           {"link", posix_link},         {"symlink", posix_symlink}, {"readlink", posix_readlink},
                           {"chmod", posix_chmod},       {"fchmod", posix_fchmod},   {"chown", posix_chown},
                           {"truncate", posix_truncate}, {"listdir", posix_listdir}, {"scandir", posix_scandir},
                           {"statvfs", posix_statvfs}});
  module_add(m, "statvfs_result", Value::borrow(&StatvfsResultType));
  module_add(m, "stat_result", Value::borrow(&StatResultType));
  module_add(m, "DirEntry", Value::borrow(&DirEntryType));
}

}  // namespace hotpy
