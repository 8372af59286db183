// The hotpy command line where a golden test cannot say it: messages that name the
// interpreter itself, the REPL started by -i on piped input, PYTHONSTARTUP, HOTPY_PATH,
// -v's lines. Each test runs build/hotpy in a scratch folder with every PYTHON* and
// HOTPY_* variable removed from its environment.
//
// Every expected text below was checked against CPython 3.11 (/usr/bin/python3) running
// the same command in the same layout, with CPython's executable replaced by hotpy's
// (CPython prints sys.executable before -m and folder errors, argv[0] in usage lines and
// before "can't open file"). Where hotpy differs on purpose, the comment says so.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "child_process.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;

struct ChildResult {
  std::string out, err;
  int status = -1;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/hotpy-cli-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir = tmpl;
    char buf[PATH_MAX];
    exe = realpath(HOTPY_BINARY, buf) ? buf : HOTPY_BINARY;
  }
  void TearDown() override { fs::remove_all(dir); }

  void write(const std::string& path, const std::string& text) {
    fs::create_directories(fs::path(dir + "/" + path).parent_path());
    std::ofstream(dir + "/" + path) << text;
  }

  // Runs `hotpy args...` in the scratch folder with `env` (NAME=value) added and `input`
  // on stdin; output goes to files (a pipe could fill while we wait).
  ChildResult run(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
          const std::string& input = "") {
    write(".stdin", input);
    ChildResult r;
    pid_t pid = fork();
    if (pid == 0) {
      if (chdir(dir.c_str()) != 0) _exit(126);
      std::vector<std::string> names;
      for (char** e = environ; *e; e++) {
        std::string name(*e, strcspn(*e, "="));
        if (name.rfind("PYTHON", 0) == 0 || name.rfind("HOTPY_", 0) == 0) names.push_back(name);
      }
      for (const std::string& n : names) unsetenv(n.c_str());
      for (const std::string& e : env) putenv(const_cast<char*>(e.c_str()));
      int in = open(".stdin", O_RDONLY), out = open(".out", O_WRONLY | O_CREAT | O_TRUNC, 0600),
          err = open(".err", O_WRONLY | O_CREAT | O_TRUNC, 0600);
      dup2(in, 0), dup2(out, 1), dup2(err, 2);
      alarm(60);
      exec_hotpy(args);
    }
    r.status = wait_status(pid);
    r.out = slurp(".out");
    r.err = slurp(".err");
    return r;
  }

  std::string slurp(const std::string& name) {
    std::ifstream in(dir + "/" + name);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  std::string usage() const {
    // CPython's own line ends "Try `python -h'": hotpy names itself.
    return std::string("usage: ") + HOTPY_BINARY +
           " [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `hotpy -h' for more information.\n";
  }

  std::string dir, exe;
};

