// The posix module (what os.py builds on), with CPython 3.11's names, signatures and
// errors: process information, the environment, file descriptors, terminals. The
// file-system functions (stat, scandir, mkdir...) are in posix_fs.cpp.
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "modules/io.h"
#include "modules/native.h"
#include "modules/posix_internal.h"
#include "modules/structseq_type.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

extern char** environ;

namespace hotpy {

TypeObject TerminalSizeType("os.terminal_size");
TypeObject UnameResultType("posix.uname_result");
TypeObject TimesResultType("posix.times_result");

// ---------------------------------------------------------------------------
// Shared helpers (posix_internal.h)

Value fspath_of(const Value& v) {
  if (is_str(v) || is_bytes(v)) return v;
  Value method = v.type()->lookup(intern("__fspath__"));
  if (method.is_null())
    return raise(&TypeErrorType, format("expected str, bytes or os.PathLike object, not %s", type_name(v).c_str()));
  Value p = call_special(v, intern("__fspath__"), nullptr, 0);
  if (p.is_null()) return p;
  if (is_str(p) || is_bytes(p)) return p;
  return raise(&TypeErrorType, format("expected %s.__fspath__() to return str or bytes, not %s",
                                      type_name(v).c_str(), type_name(p).c_str()));
}

bool path_converter(const char* fname, const char* argname, const Value& v, PathArg* out, bool allow_fd,
                    bool nullable) {
  out->object = v;
  if (nullable && (v.is_null() || v.is_none())) {
    out->path.assign(1, '.');
    return true;
  }
  if (allow_fd && is_int_like(v)) {
    int64_t fd;
    if (!index_value(v, &fd)) return false;
    out->fd = int(fd);
    return true;
  }
  Value p;
  if (is_str(v) || is_bytes(v)) {
    p = v;
  } else if (v.type()->lookup(intern("__fspath__")).is_null()) {
    // CPython's wording lists what the argument may be: "string, bytes, os.PathLike,
    // integer or None", dropping the kinds this function does not take.
    std::string kinds = "string, bytes";
    kinds += allow_fd || nullable ? ", os.PathLike" : " or os.PathLike";
    if (allow_fd) kinds += nullable ? ", integer" : " or integer";
    if (nullable) kinds += " or None";
    raise(&TypeErrorType, format("%s: %s should be %s, not %s", fname, argname, kinds.c_str(), type_name(v).c_str()));
    return false;
  } else {
    p = fspath_of(v);
    if (p.is_null()) return false;
    out->object = p;  // errors name the file by its path, as CPython's do
  }
  if (is_str(p)) {
    Value b = str_encode(as_str(p), "utf-8", "surrogateescape");
    if (b.is_null()) return false;
    out->path = std::string(bytes_view(b));
  } else {
    out->path = std::string(bytes_view(p));
    out->is_bytes = true;
  }
  if (out->path.find('\0') != std::string::npos) {
    raise(&ValueErrorType, "embedded null byte");
    return false;
  }
  return true;
}

Value raise_errno(int err, const Value& filename, const Value& filename2) {
  std::vector<Value> args{Value::integer(err), new_str(std::strerror(err))};
  if (!filename.is_null()) args.push_back(filename);
  if (!filename2.is_null()) {
    if (filename.is_null()) args.push_back(Value::none());
    args.push_back(Value::none());
    args.push_back(filename2);
  }
  Value e = call(Value::borrow(&OSErrorType), args.data(), args.size());
  return e.is_null() ? e : raise_value(e);
}

Value name_value(std::string_view name, bool as_bytes) {
  if (as_bytes) return new_bytes(std::string(name));
  if (utf8_validate(name, nullptr, nullptr, nullptr)) return new_str(name);
  return bytes_decode(name, "utf-8", "surrogateescape");
}

bool int_arg(const Value& v, int64_t* out) {
  if (v.is_float()) {
    raise(&TypeErrorType, "'float' object cannot be interpreted as an integer");
    return false;
  }
  return index_value(v, out);
}

bool bool_arg(const Value& v, bool dflt) {
  if (v.is_null()) return dflt;
  int t = truthy(v);
  return t < 0 ? dflt : t != 0;
}

namespace {

bool fd_arg(const Value& v, int* fd) {
  int64_t n;
  if (!int_arg(v, &n)) return false;
  *fd = int(n);
  return true;
}

Value none_or_errno(int rc, const Value& filename = Value()) {
  return rc < 0 ? raise_errno(errno, filename) : Value::none();
}

// ---------------------------------------------------------------------------
// The process

Value posix_getcwd_impl(bool as_bytes) {
  std::string buf(4096, '\0');
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) return raise_errno(errno);
    buf.resize(buf.size() * 2);
  }
  return name_value(buf.c_str(), as_bytes);
}
Value posix_getcwd(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("getcwd", kw) || !check_nargs("getcwd", nargs, 0, 0)) return Value();
  return posix_getcwd_impl(false);
}
Value posix_getcwdb(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("getcwdb", kw) || !check_nargs("getcwdb", nargs, 0, 0)) return Value();
  return posix_getcwd_impl(true);
}

