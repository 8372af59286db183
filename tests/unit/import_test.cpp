// The import system's rules, through the real finder, cache and reload: each test
// writes module files into a fresh folder on sys.path and runs Python against them.
// Expected values are CPython 3.11's for the same programs (importlib.reload).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "runtime/runtime.h"
#include "eval/eval.h"
#include "modules/import.h"
#include "modules/sys.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "resolve/compile.h"

namespace hotpy {
namespace {

namespace fs = std::filesystem;

class ImportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { init_runtime({""}, ""); }

  void SetUp() override {
    char tmpl[] = "/tmp/hotpy-import-XXXXXX";
    m_dir = mkdtemp(tmpl);
    sys_path()->m_items[0] = new_str(m_dir);
    m_ns = new_module("__test__");
  }
  void TearDown() override {
    // Forget the modules this test imported, so names can be reused by the next one.
    DictObject* modules = sys_modules();
    std::vector<Value> drop;
    size_t pos = 0;
    Value k, v;
    while (dict_next(modules, &pos, &k, &v)) {
      Value file = is_module(v) ? dict_get_str(v.as<ModuleObject>()->m_dict, intern("__file__")) : Value();
      if (is_str(file) && as_str(file)->m_data.rfind(m_dir, 0) == 0) drop.push_back(k);
    }
    for (const Value& key : drop) dict_del(modules, key);
    fs::remove_all(m_dir);
  }

  void write(const std::string& name, const std::string& text) {
    fs::path p = fs::path(m_dir) / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
  }

  // Runs statements in the test's namespace; "ok", or "!Type: message".
  std::string run(const std::string& source) {
    auto unit = compile_source(source, "<test>", ast::Mode::File);
    if (unit && !run_unit(unit, m_ns.as<ModuleObject>()->m_dict).is_null()) return "ok";
    Value exc = fetch_error();
    return "!" + exc.type()->m_name + ": " + exception_message(exc);
  }
  // repr() of an expression in the test's namespace.
  std::string value(const std::string& expr) {
    auto unit = compile_source(expr, "<test>", ast::Mode::Eval);
    Value v = unit ? eval_unit(unit, m_ns.as<ModuleObject>()->m_dict) : Value();
    if (v.is_null()) {
      Value exc = fetch_error();
      return "!" + exc.type()->m_name + ": " + exception_message(exc);
    }
    return repr_text(v);
  }