TEST_F(CliTest, UnknownOptionsAndMissingArgumentsAreUsageErrors) {
  struct Case {
    std::vector<std::string> args;
    std::string first_line;
  } cases[] = {
      {{"-z"}, "Unknown option: -z\n"},
      {{"-qz"}, "Unknown option: -z\n"},
      {{"--foo"}, "unknown option --foo\n"},
      {{"-c"}, "Argument expected for the -c option\n"},
      {{"-qm"}, "Argument expected for the -m option\n"},
      {{"-W"}, "Argument expected for the -W option\n"},
      {{"-X"}, "Argument expected for the -X option\n"},
      {{"-J"}, "-J is reserved for Jython\n"},
      {{"--check-hash-based-pycs"}, "Argument expected for the --check-hash-based-pycs options\n"},
      {{"--check-hash-based-pycs", "x"}, "--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n"},
  };
  for (const Case& c : cases) {
    ChildResult r = run(c.args);
    EXPECT_EQ(r.status, 2) << c.args[0];
    EXPECT_EQ(r.err, c.first_line + usage()) << c.args[0];
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(CliTest, BadSettingsAreFatalAsInCPython) {
  ChildResult r = run({"-X", "int_max_str_digits=5", "-c", "pass"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= "
            "640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n");
  r = run({"-c", "import sys; print(sys.flags.int_max_str_digits, len(str(10 ** 5000)))"},
          {"PYTHONINTMAXSTRDIGITS=6000"});
  EXPECT_EQ(r.out, "6000 5001\n");
}

TEST_F(CliTest, ModuleErrorsNameTheExecutable) {
  write("nomain/__init__.py", "print('nomain init')\n");
  write("mod.py", "print('mod runs')\n");
  write("broken/__init__.py", "import not_there\n");
  struct Case {
    std::string module, out, message;
  } cases[] = {
      {"nope", "", "No module named nope"},
      {"nomain", "nomain init\n",
       "No module named nomain.__main__; 'nomain' is a package and cannot be directly executed"},
      {"nomain.absent", "nomain init\n", "No module named nomain.absent"},
      {"mod.sub", "mod runs\n",
       "Error while finding module specification for 'mod.sub' (ModuleNotFoundError: __path__ attribute not found "
       "on 'mod' while trying to find 'mod.sub')"},
      {"mod.py", "mod runs\n",
       "Error while finding module specification for 'mod.py' (ModuleNotFoundError: __path__ attribute not found "
       "on 'mod' while trying to find 'mod.py'). Try using 'mod' instead of 'mod.py' as the module name."},
      {"gone.sub", "",
       "Error while finding module specification for 'gone.sub' (ModuleNotFoundError: No module named 'gone')"},
      {".mod", "", "Relative module names not supported"},
      {"math", "", "No code object available for math"},
      {"", "", "No module named "},
  };
  for (const Case& c : cases) {
    ChildResult r = run({"-m", c.module});
    EXPECT_EQ(r.status, 1) << c.module;
    EXPECT_EQ(r.out, c.out) << c.module;
    EXPECT_EQ(r.err, exe + ": " + c.message + "\n") << c.module;
  }
  // Any other failure of a parent package's code is the program's error, as a traceback;
  // its sys.exit() ends the program with that status.
  ChildResult r = run({"-m", "broken.sub"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("\nModuleNotFoundError: No module named 'not_there'\n"), std::string::npos) << r.err;
  write("exits/__init__.py", "import sys; sys.exit(3)\n");
  r = run({"-m", "exits"});
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.err, "");
}

TEST_F(CliTest, FolderWithoutMainAndMissingFile) {
  fs::create_directories(dir + "/empty");
  ChildResult r = run({"empty"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, exe + ": can't find '__main__' module in '" + dir + "/empty'\n");
  r = run({"./empty/"});
  EXPECT_EQ(r.err, exe + ": can't find '__main__' module in '" + dir + "/./empty/'\n");
  r = run({"missing.py"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, std::string(HOTPY_BINARY) + ": can't open file '" + dir +
                       "/missing.py': [Errno 2] No such file or directory\n");
}

TEST_F(CliTest, InspectReadsPipedStdinAsAnInteractiveSession) {
  // CPython prints its banner first (hotpy's REPL prints its own) unless -q.
  ChildResult r = run({"-i"}, {}, "print(1)\nif True:\n    print(2)\n\n");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "1\n2\n");
  EXPECT_NE(r.err.find(">>> >>> ... ... >>> "), std::string::npos) << r.err;
  r = run({"-qi"}, {}, "print(1)\n");
  EXPECT_EQ(r.out, "1\n");
  EXPECT_EQ(r.err.rfind(">>> >>> ", 0), 0u) << r.err;  // no banner
  r = run({"-qi"}, {}, "raise SystemExit(3)\n");
  EXPECT_EQ(r.status, 3);
}

TEST_F(CliTest, StartupFileRunsOnlyBeforeAnInteractiveSession) {
  // __file__ names the startup file only while it runs.
  write("startup.py", "print('startup ran', __file__)\nSTARTED = True\n");
  ChildResult r = run({"-qi"}, {"PYTHONSTARTUP=startup.py"}, "print(1, STARTED, '__file__' in globals())\n");
  EXPECT_EQ(r.out, "startup ran startup.py\n1 True False\n");
  r = run({"-qi", "-c", "print(2)"}, {"PYTHONSTARTUP=startup.py"});
  EXPECT_EQ(r.out, "2\n");
  r = run({"-qiE"}, {"PYTHONSTARTUP=startup.py"}, "print(1)\n");
  EXPECT_EQ(r.out, "1\n");
  r = run({"-qi"}, {"PYTHONSTARTUP=missing.py"}, "print(1)\n");
  EXPECT_EQ(r.out, "1\n");
  EXPECT_EQ(r.err.rfind("Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: "
                        "'missing.py'\n>>> ",
                        0),
            0u)
      << r.err;
}

// HOTPY_PATH is hotpy's own (no oracle): the same rule as PYTHONPATH, its folders first.
TEST_F(CliTest, HotpyPathComesBeforePythonPath) {
  write("a/shadow.py", "WHO = 'a'\n");
  write("b/shadow.py", "WHO = 'b'\n");
  const char* code = "import sys, shadow; print(shadow.WHO, sys.path[1:3])";
  ChildResult r = run({"-c", code}, {"HOTPY_PATH=a", "PYTHONPATH=b"});
  EXPECT_EQ(r.out, "a ['" + dir + "/a', '" + dir + "/b']\n");
  r = run({"-E", "-c", "import sys; print(sys.path[0])"}, {"HOTPY_PATH=a", "PYTHONPATH=b"});
  EXPECT_EQ(r.out, "\n");
  r = run({"-I", "-c", "import sys; print(any(p.endswith('/a') for p in sys.path))"}, {"HOTPY_PATH=a"});
  EXPECT_EQ(r.out, "False\n");
}

// -v: CPython's lines for a source module read without a bytecode cache ("# code object
// from <path>", then "import 'name' # <loader>"; hotpy names its own loader there).
TEST_F(CliTest, VerboseTracesImports) {
  write("vmod.py", "print('vmod runs')\n");
  write("vpkg/__init__.py", "");
  write("vpkg/sub.py", "");
  ChildResult r = run({"-v", "-c", "import vmod, vpkg.sub"});
  EXPECT_EQ(r.out, "vmod runs\n");
  std::string trace = "# code object from " + dir + "/vmod.py\nimport 'vmod' # ";
  EXPECT_NE(r.err.find(trace), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("# code object from " + dir + "/vpkg/sub.py\nimport 'vpkg.sub' # "), std::string::npos)
      << r.err;
  // A reload loads the source again, and says so again (CPython 3.11 -v -B).
  r = run({"-v", "-c", "import vmod; reload(vmod)"});
  std::string loaded = "# code object from " + dir + "/vmod.py\n";
  size_t first = r.err.find(loaded);
  ASSERT_NE(first, std::string::npos) << r.err;
  EXPECT_NE(r.err.find(loaded, first + 1), std::string::npos) << r.err;
  r = run({"-c", "import vmod"}, {"PYTHONVERBOSE=1"});
  EXPECT_NE(r.err.find("import 'vmod' # "), std::string::npos) << r.err;
  r = run({"-c", "import vmod"});
  EXPECT_EQ(r.err, "");
}

TEST_F(CliTest, HelpListsOptionsAndEnvironment) {
  ChildResult r = run({"-h"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind(std::string("usage: ") + HOTPY_BINARY + " [option] ... [-c cmd | -m mod | file | -]", 0), 0u);
  for (const char* option : {"-b ", "-B ", "-c cmd", "-d ", "-E ", "-h ", "-i ", "-I ", "-m mod", "-O ", "-OO ", "-P ",
                             "-q ", "-s ", "-S ", "-u ", "-v ", "-V ", "-W arg", "-x ", "-X opt", "--help-env"})
    EXPECT_NE(r.out.find(std::string("\n") + option), std::string::npos) << option;
  r = run({"--help-env"});
  EXPECT_EQ(r.status, 0);
  for (const char* var : {"PYTHONPATH", "HOTPY_PATH", "PYTHONSTARTUP", "PYTHONUNBUFFERED", "PYTHONINSPECT",
                          "PYTHONSAFEPATH", "PYTHONOPTIMIZE", "PYTHONVERBOSE", "PYTHONDONTWRITEBYTECODE"})
    EXPECT_NE(r.out.find(std::string("\n") + var), std::string::npos) << var;
  r = run({"-VV"});
  EXPECT_EQ(r.out, "Python 3.11.0 (hotpy 0.1.0) [C++20]\n");
}

}  // namespace

// A script goes through the source loader, -m through runpy's path: an unreadable
// script's message carries the errno the read failed with, and a module run by -m is
// compiled as a string (as import does), not as a script file: its error at the end
// of the input has a caret, which a script's has not.
TEST_F(CliTest, ScriptAndModuleReadErrorsAsCPython) {
  write("plain.py", "x = 1\n");
  ChildResult r = run({"plain.py/inner.py"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, std::string(HOTPY_BINARY) + ": can't open file '" + dir +
                       "/plain.py/inner.py': [Errno 20] Not a directory\n");
  write("open_block.py", "if True:\n");
  const std::string error =
      "IndentationError: expected an indented block after 'if' statement on line 1\n";
  r = run({"-m", "open_block"});
  EXPECT_EQ(r.status, 1);
  std::string caret = "    if True:\n            ^\n" + error;
  EXPECT_EQ(r.err.substr(r.err.size() - std::min(r.err.size(), caret.size())), caret) << r.err;
  r = run({"open_block.py"});
  EXPECT_EQ(r.err, "  File \"" + dir + "/open_block.py\", line 1\n    if True:\n" + error);
}

// Bytes that are not UTF-8 (no coding declaration) in a file CPython reads with its file
// tokenizer (a script, piped stdin, PYTHONSTARTUP): a SyntaxError naming the file in its
// message, with no location lines.
TEST_F(CliTest, UndecodableScriptIsASyntaxErrorNamingTheFile) {
  write("latin.py", "x = 1\ns = '\xe9'\n");
  const std::string tail =
      " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n";
  ChildResult r = run({"latin.py"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + dir +
                       "/latin.py" + tail);
  r = run({}, {}, "x = 1\ns = '\xe9'\n");
  EXPECT_EQ(r.err, "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file <stdin>" + tail);
  r = run({"-qi"}, {"PYTHONSTARTUP=latin.py"});
  EXPECT_EQ(
      r.err.rfind("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file latin.py" + tail, 0),
      0u)
      << r.err;
}
