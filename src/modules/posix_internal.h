// Shared by the posix module's files: path arguments and OSError raising, with
// CPython's conversions (str, bytes, os.PathLike, and an fd where a function takes one).
#pragma once
#include <string>

#include "objects/object.h"

namespace hotpy {

// A path argument as posixmodule.c's path_t: the bytes to hand the system, whether
// results should be bytes, and the object as given (it names the file in errors).
struct PathArg {
  std::string path;
  Value object;
  bool is_bytes = false;
  int fd = -1;  // an int was given where fds are allowed
};

// Converts `v` for function `fname`, argument `argname`. `allow_fd`: an int is an fd.
// `nullable`: None is the current directory (listdir/scandir), path ".".
bool path_converter(const char* fname, const char* argname, const Value& v, PathArg* out, bool allow_fd = false,
                    bool nullable = false);
// os.fspath(v): the str or bytes, or Null + TypeError.
Value fspath_of(const Value& v);

// Raises the OSError subclass for errno `err`, naming one or two files (either may
// be Null). Returns Null.
Value raise_errno(int err, const Value& filename = Value(), const Value& filename2 = Value());
inline Value raise_errno_path(int err, const PathArg& p) { return raise_errno(err, p.object); }

// A file name from the system as str (UTF-8, surrogateescape) or as bytes.
Value name_value(std::string_view name, bool as_bytes);
// An int argument (an __index__ object), with the fname in the error.
bool int_arg(const Value& v, int64_t* out);
// follow_symlinks / dir_fd style keyword handling: a bool-ish value.
bool bool_arg(const Value& v, bool dflt);

// posix_fs.cpp: the file-system half of the module (stat, scandir, mkdir...).
void add_posix_fs_functions(ModuleObject* m);
void init_posix_fs_types();
// posix_process.cpp: fork, exec, waitpid and the W* macros.
void add_posix_process_functions(ModuleObject* m);
}  // namespace hotpy
