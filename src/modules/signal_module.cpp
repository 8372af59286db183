// The _signal module (CPython's C half of `signal`): Python handlers for POSIX signals.
// The C handler only records the signal and flags the interpreter; the handler runs
// at the next statement boundary (check_interrupt), as in CPython, so Python code
// never runs inside a signal handler. The handlers belong to the interpreter that
// last called signal(); the process has one disposition per signal.
#include <fcntl.h>
#include <signal.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

#include "modules/io.h"
#include "modules/modules_state.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

constexpr int kNsig = NSIG;
std::atomic<bool> tripped[kNsig];
std::atomic<InterpreterState*> handler_target{nullptr};
std::atomic<int> wakeup_fd{-1};

extern "C" void on_signal(int sig) {
  int saved = errno;
  tripped[sig].store(true, std::memory_order_relaxed);
  if (InterpreterState* s = handler_target.load(std::memory_order_relaxed))
    s->pending_interrupt.fetch_or(kSignalPending, std::memory_order_relaxed);
  int fd = wakeup_fd.load(std::memory_order_relaxed);
  if (fd >= 0) {
    unsigned char byte = static_cast<unsigned char>(sig);
    [[maybe_unused]] ssize_t n = write(fd, &byte, 1);
  }
  errno = saved;
}

std::vector<Value>& handlers() {
  std::vector<Value>& h = modules_state().signal_handlers;
  if (h.empty()) {
    h.resize(kNsig);
    for (int sig = 1; sig < kNsig; ++sig) {
      struct sigaction sa {};
      if (sigaction(sig, nullptr, &sa) != 0) continue;
      if (sa.sa_handler == SIG_DFL) h[sig] = Value::integer(0);
      else if (sa.sa_handler == SIG_IGN) h[sig] = Value::integer(1);
      else if (sig == SIGINT) h[sig] = modules_state().default_int_handler;  // hotpy's KeyboardInterrupt
      else h[sig] = Value::none();
    }
  }
  return h;
}

bool run_handlers() {
  if (handler_target.load(std::memory_order_relaxed) != ts || ts->modules == nullptr) return true;
  for (int sig = 1; sig < kNsig; ++sig) {
    if (!tripped[sig].exchange(false, std::memory_order_relaxed)) continue;
    Value handler = handlers()[sig];
    if (handler.is_null() || !is_callable(handler)) continue;
    Value args[2] = {Value::integer(sig), Value::none()};
    if (call(handler, args, 2).is_null()) return false;
  }
  return true;
}

bool signal_number(const Value& v, int* out) {
  int64_t n;
  if (!index_value(v, &n)) return false;
  if (n < 1 || n >= kNsig) {
    raise(&ValueErrorType, "signal number out of range");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

Value signal_default_int_handler(const Value*, size_t, KwNames*) {
  raise(&KeyboardInterruptType, "");
  as_exception(ts->exc)->m_args = empty_tuple();
  return Value();
}

// signal(signalnum, handler): the previous handler.
Value signal_signal(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("signal", kw) || !check_nargs("signal", nargs, 2, 2)) return Value();
  int sig;
  if (!signal_number(args[0], &sig)) return Value();
  const Value& handler = args[1];
  struct sigaction sa {};
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocked read returns and the handler runs
  int64_t which = -1;
  if (handler.is_int() && (handler.as_int() == 0 || handler.as_int() == 1)) {
    which = handler.as_int();
    sa.sa_handler = which == 0 ? SIG_DFL : SIG_IGN;
  } else if (is_callable(handler)) {
    sa.sa_handler = on_signal;
  } else {
    return raise(&TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  Value old = handlers()[sig];
  if (sigaction(sig, &sa, nullptr) != 0) return raise_os_error(errno);
  if (which < 0) handler_target.store(ts);
  handlers()[sig] = handler;
  return old;
}

Value signal_getsignal(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("getsignal", kw) || !check_nargs("getsignal", nargs, 1, 1)) return Value();
  int sig;
  if (!signal_number(args[0], &sig)) return Value();
  Value h = handlers()[sig];
  return h.is_null() ? Value::none() : h;
}

Value signal_raise_signal(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("raise_signal", kw) || !check_nargs("raise_signal", nargs, 1, 1)) return Value();
  int sig;
  if (!signal_number(args[0], &sig)) return Value();
  if (::raise(sig) != 0) return raise_os_error(errno);
  if (!check_interrupt()) return Value::none();
  return Value();
}

Value signal_strsignal(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("strsignal", kw) || !check_nargs("strsignal", nargs, 1, 1)) return Value();
  int sig;
  if (!signal_number(args[0], &sig)) return Value();
  const char* text = strsignal(sig);
  if (!text || strncmp(text, "Unknown signal", 14) == 0 || strncmp(text, "Real-time signal", 16) == 0)
    return Value::none();
  return new_str(text);
}

