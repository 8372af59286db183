// The hotpy command line, parsed as CPython 3.11 parses its own (Python/getopt.c and
// Python/initconfig.c): the same options, combined short flags, the same messages and
// exit statuses. Settings that the interpreter reads go to startup_config (eval/config.h).
#pragma once
#include <string>
#include <vector>

namespace hotpy {

struct CommandLine {
  bool has_command = false;  // -c
  std::string command;
  bool has_module = false;   // -m
  std::string module;
  std::string script;        // a file or a folder; empty with -c, -m, and for stdin ("-")
  std::vector<std::string> argv;  // sys.argv
  bool skip_first_line = false;   // -x
  std::string startup_file;       // PYTHONSTARTUP
};

// Parses argv (and the environment unless -E/-I) into `cl` and startup_config. Returns -1
// to go on running, else the exit status (after -h, -V, or a usage error on stderr).
int parse_command_line(int argc, char** argv, CommandLine& cl);

}  // namespace hotpy
