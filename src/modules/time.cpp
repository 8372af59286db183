// The time module: clocks and sleep.
#include <time.h>

#include <cerrno>
#include <cmath>

#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"

namespace hotpy {

static double clock_seconds(clockid_t id) {
  timespec t;
  clock_gettime(id, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

static int64_t clock_ns(clockid_t id) {
  timespec t;
  clock_gettime(id, &t);
  return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

static Value time_time(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("time", nargs, 0, 0)) return Value();
  return Value::number(clock_seconds(CLOCK_REALTIME));
}
static Value time_time_ns(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("time_ns", nargs, 0, 0)) return Value();
  return Value::integer(clock_ns(CLOCK_REALTIME));
}
static Value time_monotonic(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("monotonic", nargs, 0, 0)) return Value();
  return Value::number(clock_seconds(CLOCK_MONOTONIC));
}
static Value time_monotonic_ns(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("monotonic_ns", nargs, 0, 0)) return Value();
  return Value::integer(clock_ns(CLOCK_MONOTONIC));
}
static Value time_process_time(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("process_time", nargs, 0, 0)) return Value();
  return Value::number(clock_seconds(CLOCK_PROCESS_CPUTIME_ID));
}
static Value time_sleep(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("sleep", kw) || !check_nargs("sleep", nargs, 1, 1)) return Value();
  double secs;
  if (!to_double(args[0], &secs)) return Value();
  if (secs < 0) return raise(&ValueErrorType, "sleep length must be non-negative");
  timespec t{time_t(secs), long((secs - std::floor(secs)) * 1e9)};
  // A signal ends nanosleep early: Ctrl-C (or a host's interrupt) raises, as in
  // CPython; any other signal sleeps on for what remains.
  while (nanosleep(&t, &t) != 0 && errno == EINTR) {
    if (check_interrupt()) return Value();
  }
  return Value::none();
}

Value init_time_module() {
  Value m = new_module("time");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"time", time_time},
                             {"time_ns", time_time_ns},
                             {"monotonic", time_monotonic},
                             {"monotonic_ns", time_monotonic_ns},
                             {"perf_counter", time_monotonic},
                             {"perf_counter_ns", time_monotonic_ns},
                             {"process_time", time_process_time},
                             {"sleep", time_sleep}});
  return m;
}

}  // namespace hotpy