  std::string m_dir;
  Value m_ns;
};

// --- the finder

TEST_F(ImportTest, FinderPrefersNativeModulesAndTellsPackagesFromModules) {
  write("math.py", "shadow = True\n");
  write("plain.py", "x = 1\n");
  write("pack/__init__.py", "");
  ModuleSpec spec;
  ASSERT_TRUE(find_spec("math", Value::borrow(sys_path()), &spec));
  EXPECT_NE(spec.native, nullptr);
  ASSERT_TRUE(find_spec("plain", Value::borrow(sys_path()), &spec));
  EXPECT_FALSE(spec.is_package);
  EXPECT_EQ(spec.origin, m_dir + "/plain.py");
  ASSERT_TRUE(find_spec("pack", Value::borrow(sys_path()), &spec));
  EXPECT_TRUE(spec.is_package);
  EXPECT_FALSE(find_spec("absent_module", Value::borrow(sys_path()), &spec));
  EXPECT_TRUE(error_matches(&ModuleNotFoundErrorType));
  EXPECT_EQ(exception_message(fetch_error()), "No module named 'absent_module'");
}

// --- the cache

TEST_F(ImportTest, SecondImportRunsNothingAndReturnsTheCachedObject) {
  write("counted.py", "import sys\nsys.counted_runs = getattr(sys, 'counted_runs', 0) + 1\n");
  ASSERT_EQ(run("import sys\nimport counted\nfirst = counted\nimport counted"), "ok");
  EXPECT_EQ(value("(sys.counted_runs, first is counted, sys.modules['counted'] is counted)"), "(1, True, True)");
  // Whatever sys.modules holds is what import returns.
  ASSERT_EQ(run("sys.modules['counted'] = 42\nimport counted as c2"), "ok");
  EXPECT_EQ(value("c2"), "42");
}

TEST_F(ImportTest, FailedFirstImportLeavesNothingBehind) {
  write("broken.py", "value = 1\nraise ValueError('boom')\n");
  EXPECT_EQ(run("import broken"), "!ValueError: boom");
  EXPECT_EQ(value("'broken' in __import__('sys').modules"), "False");
  write("broken.py", "value = 2\n");
  ASSERT_EQ(run("import broken"), "ok");
  EXPECT_EQ(value("broken.value"), "2");
}

TEST_F(ImportTest, DeletingFromSysModulesMakesTheNextImportBuildANewModule) {
  write("fresh.py", "x = []\n");
  ASSERT_EQ(run("import sys, fresh\nold = fresh\ndel sys.modules['fresh']\nimport fresh"), "ok");
  EXPECT_EQ(value("(old is fresh, old.x is fresh.x)"), "(False, False)");
}

TEST_F(ImportTest, CircularImportSeesThePartiallyInitialisedModule) {
  write("cyc_a.py", "import cyc_b\nlate = 1\n");
  write("cyc_b.py", "from cyc_a import late\n");
  std::string r = run("import cyc_a");
  EXPECT_EQ(r.rfind("!ImportError: cannot import name 'late' from partially initialized module 'cyc_a' "
                    "(most likely due to a circular import)",
                    0),
            0u)
      << r;
}

// --- reload, rule by rule

TEST_F(ImportTest, ReloadRejectsNonModulesAndModulesNotInTheCache) {
  write("rel.py", "x = 1\n");
  ASSERT_EQ(run("import sys, rel\nfrom importlib import reload"), "ok");
  EXPECT_EQ(run("reload('rel')"), "!TypeError: reload() argument must be a module");
  EXPECT_EQ(run("old = rel\ndel sys.modules['rel']\nreload(old)"), "!ImportError: module rel not in sys.modules");
}

TEST_F(ImportTest, ReloadReadsTheSourceAgainEvenWhenSizeAndSecondAreUnchanged) {
  write("same_size.py", "v = 'aaaa'\n");
  ASSERT_EQ(run("import same_size\nfrom importlib import reload"), "ok");
  write("same_size.py", "v = 'bbbb'\n");
  ASSERT_EQ(run("reload(same_size)"), "ok");
  EXPECT_EQ(value("same_size.v"), "'bbbb'");
}

TEST_F(ImportTest, ReloadWithASyntaxErrorLeavesTheModuleAsItWas) {
  write("syn.py", "a = 1\n");
  ASSERT_EQ(run("import syn\nfrom importlib import reload"), "ok");
  write("syn.py", "a = 2\nb = = 3\n");
  EXPECT_EQ(run("reload(syn)").rfind("!SyntaxError:", 0), 0u);
  EXPECT_EQ(value("(syn.a, hasattr(syn, 'b'))"), "(1, False)");
}

TEST_F(ImportTest, ReloadKeepsOldNamesAndEarlierAssignmentsOfAFailedRun) {
  write("keep.py", "a = 1\nonly_old = 'old'\nc = 3\n");
  ASSERT_EQ(run("import sys, keep\nfrom importlib import reload\nfrom keep import a as taken\nd = keep.__dict__"), "ok");
  write("keep.py", "a = 10\nraise RuntimeError('midway')\nc = 30\n");
  EXPECT_EQ(run("reload(keep)"), "!RuntimeError: midway");
  EXPECT_EQ(value("(keep.a, keep.only_old, keep.c, taken, keep.__dict__ is d, sys.modules['keep'] is keep)"),
            "(10, 'old', 3, 1, True, True)");
}

TEST_F(ImportTest, ReloadOfAPackageRerunsOnlyItsInit) {
  write("pkg_r/__init__.py", "import sys\nsys.pkg_runs = getattr(sys, 'pkg_runs', 0) + 1\n");
  write("pkg_r/sub.py", "import sys\nsys.sub_runs = getattr(sys, 'sub_runs', 0) + 1\n");
  ASSERT_EQ(run("import sys, pkg_r.sub\nfrom importlib import reload\nr = reload(pkg_r)"), "ok");
  EXPECT_EQ(value("(sys.pkg_runs, sys.sub_runs, r is pkg_r, pkg_r.sub is sys.modules['pkg_r.sub'])"),
            "(2, 1, True, True)");
}

TEST_F(ImportTest, AReloadDuringItsOwnReloadReturnsAtOnce) {
  write("selfref.py",
        "import importlib, sys\n"
        "sys.n = getattr(sys, 'n', 0) + 1\n"
        "if sys.n < 3:\n"
        "    sys.same = importlib.reload(sys.modules[__name__]) is sys.modules[__name__]\n");
  ASSERT_EQ(run("import sys, selfref"), "ok");
  EXPECT_EQ(value("(sys.n, sys.same)"), "(2, True)");
}

// Not a CPython observable (its classes wait for the cycle collector): hotpy's own
// promise that reloading again and again does not pile up the code of old versions.
TEST_F(ImportTest, ReloadFreesThePreviousVersionsCodeOnceNothingUsesIt) {
  write("versions.py",
        "class Base:\n    def __init__(self, v):\n        self.v = v\n"
        "class C(Base):\n    def __init__(self, v):\n        Base.__init__(self, v)\n"
        "def f():\n    return C(1).v\n"
        "X = f()\n");
  ASSERT_EQ(run("import versions\nfrom importlib import reload"), "ok");
  auto code_of = [&](const char* expr) {
    auto unit = compile_source(expr, "<test>", ast::Mode::Eval);
    Value fn = eval_unit(unit, m_ns.as<ModuleObject>()->m_dict);
    return std::weak_ptr<ast::Unit>(fn.as<FunctionObject>()->m_unit);
  };
  std::weak_ptr<ast::Unit> first = code_of("versions.f");
  ASSERT_FALSE(first.expired());
  // A class is in a cycle with its namespace's descriptors (as in CPython): the old
  // versions go at the next collection.
  ASSERT_EQ(run("reload(versions)\n__import__('gc').collect()"), "ok");
  std::weak_ptr<ast::Unit> second = code_of("versions.f");
  EXPECT_TRUE(first.expired());
  ASSERT_EQ(run("reload(versions)\n__import__('gc').collect()"), "ok");
  EXPECT_TRUE(second.expired());
  EXPECT_EQ(value("versions.X"), "1");
}

TEST_F(ImportTest, TheBuiltinReloadIsImportlibReload) {
  EXPECT_EQ(value("reload is __import__('importlib').reload"), "True");
}

}  // namespace
}  // namespace hotpy
