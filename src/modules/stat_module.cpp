// _stat: the native half of the stat module (CPython's stat.py ends with
// `from _stat import *`): the S_IS* tests, S_IMODE/S_IFMT, filemode and the constants.
// Its filemode marks an unknown file type '?', where stat.py's own fallback says '-'.
#include <sys/stat.h>

#include <string>

#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"

namespace hotpy {

namespace {

bool mode_arg(const char* fname, const Value* args, size_t nargs, KwNames* kw, uint32_t* mode) {
  if (!no_keywords(fname, kw) || !check_nargs(fname, nargs, 1, 1)) return false;
  int64_t n;
  if (!index_value(args[0], &n)) return false;
  if (n < 0 || n > int64_t(UINT32_MAX)) {
    raise(&OverflowErrorType, "mode out of range");
    return false;
  }
  *mode = uint32_t(n);
  return true;
}

template <uint32_t kType>
Value is_type(const Value* args, size_t nargs, KwNames* kw) {
  uint32_t mode;
  if (!mode_arg("S_IS", args, nargs, kw, &mode)) return Value();
  return Value::boolean(kType != 0 && (mode & S_IFMT) == kType);
}

Value stat_imode(const Value* args, size_t nargs, KwNames* kw) {
  uint32_t mode;
  if (!mode_arg("S_IMODE", args, nargs, kw, &mode)) return Value();
  return Value::integer(mode & 07777);
}

Value stat_ifmt(const Value* args, size_t nargs, KwNames* kw) {
  uint32_t mode;
  if (!mode_arg("S_IFMT", args, nargs, kw, &mode)) return Value();
  return Value::integer(mode & S_IFMT);
}

char type_letter(uint32_t mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return '-';
    case S_IFDIR: return 'd';
    case S_IFLNK: return 'l';
    case S_IFBLK: return 'b';
    case S_IFCHR: return 'c';
    case S_IFIFO: return 'p';
    case S_IFSOCK: return 's';
    default: return '?';
  }
}

Value stat_filemode(const Value* args, size_t nargs, KwNames* kw) {
  uint32_t m;
  if (!mode_arg("filemode", args, nargs, kw, &m)) return Value();
  std::string out(10, '-');
  out[0] = type_letter(m);
  const char* rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; i++)
    if (m & (0400u >> i)) out[1 + i] = rwx[i];
  // setuid, setgid and sticky show in the execute slots: lower case when executable.
  if (m & S_ISUID) out[3] = (m & S_IXUSR) ? 's' : 'S';
  if (m & S_ISGID) out[6] = (m & S_IXGRP) ? 's' : 'S';
  if (m & S_ISVTX) out[9] = (m & S_IXOTH) ? 't' : 'T';
  return new_str(out);
}

struct StatConstant {
  const char* name;
  int64_t value;
};
const StatConstant kStatConstants[] = {
    {"S_IFDIR", S_IFDIR},     {"S_IFCHR", S_IFCHR},     {"S_IFBLK", S_IFBLK},   {"S_IFREG", S_IFREG},
    {"S_IFIFO", S_IFIFO},     {"S_IFLNK", S_IFLNK},     {"S_IFSOCK", S_IFSOCK}, {"S_IFDOOR", 0},
    {"S_IFPORT", 0},          {"S_IFWHT", 0},           {"S_ISUID", S_ISUID},   {"S_ISGID", S_ISGID},
    {"S_ISVTX", S_ISVTX},     {"S_ENFMT", S_ISGID},     {"S_IREAD", S_IRUSR},   {"S_IWRITE", S_IWUSR},
    {"S_IEXEC", S_IXUSR},     {"S_IRWXU", S_IRWXU},     {"S_IRUSR", S_IRUSR},   {"S_IWUSR", S_IWUSR},
    {"S_IXUSR", S_IXUSR},     {"S_IRWXG", S_IRWXG},     {"S_IRGRP", S_IRGRP},   {"S_IWGRP", S_IWGRP},
    {"S_IXGRP", S_IXGRP},     {"S_IRWXO", S_IRWXO},     {"S_IROTH", S_IROTH},   {"S_IWOTH", S_IWOTH},
    {"S_IXOTH", S_IXOTH},     {"UF_NODUMP", 0x1},       {"UF_IMMUTABLE", 0x2},  {"UF_APPEND", 0x4},
    {"UF_OPAQUE", 0x8},       {"UF_NOUNLINK", 0x10},    {"UF_COMPRESSED", 0x20}, {"UF_HIDDEN", 0x8000},
    {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000}, {"SF_APPEND", 0x40000}, {"SF_NOUNLINK", 0x100000},
    {"SF_SNAPSHOT", 0x200000}, {"ST_MODE", 0},          {"ST_INO", 1},          {"ST_DEV", 2},
    {"ST_NLINK", 3},          {"ST_UID", 4},            {"ST_GID", 5},          {"ST_SIZE", 6},
    {"ST_ATIME", 7},          {"ST_MTIME", 8},          {"ST_CTIME", 9},
};

}  // namespace

Value init_stat_module() {
  Value m = new_module("_stat");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"S_ISDIR", is_type<S_IFDIR>},
                             {"S_ISCHR", is_type<S_IFCHR>},
                             {"S_ISBLK", is_type<S_IFBLK>},
                             {"S_ISREG", is_type<S_IFREG>},
                             {"S_ISFIFO", is_type<S_IFIFO>},
                             {"S_ISLNK", is_type<S_IFLNK>},
                             {"S_ISSOCK", is_type<S_IFSOCK>},
                             {"S_ISDOOR", is_type<0>},
                             {"S_ISPORT", is_type<0>},
                             {"S_ISWHT", is_type<0>},
                             {"S_IMODE", stat_imode},
                             {"S_IFMT", stat_ifmt},
                             {"filemode", stat_filemode}});
  for (const StatConstant& c : kStatConstants) module_add(mod, c.name, Value::integer(c.value));
  return m;
}

}  // namespace hotpy
