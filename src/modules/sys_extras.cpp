// The rest of CPython 3.11's sys: the info struct sequences (hash_info, int_info,
// thread_info), tracing and profiling hooks (None only: hotpy has no tracer),
// audit hooks (accepted, never called: hotpy raises no audit events), the switch
// interval, the int digit limit, and the constants programs and the library test
// for (stdlib_module_names, orig_argv, base_prefix, pycache_prefix...).
#include <unistd.h>

#include <cstring>

#include "eval/config.h"
#include "eval/eval.h"
#include "modules/modules_state.h"
#include "modules/native.h"
#include "modules/sys.h"
#include "modules/sys_internal.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

TypeObject HashInfoType("sys.hash_info");
TypeObject IntInfoType("sys.int_info");
TypeObject ThreadInfoType("sys.thread_info");

// The value the program set (sys.setswitchinterval): kept and reported, though one
// thread never switches.
double switch_interval = 0.005;
int64_t coroutine_origin_tracking_depth = 0;

Value no_args(const char* name, size_t nargs, KwNames* kw, Value result) {
  if (!no_keywords(name, kw) || !check_nargs(name, nargs, 0, 0)) return Value();
  return result;
}

// settrace/setprofile: None clears (there is nothing to clear); a function would
// need a tracer hotpy does not have.
Value set_hook(const char* name, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords(name, kw)) return Value();
  if (nargs != 1) return raise(&TypeErrorType, format("sys.%s() takes exactly one argument (%zu given)", name, nargs));
  if (args[0].is_none()) return Value::none();
  return raise(&NotImplementedErrorType, format("hotpy does not support sys.%s() with a function", name));
}

Value sys_settrace(const Value* a, size_t n, KwNames* k) { return set_hook("settrace", a, n, k); }
Value sys_setprofile(const Value* a, size_t n, KwNames* k) { return set_hook("setprofile", a, n, k); }
Value sys_gettrace(const Value*, size_t n, KwNames* k) { return no_args("gettrace", n, k, Value::none()); }
Value sys_getprofile(const Value*, size_t n, KwNames* k) { return no_args("getprofile", n, k, Value::none()); }

Value sys_call_tracing(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("call_tracing", kw)) return Value();
  if (nargs != 2) return raise(&TypeErrorType, format("call_tracing expected 2 arguments, got %zu", nargs));
  if (!is_tuple(args[1]))
    return raise(&TypeErrorType, format("call_tracing() argument 2 must be tuple, not %s", type_name(args[1]).c_str()));
  const auto& items = as_tuple(args[1])->m_items;
  return call(args[0], items.data(), items.size());
}

// Calls the interpreter's audit hooks with (event, args); without hooks nothing happens
// (CPython does not even check the event's type then). CPython's os, shutil and
// tempfile raise events on every call.
Value sys_audit(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("audit", kw)) return Value();
  if (nargs == 0) return raise(&TypeErrorType, "audit() missing 1 required positional argument: 'event'");
  std::vector<Value> hooks = modules_state().audit_hooks;  // a hook may add another
  if (hooks.empty()) return Value::none();
  if (!is_str(args[0]))
    return raise(&TypeErrorType, format("expected str for argument 'event', not %s", type_name(args[0]).c_str()));
  Value hook_args[2] = {args[0], new_tuple(args + 1, nargs - 1)};
  for (const Value& hook : hooks)
    if (call(hook, hook_args, 2).is_null()) return Value();
  return Value::none();
}

// sys.addaudithook(hook): the existing hooks hear "sys.addaudithook" first; one that
// raises a RuntimeError vetoes the new hook (silently), other errors propagate.
Value sys_addaudithook(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("addaudithook", args, nargs, kw, {"hook"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "addaudithook() missing required argument 'hook' (pos 1)");
  Value event = new_str("sys.addaudithook");
  if (sys_audit(&event, 1, nullptr).is_null()) {
    if (!error_matches(&RuntimeErrorType)) return Value();
    clear_error();
    return Value::none();
  }
  modules_state().audit_hooks.push_back(a[0]);
  return Value::none();
}

Value sys_getswitchinterval(const Value*, size_t n, KwNames* k) {
  return no_args("getswitchinterval", n, k, Value::number(switch_interval));
}

Value sys_setswitchinterval(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("setswitchinterval", kw)) return Value();
  if (nargs != 1)
    return raise(&TypeErrorType, format("sys.setswitchinterval() takes exactly one argument (%zu given)", nargs));
  double d;
  if (!to_double(args[0], &d)) return Value();
  if (d <= 0) return raise(&ValueErrorType, "switch interval must be strictly positive");
  switch_interval = d;
  return Value::none();
}