Value posix_chdir(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("chdir", args, nargs, kw, {"path"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "chdir() missing required argument 'path' (pos 1)");
  PathArg p;
  if (!path_converter("chdir", "path", a[0], &p, true)) return Value();
  return none_or_errno(p.fd >= 0 ? ::fchdir(p.fd) : ::chdir(p.path.c_str()), a[0]);
}

Value posix_fspath(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("fspath", args, nargs, kw, {"path"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "fspath() missing required argument 'path' (pos 1)");
  return fspath_of(a[0]);
}

Value posix_strerror(const Value* args, size_t nargs, KwNames* kw) {
  int code;
  if (!no_keywords("strerror", kw) || !check_nargs("strerror", nargs, 1, 1) || !fd_arg(args[0], &code))
    return Value();
  return new_str(std::strerror(code));
}

#define ID_FUNCTION(pyname, expr)                                                 \
  Value posix_##pyname(const Value*, size_t nargs, KwNames* kw) {                 \
    if (!no_keywords(#pyname, kw) || !check_nargs(#pyname, nargs, 0, 0)) return Value(); \
    return Value::integer(int64_t(expr));                                         \
  }
ID_FUNCTION(getpid, ::getpid())
ID_FUNCTION(getppid, ::getppid())
ID_FUNCTION(getuid, ::getuid())
ID_FUNCTION(geteuid, ::geteuid())
ID_FUNCTION(getgid, ::getgid())
ID_FUNCTION(getegid, ::getegid())
ID_FUNCTION(getpgrp, ::getpgrp())
ID_FUNCTION(getsid0, ::getsid(0))
#undef ID_FUNCTION

Value posix_getlogin(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("getlogin", kw) || !check_nargs("getlogin", nargs, 0, 0)) return Value();
  const char* name = ::getlogin();
  if (!name) return raise_errno(errno ? errno : ENOTTY);
  return new_str(name);
}

Value posix_urandom(const Value* args, size_t nargs, KwNames* kw) {
  int64_t n;
  if (!no_keywords("urandom", kw) || !check_nargs("urandom", nargs, 1, 1) || !int_arg(args[0], &n)) return Value();
  if (n < 0) return raise(&ValueErrorType, "negative argument not allowed");
  std::string out(size_t(n), '\0');
  for (size_t done = 0; done < out.size();) {
    ssize_t k = ::getrandom(out.data() + done, out.size() - done, 0);
    if (k < 0) {
      if (errno == EINTR) {
        if (check_interrupt()) return Value();
        continue;
      }
      return raise_errno(errno);
    }
    done += size_t(k);
  }
  return new_bytes(std::move(out));
}

Value posix_umask(const Value* args, size_t nargs, KwNames* kw) {
  int mask;
  if (!no_keywords("umask", kw) || !check_nargs("umask", nargs, 1, 1) || !fd_arg(args[0], &mask)) return Value();
  return Value::integer(::umask(mode_t(mask)));
}

Value posix_kill(const Value* args, size_t nargs, KwNames* kw) {
  int64_t pid;
  int sig;
  if (!no_keywords("kill", kw) || !check_nargs("kill", nargs, 2, 2) || !int_arg(args[0], &pid) ||
      !fd_arg(args[1], &sig))
    return Value();
  if (::kill(pid_t(pid), sig) < 0) return raise_errno(errno);
  return check_interrupt() ? Value() : Value::none();
}

Value posix_exit(const Value* args, size_t nargs, KwNames* kw) {
  int code;
  if (!no_keywords("_exit", kw) || !check_nargs("_exit", nargs, 1, 1) || !fd_arg(args[0], &code)) return Value();
  ::_exit(code);
}

Value posix_system(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("system", args, nargs, kw, {"command"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "system() missing required argument 'command' (pos 1)");
  PathArg p;
  if (!path_converter("system", "command", a[0], &p)) return Value();
  flush_std_streams();
  return Value::integer(::system(p.path.c_str()));
}

Value posix_waitstatus_to_exitcode(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("waitstatus_to_exitcode", args, nargs, kw, {"status"}, 1, a)) return Value();
  int status;
  if (a[0].is_null() || !fd_arg(a[0], &status)) return Value();
  if (WIFEXITED(status)) return Value::integer(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return Value::integer(-WTERMSIG(status));
  return raise(&ValueErrorType, format("invalid wait status: %d", status));
}

Value posix_cpu_count(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("cpu_count", kw) || !check_nargs("cpu_count", nargs, 0, 0)) return Value();
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? Value::none() : Value::integer(n);
}

Value posix_uname(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("uname", kw) || !check_nargs("uname", nargs, 0, 0)) return Value();
  struct utsname u;
  if (::uname(&u) < 0) return raise_errno(errno);
  return new_struct_seq(&UnameResultType, {new_str(u.sysname), new_str(u.nodename), new_str(u.release),
                                           new_str(u.version), new_str(u.machine)});
}

Value posix_times(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("times", kw) || !check_nargs("times", nargs, 0, 0)) return Value();
  struct tms t;
  clock_t c = ::times(&t);
  if (c == clock_t(-1)) return raise_errno(errno);
  double tick = double(::sysconf(_SC_CLK_TCK));
  return new_struct_seq(&TimesResultType,
                        {Value::number(t.tms_utime / tick), Value::number(t.tms_stime / tick),
                         Value::number(t.tms_cutime / tick), Value::number(t.tms_cstime / tick),
                         Value::number(c / tick)});
}

