// The sys module's state as the rest of the interpreter sees it: the CLI sets argv
// and the script's directory in path, the importer reads path and modules (import.h
// declares sys_modules()), print() and input() find the current sys.stdout/stdin.
#pragma once
#include <string>
#include <vector>

#include "objects/tuple.h"

namespace hotpy {

// sys.argv = argv (argv[0] is the script, "-c" or "" as CPython).
void sys_set_argv(const std::vector<std::string>& argv);
// The list behind sys.path (borrowed; made on first use, empty until the CLI fills it).
ListObject* sys_path();
// The sys module itself (made on first use; also what `import sys` finds).
Value sys_module();
// sys.<name> as currently bound (a program may replace sys.stdout), or Null with no
// exception when it is missing.
Value sys_get(StrObject* name);

// sys.version: what `hotpy -VV` prints after "Python ".
extern const char* const kSysVersion;

// types.SimpleNamespace: the type of sys.implementation; repr "namespace(a=1)".
extern TypeObject SimpleNamespaceType;

}  // namespace hotpy
