// The hotpy command line, parsed as CPython 3.11 parses its own (Python/getopt.c and
// Python/initconfig.c): the same options, combined short flags, the same messages and
// exit statuses. Settings that the interpreter reads go to the hotpy::Config it starts with.
#pragma once
#include <hotpy/hotpy.h>

#include <string>
#include <vector>

namespace hotpy {

struct CommandLine {
  bool has_command = false;  // -c
  std::string command;
  bool has_module = false;   // -m
  std::string module;
  std::string script;        // a file or a folder; empty with -c, -m, and for stdin ("-")
  bool skip_first_line = false;   // -x
  std::string startup_file;       // PYTHONSTARTUP
  Config config;                  // sys.argv, sys.flags, PYTHONPATH...; path0 is run_program's
};

// Parses argv (and the environment unless -E/-I) into `cl`. Returns -1
// to go on running, else the exit status (after -h, -V, or a usage error on stderr).
int parse_command_line(int argc, char** argv, CommandLine& cl);

}  // namespace hotpy