Value posix_getloadavg(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("getloadavg", kw) || !check_nargs("getloadavg", nargs, 0, 0)) return Value();
  double l[3];
  if (::getloadavg(l, 3) != 3) return raise(&OSErrorType, "Load averages are unobtainable");
  return new_tuple({Value::number(l[0]), Value::number(l[1]), Value::number(l[2])});
}

// ---------------------------------------------------------------------------
// The environment: posix.environ is a dict of bytes, copied at start-up; putenv and
// unsetenv change the process's (os.environ keeps both in step).

Value make_environ() {
  Value d = new_dict();
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Value k = new_bytes(std::string(static_cast<const char*>(*e), eq));
    if (dict_contains(as_dict(d), k) == 1) continue;  // the first one wins, as CPython
    if (dict_set(as_dict(d), k, new_bytes(std::string(eq + 1))) < 0) return Value();
  }
  return d;
}

bool env_arg(const char* fname, const Value& v, std::string* out, bool is_key) {
  PathArg p;
  if (!path_converter(fname, is_key ? "name" : "value", v, &p)) return false;
  *out = std::move(p.path);
  return true;
}

Value posix_putenv(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("putenv", kw) || !check_nargs("putenv", nargs, 2, 2)) return Value();
  std::string name, value;
  if (!env_arg("putenv", args[0], &name, true) || !env_arg("putenv", args[1], &value, false)) return Value();
  if (name.empty() || name.find('=') != std::string::npos)
    return raise(&ValueErrorType, "illegal environment variable name");
  if (::setenv(name.c_str(), value.c_str(), 1) < 0) return raise_errno(errno);
  return Value::none();
}

