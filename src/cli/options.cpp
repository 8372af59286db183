// The command line (options.h): CPython 3.11's options, messages and environment.
#include "options.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace hotpy {

namespace {

const char* kOptionsHelp =
    "Options (and corresponding environment variables):\n"
    "-b     : counted in sys.flags.bytes_warning and adds a BytesWarning filter to\n"
    "         sys.warnoptions (-bb: an error filter); hotpy issues no BytesWarning\n"
    "-B     : don't write .pyc files on import (hotpy never writes any); also\n"
    "         PYTHONDONTWRITEBYTECODE=x\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-d     : counted in sys.flags.debug (parser debugging output is for CPython's\n"
    "         debug builds; hotpy prints none); also PYTHONDEBUG=x\n"
    "-E     : ignore PYTHON* and HOTPY_* environment variables (such as PYTHONPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal; also PYTHONINSPECT=x\n"
    "-I     : isolate hotpy from the user's environment (implies -E, -P and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x\n"
    "-OO    : do -O changes and also discard docstrings\n"
    "-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path (hotpy has none); also\n"
    "         PYTHONNOUSERSITE\n"
    "-S     : don't imply 'import site' on initialization (hotpy has no site module)\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-v     : verbose (trace import statements on stderr); also PYTHONVERBOSE=x\n"
    "         can be supplied multiple times (counted in sys.flags.verbose)\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "         when given twice, print more information about the build\n"
    "-W arg : warning control, kept in sys.warnoptions; arg is\n"
    "         action:message:category:module:lineno; also PYTHONWARNINGS=arg\n"
    "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
    "-X opt : set implementation-specific option, kept in sys._xoptions\n"
    "--check-hash-based-pycs always|default|never:\n"
    "         accepted (hotpy has no .pyc files)\n"
    "--help-env      : print help about environment variables and exit\n"
    "--help-xoptions : print help about implementation-specific -X options and exit\n"
    "--help-all      : print complete help information and exit\n"
    "Arguments:\n"
    "file   : program read from script file, or a folder's __main__.py\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

const char* kEnvHelp =
    "Environment variables that change behavior:\n"
    "PYTHONSTARTUP: file executed on interactive startup (no default)\n"
    "PYTHONPATH   : ':'-separated list of directories prefixed to the\n"
    "               default module search path.  The result is sys.path.\n"
    "HOTPY_PATH   : the same as PYTHONPATH, read by hotpy only; its directories\n"
    "               come before PYTHONPATH's on sys.path.\n"
    "PYTHONUTF8: if set to 1, enable the UTF-8 mode (sys.flags.utf8_mode).\n"
    "PYTHONHASHSEED: 0 sets sys.flags.hash_randomization to 0.\n"
    "PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value\n"
    "   when converting from a string and when converting an int back to a str.\n"
    "   A value of 0 disables the limit.  Conversions to or from bases 2, 4, 8,\n"
    "   16, and 32 are never limited.\n"
    "PYTHONDEVMODE: enable the development mode (sys.flags.dev_mode and the\n"
    "   'default' warning filter in sys.warnoptions).\n"
    "PYTHONWARNDEFAULTENCODING: sets sys.flags.warn_default_encoding.\n"
    "These variables have equivalent command-line parameters (see --help for details):\n"
    "PYTHONDEBUG             : sys.flags.debug (-d)\n"
    "PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)\n"
    "PYTHONINSPECT           : inspect interactively after running script (-i)\n"
    "PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value\n"
    "                          (-X int_max_str_digits=number)\n"
    "PYTHONNOUSERSITE        : disable user site directory (-s)\n"
    "PYTHONOPTIMIZE          : enable level 1 optimizations (-O)\n"
    "PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)\n"
    "PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)\n"
    "PYTHONVERBOSE           : trace import statements (-v)\n"
    "PYTHONWARNINGS=arg      : warning control (-W arg)\n"
    "-E and -I ignore all of them.\n";

const char* kXOptionsHelp =
    "The following implementation-specific options are available:\n"
    "\n"
    "-X dev: sets sys.flags.dev_mode and adds the 'default' warning filter\n"
    "\n"
    "-X utf8: sets sys.flags.utf8_mode (hotpy always uses UTF-8); -X utf8=0 clears it\n"
    "\n"
    "-X warn_default_encoding: sets sys.flags.warn_default_encoding\n"
    "\n"
    "-X int_max_str_digits=number: limit the size of int<->str conversions.\n"
    "    0 disables.\n"
    "\n"
    "-X autoreload: the prompt reloads the modules whose source changed before each\n"
    "    input and prints what changed (hotreload.autoreload(True)); -X autoreload=0\n"
    "    leaves it off\n"
    "\n"
    "Every -X option, known or not, is kept in sys._xoptions.\n";

constexpr const char* kShortOptions = "bBc:dEhiIJm:OPqRsStuvVW:xX:?";

void print_usage_line(FILE* to, const Config& c) {
  fprintf(to, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", c.program_name.c_str());
}

int usage_error(const Config& c) {
  print_usage_line(stderr, c);
  fputs("Try `hotpy -h' for more information.\n", stderr);
  return 2;
}

// -h, --help, --help-env, --help-xoptions, --help-all.
int print_help(const Config& c, bool options, bool environment, bool xoptions) {
  if (options) {
    print_usage_line(stdout, c);
    fputs(kOptionsHelp, stdout);
  }
  if (environment) printf("%s%s", options ? "\n" : "", kEnvHelp);
  if (xoptions) printf("%s%s", options ? "\n" : "", kXOptionsHelp);
  return 0;
}

// CPython's "Fatal Python error" for a bad setting: status 1.
int fatal_config_error(const char* where, const std::string& what) {
  fprintf(stderr, "Fatal Python error: %s: %s\nPython runtime state: preinitialized\n\n", where, what.c_str());
  return 1;
}

// The environment, read in one pass at start-up (a getenv per setting would scan it
// twenty times): the PYTHON* and HOTPY_* entries, and the variables that name the locale.
struct Environment {
  std::vector<const char*> entries;  // "NAME=value"
  const char* locale = nullptr;      // LC_ALL, else LC_CTYPE, else LANG (non-empty)
  bool ignored = false;              // -E, -I: env() finds nothing
};
Environment environment;

// Whether `s` begins with `prefix`; a plain loop, as most entries differ at once.
bool has_prefix(const char* s, const char* prefix) {
  while (*prefix && *s == *prefix) s++, prefix++;
  return !*prefix;
}

void read_environment() {
  const char* locale[3] = {};  // LC_ALL, LC_CTYPE, LANG
  for (char** e = environ; *e; e++) {
    const char* entry = *e;
    if (has_prefix(entry, "PYTHON") || has_prefix(entry, "HOTPY_")) environment.entries.push_back(entry);
    else if (has_prefix(entry, "LC_ALL=")) locale[0] = entry + 7;
    else if (has_prefix(entry, "LC_CTYPE=")) locale[1] = entry + 9;
    else if (has_prefix(entry, "LANG=")) locale[2] = entry + 5;
  }
  for (const char* v : locale)
    if (v && *v) {
      environment.locale = v;
      break;
    }
}

// An environment variable, unless -E: an empty value counts as unset (CPython's _Py_GetEnv).
const char* env(std::string_view name) {
  if (environment.ignored) return nullptr;
  for (const char* entry : environment.entries) {
    std::string_view e = entry;
    if (e.size() > name.size() + 1 && e.substr(0, name.size()) == name && e[name.size()] == '=')
      return entry + name.size() + 1;
  }
  return nullptr;
}

// PYTHONVERBOSE=2 and the like: raises a counted flag to the variable's number (text or
// a negative number count as 1), as CPython's _Py_get_env_flag.
void env_level(const char* name, int& flag) {
  const char* v = env(name);
  if (!v) return;
  char* end;
  long n = strtol(v, &end, 10);
  if (*end || n < 0) n = 1;
  flag = std::max(flag, int(std::min(n, 1000L)));
}

void env_bool(const char* name, bool& flag) {
  if (env(name)) flag = true;
}

// ':'-separated folders, each made absolute (an empty one is the current folder).
void add_search_path(const char* list, std::vector<std::string>& out) {
  std::string cwd;
  if (char* c = getcwd(nullptr, 0)) {
    cwd = c;
    free(c);
  }
  std::string s = list;
  for (size_t start = 0; start <= s.size();) {
    size_t colon = std::min(s.find(':', start), s.size());
    std::string dir = s.substr(start, colon - start);
    if (dir.empty()) dir = cwd;
    else if (dir[0] != '/' && !cwd.empty()) dir = cwd + "/" + dir;
    out.push_back(dir);
    start = colon + 1;
  }
}

void add_warnoption(Config& c, const std::string& option) {
  auto& list = c.warnoptions;
  if (std::find(list.begin(), list.end(), option) == list.end()) list.push_back(option);
}

// -X int_max_str_digits and PYTHONINTMAXSTRDIGITS: 0, or at least 640.
bool parse_digit_limit(const std::string& text, int& out) {
  char* end;
  long n = text.empty() ? -1 : strtol(text.c_str(), &end, 10);
  if (n < 0 || *end || (n > 0 && n < 640) || n > 100000000) return false;
  out = int(n);
  return true;
}

// The settings that -X options and the environment give; the exit status on a bad value.
int apply_xoptions_and_environment(CommandLine& cl, const std::vector<std::string>& cmdline_warnoptions) {
  Config& c = cl.config;
  environment.ignored = c.ignore_environment;
  int utf8 = -1;
  bool limit_set = false;
  for (const Config::XOption& x : c.xoptions) {
    if (x.name == "dev") c.dev_mode = true;
    if (x.name == "warn_default_encoding") c.warn_default_encoding = 1;
    if (x.name == "utf8") utf8 = !x.value || *x.value != "0";
    if (x.name == "int_max_str_digits") {
      if (!parse_digit_limit(x.value.value_or(""), c.int_max_str_digits))
        return fatal_config_error("config_init_int_max_str_digits",
                                  "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.");
      limit_set = true;
    }
  }
  env_level("PYTHONDEBUG", c.debug);
  env_level("PYTHONVERBOSE", c.verbose);
  env_level("PYTHONOPTIMIZE", c.optimize);
  env_level("PYTHONINSPECT", c.inspect);
  env_bool("PYTHONDONTWRITEBYTECODE", c.dont_write_bytecode);
  env_bool("PYTHONNOUSERSITE", c.no_user_site);
  env_bool("PYTHONUNBUFFERED", c.unbuffered);
  env_bool("PYTHONSAFEPATH", c.safe_path);
  env_bool("PYTHONDEVMODE", c.dev_mode);
  if (env("PYTHONWARNDEFAULTENCODING")) c.warn_default_encoding = 1;
  if (const char* seed = env("PYTHONHASHSEED")) c.hash_randomization = std::string_view(seed) != "0";
  if (const char* v = env("PYTHONUTF8"); v && utf8 < 0) {
    if (std::string_view(v) != "0" && std::string_view(v) != "1") {
      fputs("Fatal Python error: preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value\n"
            "Python runtime state: preinitializing\n\n",
            stderr);
      return 1;
    }
    utf8 = v[0] == '1';
  }
  if (utf8 < 0) {
    // CPython turns UTF-8 mode on by itself under the C or POSIX locale.
    std::string_view locale = environment.locale ? environment.locale : "C";
    utf8 = locale == "C" || locale == "POSIX";
  }
  c.utf8_mode = utf8;
  if (const char* v = env("PYTHONINTMAXSTRDIGITS"); v && !limit_set) {
    if (!parse_digit_limit(v, c.int_max_str_digits))
      return fatal_config_error("config_init_int_max_str_digits",
                                "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.");
  }
  if (const char* v = env("PYTHONSTARTUP")) cl.startup_file = v;
  if (const char* v = env("HOTPY_PATH")) add_search_path(v, c.module_search_paths);
  if (const char* v = env("PYTHONPATH")) add_search_path(v, c.module_search_paths);

  // sys.warnoptions, lowest precedence first (the warnings module checks the last first).
  if (c.dev_mode) add_warnoption(c, "default");
  if (const char* v = env("PYTHONWARNINGS")) {
    std::string s = v;
    for (size_t start = 0; start <= s.size();) {
      size_t comma = std::min(s.find(',', start), s.size());
      if (comma > start) add_warnoption(c, s.substr(start, comma - start));
      start = comma + 1;
    }
  }
  for (const std::string& w : cmdline_warnoptions) add_warnoption(c, w);
  if (c.bytes_warning) add_warnoption(c, c.bytes_warning > 1 ? "error::BytesWarning" : "default::BytesWarning");
  return -1;
}

}  // namespace

int parse_command_line(int argc, char** argv, CommandLine& cl) {
  Config& c = cl.config;
  c.argv.clear();
  read_environment();
  c.program_name = argc > 0 ? argv[0] : "hotpy";
  std::vector<std::string> warnoptions;
  int version_requested = 0;
  int i = 1;
  const char* rest = "";  // the unread letters of a group of short flags (-qc...)
  for (;;) {
    if (!*rest) {
      if (i >= argc || argv[i][0] != '-' || argv[i][1] == '\0') break;  // a file, or "-"
      std::string a = argv[i++];
      if (a == "--") break;
      if (a.rfind("--", 0) == 0) {
        if (a == "--help") return print_help(c, true, false, false);
        if (a == "--version") {
          version_requested++;
          continue;
        }
        if (a == "--help-env") return print_help(c, false, true, false);
        if (a == "--help-xoptions") return print_help(c, false, false, true);
        if (a == "--help-all") return print_help(c, true, true, true);
        if (a == "--check-hash-based-pycs") {
          if (i >= argc) {
            fprintf(stderr, "Argument expected for the %s options\n", a.c_str());
            return usage_error(c);
          }
          std::string mode = argv[i++];
          if (mode != "default" && mode != "always" && mode != "never") {
            fputs("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n", stderr);
            return usage_error(c);
          }
          continue;
        }
        fprintf(stderr, "unknown option %s\n", a.c_str());
        return usage_error(c);
      }
      rest = argv[i - 1] + 1;
    }
    char option = *rest++;
    const char* known = option ? strchr(kShortOptions, option) : nullptr;
    if (option == 'J') {
      fputs("-J is reserved for Jython\n", stderr);
      return usage_error(c);
    }
    if (!known) {
      fprintf(stderr, "Unknown option: -%c\n", option);
      return usage_error(c);
    }
    std::string arg;
    if (known[1] == ':') {
      if (*rest) {
        arg = rest;
        rest = "";
      } else if (i < argc) {
        arg = argv[i++];
      } else {
        fprintf(stderr, "Argument expected for the -%c option\n", option);
        return usage_error(c);
      }
    }
    switch (option) {
      case 'c':
        cl.has_command = true;
        cl.command = arg;
        break;
      case 'm':
        cl.has_module = true;
        cl.module = arg;
        break;
      case 'b': c.bytes_warning++; continue;
      case 'd': c.debug++; continue;
      case 'i': c.inspect++, c.interactive++; continue;
      case 'I': c.isolated = c.ignore_environment = c.no_user_site = c.safe_path = true; continue;
      case 'O': c.optimize++; continue;
      case 'P': c.safe_path = true; continue;
      case 'B': c.dont_write_bytecode = true; continue;
      case 's': c.no_user_site = true; continue;
      case 'S': c.no_site = true; continue;
      case 'E': c.ignore_environment = true; continue;
      case 'u': c.unbuffered = true; continue;
      case 'v': c.verbose++; continue;
      case 'x': cl.skip_first_line = true; continue;
      case 'q': c.quiet = true; continue;
      case 'W': warnoptions.push_back(arg); continue;
      case 'X': {
        size_t eq = arg.find('=');
        if (eq == std::string::npos) c.xoptions.push_back({arg, std::nullopt});
        else c.xoptions.push_back({arg.substr(0, eq), arg.substr(eq + 1)});
        continue;
      }
      case 'V': version_requested++; continue;
      case 'h':
      case '?':
        return print_help(c, true, false, false);
      default: continue;  // -R and -t: accepted and ignored, as by CPython
    }
    break;  // -c and -m end the options
  }
  if (version_requested) {
    if (version_requested >= 2) printf("Python %s\n", sys_version());
    else printf("Python 3.11.0 (hotpy %s)\n", version());
    return 0;
  }
  if (cl.has_command) {
    c.argv.push_back("-c");
  } else if (cl.has_module) {
    c.argv.push_back("-m");
  } else if (i < argc && std::string_view(argv[i]) != "-") {
    cl.script = argv[i];
  }
  if (!cl.has_command && !cl.has_module && i >= argc) c.argv.push_back("");
  for (int j = i; j < argc; j++) c.argv.push_back(argv[j]);
  return apply_xoptions_and_environment(cl, warnoptions);
}

}  // namespace hotpy
