// An Object used after its Interpreter is destroyed: a documented error (RuntimeError),
// never a touch of freed memory; immediates (ints, None) need no interpreter to be read
// when another one exists.
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

TEST(ApiLifetime, AnObjectOfADestroyedInterpreterThrows) {
  static std::optional<hotpy::Object> list, small;
  {
    hotpy::Interpreter py;
    list = py.eval("[1, 2, 3]");
    small = py.eval("6 * 7");
    EXPECT_EQ(list->str(), "[1, 2, 3]");
  }
  const std::string ended = "RuntimeError: the hotpy::Interpreter this object belongs to has been destroyed";
  EXPECT_EQ(error_of([] { list->str(); }), ended);
  EXPECT_EQ(error_of([] { list->attr("append"); }), ended);
  EXPECT_EQ(error_of([] { hotpy::Object copy = *list; }), ended);
  // An int is no counted object; with no interpreter left, nothing can run.
  EXPECT_EQ(error_of([] { small->str(); }), "RuntimeError: no hotpy::Interpreter exists on this thread");
  {
    hotpy::Interpreter again;  // a new one works, and the old int converts in it
    EXPECT_EQ(small->cast<int>(), 42);
    EXPECT_EQ(again.eval("len('abc')").cast<int>(), 3);
  }
  list.reset();  // leaks the list instead of freeing into a destroyed interpreter
  small.reset();
}

}  // namespace
