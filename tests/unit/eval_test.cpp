// The evaluator's tricky spots, through the whole pipeline: source is compiled and
// run in a fresh module namespace, then an expression's repr is compared with what
// CPython 3.11 prints for it.
#include <gtest/gtest.h>

#include <string>

#include "runtime/runtime.h"
#include "eval/eval.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "resolve/compile.h"

namespace hotpy {
namespace {

class EvalTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { init_runtime({""}, ""); }

  // Runs `source`, then returns repr(eval(expr)) in the same namespace, or
  // "!Type: message" when either raised.
  std::string run(const std::string& source, const std::string& expr) {
    Value module = new_module("__test__");
    DictObject* ns = module.as<ModuleObject>()->m_dict;
    auto unit = compile_source(source, "<test>", ast::Mode::File);
    if (!unit || run_unit(unit, ns).is_null()) return error_text();
    auto e = compile_source(expr, "<test>", ast::Mode::Eval);
    if (!e) return error_text();
    Value v = eval_unit(e, ns);
    if (v.is_null()) return error_text();
    return repr_text(v);
  }
  std::string error_text() {
    Value exc = fetch_error();
    return "!" + exc.type()->m_name + ": " + exception_message(exc);
  }
};

TEST_F(EvalTest, SmallIntsOverflowToBigAndBack) {
  EXPECT_EQ(run("", "9223372036854775807 + 1"), "9223372036854775808");
  EXPECT_EQ(run("", "-9223372036854775807 - 2"), "-9223372036854775809");
  EXPECT_EQ(run("", "(-2)**63 // -1"), "9223372036854775808");
  EXPECT_EQ(run("x = 2**64", "x - 2**64 + 5"), "5");
  EXPECT_EQ(run("", "2**200"), "1606938044258990275541962092341162602522202993782792835301376");
}

TEST_F(EvalTest, FloorDivisionAndModuloFollowPythonSigns) {
  EXPECT_EQ(run("", "(-7 // 2, -7 % 2, 7 // -2, 7 % -2)"), "(-4, 1, -4, -1)");
  EXPECT_EQ(run("", "pow(3, 100, 7)"), "4");
}

TEST_F(EvalTest, FloatReprIsShortestRoundTrip) {
  EXPECT_EQ(run("", "0.1 + 0.2"), "0.30000000000000004");
  EXPECT_EQ(run("", "(1e16, 1/3, -0.0, float('inf'))"), "(1e+16, 0.3333333333333333, -0.0, inf)");
}

TEST_F(EvalTest, StringSlicingWithNegativeSteps) {
  EXPECT_EQ(run("", "'h\xc3\xa9llo'[::-2]"), "'olh'");
  EXPECT_EQ(run("", "'hello'[::-1]"), "'olleh'");
  EXPECT_EQ(run("", "'abcdef'[-2:1:-1]"), "'edc'");
}

TEST_F(EvalTest, ClosuresShareCells) {
  const char* src =
      "def mk():\n"
      "    n = 0\n"
      "    def inc():\n"
      "        nonlocal n\n"
      "        n += 1\n"
      "        return n\n"
      "    return inc\n"
      "i = mk()\n"
      "i()\n";
  EXPECT_EQ(run(src, "i()"), "2");
}

TEST_F(EvalTest, GeneratorsSuspendAndReceiveValues) {
  const char* src =
      "def g():\n"
      "    yield 1\n"
      "    x = yield 2\n"
      "    yield x * 10\n"
      "it = g()\n"
      "r = (next(it), next(it), it.send(4))\n";
  EXPECT_EQ(run(src, "r"), "(1, 2, 40)");
  EXPECT_EQ(run("", "[x*y for x in range(3) for y in range(3) if x != y]"), "[0, 0, 0, 2, 0, 2]");
  EXPECT_EQ(run("", "sum(x * x for x in range(10))"), "285");
}

TEST_F(EvalTest, UnboundLocalUsesCPythonMessage) {
  const char* src =
      "def f():\n"
      "    print(v)\n"
      "    v = 1\n";
  EXPECT_EQ(run(src, "f()"),
            "!UnboundLocalError: cannot access local variable 'v' where it is not associated with a value");
}

TEST_F(EvalTest, ZeroArgumentSuperFindsTheClassCell) {
  const char* src =
      "class A:\n"
      "    def __init__(self, v): self.v = v\n"
      "    def __repr__(self): return f'A({self.v!r})'\n"
      "class B(A):\n"
      "    def __init__(self): super().__init__('b')\n";
  EXPECT_EQ(run(src, "B()"), "A('b')");
}

TEST_F(EvalTest, DeepRecursionRaisesRecursionError) {
  const char* src = "def f(n): return f(n + 1)\n";
  EXPECT_EQ(run(src, "f(0)"), "!RecursionError: maximum recursion depth exceeded");
}

TEST_F(EvalTest, TryFinallyReturnOverridesAndExceptionsChain) {
  const char* src =
      "def f():\n"
      "    try:\n"
      "        return 1\n"
      "    finally:\n"
      "        return 2\n"
      "def g():\n"
      "    try:\n"
      "        1/0\n"
      "    except ZeroDivisionError as e:\n"
      "        try:\n"
      "            raise KeyError('k')\n"
      "        except KeyError as k:\n"
      "            return type(k.__context__).__name__\n";
  EXPECT_EQ(run(src, "(f(), g())"), "(2, 'ZeroDivisionError')");
}

}  // namespace
}  // namespace hotpy
