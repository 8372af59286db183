// The posix module's process functions: fork and register_at_fork, the exec family,
// waitpid and the W* status macros, sysconf, process groups, with CPython 3.11's
// signatures and errors.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <vector>

#include "eval/eval.h"
#include "modules/native.h"
#include "modules/posix_internal.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

// register_at_fork's callables live in the posix module's namespace, as a list
// [before, after_in_child, after_in_parent] of lists (fork and register_at_fork are
// bound to the module, which comes as args[0]).
constexpr const char* kForkHooks = "_fork_hooks";
const char* const kHookNames[] = {"before", "after_in_child", "after_in_parent"};

ListObject* fork_hooks(const Value& module, size_t which) {
  Value hooks = dict_get_str(module.as<ModuleObject>()->m_dict, intern(kForkHooks));
  if (hooks.is_null() || !is_list(hooks) || as_list(hooks)->size() != 3) return nullptr;
  Value list = as_list(hooks)->m_items[which];
  return is_list(list) ? as_list(list) : nullptr;
}

// Calls the hooks (a copy: a hook may register more); one that raises is reported
// and the others still run, as CPython's.
void run_fork_hooks(const Value& module, size_t which, bool reverse) {
  ListObject* list = fork_hooks(module, which);
  if (!list) return;
  std::vector<Value> hooks = list->m_items;
  if (reverse) std::reverse(hooks.begin(), hooks.end());
  for (const Value& h : hooks)
    if (call0(h).is_null()) write_unraisable_exception(h);
}

Value posix_register_at_fork(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (nargs > 1) return raise(&TypeErrorType, "register_at_fork() takes no positional arguments");
  if (!bind_args("register_at_fork", args + 1, nargs - 1, kw, {"before", "after_in_child", "after_in_parent"}, 0,
                 a))
    return Value();
  if (a[0].is_null() && a[1].is_null() && a[2].is_null())
    return raise(&TypeErrorType, "At least one argument is required.");
  for (size_t i = 0; i < 3; i++)
    if (!a[i].is_null() && !is_callable(a[i]))
      return raise(&TypeErrorType,
                   format("'%s' must be callable, not %s", kHookNames[i], type_name(a[i]).c_str()));
  for (size_t i = 0; i < 3; i++) {
    if (a[i].is_null()) continue;
    ListObject* list = fork_hooks(args[0], i);
    if (!list) return raise(&RuntimeErrorType, "posix._fork_hooks was changed");
    list->m_items.push_back(a[i]);
  }
  return Value::none();
}

Value posix_fork(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("fork", kw) || !check_nargs("fork", nargs - 1, 0, 0)) return Value();
  run_fork_hooks(args[0], 0, true);
  pid_t pid = ::fork();
  if (pid < 0) return raise_errno(errno);
  run_fork_hooks(args[0], pid == 0 ? 1 : 2, false);
  return Value::integer(pid);
}

// waitpid(pid, options) and wait(): (pid, status); a signal that is not Ctrl-C waits on.
Value wait_for(pid_t pid, int options) {
  for (;;) {
    int status = 0;
    pid_t r = ::waitpid(pid, &status, options);
    if (r >= 0) return new_tuple({Value::integer(r), Value::integer(status)});
    if (errno != EINTR) return raise_errno(errno);
    if (check_interrupt()) return Value();
  }
}

Value posix_waitpid(const Value* args, size_t nargs, KwNames* kw) {
  int64_t pid, options;
  if (!no_keywords("waitpid", kw) || !check_nargs("waitpid", nargs, 2, 2) || !int_arg(args[0], &pid) ||
      !int_arg(args[1], &options))
    return Value();
  return wait_for(pid_t(pid), int(options));
}

Value posix_wait(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("wait", kw) || !check_nargs("wait", nargs, 0, 0)) return Value();
  return wait_for(-1, 0);
}

