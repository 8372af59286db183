// The time module: clocks and sleep (the calendar functions are in time_struct.cpp).
#include <time.h>

#include <cerrno>
#include <cmath>

#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "modules/io.h"
#include "eval/importer.h"

namespace hotpy {

void add_time_calendar_functions(ModuleObject* m);  // time_struct.cpp

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
static Value time_process_time_ns(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("process_time_ns", nargs, 0, 0)) return Value();
  return Value::integer(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
static Value time_thread_time(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("thread_time", nargs, 0, 0)) return Value();
  return Value::number(clock_seconds(CLOCK_THREAD_CPUTIME_ID));
}
static Value time_thread_time_ns(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("thread_time_ns", nargs, 0, 0)) return Value();
  return Value::integer(clock_ns(CLOCK_THREAD_CPUTIME_ID));
}
static bool clock_id_arg(const char* fname, const Value* args, size_t nargs, KwNames* kw, clockid_t* id) {
  int64_t n;
  if (!no_keywords(fname, kw) || !check_nargs(fname, nargs, 1, 1) || !index_value(args[0], &n)) return false;
  *id = clockid_t(n);
  timespec t;
  if (clock_getres(*id, &t) == 0) return true;
  raise_os_error(errno);
  return false;
}
static Value time_clock_gettime(const Value* args, size_t nargs, KwNames* kw) {
  clockid_t id;
  return clock_id_arg("clock_gettime", args, nargs, kw, &id) ? Value::number(clock_seconds(id)) : Value();
}
static Value time_clock_gettime_ns(const Value* args, size_t nargs, KwNames* kw) {
  clockid_t id;
  return clock_id_arg("clock_gettime_ns", args, nargs, kw, &id) ? Value::integer(clock_ns(id)) : Value();
}
static Value time_clock_getres(const Value* args, size_t nargs, KwNames* kw) {
  clockid_t id;
  if (!clock_id_arg("clock_getres", args, nargs, kw, &id)) return Value();
  timespec t;
  clock_getres(id, &t);
  return Value::number(double(t.tv_sec) + double(t.tv_nsec) * 1e-9);
}

// get_clock_info(name): a types.SimpleNamespace as CPython's (the type is
// sys.implementation's, which is one).
static Value time_get_clock_info(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("get_clock_info", kw) || !check_nargs("get_clock_info", nargs, 1, 1)) return Value();
  if (!is_str(args[0]))
    return raise(&TypeErrorType, format("get_clock_info() argument must be str, not %s", type_name(args[0]).c_str()));
  struct ClockInfo {
    const char* name;
    const char* implementation;
    clockid_t id;
    bool monotonic, adjustable;
  };
  static const ClockInfo kClocks[] = {
      {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true},
      {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
      {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
      {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true, false},
      {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false},
  };
  for (const ClockInfo& c : kClocks) {
    if (as_str(args[0])->view() != c.name) continue;
    Value impl = importer().sys_get(intern("implementation"));
    if (impl.is_null()) return error_pending() ? impl : raise(&RuntimeErrorType, "lost sys.implementation");
    timespec res;
    clock_getres(c.id, &res);
    Value kwnames = new_tuple({interned("implementation"), interned("monotonic"), interned("adjustable"),
                               interned("resolution")});
    Value values[] = {new_str(c.implementation), Value::boolean(c.monotonic), Value::boolean(c.adjustable),
                      Value::number(double(res.tv_sec) + double(res.tv_nsec) * 1e-9)};
    return call(Value::borrow(impl.type()), values, 0, as_tuple(kwnames));
  }
  return raise(&ValueErrorType, "unknown clock");
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
                             {"process_time_ns", time_process_time_ns},
                             {"thread_time", time_thread_time},
                             {"thread_time_ns", time_thread_time_ns},
                             {"clock_gettime", time_clock_gettime},
                             {"clock_gettime_ns", time_clock_gettime_ns},
                             {"clock_getres", time_clock_getres},
                             {"get_clock_info", time_get_clock_info},
                             {"sleep", time_sleep}});
  for (auto [name, id] : {std::pair{"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
                          {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
                          {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
                          {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}, {"CLOCK_TAI", CLOCK_TAI}})
    module_add(mod, name, Value::integer(id));
  add_time_calendar_functions(mod);
  return m;
}

}  // namespace hotpy
