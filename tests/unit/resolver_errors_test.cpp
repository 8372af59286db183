// Resolver tests: the static errors, each with CPython 3.11's message, line,
// offset, end line and end offset (as compile() reports them in SyntaxError), and
// which error wins when there are several.
#include <gtest/gtest.h>
#include <pthread.h>

#include <cstdio>
#include <fstream>

#include "objects/interpreter_state.h"
#include "resolver_test_support.h"

namespace hotpy::resolver_test {
namespace {

// ---------------------------------------------------------------------------
// Static errors: CPython 3.11's message, line, offset, end line, end offset

struct ErrorCase {
  const char* source;
  const char* expected;  // where(): "msg @line:col-end_line:end_col"
};

class ResolverErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ResolverErrors, MatchCPython) {
  SyntaxErrorInfo e = compile_error(GetParam().source);
  EXPECT_EQ(where(e), GetParam().expected);
  EXPECT_EQ(e.type, "SyntaxError");
  EXPECT_EQ(e.filename, "t.py");
}

INSTANTIATE_TEST_SUITE_P(
    CPython, ResolverErrors,
    ::testing::Values(
        ErrorCase{"return 1", "'return' outside function @1:1-1:9"},
        ErrorCase{"x = 1\nif x:\n    return", "'return' outside function @3:5-3:11"},
        ErrorCase{"class C:\n    return\n", "'return' outside function @2:5-2:11"},
        ErrorCase{"  \nbreak", "'break' outside loop @2:1-2:6"},
        ErrorCase{"for x in y:\n    def f():\n        break", "'break' outside loop @3:9-3:14"},
        ErrorCase{"while x:\n    pass\nelse:\n    break", "'break' outside loop @4:5-4:10"},
        ErrorCase{"continue", "'continue' not properly in loop @1:1-1:9"},
        ErrorCase{"for x in y:\n    pass\nelse:\n    continue",
                  "'continue' not properly in loop @4:5-4:13"},
        ErrorCase{"while 1:\n  class C:\n    continue",
                  "'continue' not properly in loop @3:5-3:13"},
        ErrorCase{"nonlocal x", "nonlocal declaration not allowed at module level @1:1-1:11"},
        ErrorCase{"def f():\n    nonlocal x", "no binding for nonlocal 'x' found @2:5-2:15"},
        ErrorCase{"class C:\n    def f(self):\n        nonlocal C",
                  "no binding for nonlocal 'C' found @3:9-3:19"},
        ErrorCase{"def f():\n    global x\n    def g():\n        nonlocal x",
                  "no binding for nonlocal 'x' found @4:9-4:19"},
        ErrorCase{"def f(a):\n    global a", "name 'a' is parameter and global @2:5-2:13"},
        ErrorCase{"def f(a):\n    nonlocal a", "name 'a' is parameter and nonlocal @2:5-2:15"},
        ErrorCase{"def f():\n    x = 1\n    global x",
                  "name 'x' is assigned to before global declaration @3:5-3:13"},
        ErrorCase{"x = 1\nglobal x", "name 'x' is assigned to before global declaration @2:1-2:9"},
        ErrorCase{"def f():\n    print(x)\n    global x",
                  "name 'x' is used prior to global declaration @3:5-3:13"},
        ErrorCase{"def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
                  "name 'x' is assigned to before nonlocal declaration @5:9-5:19"},
        ErrorCase{"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
                  "name 'x' is used prior to nonlocal declaration @5:9-5:19"},
        ErrorCase{"def f():\n    nonlocal x\n    global x",
                  "name 'x' is nonlocal and global @2:5-2:15"},
        ErrorCase{"def f():\n    x: int\n    global x",
                  "annotated name 'x' can't be global @3:5-3:13"},
        ErrorCase{"def f():\n    global x\n    x: int = 3",
                  "annotated name 'x' can't be global @3:5-3:15"},
        ErrorCase{"def f(a, b, a): pass",
                  "duplicate argument 'a' in function definition @1:13-1:14"},
        ErrorCase{"lambda a, a: 1", "duplicate argument 'a' in function definition @1:11-1:12"},
        ErrorCase{"def f(*a, a): pass", "duplicate argument 'a' in function definition @1:8-1:9"},
        ErrorCase{"def f(a, **a): pass",
                  "duplicate argument 'a' in function definition @1:12-1:13"},
        ErrorCase{"yield 1", "'yield' outside function @1:1-1:8"},
        ErrorCase{"class C:\n    yield 1", "'yield' outside function @2:5-2:12"},
        ErrorCase{"def f(x=(yield)): pass", "'yield' outside function @1:10-1:15"},
        ErrorCase{"x = [(yield i) for i in y]", "'yield' inside list comprehension @1:7-1:14"},
        ErrorCase{"def f():\n    x = ((yield i) for i in y)",
                  "'yield' inside generator expression @2:11-2:18"},
        ErrorCase{"def f():\n    x = {(yield i) for i in y}",
                  "'yield' inside set comprehension @2:11-2:18"},
        ErrorCase{"def f():\n    x = {i: (yield i) for i in y}",
                  "'yield' inside dict comprehension @2:14-2:21"},
        ErrorCase{"await x", "'await' outside function @1:1-1:8"},
        ErrorCase{"class C:\n    await x", "'await' outside function @2:5-2:12"},
        ErrorCase{"def f():\n    await x", "'await' outside async function @2:5-2:12"},
        ErrorCase{"[await x for x in y]",
                  "asynchronous comprehension outside of an asynchronous function @1:1-1:21"},
        ErrorCase{"class C:\n    [(y := 1) for x in z]",
                  "assignment expression within a comprehension cannot be used in a class body "
                  "@2:7-2:8"},
        ErrorCase{"[(x := 1) for x in z]",
                  "assignment expression cannot rebind comprehension iteration variable 'x' "
                  "@1:3-1:4"},
        ErrorCase{"[x for x in (y := [1])]",
                  "assignment expression cannot be used in a comprehension iterable expression "
                  "@1:14-1:22"},
        ErrorCase{"[x for x in (lambda: (z := 1))()]",
                  "assignment expression cannot be used in a comprehension iterable expression "
                  "@1:23-1:29"},
        ErrorCase{"[j for i in range(3) if (j := i) for j in range(2)]",
                  "comprehension inner loop cannot rebind assignment expression target 'j' "
                  "@1:38-1:39"},
        ErrorCase{"def f():\n    from m import *",
                  "import * only allowed at module level @2:19-2:20"},
        ErrorCase{"a, *b, *c = x", "multiple starred expressions in assignment @1:1-1:10"},
        ErrorCase{"*a = x", "starred assignment target must be in a list or tuple @1:1-1:3"},
        ErrorCase{"x = *a", "can't use starred expression here @1:5-1:7"},
        ErrorCase{"__debug__ = 1", "cannot assign to __debug__ @1:1-1:10"},
        ErrorCase{"f(a=1, a=2)", "keyword argument repeated: a @1:8-1:11"}));

TEST(ResolverErrorOrder, SymbolTableErrorsComeBeforeCompilerErrors) {
  // CPython builds the whole symbol table before it compiles anything.
  EXPECT_EQ(where(compile_error("return 1\ndef f():\n  nonlocal x")),
            "no binding for nonlocal 'x' found @3:3-3:13");
  EXPECT_EQ(where(compile_error("nonlocal x\nx = 1\nglobal x")),
            "name 'x' is assigned to before global declaration @3:1-3:9");
}

TEST(ResolverErrorOrder, ClassBodyIsCompiledBeforeItsBases) {
  EXPECT_EQ(where(compile_error("def f():\n  return 1\nclass C((yield)):\n  return 2")),
            "'return' outside function @4:3-4:11");
}

// As CPython's compiler, the error's text is read back from the file the unit names.
TEST(ResolverErrorOrder, ErrorTextIsReadBackFromTheFile) {
  const std::string source = "x = 1\nif x:\n    return\n";
  std::string path = ::testing::TempDir() + "resolver_error_text.py";
  std::ofstream(path) << source;
  ParseResult parsed = parse(source_text(source), path, ast::Mode::File);
  ASSERT_TRUE(parsed.unit);
  std::optional<SyntaxErrorInfo> e = resolve(*parsed.unit);
  std::remove(path.c_str());
  ASSERT_TRUE(e);
  EXPECT_FALSE(e->text_unavailable);
  EXPECT_EQ(e->text, "    return");
  EXPECT_TRUE(e->text_keeps_newline);
  EXPECT_TRUE(compile_error(source).text_unavailable);  // "t.py": no such file, no text
}

TEST(ResolverErrorOrder, OffsetsCountBytesAsCPythonDoes) {
  // CPython 3.11 reports compiler errors at the byte offset + 1.
  EXPECT_EQ(where(compile_error("\xc3\xa9 = 1; return")), "'return' outside function @1:9-1:15");
}

// Built by hand: the tree a parser would make for `x = ----...1`.
std::unique_ptr<ast::Unit> nested_negations(int depth) {
  auto unit = std::make_unique<ast::Unit>();
  unit->filename = "t.py";
  unit->source = "x = " + std::string(depth, '-') + "1\n";
  ast::Loc loc{1, 4, 1, 5 + depth};
  auto* one = unit->make<ast::Constant>(loc, ast::Constant::Type::Int);
  one->text = "1";
  ast::Expr* e = one;
  for (int i = 0; i < depth; ++i) e = unit->make<ast::UnaryOpExpr>(loc, UnaryOp::Neg, e);
  auto* assign = unit->make<ast::Assign>(ast::Loc{1, 0, 1, 5 + depth}, e);
  assign->targets.push_back(unit->make<ast::Name>(ast::Loc{1, 0, 1, 1}, "x", ast::Ctx::Store));
  unit->body.push_back(assign);
  return unit;
}

// Resolves `unit` on a thread of its own with a stack of `stack_size` bytes (the
// test's interpreter goes along).
std::optional<SyntaxErrorInfo> resolve_on_stack(ast::Unit& unit, size_t stack_size) {
  std::optional<SyntaxErrorInfo> e;
  struct Job {
    ast::Unit* unit;
    std::optional<SyntaxErrorInfo>* result;
    InterpreterState* interpreter;
  };
  auto run = [](void* arg) -> void* {
    auto* job = static_cast<Job*>(arg);
    ts = job->interpreter;
    *job->result = resolve(*job->unit);
    ts = nullptr;
    return nullptr;
  };
  Job job{&unit, &e, ts};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stack_size);
  pthread_t thread;
  EXPECT_EQ(pthread_create(&thread, &attr, run, &job), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return e;
}

TEST(ResolverLimits, DeepNestingIsARecursionErrorNotACrash) {
  // CPython 3.11 compiles 1000 nested negations and refuses 3000 (and 100000). On a
  // stack as large as hotpy's interpreter thread has (a sanitizer build's frames are
  // several times larger than a release build's).
  constexpr size_t kStack = size_t(512) << 20;
  EXPECT_FALSE(resolve_on_stack(*nested_negations(1000), kStack).has_value());
  for (int depth : {3000, 100000}) {
    std::optional<SyntaxErrorInfo> e = resolve_on_stack(*nested_negations(depth), kStack);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->type, "RecursionError");
    EXPECT_EQ(e->msg, "maximum recursion depth exceeded during compilation");
  }
}

// On a small stack (AddressSanitizer's frames make 8 MB small) the nesting limit
// comes from the stack itself: the same RecursionError, never a stack overflow.
TEST(ResolverLimits, DeepNestingOnASmallStackIsARecursionError) {
  std::optional<SyntaxErrorInfo> e = resolve_on_stack(*nested_negations(2999), 128 << 10);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->type, "RecursionError");
  EXPECT_EQ(e->msg, "maximum recursion depth exceeded during compilation");
}

}  // namespace
}  // namespace hotpy::resolver_test