// The W* macros take status (positionally or by name) and answer a bool or an int.
template <bool kBool, int (*F)(int)>
Value status_macro(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("W", args, nargs, kw, {"status"}, 1, a)) return Value();
  int64_t status;
  if (a[0].is_null()) return raise(&TypeErrorType, "missing required argument 'status' (pos 1)");
  if (!int_arg(a[0], &status)) return Value();
  int r = F(int(status));
  return kBool ? Value::boolean(r != 0) : Value::integer(r);
}
int w_ifexited(int s) { return WIFEXITED(s); }
int w_exitstatus(int s) { return WEXITSTATUS(s); }
int w_ifsignaled(int s) { return WIFSIGNALED(s); }
int w_termsig(int s) { return WTERMSIG(s); }
int w_ifstopped(int s) { return WIFSTOPPED(s); }
int w_stopsig(int s) { return WSTOPSIG(s); }
int w_coredump(int s) { return WCOREDUMP(s); }
int w_ifcontinued(int s) { return WIFCONTINUED(s); }

// An argv or env argument of the exec family, as C strings.
bool string_list(const char* fname, const Value& v, std::vector<std::string>* out) {
  if (!is_tuple(v) && !is_list(v)) {
    raise(&TypeErrorType, format("%s: argv must be a tuple or list", fname));
    return false;
  }
  for (const Value& item : v.as<ItemsObject>()->m_items) {
    PathArg p;
    if (!path_converter(fname, "argv", item, &p)) return false;
    out->push_back(std::move(p.path));
  }
  return true;
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (std::string& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

Value exec_impl(const char* fname, const Value* args, size_t nargs, bool with_env) {
  PathArg path;
  std::vector<std::string> argv, env;
  if (!path_converter(fname, "path", args[0], &path) || !string_list(fname, args[1], &argv)) return Value();
  if (argv.empty()) return raise(&ValueErrorType, format("%s: argv must not be empty", fname));
  if (argv[0].empty()) return raise(&ValueErrorType, format("%s: argv first element cannot be empty", fname));
  if (with_env) {
    Value items = call_method(args[2], intern("items"), nullptr, 0);
    if (items.is_null()) return raise(&TypeErrorType, "env must be a mapping object");
    Value it = get_iter(items);
    if (it.is_null()) return it;
    for (Value pair = iter_next(it); !pair.is_null(); pair = iter_next(it)) {
      std::vector<Value> kv;
      if (!collect_iterable(pair, kv) || kv.size() != 2) return Value();
      PathArg k, val;
      if (!path_converter(fname, "key", kv[0], &k) || !path_converter(fname, "value", kv[1], &val)) return Value();
      if (k.path.empty() || k.path.find('=') != std::string::npos)
        return raise(&ValueErrorType, "illegal environment variable name");
      env.push_back(k.path + "=" + val.path);
    }
    if (error_pending()) return Value();
  }
  // As CPython, buffered output not flushed before is lost.
  std::vector<char*> cargv = c_strings(argv), cenv = c_strings(env);
  if (with_env)
    ::execve(path.path.c_str(), cargv.data(), cenv.data());
  else
    ::execv(path.path.c_str(), cargv.data());
  return raise_errno(errno);
}

Value posix_execv(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("execv", kw) || !check_nargs("execv", nargs, 2, 2)) return Value();
  return exec_impl("execv", args, nargs, false);
}

Value posix_execve(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("execve", args, nargs, kw, {"path", "argv", "env"}, 3, a)) return Value();
  if (a[0].is_null() || a[1].is_null() || a[2].is_null())
    return raise(&TypeErrorType, "execve() missing required argument");
  return exec_impl("execve", a, 3, true);
}

