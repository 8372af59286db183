// What suspended generators cost in C stack, as the generator machinery counts it:
// the bytes of each body's stack kept while other bodies use the shared pool stacks.
#include <gtest/gtest.h>

#include <string>

#include "runtime/runtime.h"
#include "eval/eval.h"
#include "eval/generator.h"
#include "objects/errors.h"
#include "objects/module.h"
#include "resolve/compile.h"

namespace hotpy {
namespace {

class GeneratorMemoryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { init_runtime({""}, ""); }
  void SetUp() override {
    Value module = new_module("__test__");
    m_module = module;
    m_ns = module.as<ModuleObject>()->m_dict;
  }
  bool run(const std::string& source) {
    auto unit = compile_source(source, "<test>", ast::Mode::File);
    if (!unit || run_unit(unit, m_ns).is_null()) {
      clear_error();
      return false;
    }
    return true;
  }
  Value m_module;
  DictObject* m_ns = nullptr;
};

constexpr int kGenerators = 2000;
#ifdef HOTPY_ASAN  // objects/value.h
constexpr size_t kMaxBytesEach = 4096;  // redzones make every frame several times larger
#else
constexpr size_t kMaxBytesEach = 1024;
#endif

TEST_F(GeneratorMemoryTest, SuspendedGeneratorKeepsLessThanAPageOfStack) {
  size_t before = coroutine_saved_bytes();
  // A yield inside an expression (the inner one): the body runs on a stack of its own.
  ASSERT_TRUE(run("def g(n):\n"
                  "    for i in range(n):\n"
                  "        yield (yield i)\n"
                  "gens = [g(10) for _ in range(" + std::to_string(kGenerators) + ")]\n"
                  "for x in gens: next(x)\n"));
  size_t kept = coroutine_saved_bytes() - before;
  // All but the few still in place on a pool stack are copied out, each with only
  // the bytes its frames use: a fraction of a 4 KB page.
  EXPECT_GT(kept, 0u);
  EXPECT_LT(kept / kGenerators, kMaxBytesEach);
  EXPECT_LE(coroutine_stack_count(), 32u);
  // Finished or freed generators give their bytes back.
  ASSERT_TRUE(run("for x in gens:\n"
                  "    for y in x: pass\n"
                  "del gens, x\n"));
  EXPECT_EQ(coroutine_saved_bytes(), before);
}

// Yields that are whole statements of if/while/for blocks: the body returns at each
// one (gen_stackless.cpp), and no stack is kept or made for it.
TEST_F(GeneratorMemoryTest, StacklessBodiesKeepNoStack) {
  size_t before = coroutine_saved_bytes();
  size_t stacks = coroutine_stack_count();
  ASSERT_TRUE(run("def g(n):\n"
                  "    for i in range(n):\n"
                  "        if i % 2:\n"
                  "            got = yield i\n"
                  "        else:\n"
                  "            yield from range(i)\n"
                  "gens = [g(10) for _ in range(" + std::to_string(kGenerators) + ")]\n"
                  "gens += [(x for x in range(3)) for _ in range(" + std::to_string(kGenerators) + ")]\n"
                  "for x in gens: next(x)\n"));
  EXPECT_EQ(coroutine_saved_bytes(), before);
  EXPECT_EQ(coroutine_stack_count(), stacks);
  ASSERT_TRUE(run("del gens, x\n"));
}

TEST_F(GeneratorMemoryTest, DroppedSuspendedGeneratorsReleaseTheirCopies) {
  size_t before = coroutine_saved_bytes();
  ASSERT_TRUE(run("def g():\n"
                  "    try:\n"
                  "        yield 1\n"
                  "    finally:\n"
                  "        pass\n"
                  "gens = [g() for _ in range(500)]\n"
                  "for x in gens: next(x)\n"
                  "del gens, x\n"));
  EXPECT_EQ(coroutine_saved_bytes(), before);
}

}  // namespace
}  // namespace hotpy