Value sys_get_int_max_str_digits(const Value*, size_t n, KwNames* k) {
  return no_args("get_int_max_str_digits", n, k, Value::integer(ts->int_max_str_digits));
}

Value sys_set_int_max_str_digits(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("set_int_max_str_digits", args, nargs, kw, {"maxdigits"}, 1, a)) return Value();
  if (a[0].is_null())
    return raise(&TypeErrorType, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  int64_t n;
  if (!index_value(a[0], &n)) return Value();
  if (n != 0 && n < 640) return raise(&ValueErrorType, "maxdigits must be 0 or larger than 640");
  ts->int_max_str_digits = n;
  return Value::none();
}

Value sys_getfilesystemencodeerrors(const Value*, size_t n, KwNames* k) {
  return no_args("getfilesystemencodeerrors", n, k, new_str("surrogateescape"));
}

Value sys_is_finalizing(const Value*, size_t n, KwNames* k) { return no_args("is_finalizing", n, k, Value::boolean(false)); }
Value sys_getdlopenflags(const Value*, size_t n, KwNames* k) { return no_args("getdlopenflags", n, k, Value::integer(2)); }
Value sys_getallocatedblocks(const Value*, size_t n, KwNames* k) {
  return no_args("getallocatedblocks", n, k, Value::integer(0));
}
Value sys_none_0(const Value*, size_t n, KwNames* k) { return no_args("_clear_type_cache", n, k, Value::none()); }

// Functions that take one argument and have nothing to do with it here.
Value sys_ignore_1(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("setdlopenflags", kw) || !check_nargs("setdlopenflags", nargs, 1, 1)) return Value();
  int64_t n;
  if (!index_value(args[0], &n)) return Value();
  return Value::none();
}

Value sys_get_coroutine_depth(const Value*, size_t n, KwNames* k) {
  return no_args("get_coroutine_origin_tracking_depth", n, k, Value::integer(coroutine_origin_tracking_depth));
}

Value sys_set_coroutine_depth(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("set_coroutine_origin_tracking_depth", args, nargs, kw, {"depth"}, 1, a)) return Value();
  if (a[0].is_null())
    return raise(&TypeErrorType, "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
  int64_t depth;
  if (!index_value(a[0], &depth)) return Value();
  if (depth < 0) return raise(&ValueErrorType, "depth must be >= 0");
  coroutine_origin_tracking_depth = depth;
  return Value::none();
}

// _current_frames() / _current_exceptions(): {thread id: ...} for the one thread.
Value current_thread_dict(const Value& v) {
  Value d = new_dict();
  if (dict_set(as_dict(d), Value::integer(static_cast<int64_t>(pthread_self())), v) < 0) return Value();
  return d;
}

Value sys_current_frames(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("_current_frames", kw) || !check_nargs("_current_frames", nargs, 0, 0)) return Value();
  Value getframe = sys_get(intern("_getframe"));
  if (getframe.is_null()) return raise(&RuntimeErrorType, "lost sys._getframe");
  Value frame = call(getframe, nullptr, 0);
  return frame.is_null() ? frame : current_thread_dict(frame);
}

Value sys_current_exceptions(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("_current_exceptions", kw) || !check_nargs("_current_exceptions", nargs, 0, 0)) return Value();
  const Value& e = handled_exception();
  return current_thread_dict(e.is_null() ? Value::none() : e);
}

// site.py's hook for the interactive prompt: hotpy's REPL sets up line editing itself.
Value sys_interactivehook(const Value*, size_t n, KwNames* k) { return no_args("__interactivehook__", n, k, Value::none()); }

Value stdlib_module_names() {
  static const char* const kNames[] = {
#include "modules/stdlib_module_names.inc"
  };
  std::vector<Value> names;
  for (const char* n : kNames) names.push_back(new_str(n));
  return new_frozenset(new_list(std::move(names)));
}

