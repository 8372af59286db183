// Ctrl-C stops the loops the native itertools, _collections, _functools and operator
// run without returning to the evaluator (which checks for interrupts between
// statements): each program below would otherwise run for minutes.
#include <gtest/gtest.h>
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <string>
#include <thread>

#include "eval/eval.h"
#include "objects/errors.h"
#include "objects/module.h"
#include "resolve/compile.h"
#include "runtime/runtime.h"

namespace hotpy {
namespace {

class NativeLoopInterruptTest : public ::testing::TestWithParam<const char*> {
 protected:
  static void SetUpTestSuite() { init_runtime({""}, ""); }
  void TearDown() override { ts->pending_interrupt = 0; }

  static std::string run(const std::string& source) {
    Value module = new_module("__test__");
    DictObject* ns = module.as<ModuleObject>()->m_dict;
    auto unit = compile_source(source, "<test>", ast::Mode::File);
    if (unit && !run_unit(unit, ns).is_null()) return "";
    return fetch_error().type()->m_name;
  }
};

TEST_P(NativeLoopInterruptTest, CtrlCEndsTheLoop) {
  pthread_t target = pthread_self();
  auto start = std::chrono::steady_clock::now();
  std::thread user([=] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    pthread_kill(target, SIGINT);
  });
  EXPECT_EQ(run(std::string("from itertools import *\nfrom _collections import *\nfrom _functools import *\n"
                            "from _collections import _count_elements\nfrom operator import *\nN = 10**12\n") +
                GetParam()),
            "KeyboardInterrupt");
  user.join();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

INSTANTIATE_TEST_SUITE_P(Loops, NativeLoopInterruptTest,
                         ::testing::Values("deque(repeat(0, N), maxlen=1)\n",
                                           "next(filterfalse(None, repeat(1, N)))\n",
                                           "next(compress(repeat(1, N), repeat(0)))\n",
                                           "next(dropwhile(bool, repeat(1, N)))\n",
                                           "next(islice(repeat(1, N), N - 1, None))\n",
                                           "reduce(is_, repeat(1, N))\n",
                                           "countOf(repeat(1, N), 2)\n",
                                           "_count_elements({}, repeat(1, N))\n",
                                           "g = groupby(repeat(1, N))\nnext(g)\nnext(g)\n"));

}  // namespace
}  // namespace hotpy