Value posix_unsetenv(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("unsetenv", kw) || !check_nargs("unsetenv", nargs, 1, 1)) return Value();
  std::string name;
  if (!env_arg("unsetenv", args[0], &name, true)) return Value();
  if (name.empty() || name.find('=') != std::string::npos)
    return raise(&ValueErrorType, "illegal environment variable name");
  if (::unsetenv(name.c_str()) < 0) return raise_errno(errno);
  return Value::none();
}

// ---------------------------------------------------------------------------
// File descriptors

Value posix_open(const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("open", args, nargs, kw, {"path", "flags", "mode", "dir_fd"}, 3, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "open() missing required argument 'path' (pos 1)");
  if (a[1].is_null()) return raise(&TypeErrorType, "open() missing required argument 'flags' (pos 2)");
  PathArg p;
  int flags, mode = 0777, dir_fd = AT_FDCWD;
  if (!path_converter("open", "path", a[0], &p) || !fd_arg(a[1], &flags)) return Value();
  if (!a[2].is_null() && !fd_arg(a[2], &mode)) return Value();
  if (!a[3].is_null() && !a[3].is_none() && !fd_arg(a[3], &dir_fd)) return Value();
  for (;;) {
    int fd = ::openat(dir_fd, p.path.c_str(), flags | O_CLOEXEC, mode);
    if (fd >= 0) return Value::integer(fd);
    if (errno != EINTR) return raise_errno(errno, a[0]);
    if (check_interrupt()) return Value();
  }
}