void add(ModuleObject* m, const char* name, Value v) { module_add(m, name, std::move(v)); }

}  // namespace

void ready_sys_extra_types() {
  ready_struct_seq(&HashInfoType, "hash_info",
                   {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"});
  ready_struct_seq(&IntInfoType, "int_info",
                   {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
  ready_struct_seq(&ThreadInfoType, "thread_info", {"name", "lock", "version"});
}

void add_sys_extras(ModuleObject* m) {
  module_add_functions(m, {{"settrace", sys_settrace},
                           {"gettrace", sys_gettrace},
                           {"setprofile", sys_setprofile},
                           {"getprofile", sys_getprofile},
                           {"call_tracing", sys_call_tracing},
                           {"audit", sys_audit},
                           {"addaudithook", sys_addaudithook},
                           {"getswitchinterval", sys_getswitchinterval},
                           {"setswitchinterval", sys_setswitchinterval},
                           {"get_int_max_str_digits", sys_get_int_max_str_digits},
                           {"set_int_max_str_digits", sys_set_int_max_str_digits},
                           {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors},
                           {"is_finalizing", sys_is_finalizing},
                           {"getdlopenflags", sys_getdlopenflags},
                           {"setdlopenflags", sys_ignore_1},
                           {"getallocatedblocks", sys_getallocatedblocks},
                           {"_clear_type_cache", sys_none_0},
                           {"_debugmallocstats", sys_none_0},
                           {"_getquickenedcount", sys_getallocatedblocks},
                           {"get_coroutine_origin_tracking_depth", sys_get_coroutine_depth},
                           {"set_coroutine_origin_tracking_depth", sys_set_coroutine_depth},
                           {"_current_frames", sys_current_frames},
                           {"_current_exceptions", sys_current_exceptions},
                           {"__interactivehook__", sys_interactivehook}});
  auto num = [](int64_t n) { return Value::integer(n); };
  add(m, "hash_info", make_struct_seq(&HashInfoType, {num(64), num(2305843009213693951), num(314159), num(0),
                                                      num(1000003), new_str("siphash13"), num(64), num(128),
                                                      num(0)}));
  add(m, "int_info", make_struct_seq(&IntInfoType, {num(30), num(4), num(4300), num(640)}));
  char libc[128] = "";
  ::confstr(_CS_GNU_LIBPTHREAD_VERSION, libc, sizeof libc);
  add(m, "thread_info", make_struct_seq(&ThreadInfoType, {new_str("pthread"), new_str("semaphore"),
                                                          libc[0] ? new_str(libc) : Value::none()}));
  add(m, "float_repr_style", new_str("short"));
  add(m, "abiflags", new_str(""));
  add(m, "platlibdir", new_str("lib"));
  add(m, "pycache_prefix", Value::none());
  add(m, "_framework", new_str(""));
  add(m, "_home", Value::none());
  add(m, "_git", new_tuple({new_str("hotpy"), new_str(""), new_str("")}));
  add(m, "_stdlib_dir", Value::none());
  add(m, "meta_path", new_list());
  add(m, "path_hooks", new_list());
  add(m, "path_importer_cache", new_dict());
  add(m, "stdlib_module_names", stdlib_module_names());
  DictObject* d = m->m_dict;
  for (auto [alias, name] : {std::pair{"base_prefix", "prefix"}, std::pair{"base_exec_prefix", "exec_prefix"},
                             std::pair{"_base_executable", "executable"}}) {
    Value v = dict_get_str(d, intern(name));
    add(m, alias, v.is_null() ? new_str("") : v);
  }
  set_orig_argv(m);
}

// The command line as given is not kept by the CLI: the interpreter's name, then
// argv (the script's part, which the program sees).
void set_orig_argv(ModuleObject* m) {
  Value argv = dict_get_str(m->m_dict, intern("argv"));
  std::vector<Value> orig{new_str(runtime_config().program_name)};
  if (!argv.is_null() && is_list(argv))
    for (const Value& a : as_list(argv)->m_items) orig.push_back(a);
  add(m, "orig_argv", new_list(std::move(orig)));
}

}  // namespace hotpy
