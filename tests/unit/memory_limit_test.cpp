// Allocation failure under an address-space limit is MemoryError, never an abort:
// runs the hotpy executable in a child with RLIMIT_AS set (as `ulimit -v 1000000` does)
// and compares its output with what CPython 3.11 prints under the same limit.
//
// An AddressSanitizer build reserves terabytes of shadow memory at start-up and cannot
// run under RLIMIT_AS at all, so these tests skip themselves there.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "child_process.h"

#include "objects/value.h"  // HOTPY_ASAN

namespace {

constexpr rlim_t kLimitBytes = rlim_t{1000000} * 1024;  // ulimit -v 1000000

struct ChildRun {
  std::string out, err;
  int status = -1;  // exit status, or 128 + signal
};

// A mkstemp template in $TMPDIR (else /tmp).
std::string temp_path(const char* tail) {
  const char* dir = getenv("TMPDIR");
  return std::string(dir && *dir ? dir : "/tmp") + "/hotpy-memtest-" + tail;
}

std::string read_all(int fd) {
  std::string text;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) text.append(buf, size_t(n));
  return text;
}

// Runs `hotpy args...` with the address-space limit; stdout and stderr go to files (a
// pipe could fill while the child runs and we wait).
ChildRun run_limited(const std::vector<std::string>& args) {
  std::string out_path = temp_path("out-XXXXXX"), err_path = temp_path("err-XXXXXX");
  int out_fd = mkstemp(out_path.data()), err_fd = mkstemp(err_path.data());
  ChildRun r;
  pid_t pid = fork();
  if (pid == 0) {
    rlimit lim{kLimitBytes, kLimitBytes};
    setrlimit(RLIMIT_AS, &lim);
    alarm(120);  // a hang ends as SIGALRM, not a stuck test
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    exec_hotpy(args);
  }
  r.status = wait_status(pid);
  lseek(out_fd, 0, SEEK_SET);
  lseek(err_fd, 0, SEEK_SET);
  r.out = read_all(out_fd);
  r.err = read_all(err_fd);
  close(out_fd);
  close(err_fd);
  unlink(out_path.c_str());
  unlink(err_path.c_str());
  return r;
}

#ifdef HOTPY_ASAN
#define SKIP_UNDER_ASAN() GTEST_SKIP() << "AddressSanitizer cannot run under RLIMIT_AS"
#else
#define SKIP_UNDER_ASAN() (void)0
#endif

// Each allocation is far beyond 1 GB of address space: some are refused by a size
// check, the rest (a list growing by append, a comprehension, GMP's product of two
// 256 MB ints) fail in malloc.
constexpr const char* kProgram = R"(
def attempt(label, make):
    try:
        make()
        print(label, 'ok')
    except MemoryError as e:
        print(label, repr(e))
def grow():
    items = []
    while True:
        items.append(len(items))
attempt('list(range)', lambda: list(range(10**9)))
attempt('extend', lambda: [].extend(range(10**9)))
attempt('str repeat', lambda: 'a' * (10**10))
attempt('bytes', lambda: bytes(10**10))
attempt('listcomp', lambda: [i for i in range(10**9)])
attempt('genexpr', lambda: list(i for i in range(10**9)))
attempt('append', grow)
attempt('int product', lambda: (1 << (2**31)) * (1 << (2**31)))
attempt('exec', lambda: exec('x=1\n' * (10**8)))
print('still working', sum(range(10)))
)";

// `(ulimit -v 1000000; python3 prog.py)` with kProgram in prog.py, CPython 3.11.
constexpr const char* kCPythonOutput =
    "list(range) MemoryError()\n"
    "extend MemoryError()\n"
    "str repeat MemoryError()\n"
    "bytes MemoryError()\n"
    "listcomp MemoryError()\n"
    "genexpr MemoryError()\n"
    "append MemoryError()\n"
    "int product MemoryError()\n"
    "exec MemoryError()\n"
    "still working 45\n";

TEST(MemoryLimit, AllocationFailuresRaiseMemoryError) {
  SKIP_UNDER_ASAN();
  ChildRun r = run_limited({"-c", kProgram});
  EXPECT_EQ(r.out, kCPythonOutput) << r.err;
  EXPECT_EQ(r.status, 0) << r.err;
}

// A repr that runs out of memory part way leaves no trace: the list is not taken for
// one still being printed (its recursion guard is released by the unwinding).
constexpr const char* kReprProgram = R"(
s = 'a' * 300_000_000
x = [s, s, s]
try:
    repr(x)
except MemoryError:
    print("MemoryError")
del s
x[:] = ['ok', x]
print(repr(x))
)";

TEST(MemoryLimit, FailedReprLeavesNoGuardBehind) {
  SKIP_UNDER_ASAN();
  ChildRun r = run_limited({"-c", kReprProgram});
  // `(ulimit -v 1000000; python3 prog.py)`, CPython 3.11.
  EXPECT_EQ(r.out, "MemoryError\n['ok', [...]]\n") << r.err;
  EXPECT_EQ(r.status, 0) << r.err;
}

// A source file bigger than the address space (a sparse file: no disk used).
// `(ulimit -v 1000000; python3 big.py)` on a 20 GB sparse big.py prints "MemoryError"
// on stderr and exits with status 1.
TEST(MemoryLimit, SourceFileTooBigForMemory) {
  SKIP_UNDER_ASAN();
  std::string path = temp_path("big-XXXXXX.py");
  int fd = mkstemps(path.data(), 3);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(ftruncate(fd, off_t{20} << 30), 0);
  close(fd);
  ChildRun r = run_limited({path});
  unlink(path.c_str());
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "MemoryError\n");
  EXPECT_EQ(r.status, 1);
}

}  // namespace
