// Interrupting a running program from outside: Ctrl-C (SIGINT) and the sticky
// interrupt a host such as the fuzz harness uses to stop a runaway program. A helper
// thread plays the user (or the host's timer) while the program runs.
#include <gtest/gtest.h>
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <string>
#include <thread>

#include "runtime/runtime.h"
#include "eval/eval.h"
#include "objects/errors.h"
#include "objects/module.h"
#include "resolve/compile.h"

namespace hotpy {
namespace {

class InterruptTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { init_runtime({""}, ""); }
  void TearDown() override { ts->pending_interrupt = 0; }

  // Runs `source`; returns the name of the exception it ended with ("" if none).
  static std::string run(const std::string& source) {
    Value module = new_module("__test__");
    DictObject* ns = module.as<ModuleObject>()->m_dict;
    auto unit = compile_source(source, "<test>", ast::Mode::File);
    if (unit && !run_unit(unit, ns).is_null()) return "";
    return fetch_error().type()->m_name;
  }
};

// The thread that runs Python gets SIGINT after `delay`, as from Ctrl-C.
std::thread press_ctrl_c_after(std::chrono::milliseconds delay) {
  pthread_t target = pthread_self();
  return std::thread([=] {
    std::this_thread::sleep_for(delay);
    pthread_kill(target, SIGINT);
  });
}

TEST_F(InterruptTest, CtrlCEndsTimeSleep) {
  auto start = std::chrono::steady_clock::now();
  std::thread user = press_ctrl_c_after(std::chrono::milliseconds(100));
  EXPECT_EQ(run("import time\ntime.sleep(5)\n"), "KeyboardInterrupt");
  user.join();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(4));
}

TEST_F(InterruptTest, StickyInterruptRaisesAtEveryStatementUntilCleared) {
  ts->pending_interrupt = kInterruptUntilCleared;
  EXPECT_EQ(run("x = 1\n"), "KeyboardInterrupt");
  EXPECT_EQ(run("x = 1\n"), "KeyboardInterrupt");
  ts->pending_interrupt = 0;
  EXPECT_EQ(run("x = 1\n"), "");
}

TEST_F(InterruptTest, StickyInterruptEndsLoopsThatCatchEverything) {
  InterpreterState* interpreter = ts;  // the host's thread has none running
  std::thread host([interpreter] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    interpreter->pending_interrupt = kInterruptUntilCleared;
  });
  // Seconds of work at least; a plain interrupt would be caught and the loops finish.
  EXPECT_EQ(run("for i in range(1000):\n"
                "    try:\n"
                "        for j in range(100000):\n"
                "            pass\n"
                "    except BaseException:\n"
                "        pass\n"
                "    finally:\n"
                "        x = 1\n"),
            "KeyboardInterrupt");
  host.join();
}

}  // namespace
}  // namespace hotpy
