// Several interpreters in one process: isolated from each other (sys.modules, builtins,
// sys.path, native modules, the classes derived from builtin types), usable from one
// another's host functions, running at once on two threads (the ThreadSanitizer build
// runs ApiThreads: `make check-tsan`), and made and destroyed a thousand times without
// leaking (the sanitizer build asks LeakSanitizer after the loop).
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "hotpy/hotpy.h"

#if defined(__SANITIZE_ADDRESS__)
#define HOTPY_TEST_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOTPY_TEST_LSAN 1
#endif
#endif
#ifdef HOTPY_TEST_LSAN
#include <sanitizer/lsan_interface.h>
#endif

namespace {

std::string type_of_error(hotpy::Interpreter& py, const char* code) {
  try {
    py.exec(code);
  } catch (const hotpy::Error& e) {
    return e.type_name();
  }
  return "no error";
}

struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/hotpy_interpreters_XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(path + "/" + name) << text; }
};

TEST(ApiInterpreters, TwoInterpretersAreIsolated) {
  TempDir dir;
  dir.write("counter.py", "hits = 0\ndef hit():\n    global hits\n    hits += 1\n    return hits\n");
  hotpy::Interpreter a, b;
  a.add_path(dir.path);
  b.add_path(dir.path);
  a.add_module("game").set("VERSION", "a-only");

  a.exec("import builtins, sys, counter\n"
         "builtins.planted = 1\n"
         "sys.path.append('/only/in/a')\n"
         "x = 1\n"
         "counter.hit(); counter.hit()\n"
         "class OnlyInA: pass\n");
  EXPECT_EQ(a.eval("counter.hit()").cast<int>(), 3);
  // b: its own module objects, namespace, builtins, path, native modules, subclasses.
  b.exec("import counter, sys");
  EXPECT_EQ(b.eval("counter.hit()").cast<int>(), 1);
  EXPECT_FALSE(b.import("sys").is(a.import("sys")));
  EXPECT_FALSE(b.import("counter").is(a.import("counter")));
  EXPECT_EQ(type_of_error(b, "x"), "NameError");
  EXPECT_EQ(type_of_error(b, "planted"), "NameError");
  EXPECT_EQ(type_of_error(b, "import game"), "ModuleNotFoundError");
  EXPECT_EQ(a.eval("__import__('game').VERSION").cast<std::string>(), "a-only");
  EXPECT_FALSE(b.eval("'/only/in/a' in sys.path").cast<bool>());
  EXPECT_EQ(b.eval("[c.__name__ for c in object.__subclasses__() if c.__name__ == 'OnlyInA']").str(), "[]");
  EXPECT_EQ(a.eval("[c.__name__ for c in object.__subclasses__() if c.__name__ == 'OnlyInA']").str(),
            "['OnlyInA']");
  // What they share is immutable: the builtin types themselves.
  EXPECT_TRUE(a.eval("int").is(b.eval("int")));
  EXPECT_EQ(type_of_error(b, "int.planted = 1"), "TypeError");
}

TEST(ApiInterpreters, AHostFunctionOfOneCallsIntoAnother) {
  hotpy::Interpreter a, b;
  a.exec("def answer(n):\n    return [n, 'from a']\n");
  hotpy::Object answer = a.main_dict().attr("get")("answer");
  b.add_module("bridge").def("ask_a", [&answer](int n) { return answer(n).str(); });
  b.exec("import bridge\nr = bridge.ask_a(41)\n");
  EXPECT_EQ(b.eval("r").cast<std::string>(), "[41, 'from a']");
  // An error inside a goes back through b's code as a Python exception b can catch.
  a.exec("def fail():\n    raise ValueError('in a')\n");
  hotpy::Object fail = a.main_dict().attr("get")("fail");
  b.add_module("bridge2").def("call_a", [&fail] { fail(); });
  b.exec("import bridge2\ntry:\n    bridge2.call_a()\nexcept Exception as e:\n    caught = repr(e)\n");
  EXPECT_EQ(b.eval("caught").cast<std::string>(), "RuntimeError('ValueError: in a')");
}

// A program touching most of the runtime: classes and inheritance, closures, dicts,
// strings, exceptions and tracebacks, generators, imports of native modules.
const char* kWorkload = R"(
import math, sys
class Shape:
    def __init__(self, n): self.n = n
    def area(self): return 0
class Square(Shape):
    def area(self): return self.n * self.n
def make_adder(k):
    return lambda x: x + k
def squares(n):
    for i in range(n):
        yield i * i
total = 0
words = {}
for i in range(300):
    total += Square(i % 7).area() + make_adder(i)(1)
    words['w%d' % (i % 13)] = words.get('w%d' % (i % 13), 0) + 1
    try:
        {}[i]
    except KeyError as e:
        total += len(str(e))
total += sum(squares(50)) + int(math.sqrt(144)) + len(' '.join(sorted(words)))
result = total
)";
// What /usr/bin/python3 (3.11) prints for kWorkload followed by `print(result)`.
constexpr int kWorkloadResult = 90295;

// Runs the workload `rounds` times in `py`, returning the results that differed.
int run_workload(hotpy::Interpreter& py, int rounds) {
  int wrong = 0;
  for (int i = 0; i < rounds; ++i) {
    py.exec(kWorkload);
    if (py.eval("result").cast<int>() != kWorkloadResult) ++wrong;
  }
  return wrong;
}

TEST(ApiThreads, TwoInterpretersRunAtOnceOnTwoThreads) {
  // One made on the main thread and handed over, one made on its own thread.
  auto handed = std::make_unique<hotpy::Interpreter>();
  std::atomic<int> ready{0};
  std::atomic<int> wrong{0};
  auto wait_for_both = [&ready] {
    ready.fetch_add(1);
    while (ready.load() < 2) std::this_thread::yield();
  };
  std::thread first([&] {
    wait_for_both();
    wrong += run_workload(*handed, 20);
  });
  std::thread second([&] {
    hotpy::Interpreter own;
    wait_for_both();
    wrong += run_workload(own, 20);
  });
  first.join();
  second.join();
  EXPECT_EQ(wrong.load(), 0);
  // Back on the main thread, the handed-over one still works.
  EXPECT_EQ(handed->eval("result + 1").cast<int>(), kWorkloadResult + 1);
  handed.reset();
}

TEST(ApiInterpreters, AThousandInterpretersMadeAndDestroyedLeakNothing) {
  for (int i = 0; i < 1000; ++i) {
    hotpy::Interpreter py;
    py.add_module("host").def("twice", [](int n) { return 2 * n; });
    py.exec(kWorkload);
    py.exec("import host\nresult = host.twice(result)");
    ASSERT_EQ(py.eval("result").cast<int>(), 2 * kWorkloadResult) << "round " << i;
  }
#ifdef HOTPY_TEST_LSAN
  EXPECT_EQ(__lsan_do_recoverable_leak_check(), 0) << "LeakSanitizer found leaks (see its report above)";
#endif
}

}  // namespace