Value posix_close(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  int fd;
  if (!bind_args("close", args, nargs, kw, {"fd"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "close() missing required argument 'fd' (pos 1)");
  if (!fd_arg(a[0], &fd)) return Value();
  return none_or_errno(::close(fd));
}

Value posix_closerange(const Value* args, size_t nargs, KwNames* kw) {
  int lo, hi;
  if (!no_keywords("closerange", kw) || !check_nargs("closerange", nargs, 2, 2) || !fd_arg(args[0], &lo) ||
      !fd_arg(args[1], &hi))
    return Value();
  for (int fd = lo; fd < hi; fd++) ::close(fd);
  return Value::none();
}

Value posix_read(const Value* args, size_t nargs, KwNames* kw) {
  int fd;
  int64_t n;
  if (!no_keywords("read", kw) || !check_nargs("read", nargs, 2, 2) || !fd_arg(args[0], &fd) ||
      !int_arg(args[1], &n))
    return Value();
  if (n < 0) return raise_errno(EINVAL);
  std::string buf(size_t(n), '\0');
  for (;;) {
    ssize_t k = ::read(fd, buf.data(), buf.size());
    if (k >= 0) {
      buf.resize(size_t(k));
      return new_bytes(std::move(buf));
    }
    if (errno != EINTR) return raise_errno(errno);
    if (check_interrupt()) return Value();
  }
}

Value posix_write(const Value* args, size_t nargs, KwNames* kw) {
  int fd;
  std::string_view data;
  if (!no_keywords("write", kw) || !check_nargs("write", nargs, 2, 2) || !fd_arg(args[0], &fd) ||
      !need_buffer(args[1], &data))
    return Value();
  for (;;) {
    ssize_t k = ::write(fd, data.data(), data.size());
    if (k >= 0) return Value::integer(k);
    if (errno != EINTR) return raise_errno(errno);
    if (check_interrupt()) return Value();
  }
}

Value posix_lseek(const Value* args, size_t nargs, KwNames* kw) {
  int fd, how;
  int64_t pos;
  if (!no_keywords("lseek", kw) || !check_nargs("lseek", nargs, 3, 3) || !fd_arg(args[0], &fd) ||
      !int_arg(args[1], &pos) || !fd_arg(args[2], &how))
    return Value();
  off_t r = ::lseek(fd, off_t(pos), how);
  if (r < 0) return raise_errno(errno);
  return Value::integer(int64_t(r));
}

// One-fd functions returning None: fsync, fdatasync.
template <int (*F)(int)>
Value fd_call(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  int fd;
  if (!bind_args("fsync", args, nargs, kw, {"fd"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "fsync() missing required argument 'fd' (pos 1)");
  // fsync accepts any object with fileno(), as CPython.
  Value fdv = a[0];
  if (!is_int_like(fdv) && !fdv.is_float()) {
    fdv = call_method(fdv, intern("fileno"), nullptr, 0);
    if (fdv.is_null()) return fdv;
  }
  if (!fd_arg(fdv, &fd)) return Value();
  return none_or_errno(F(fd));
}

Value posix_ftruncate(const Value* args, size_t nargs, KwNames* kw) {
  int fd;
  int64_t len;
  if (!no_keywords("ftruncate", kw) || !check_nargs("ftruncate", nargs, 2, 2) || !fd_arg(args[0], &fd) ||
      !int_arg(args[1], &len))
    return Value();
  return none_or_errno(::ftruncate(fd, off_t(len)));
}

Value posix_dup(const Value* args, size_t nargs, KwNames* kw) {
  int fd;
  if (!no_keywords("dup", kw) || !check_nargs("dup", nargs, 1, 1) || !fd_arg(args[0], &fd)) return Value();
  int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  return r < 0 ? raise_errno(errno) : Value::integer(r);
}

Value posix_dup2(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  int fd, fd2;
  if (!bind_args("dup2", args, nargs, kw, {"fd", "fd2", "inheritable"}, 3, a)) return Value();
  if (a[0].is_null() || a[1].is_null()) return raise(&TypeErrorType, "dup2() missing required argument");
  if (!fd_arg(a[0], &fd) || !fd_arg(a[1], &fd2)) return Value();
  int r = ::dup3(fd, fd2, bool_arg(a[2], true) ? 0 : O_CLOEXEC);
  if (r < 0 && errno == EINVAL && fd == fd2) r = fd2;
  return r < 0 ? raise_errno(errno) : Value::integer(r);
}

Value posix_pipe(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("pipe", kw) || !check_nargs("pipe", nargs, 0, 0)) return Value();
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) < 0) return raise_errno(errno);
  return new_tuple({Value::integer(fds[0]), Value::integer(fds[1])});
}

// get_inheritable/set_inheritable and get_blocking/set_blocking: a descriptor flag
// (FD_CLOEXEC, O_NONBLOCK) that is set when the property is false.
struct FdFlag {
  const char* get_name;
  const char* set_name;
  int get_cmd, set_cmd, bit;
};
constexpr FdFlag kInheritable{"get_inheritable", "set_inheritable", F_GETFD, F_SETFD, FD_CLOEXEC};
constexpr FdFlag kBlocking{"get_blocking", "set_blocking", F_GETFL, F_SETFL, O_NONBLOCK};

template <const FdFlag& F>
Value fd_flag_get(const Value* args, size_t nargs, KwNames* kw) {
  int fd;
  if (!no_keywords(F.get_name, kw) || !check_nargs(F.get_name, nargs, 1, 1) || !fd_arg(args[0], &fd)) return Value();
  int flags = ::fcntl(fd, F.get_cmd);
  return flags < 0 ? raise_errno(errno) : Value::boolean(!(flags & F.bit));
}

template <const FdFlag& F>
Value fd_flag_set(const Value* args, size_t nargs, KwNames* kw) {
  int fd;
  if (!no_keywords(F.set_name, kw) || !check_nargs(F.set_name, nargs, 2, 2) || !fd_arg(args[0], &fd)) return Value();
  int flags = ::fcntl(fd, F.get_cmd);
  if (flags < 0) return raise_errno(errno);
  int on = truthy(args[1]);
  if (on < 0) return Value();
  return none_or_errno(::fcntl(fd, F.set_cmd, on ? flags & ~F.bit : flags | F.bit));
}

Value posix_isatty(const Value* args, size_t nargs, KwNames* kw) {
  int fd;
  if (!no_keywords("isatty", kw) || !check_nargs("isatty", nargs, 1, 1) || !fd_arg(args[0], &fd)) return Value();
  return Value::boolean(::isatty(fd));
}

Value posix_ttyname(const Value* args, size_t nargs, KwNames* kw) {
  int fd;
  if (!no_keywords("ttyname", kw) || !check_nargs("ttyname", nargs, 1, 1) || !fd_arg(args[0], &fd)) return Value();
  const char* name = ::ttyname(fd);
  return name ? new_str(name) : raise_errno(errno);
}

Value posix_device_encoding(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  int fd;
  if (!bind_args("device_encoding", args, nargs, kw, {"fd"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "device_encoding() missing required argument 'fd' (pos 1)");
  if (!fd_arg(a[0], &fd)) return Value();
  return ::isatty(fd) ? new_str("UTF-8") : Value::none();
}

Value posix_get_terminal_size(const Value* args, size_t nargs, KwNames* kw) {
  int fd = 1;
  if (!no_keywords("get_terminal_size", kw) || !check_nargs("get_terminal_size", nargs, 0, 1)) return Value();
  if (nargs == 1 && !fd_arg(args[0], &fd)) return Value();
  struct winsize w;
  if (::ioctl(fd, TIOCGWINSZ, &w) < 0) return raise_errno(errno);
  return new_struct_seq(&TerminalSizeType, {Value::integer(w.ws_col), Value::integer(w.ws_row)});
}

// ---------------------------------------------------------------------------
// Constants

struct IntConstant {
  const char* name;
  int64_t value;
};
#define C(name) {#name, int64_t(name)}
const IntConstant kConstants[] = {
    C(F_OK), C(R_OK), C(W_OK), C(X_OK), C(O_RDONLY), C(O_WRONLY), C(O_RDWR), C(O_APPEND), C(O_CREAT), C(O_EXCL),
    C(O_TRUNC), C(O_NONBLOCK), C(O_NDELAY), C(O_SYNC), C(O_DSYNC), C(O_RSYNC), C(O_NOCTTY), C(O_CLOEXEC),
    C(O_DIRECTORY), C(O_NOFOLLOW), C(O_ACCMODE), C(O_ASYNC), C(O_DIRECT), C(O_LARGEFILE), C(O_NOATIME),
    C(O_PATH), C(O_TMPFILE), C(SEEK_SET), C(SEEK_CUR), C(SEEK_END), C(SEEK_DATA), C(SEEK_HOLE), C(EX_OK),
    C(EX_USAGE), C(EX_DATAERR), C(EX_NOINPUT), C(EX_NOUSER), C(EX_NOHOST), C(EX_UNAVAILABLE), C(EX_SOFTWARE),
    C(EX_OSERR), C(EX_OSFILE), C(EX_CANTCREAT), C(EX_IOERR), C(EX_TEMPFAIL), C(EX_PROTOCOL), C(EX_NOPERM),
    C(EX_CONFIG), C(WNOHANG), C(WUNTRACED), C(WCONTINUED), C(F_LOCK), C(F_TLOCK), C(F_ULOCK), C(F_TEST),
    C(AT_FDCWD), C(NGROUPS_MAX), C(TMP_MAX), C(P_PID), C(P_PGID), C(P_ALL),
};
#undef C

// Which optional features this posix offers (os.py's supports_fd and friends).
// dir_fd goes through the *at calls; scandir takes no fd (no HAVE_FDOPENDIR), so
// shutil.rmtree takes its path-based route.
const char* const kHaveFunctions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHMODAT", "HAVE_FCHOWNAT", "HAVE_FSTATAT",  "HAVE_LINKAT", "HAVE_MKDIRAT",
    "HAVE_OPENAT",    "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
    "HAVE_FCHDIR",    "HAVE_FCHMOD",   "HAVE_FCHOWN",   "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LSTAT"};

void ready_posix_types() {
  ready_struct_seq_type(&TerminalSizeType, "os", "terminal_size", {"columns", "lines"}, 2);
  ready_struct_seq_type(&UnameResultType, "posix", "uname_result",
                        {"sysname", "nodename", "release", "version", "machine"}, 5);
  ready_struct_seq_type(&TimesResultType, "posix", "times_result",
                        {"user", "system", "children_user", "children_system", "elapsed"}, 5);
  init_posix_fs_types();
}

}  // namespace

Value init_posix_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_posix_types);
  Value m = new_module("posix");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(
      mod, {{"getcwd", posix_getcwd},       {"getcwdb", posix_getcwdb},
            {"chdir", posix_chdir},         {"fspath", posix_fspath},
            {"strerror", posix_strerror},   {"getpid", posix_getpid},
            {"getppid", posix_getppid},     {"getuid", posix_getuid},
            {"geteuid", posix_geteuid},     {"getgid", posix_getgid},
            {"getegid", posix_getegid},     {"getpgrp", posix_getpgrp},
            {"getlogin", posix_getlogin},   {"urandom", posix_urandom},
            {"umask", posix_umask},         {"kill", posix_kill},
            {"_exit", posix_exit},          {"system", posix_system},
            {"cpu_count", posix_cpu_count}, {"uname", posix_uname},
            {"times", posix_times},         {"getloadavg", posix_getloadavg},
            {"putenv", posix_putenv},       {"unsetenv", posix_unsetenv},
            {"open", posix_open},           {"close", posix_close},
            {"closerange", posix_closerange}, {"read", posix_read},
            {"write", posix_write},         {"lseek", posix_lseek},
            {"fsync", fd_call<::fsync>},    {"fdatasync", fd_call<::fdatasync>},
            {"ftruncate", posix_ftruncate}, {"dup", posix_dup},
            {"dup2", posix_dup2},           {"pipe", posix_pipe},
            {"get_inheritable", fd_flag_get<kInheritable>}, {"set_inheritable", fd_flag_set<kInheritable>},
            {"get_blocking", fd_flag_get<kBlocking>}, {"set_blocking", fd_flag_set<kBlocking>},
            {"isatty", posix_isatty},       {"ttyname", posix_ttyname},
            {"device_encoding", posix_device_encoding}, {"get_terminal_size", posix_get_terminal_size},
            {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode}});
  (void)posix_getsid0;
  for (const IntConstant& c : kConstants) module_add(mod, c.name, Value::integer(c.value));
  std::vector<Value> have;
  for (const char* h : kHaveFunctions) have.push_back(new_str(h));
  module_add(mod, "_have_functions", new_list(std::move(have)));
  Value env = make_environ();
  if (env.is_null()) return env;
  module_add(mod, "environ", env);
  module_add(mod, "error", Value::borrow(&OSErrorType));
  module_add(mod, "terminal_size", Value::borrow(&TerminalSizeType));
  module_add(mod, "uname_result", Value::borrow(&UnameResultType));
  module_add(mod, "times_result", Value::borrow(&TimesResultType));
  add_posix_fs_functions(mod);
  add_posix_process_functions(mod);
  return m;
}

}  // namespace hotpy
