// Interpreter::exec_file: a source file run as a module through the import system's
// loader, as runpy.run_path runs one. The tests share one Interpreter (ctest runs each
// test in a process of its own anyway).
//
// Every expected value was printed by CPython 3.11 running runpy.run_path on the same
// file (the traceback text: traceback.print_exc(), less runpy's own frames).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "hotpy/hotpy.h"

namespace {

hotpy::Interpreter* py = nullptr;
std::string dir;

struct InterpreterEnvironment : ::testing::Environment {
  void SetUp() override {
    py = new hotpy::Interpreter();
    char tmpl[] = "/tmp/hotpy_exec_file_testXXXXXX";
    dir = mkdtemp(tmpl);
  }
  void TearDown() override {
    std::filesystem::remove_all(dir);
    delete py;
    py = nullptr;
  }
};
const auto* environment = ::testing::AddGlobalTestEnvironment(new InterpreterEnvironment);

// Writes `source` to a file in the scratch folder; returns its path.
std::string write_file(const std::string& name, const std::string& source) {
  std::string path = dir + "/" + name;
  std::ofstream(path) << source;
  return path;
}

// The Error exec_file throws for `path` (the test fails when it throws none).
hotpy::Error error_of(const std::string& path) {
  try {
    py->exec_file(path);
  } catch (const hotpy::Error& e) {
    return e;
  }
  ADD_FAILURE() << "no exception from " << path;
  return hotpy::Error("", "", "");
}

const char* kFacts =
    "import sys\n"
    "me = sys.modules[__name__]\n"
    "x = 6 * 7\n"
    "facts = (__name__, __file__, __spec__, __loader__, __cached__, __package__, __doc__)\n";

TEST(ApiExecFile, RunsTheFileAsAFreshModuleLikeRunPath) {
  std::string path = write_file("facts.py", kFacts);
  hotpy::Object m = py->exec_file(path);
  EXPECT_EQ(m.attr("x").cast<int>(), 42);
  // The module was sys.modules['<run_path>'] while it ran, and only then.
  EXPECT_TRUE(m.attr("me").is(m));
  EXPECT_EQ(m.attr("facts").repr(), "('<run_path>', '" + path + "', None, None, None, '', None)");
  EXPECT_FALSE(py->eval("'<run_path>' in __import__('sys').modules").cast<bool>());
  // Each run makes a new module.
  hotpy::Object again = py->exec_file(path);
  EXPECT_FALSE(again.is(m));
}

TEST(ApiExecFile, RunNameIsTheModulesNameAndWhatSysModulesHadComesBack) {
  std::string path = write_file("named.py", kFacts);
  py->exec("import sys\nsys.modules['pkg.cfg'] = 'before'\n");
  hotpy::Object m = py->exec_file(path, "pkg.cfg");
  EXPECT_EQ(m.attr("facts").repr(), "('pkg.cfg', '" + path + "', None, None, None, 'pkg', None)");
  EXPECT_TRUE(m.attr("me").is(m));
  EXPECT_EQ(py->eval("sys.modules['pkg.cfg']").str(), "before");
  py->exec("del sys.modules['pkg.cfg']");
}

TEST(ApiExecFile, AMissingFileThrowsFileNotFoundError) {
  hotpy::Error missing = error_of(dir + "/nope.py");
  EXPECT_EQ(missing.type_name(), "FileNotFoundError");
  EXPECT_EQ(missing.message(), "[Errno 2] No such file or directory: '" + dir + "/nope.py'");
  // As open() says it (run_path would run a folder's __main__.py).
  hotpy::Error folder = error_of(dir);
  EXPECT_EQ(folder.type_name(), "IsADirectoryError");
  EXPECT_EQ(folder.message(), "[Errno 21] Is a directory: '" + dir + "'");
  EXPECT_EQ(py->eval("1 + 1").cast<int>(), 2);  // still usable
}

TEST(ApiExecFile, ASyntaxErrorThrowsAsImportWouldReportIt) {
  std::string path = write_file("broken.py", "\"\"\"doc\"\"\"\nx = (1,\n");
  hotpy::Error e = error_of(path);
  EXPECT_EQ(e.type_name(), "SyntaxError");
  EXPECT_EQ(e.message(), "'(' was never closed (broken.py, line 2)");
  EXPECT_EQ(e.traceback(),
            "  File \"" + path +
                "\", line 2\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n");
  EXPECT_FALSE(py->eval("'<run_path>' in __import__('sys').modules").cast<bool>());
}

TEST(ApiExecFile, AnExceptionInTheCodeThrowsWithTheFilesTraceback) {
  std::string path = write_file("fails.py", "def f():\n    return 1/0\nf()\n");
  hotpy::Error e = error_of(path);
  EXPECT_EQ(e.type_name(), "ZeroDivisionError");
  EXPECT_EQ(e.traceback(),
            "Traceback (most recent call last):\n"
            "  File \"" +
                path +
                "\", line 3, in <module>\n"
                "    f()\n"
                "  File \"" +
                path +
                "\", line 2, in f\n"
                "    return 1/0\n"
                "           ~^~\n"
                "ZeroDivisionError: division by zero\n");
}

TEST(ApiExecFile, TheSourceIsDecodedAsImportDecodesIt) {
  // A BOM, and a PEP 263 declaration: é is U+00E9 either way.
  std::string bom = write_file("bom.py", "\xEF\xBB\xBFs = '\xC3\xA9'\n");
  EXPECT_EQ(py->exec_file(bom).attr("s").cast<std::string>(), "\xC3\xA9");
  std::string latin = write_file("latin.py", "# -*- coding: latin-1 -*-\ns = '\xE9'\n");
  EXPECT_EQ(py->exec_file(latin).attr("s").cast<std::string>(), "\xC3\xA9");
}

}  // namespace
