// The REPL's Tab completion (src/repl/completion.cpp, over the public API), compared
// with what CPython's rlcompleter.Completer offers for the same namespace.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "repl/completion.h"

namespace {

hotpy::Interpreter* py = nullptr;

struct InterpreterEnvironment : ::testing::Environment {
  void SetUp() override {
    py = new hotpy::Interpreter();
    py->exec(
        "value_one = 1\n"
        "value_two = 2\n"
        "def nothing(): pass\n"
        "def something(a): pass\n"
        "class Plain:\n"
        "    def __init__(self): pass\n"
        "    def method(self): pass\n"
        "    @property\n"
        "    def prop(self): return 1\n"
        "obj = Plain()\n");
  }
  void TearDown() override {
    delete py;
    py = nullptr;
  }
};
const auto* environment = ::testing::AddGlobalTestEnvironment(new InterpreterEnvironment);

// Sorted without repeats, as rlcompleter's states are listed.
std::vector<std::string> completions(const std::string& text) {
  std::vector<std::string> matches = hotpy::python_completions(*py, text);
  std::sort(matches.begin(), matches.end());
  matches.erase(std::unique(matches.begin(), matches.end()), matches.end());
  return matches;
}

using Words = std::vector<std::string>;

TEST(ReplCompletion, NamesKeywordsAndBuiltins) {
  EXPECT_EQ(completions("value_"), (Words{"value_one", "value_two"}));
  EXPECT_EQ(completions("fin"), (Words{"finally:"}));
  EXPECT_EQ(completions("tr"), (Words{"try:"}));
  EXPECT_EQ(completions("imp"), (Words{"import "}));
  EXPECT_EQ(completions("glob"), (Words{"global ", "globals()"}));
}

TEST(ReplCompletion, CallablesGetParenthesesClosedWhenTheyTakeNothing) {
  EXPECT_EQ(completions("noth"), (Words{"nothing()"}));
  EXPECT_EQ(completions("some"), (Words{"something("}));
  EXPECT_EQ(completions("Pla"), (Words{"Plain()"}));
}

TEST(ReplCompletion, AttributesOfADottedName) {
  EXPECT_EQ(completions("obj."), (Words{"obj.method()", "obj.prop"}));
  EXPECT_EQ(completions("obj.me"), (Words{"obj.method()"}));
  EXPECT_EQ(completions("obj.pr"), (Words{"obj.prop"}));
  EXPECT_EQ(completions("str.jo"), (Words{"str.join("}));
  EXPECT_EQ(completions("value_one.real"), (Words{"value_one.real"}));
  EXPECT_EQ(completions("missing."), Words{});
}

}  // namespace
