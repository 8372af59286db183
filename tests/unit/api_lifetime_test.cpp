// An Object used after its Interpreter is destroyed: a documented error (RuntimeError),
// never a touch of freed memory; immediates (ints, None) need no interpreter to be read
// when another one exists.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

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

// Each interpreter runs its own atexit handlers when it is destroyed, last registered
// first, while the host's native modules and output still work.
TEST(ApiLifetime, DestroyingAnInterpreterRunsItsAtexitHandlers) {
  static std::vector<std::string> calls;
  calls.clear();
  std::string printed;
  auto first = std::make_optional<hotpy::Interpreter>();
  auto second = std::make_optional<hotpy::Interpreter>();
  for (auto* py : {&*first, &*second}) {
    hotpy::Module host = py->add_module("host");
    host.def("record", [](std::string what) { calls.push_back(what); });
  }
  first->set_output([&](std::string_view text, bool) { printed += text; });
  first->exec("import atexit, host\n"
              "atexit.register(host.record, 'first: registered first')\n"
              "atexit.register(print, 'first prints at exit')\n"
              "atexit.register(host.record, 'first: registered last')\n");
  second->exec("import atexit, host\natexit.register(host.record, 'second')\n");
  first.reset();
  EXPECT_EQ(calls, (std::vector<std::string>{"first: registered last", "first: registered first"}));
  EXPECT_EQ(printed, "first prints at exit\n");
  second.reset();
  EXPECT_EQ(calls.back(), "second");
  EXPECT_EQ(calls.size(), 3u);
}

}  // namespace