// sysconf(name): a system limit by its SC_ name (or number); sysconf_names maps them.
struct SysconfName {
  const char* name;
  int value;
};
const SysconfName kSysconfNames[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX},         {"SC_CHILD_MAX", _SC_CHILD_MAX},
    {"SC_CLK_TCK", _SC_CLK_TCK},         {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX},
    {"SC_OPEN_MAX", _SC_OPEN_MAX},       {"SC_PAGESIZE", _SC_PAGESIZE},
    {"SC_PAGE_SIZE", _SC_PAGE_SIZE},     {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES}, {"SC_LINE_MAX", _SC_LINE_MAX},
    {"SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX}, {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX},
    {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX}, {"SC_IOV_MAX", _SC_IOV_MAX},
    {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX}, {"SC_MINSIGSTKSZ", _SC_MINSIGSTKSZ},
};

Value posix_sysconf(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("sysconf", kw) || !check_nargs("sysconf", nargs, 1, 1)) return Value();
  int name = -1;
  if (is_str(args[0])) {
    for (const SysconfName& n : kSysconfNames)
      if (as_str(args[0])->view() == n.name) name = n.value;
    if (name < 0) return raise(&ValueErrorType, "unrecognized configuration name");
  } else if (args[0].is_int()) {
    name = int(args[0].as_int());
  } else {
    return raise(&TypeErrorType, "configuration names must be strings or integers");
  }
  errno = 0;
  long r = ::sysconf(name);
  if (r == -1 && errno) return raise_errno(errno);
  return Value::integer(r);
}

Value posix_getpgid(const Value* args, size_t nargs, KwNames* kw) {
  int64_t pid;
  if (!no_keywords("getpgid", kw) || !check_nargs("getpgid", nargs, 1, 1) || !int_arg(args[0], &pid)) return Value();
  pid_t r = ::getpgid(pid_t(pid));
  return r < 0 ? raise_errno(errno) : Value::integer(r);
}

Value posix_setsid(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("setsid", kw) || !check_nargs("setsid", nargs, 0, 0)) return Value();
  return ::setsid() < 0 ? raise_errno(errno) : Value::none();
}

Value posix_getgroups(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("getgroups", kw) || !check_nargs("getgroups", nargs, 0, 0)) return Value();
  int n = ::getgroups(0, nullptr);
  if (n < 0) return raise_errno(errno);
  std::vector<gid_t> groups(size_t(n) + 1);
  n = ::getgroups(int(groups.size()), groups.data());
  if (n < 0) return raise_errno(errno);
  std::vector<Value> out;
  for (int i = 0; i < n; i++) out.push_back(Value::integer(groups[size_t(i)]));
  return new_list(std::move(out));
}

}  // namespace

void add_posix_process_functions(ModuleObject* m) {
  Value module = Value::borrow(m);
  module_add(m, kForkHooks, new_list({new_list(), new_list(), new_list()}));
  module_add(m, "fork", new_builtin("fork", posix_fork, module));
  module_add(m, "register_at_fork", new_builtin("register_at_fork", posix_register_at_fork, module));
  Value names = new_dict();
  for (const SysconfName& n : kSysconfNames) dict_set(as_dict(names), interned(n.name), Value::integer(n.value));
  module_add(m, "sysconf_names", names);
  module_add_functions(m, {{"sysconf", posix_sysconf},
                           {"getpgid", posix_getpgid},
                           {"setsid", posix_setsid},
                           {"getgroups", posix_getgroups},
                           {"waitpid", posix_waitpid},
                           {"wait", posix_wait},
                           {"execv", posix_execv},
                           {"execve", posix_execve},
                           {"WIFEXITED", status_macro<true, w_ifexited>},
                           {"WEXITSTATUS", status_macro<false, w_exitstatus>},
                           {"WIFSIGNALED", status_macro<true, w_ifsignaled>},
                           {"WTERMSIG", status_macro<false, w_termsig>},
                           {"WIFSTOPPED", status_macro<true, w_ifstopped>},
                           {"WSTOPSIG", status_macro<false, w_stopsig>},
                           {"WCOREDUMP", status_macro<true, w_coredump>},
                           {"WIFCONTINUED", status_macro<true, w_ifcontinued>}});
}

}  // namespace hotpy