Value set_from_sigset(const sigset_t& mask) {
  Value s = new_set();
  for (int sig = 1; sig < kNsig; ++sig)
    if (sigismember(&mask, sig) == 1 && set_add(s.as<SetObject>(), Value::integer(sig)) < 0) return Value();
  return s;
}

Value signal_valid_signals(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("valid_signals", kw) || !check_nargs("valid_signals", nargs, 0, 0)) return Value();
  sigset_t mask;
  sigfillset(&mask);
  return set_from_sigset(mask);
}

bool sigset_from(const Value& iterable, sigset_t* mask) {
  sigemptyset(mask);
  std::vector<Value> items;
  if (!collect_iterable(iterable, items)) return false;
  for (const Value& v : items) {
    int sig;
    if (!signal_number(v, &sig)) return false;
    sigaddset(mask, sig);
  }
  return true;
}

Value signal_pthread_sigmask(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("pthread_sigmask", kw) || !check_nargs("pthread_sigmask", nargs, 2, 2)) return Value();
  int64_t how;
  sigset_t mask, previous;
  if (!index_value(args[0], &how) || !sigset_from(args[1], &mask)) return Value();
  int err = pthread_sigmask(static_cast<int>(how), &mask, &previous);
  if (err != 0) return raise_os_error(err);
  if (!check_interrupt()) return set_from_sigset(previous);
  return Value();
}

Value signal_sigpending(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("sigpending", kw) || !check_nargs("sigpending", nargs, 0, 0)) return Value();
  sigset_t mask;
  if (sigpending(&mask) != 0) return raise_os_error(errno);
  return set_from_sigset(mask);
}

Value signal_alarm(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("alarm", kw) || !check_nargs("alarm", nargs, 1, 1)) return Value();
  int64_t seconds;
  if (!index_value(args[0], &seconds)) return Value();
  return Value::integer(alarm(static_cast<unsigned>(seconds)));
}

Value signal_pause(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("pause", kw) || !check_nargs("pause", nargs, 0, 0)) return Value();
  pause();
  if (!check_interrupt()) return Value::none();
  return Value();
}

Value signal_set_wakeup_fd(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("set_wakeup_fd", args, nargs, kw, {"fd", "warn_on_full_buffer"}, 1, a)) return Value();
  int64_t fd;
  if (a[0].is_null()) return raise(&TypeErrorType, "set_wakeup_fd() missing required argument 'fd' (pos 1)");
  if (!index_value(a[0], &fd)) return Value();
  if (fd != -1) {
    int flags = fcntl(static_cast<int>(fd), F_GETFL);
    if (flags < 0) return raise_os_error(errno);
    if (!(flags & O_NONBLOCK))
      return raise(&ValueErrorType, format("the fd %lld must be in non-blocking mode", static_cast<long long>(fd)));
  }
  return Value::integer(wakeup_fd.exchange(static_cast<int>(fd)));
}

