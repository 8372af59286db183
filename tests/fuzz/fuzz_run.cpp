// libFuzzer harness for running small programs: bytes -> compile -> run as a fresh
// __main__ module, bounded in time (kTimeBudget of wall time, then every statement
// raises KeyboardInterrupt until the program has unwound) and in memory (libFuzzer's
// -rss_limit_mb / -malloc_limit_mb; MemoryError is an ordinary outcome).
// See tests/fuzz/README.md.
#include <signal.h>
#include <time.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"

using namespace hotpy;

namespace {

// Long enough for every seed script, short enough to keep thousands of execs a minute.
constexpr long kTimeBudgetMs = 300;
// libFuzzer owns SIGALRM (-timeout) and SIGUSR1/2; the budget timer uses its own signal.
const int kBudgetSignal = SIGRTMIN + 3;
timer_t budget_timer;

void on_budget_spent(int) { ts->pending_interrupt = kInterruptUntilCleared; }

void arm_budget(long ms) {
  itimerspec spec{};
  spec.it_value.tv_sec = ms / 1000;
  spec.it_value.tv_nsec = (ms % 1000) * 1000000;
  timer_settime(budget_timer, 0, &spec, nullptr);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::start_runtime();
  struct sigaction sa {};
  sa.sa_handler = on_budget_spent;
  sigemptyset(&sa.sa_mask);
  sigaction(kBudgetSignal, &sa, nullptr);
  sigevent ev{};
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = kBudgetSignal;
  if (timer_create(CLOCK_MONOTONIC, &ev, &budget_timer) != 0) {
    perror("fuzz: timer_create");
    abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string source(reinterpret_cast<const char*>(data), size);
  arm_budget(kTimeBudgetMs);
  {
    Value module = new_module("__main__");
    DictObject* globals = module.as<ModuleObject>()->m_dict;
    dict_set_str(globals, intern("__builtins__"), dict_get_str(sys_modules(), intern("builtins")));
    auto unit = compile_source(source, "<fuzz>", ast::Mode::File);
    if (unit && run_unit(unit, globals).is_null() && !error_pending()) {
      fprintf(stderr, "fuzz: run_unit failed without an exception\n");
      abort();
    }
    // Printed as an uncaught exception would be (to /dev/null): tracebacks and carets
    // over arbitrary code. Its traceback holds frames, so it goes before the namespace.
    // Clearing the namespace breaks the cycles through functions' globals, as module
    // teardown does in CPython; finalizers it runs are still under the time budget.
    if (error_pending()) print_exception(fetch_error());
    clear_error();
    dict_clear(globals);
    clear_error();
  }
  arm_budget(0);
  ts->pending_interrupt = 0;
  fuzz::reset_runtime();
  return 0;
}
