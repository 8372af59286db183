// What both libFuzzer harnesses share: starting the runtime once in a sandbox-like
// setting (no stdin, output to /dev/null, no open()) and putting back the global state
// a fuzz input may have changed, so one input never changes how the next one behaves.
#pragma once
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "runtime/runtime.h"
#include "eval/eval.h"
#include "modules/import.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/module.h"
#include "objects/str.h"
#include "resolve/compile.h"

namespace hotpy::fuzz {

// A copy of a dict's entries, to put back after each input.
struct DictSnapshot {
  DictObject* dict = nullptr;
  std::vector<std::pair<Value, Value>> entries;

  void take(DictObject* d) {
    dict = d;
    entries.clear();
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) entries.emplace_back(k, v);
  }
  bool unchanged() const {
    if (dict->size() != entries.size()) return false;
    for (const auto& [k, v] : entries) {
      Value now = dict_get(dict, k);
      if (now.is_null() || !now.is(v)) return false;
    }
    return true;
  }
  // Cheap when nothing changed (the usual case): the dict's version stays.
  void restore() {
    if (unchanged()) return;
    dict_clear(dict);
    for (const auto& [k, v] : entries) dict_set(dict, k, v);
  }
};

struct GlobalState {
  DictSnapshot builtins, sys, modules;
  int recursion_limit = 0;
};

inline GlobalState& global_state() {
  static GlobalState state;
  return state;
}

// Starts the runtime with fd 0 and 1 on /dev/null (input() sees EOF, print() writes
// nowhere), sys.stderr = sys.stdout so tracebacks and warnings go nowhere too, no
// file opening (a fuzz input must not write files), and an empty sys.path.
inline void start_runtime() {
  int null_fd = open("/dev/null", O_RDWR);
  if (null_fd < 0 || dup2(null_fd, 0) < 0 || dup2(null_fd, 1) < 0) {
    perror("fuzz: /dev/null");
    abort();
  }
  close(null_fd);
  init_runtime({"fuzz"}, "");
  const char* prelude =
      "import builtins, io, sys\n"
      "del builtins.open, io.open\n"
      "sys.stderr = sys.stdout\n"
      "sys.path.clear()\n";
  auto unit = compile_source(prelude, "<fuzz prelude>", ast::Mode::File);
  if (!unit || run_unit(unit, main_globals()).is_null()) {
    fprintf(stderr, "fuzz: the prelude failed\n");
    abort();
  }
  GlobalState& g = global_state();
  g.builtins.take(builtins_dict());
  g.sys.take(sys_module().as<ModuleObject>()->m_dict);
  g.modules.take(sys_modules());
  g.recursion_limit = ts->recursion_limit;
}

// Checks what every input must leave as it found it, then puts back what an input
// may legitimately change (builtins, sys attributes, sys.modules, the recursion limit).
inline void reset_runtime() {
  clear_error();
  if (ts->depth != 0) {
    fprintf(stderr, "fuzz: call depth is %d after an input, not 0\n", ts->depth);
    abort();
  }
  if (!ts->handled.is_null()) {
    fprintf(stderr, "fuzz: an exception is still being handled after an input\n");
    abort();
  }
  GlobalState& g = global_state();
  g.builtins.restore();
  g.sys.restore();
  g.modules.restore();
  ts->recursion_limit = g.recursion_limit;
  clear_error();
}

}  // namespace hotpy::fuzz
