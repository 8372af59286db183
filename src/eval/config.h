// The interpreter's settings from the command line and the environment (CPython's
// PyConfig, reduced to what hotpy uses), one per interpreter: the CLI fills `startup_config`;
// the evaluator reads `optimize`, the importer `verbose`, the sys module all of it
// (sys.flags, sys.warnoptions, sys._xoptions). Lives in the lowest stage that reads it.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "objects/interpreter_state.h"

namespace hotpy {

struct RuntimeConfig {
  std::string program_name = "hotpy";  // argv[0] as typed: "<name>: can't open file ..."
  // sys.flags, in its field order; ints count repeated flags (-vv), as CPython's do.
  int debug = 0;                // -d, PYTHONDEBUG
  int inspect = 0;              // -i, PYTHONINSPECT
  int interactive = 0;          // -i
  int optimize = 0;             // -O, -OO, PYTHONOPTIMIZE: 1 skips asserts, 2 also docstrings
  bool dont_write_bytecode = false;  // -B, PYTHONDONTWRITEBYTECODE (hotpy never writes any)
  bool no_user_site = false;    // -s, PYTHONNOUSERSITE
  bool no_site = false;         // -S
  bool ignore_environment = false;  // -E
  int verbose = 0;              // -v, PYTHONVERBOSE: a line on stderr per module imported
  int bytes_warning = 0;        // -b
  bool quiet = false;           // -q
  bool hash_randomization = true;  // PYTHONHASHSEED=0 turns it off
  bool isolated = false;        // -I
  bool dev_mode = false;        // -X dev, PYTHONDEVMODE
  int utf8_mode = 0;            // -X utf8, PYTHONUTF8, or a C/POSIX locale
  int warn_default_encoding = 0;  // -X warn_default_encoding, PYTHONWARNDEFAULTENCODING
  bool safe_path = false;       // -P, PYTHONSAFEPATH
  int int_max_str_digits = -1;  // -X int_max_str_digits, PYTHONINTMAXSTRDIGITS; -1: default

  bool unbuffered = false;      // -u, PYTHONUNBUFFERED
  std::vector<std::string> warnoptions;  // sys.warnoptions, in CPython's order
  // sys._xoptions: "-X a=b" gives ("a", "b"); "-X a" gives ("a", "") with has_value false.
  struct XOption {
    std::string name, value;
    bool has_value;
  };
  std::vector<XOption> xoptions;
  // Folders put on sys.path after the script's folder, before the stdlib (PYTHONPATH,
  // HOTPY_PATH).
  std::vector<std::string> extra_path;
};

// What the command line parsed: the interpreter it starts takes a copy (runtime/).
inline RuntimeConfig startup_config;
// The running interpreter's configuration (the command line's, before it starts).
inline RuntimeConfig& runtime_config() { return ts ? *ts->config : startup_config; }

}  // namespace hotpy
