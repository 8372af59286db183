// The embedding API (include/hotpy/hotpy.h) as a host uses it. The tests share one
// Interpreter, made before the first test and destroyed after the last (ctest runs
// each test in a process of its own anyway); several interpreters at once are
// api_interpreters_test.cpp's. Every hotpy::Object a test holds is released when the
// test ends, before that.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <thread>

#include "hotpy/hotpy.h"

namespace {

hotpy::Interpreter* py = nullptr;
std::string dir;  // made by module_dir()

struct InterpreterEnvironment : ::testing::Environment {
  void SetUp() override { py = new hotpy::Interpreter(); }
  void TearDown() override {
    if (!dir.empty()) std::filesystem::remove_all(dir);
    delete py;
    py = nullptr;
  }
};
const auto* environment = ::testing::AddGlobalTestEnvironment(new InterpreterEnvironment);

// A fresh folder on sys.path for the modules a test writes.
std::string module_dir() {
  if (dir.empty()) {
    char tmpl[] = "/tmp/hotpy_api_testXXXXXX";
    dir = mkdtemp(tmpl);
    py->add_path(dir);
  }
  return dir;
}
void write_module(const std::string& name, const std::string& source) {
  std::ofstream(module_dir() + "/" + name + ".py") << source;
}

// -- Interpreter: exec, eval, import, reload, argv

TEST(ApiInterpreter, ExecThenEvalSeesTheSameGlobals) {
  py->exec("total = 0\nfor i in range(3): total += i", "<host>");
  EXPECT_EQ(py->eval("total * 1.5").cast<double>(), 4.5);
  EXPECT_EQ(py->eval("total").cast<int>(), 3);
}

TEST(ApiInterpreter, ImportGivesTheModuleAndADottedNameTheSubmodule) {
  write_module("api_cfg", "speed = 7\ndef on_tick(n, s, x):\n    return f'{n}-{s}-{x}'\n");
  hotpy::Object cfg = py->import("api_cfg");
  EXPECT_EQ(cfg.attr("speed").cast<long>(), 7);
  EXPECT_EQ(cfg.attr("on_tick")(3, "x", 2.5).str(), "3-x-2.5");
  std::filesystem::create_directory(module_dir() + "/api_pkg");
  write_module("api_pkg/__init__", "");
  write_module("api_pkg/sub", "x = 'sub'\n");
  hotpy::Object sub = py->import("api_pkg.sub");
  EXPECT_EQ(sub.attr("x").cast<std::string>(), "sub");
}

TEST(ApiInterpreter, ReloadByNameAndByObjectRunsTheEditedSource) {
  write_module("api_live", "def f():\n    return 1\n");
  hotpy::Object m = py->import("api_live");
  EXPECT_EQ(m.attr("f")().cast<int>(), 1);
  write_module("api_live", "def f():\n    return 20 + 2\n");
  hotpy::Object again = py->reload("api_live");
  EXPECT_TRUE(again.is(m));
  EXPECT_EQ(m.attr("f")().cast<int>(), 22);
  write_module("api_live", "def f():\n    return 'three hundred'\n");
  py->reload(m);
  EXPECT_EQ(m.attr("f")().cast<std::string>(), "three hundred");
}

TEST(ApiInterpreter, AFailedReloadThrowsAndKeepsTheOldCode) {
  write_module("api_broken", "def f():\n    return 'good'\n");
  hotpy::Object m = py->import("api_broken");
  write_module("api_broken", "def f(:\n    return 'bad'\n");
  try {
    py->reload(m);
    FAIL() << "no error";
  } catch (const hotpy::Error& e) {
    EXPECT_EQ(e.type_name(), "SyntaxError");
  }
  EXPECT_EQ(m.attr("f")().cast<std::string>(), "good");
}

TEST(ApiInterpreter, SetArgvAndAddPathReachSys) {
  py->set_argv({"host", "-v"});
  EXPECT_EQ(py->import("sys").attr("argv").cast<std::vector<std::string>>(),
            (std::vector<std::string>{"host", "-v"}));
  py->add_path("/nonexistent/api_dir");
  EXPECT_EQ(py->eval("__import__('sys').path[-1]").cast<std::string>(), "/nonexistent/api_dir");
}

// -- conversions

TEST(ApiConvert, ScalarsBothWays) {
  hotpy::Object id = py->eval("lambda x: x");
  EXPECT_EQ(id(true).cast<bool>(), true);
  EXPECT_EQ(id(true).repr(), "True");
  EXPECT_EQ(id(-5).cast<int>(), -5);
  EXPECT_EQ(id(int64_t(1) << 62).cast<int64_t>(), int64_t(1) << 62);
  EXPECT_EQ(id(UINT64_MAX).repr(), "18446744073709551615");
  EXPECT_EQ(id(UINT64_MAX).cast<uint64_t>(), UINT64_MAX);
  EXPECT_EQ(id(0.25).cast<double>(), 0.25);
  EXPECT_EQ(py->eval("3").cast<double>(), 3.0);
  EXPECT_EQ(id("text").cast<std::string>(), "text");
  EXPECT_EQ(id(std::string_view("view")).repr(), "'view'");
  EXPECT_EQ(id(std::string("héllo")).attr("__len__")().cast<int>(), 5);
  EXPECT_EQ(py->eval("[]").cast<bool>(), false);
}

TEST(ApiConvert, IntegersOutOfRangeAreOverflowError) {
  auto overflow = [](auto cast) {
    try {
      cast();
    } catch (const hotpy::Error& e) {
      return e.type_name() + ": " + e.message();
    }
    return std::string("no error");
  };
  EXPECT_EQ(overflow([] { py->eval("2**40").cast<int>(); }), "OverflowError: Python int too large to convert to C int");
  EXPECT_EQ(overflow([] { py->eval("2**70").cast<long>(); }),
            "OverflowError: Python int too large to convert to C long");
  EXPECT_EQ(overflow([] { py->eval("-1").cast<unsigned>(); }),
            "OverflowError: can't convert negative int to unsigned");
  EXPECT_EQ(overflow([] { py->eval("2**64").cast<uint64_t>(); }),
            "OverflowError: Python int too large to convert to C unsigned long");
  EXPECT_EQ(overflow([] { py->eval("'7'").cast<int>(); }), "TypeError: 'str' object cannot be interpreted as an integer");
}

TEST(ApiConvert, ContainersAndOptional) {
  hotpy::Object id = py->eval("lambda x: x");
  std::vector<int> v{1, 2, 3};
  EXPECT_EQ(id(v).repr(), "[1, 2, 3]");
  EXPECT_EQ(py->eval("(4, 5)").cast<std::vector<int>>(), (std::vector<int>{4, 5}));
  std::map<std::string, double> m{{"a", 1.5}, {"b", 2}};
  EXPECT_EQ(id(m).repr(), "{'a': 1.5, 'b': 2.0}");
  EXPECT_EQ((py->eval("{'x': [1], 'y': []}").cast<std::map<std::string, std::vector<int>>>()),
            (std::map<std::string, std::vector<int>>{{"x", {1}}, {"y", {}}}));
  EXPECT_TRUE(id(std::optional<int>()).is_none());
  EXPECT_EQ(id(std::optional<int>(4)).repr(), "4");
  EXPECT_EQ(py->eval("None").cast<std::optional<std::string>>(), std::nullopt);
  EXPECT_EQ(py->eval("'s'").cast<std::optional<std::string>>(), "s");
  hotpy::Object none;
  EXPECT_TRUE(none.is_none());
  EXPECT_EQ(id(none).type_name(), "NoneType");
}

// -- errors

TEST(ApiConvert, CallablesBothWays) {
  py->exec("def apply(f, x):\n    return f(x) * 3\n");
  hotpy::Object apply = py->main_dict().attr("get")("apply");
  // A lambda and a std::function become Python callables.
  EXPECT_EQ(apply([](int x) { return x + 1; }, 4).cast<int>(), 15);
  std::function<std::string(std::string)> shout = [](std::string s) { return s + "!"; };
  EXPECT_EQ(apply(shout, "hi").cast<std::string>(), "hi!hi!hi!");
  try {
    apply([](int x) { return x; }, "text");
    FAIL() << "no TypeError";
  } catch (const hotpy::Error& e) {
    EXPECT_EQ(e.type_name(), "TypeError");
    EXPECT_EQ(e.message(), "<lambda>() argument 1 must be int, not str");
  }
  // A Python callable becomes a std::function; its exceptions throw Error.
  auto add = py->eval("lambda a, b: a + b").cast<std::function<int(int, int)>>();
  EXPECT_EQ(add(2, 3), 5);
  auto divide = py->eval("lambda: 1 / 0").cast<std::function<double()>>();
  try {
    divide();
    FAIL() << "no ZeroDivisionError";
  } catch (const hotpy::Error& e) {
    EXPECT_EQ(e.type_name(), "ZeroDivisionError");
  }
  try {
    py->eval("42").cast<std::function<void()>>();
    FAIL() << "no TypeError";
  } catch (const hotpy::Error& e) {
    EXPECT_EQ(e.what(), std::string("TypeError: 'int' object is not callable"));
  }
}

TEST(ApiError, APythonExceptionBecomesErrorAndTheInterpreterGoesOn) {
  try {
    py->exec("def g():\n    return 1 / 0\ng()\n", "<tick>");
    FAIL() << "no error";
  } catch (const hotpy::Error& e) {
    EXPECT_EQ(e.type_name(), "ZeroDivisionError");
    EXPECT_EQ(e.message(), "division by zero");
    EXPECT_STREQ(e.what(), "ZeroDivisionError: division by zero");
    EXPECT_EQ(e.traceback(),
              "Traceback (most recent call last):\n"
              "  File \"<tick>\", line 3, in <module>\n"
              "  File \"<tick>\", line 2, in g\n"
              "ZeroDivisionError: division by zero\n");
  }
  EXPECT_EQ(py->eval("2 + 2").cast<int>(), 4);
  try {
    py->eval("undefined_name");
    FAIL() << "no error";
  } catch (const hotpy::Error& e) {
    EXPECT_EQ(e.type_name(), "NameError");
    EXPECT_EQ(e.message(), "name 'undefined_name' is not defined");
  }
  EXPECT_THROW(py->eval("1 +"), hotpy::Error);
  EXPECT_THROW(py->import("api_no_such_module"), hotpy::Error);
  EXPECT_THROW(py->eval("1").attr("nope"), hotpy::Error);
  EXPECT_EQ(py->eval("'still' + ' fine'").cast<std::string>(), "still fine");
}

// -- native modules and host functions

TEST(ApiModule, DefdFunctionsAndValuesAreImportable) {
  hotpy::Module game = py->add_module("api_game");
  game.def("spawn", [](std::string name, int hp) { return name + ":" + std::to_string(hp * 2); });
  game.def("names", [](std::vector<std::string> v) { return int(v.size()); });
  game.def("nothing", [] {});
  game.set("VERSION", "1.0");
  py->exec("import api_game\nr = api_game.spawn('orc', 21)\nn = api_game.names(['a', 'b'])");
  EXPECT_EQ(py->eval("r").cast<std::string>(), "orc:42");
  EXPECT_EQ(py->eval("n").cast<int>(), 2);
  EXPECT_TRUE(py->eval("api_game.nothing()").is_none());
  EXPECT_EQ(py->eval("api_game.VERSION").cast<std::string>(), "1.0");
  EXPECT_TRUE(py->import("api_game").is(game));
  EXPECT_EQ(py->eval("repr(api_game.spawn)").cast<std::string>(), "<built-in function spawn>");
  EXPECT_EQ(py->eval("(api_game.spawn.__name__, api_game.spawn.__module__, type(api_game.spawn).__name__)").repr(),
            "('spawn', 'api_game', 'builtin_function_or_method')");
}

TEST(ApiModule, WrongArgumentsAreTypeErrorsNamingFunctionAndParameter) {
  hotpy::Module m = py->add_module("api_types");
  m.def("spawn", [](std::string name, int hp) { return hp; });
  py->exec("import api_types\n"
           "def catch(f, *a):\n"
           "    try:\n"
           "        f(*a)\n"
           "    except Exception as e:\n"
           "        return f'{type(e).__name__}: {e}'\n");
  EXPECT_EQ(py->eval("catch(api_types.spawn, 'orc', 'x')").cast<std::string>(),
            "TypeError: spawn() argument 2 must be int, not str");
  EXPECT_EQ(py->eval("catch(api_types.spawn, 1, 2)").cast<std::string>(),
            "TypeError: spawn() argument 1 must be str, not int");
  EXPECT_EQ(py->eval("catch(api_types.spawn, 'orc')").cast<std::string>(),
            "TypeError: spawn expected 2 arguments, got 1");
  EXPECT_EQ(py->eval("catch(api_types.spawn, 'orc', 2**80)").cast<std::string>(),
            "OverflowError: Python int too large to convert to C int");
}

TEST(ApiModule, AHostExceptionBecomesRuntimeErrorScriptsCanCatch) {
  hotpy::Module m = py->add_module("api_fail");
  m.def("boom", [](int n) -> int { throw std::runtime_error("boom " + std::to_string(n)); });
  m.def("reraise", [](hotpy::Object f) { return f(); });
  py->exec("import api_fail\n"
           "try:\n"
           "    api_fail.boom(3)\n"
           "except RuntimeError as e:\n"
           "    caught = str(e)\n");
  EXPECT_EQ(py->eval("caught").cast<std::string>(), "boom 3");
  // A Python exception that passes through a host function stays itself.
  py->exec("try:\n"
           "    api_fail.reraise(lambda: {}['k'])\n"
           "except KeyError as e:\n"
           "    caught = repr(e)\n");
  EXPECT_EQ(py->eval("caught").cast<std::string>(), "KeyError('k')");
}

// -- output and interrupt

TEST(ApiOutput, SetOutputCapturesStdoutAndStderrUntilReset) {
  std::string out, err;
  py->set_output([&](std::string_view text, bool is_stderr) { (is_stderr ? err : out) += text; });
  py->exec("print('hello', 42)\nimport sys\nprint('warn', file=sys.stderr)");
  py->set_output(nullptr);
  EXPECT_EQ(out, "hello 42\n");
  EXPECT_EQ(err, "warn\n");
  EXPECT_TRUE(py->eval("sys.stdout is sys.__stdout__ and sys.stderr is sys.__stderr__").cast<bool>());
}

TEST(ApiInterrupt, InterruptRaisesKeyboardInterrupt) {
  hotpy::Module m = py->add_module("api_stop");
  hotpy::Interpreter* interp = py;
  m.def("stop", [interp] { interp->interrupt(); });
  try {
    py->exec("import api_stop\napi_stop.stop()\nwhile True:\n    pass\n");
    FAIL() << "no interrupt";
  } catch (const hotpy::Error& e) {
    EXPECT_EQ(e.type_name(), "KeyboardInterrupt");
  }
  EXPECT_EQ(py->eval("'after'").cast<std::string>(), "after");
}

TEST(ApiInterrupt, InterruptFromAnotherThreadStopsALoop) {
  std::thread stopper([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    py->interrupt();
  });
  try {
    py->exec("n = 0\nwhile True:\n    n += 1\n");
    ADD_FAILURE() << "no interrupt";
  } catch (const hotpy::Error& e) {
    EXPECT_EQ(e.type_name(), "KeyboardInterrupt");
  }
  stopper.join();
  EXPECT_EQ(py->eval("'usable'").cast<std::string>(), "usable");
}

}  // namespace