Value itimer_tuple(const struct itimerval& v) {
  auto seconds = [](const struct timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
  return new_tuple({Value::number(seconds(v.it_value)), Value::number(seconds(v.it_interval))});
}

struct timeval timeval_of(double seconds) {
  struct timeval t;
  t.tv_sec = static_cast<time_t>(seconds);
  t.tv_usec = static_cast<suseconds_t>((seconds - double(t.tv_sec)) * 1e6);
  if (t.tv_sec == 0 && t.tv_usec == 0 && seconds > 0) t.tv_usec = 1;  // CPython rounds up
  return t;
}

Value signal_setitimer(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("setitimer", kw) || !check_nargs("setitimer", nargs, 2, 3)) return Value();
  int64_t which;
  double value, interval = 0;
  if (!index_value(args[0], &which) || !to_double(args[1], &value)) return Value();
  if (nargs > 2 && !to_double(args[2], &interval)) return Value();
  struct itimerval nv {}, old {};
  nv.it_value = timeval_of(value);
  nv.it_interval = timeval_of(interval);
  if (setitimer(static_cast<int>(which), &nv, &old) != 0) return raise_os_error(errno);
  return itimer_tuple(old);
}

Value signal_getitimer(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("getitimer", kw) || !check_nargs("getitimer", nargs, 1, 1)) return Value();
  int64_t which;
  if (!index_value(args[0], &which)) return Value();
  struct itimerval cur {};
  if (getitimer(static_cast<int>(which), &cur) != 0) return raise_os_error(errno);
  return itimer_tuple(cur);
}

Value signal_siginterrupt(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("siginterrupt", kw) || !check_nargs("siginterrupt", nargs, 2, 2)) return Value();
  int sig;
  if (!signal_number(args[0], &sig)) return Value();
  int flag = truthy(args[1]);
  if (flag < 0) return Value();
  struct sigaction sa {};
  if (sigaction(sig, nullptr, &sa) != 0) return raise_os_error(errno);
  if (flag) sa.sa_flags &= ~SA_RESTART;
  else sa.sa_flags |= SA_RESTART;
  if (sigaction(sig, &sa, nullptr) != 0) return raise_os_error(errno);
  return Value::none();
}

Value signal_pthread_kill(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("pthread_kill", kw) || !check_nargs("pthread_kill", nargs, 2, 2)) return Value();
  int64_t thread;
  int sig;
  if (!index_value(args[0], &thread) || !signal_number(args[1], &sig)) return Value();
  int err = pthread_kill(static_cast<pthread_t>(thread), sig);
  if (err != 0) return raise_os_error(err);
  if (!check_interrupt()) return Value::none();
  return Value();
}

struct NamedInt {
  const char* name;
  int value;
};

const NamedInt kConstants[] = {
    {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", NSIG},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
    {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},
    {"SIGSYS", SIGSYS},
};

}  // namespace

Value init_signal_module() {
  Value& int_handler = modules_state().default_int_handler;
  if (int_handler.is_null()) int_handler = new_builtin("default_int_handler", signal_default_int_handler);
  static std::once_flag hook_once;  // interpreters on several threads may import _signal
  std::call_once(hook_once, [] { run_signal_handlers = run_handlers; });
  Value m = new_module("_signal");
  auto* mod = m.as<ModuleObject>();
  for (const NamedInt& c : kConstants) module_add(mod, c.name, Value::integer(c.value));
  module_add(mod, "SIGRTMIN", Value::integer(SIGRTMIN));
  module_add(mod, "SIGRTMAX", Value::integer(SIGRTMAX));
  module_add(mod, "default_int_handler", int_handler);
  module_add(mod, "ItimerError", Value::borrow(&OSErrorType));
  module_add_functions(mod, {{"signal", signal_signal},
                             {"getsignal", signal_getsignal},
                             {"raise_signal", signal_raise_signal},
                             {"strsignal", signal_strsignal},
                             {"valid_signals", signal_valid_signals},
                             {"pthread_sigmask", signal_pthread_sigmask},
                             {"pthread_kill", signal_pthread_kill},
                             {"sigpending", signal_sigpending},
                             {"alarm", signal_alarm},
                             {"pause", signal_pause},
                             {"set_wakeup_fd", signal_set_wakeup_fd},
                             {"setitimer", signal_setitimer},
                             {"getitimer", signal_getitimer},
                             {"siginterrupt", signal_siginterrupt}});
  handlers();
  return m;
}

}  // namespace hotpy
