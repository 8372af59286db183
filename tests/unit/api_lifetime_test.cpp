// The phase-1 limits of the embedding API: after its Interpreter is destroyed, an Object
// cannot be used and no new Interpreter can be made (the runtime is process-global and
// starts once). A process of its own, as these end the runtime.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "hotpy/hotpy.h"

namespace {

std::string error_of(void (*f)()) {
  try {
    f();
  } catch (const hotpy::Error& e) {
    return e.type_name() + ": " + e.message();
  }
  return "no error";
}

TEST(ApiLifetime, NothingRunsAfterTheInterpreterIsGone) {
  // A small int is no counted object: holding it past the end leaks nothing.
  static std::optional<hotpy::Object> kept;
  {
    hotpy::Interpreter py;
    kept = py.eval("6 * 7");
    EXPECT_EQ(kept->cast<int>(), 42);
  }
  EXPECT_EQ(error_of([] { kept->str(); }), "RuntimeError: the hotpy::Interpreter is not running");
  EXPECT_EQ(error_of([] { kept->attr("real"); }), "RuntimeError: the hotpy::Interpreter is not running");
  EXPECT_EQ(error_of([] { hotpy::Interpreter again; }),
            "RuntimeError: the hotpy runtime was finalized (phase 1: one Interpreter per process, made once)");
  kept.reset();
}

}  // namespace
