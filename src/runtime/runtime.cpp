// Start-up of the interpreter and running __main__ (runtime.h).
#include "runtime/runtime.h"

#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "builtins/builtins.h"
#include "eval/config.h"
#include "eval/coroutine.h"
#include "eval/eval.h"
#include "eval/generator.h"
#include "modules/hotreload.h"
#include "modules/import.h"
#include "objects/gc.h"
#include "objects/module.h"
#include "modules/io.h"
#include "modules/modules_state.h"
#include "modules/native.h"
#include "modules/sys.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"
#include "resolve/compile.h"

namespace hotpy {

void init_eval();

// The lowest usable address of the running thread's stack, plus headroom (asked once
// per thread: finding the main thread's stack reads /proc).
static const char* stack_floor() {
  static thread_local constinit const char* floor = nullptr;
  if (!floor) {
    const char* low = thread_stack_low();
    floor = low ? low + kStackHeadroom : nullptr;
  }
  return floor;
}

// The folder of Python modules that ship with hotpy (stdlib/), the first that exists of:
// <prefix>/share/hotpy/stdlib, the prefix being the parent of the executable's folder
// (an installed hotpy, or a host installed beside it, however the prefix was chosen or
// moved); the source tree the library was built from (the build tree); the prefix it
// was configured to install to (a host elsewhere). The defines: src/runtime/CMakeLists.txt.
static std::vector<std::string> stdlib_dirs() {
  static constexpr char below_prefix[] = "/" HOTPY_PREFIX_STDLIB;
  char dir[PATH_MAX + sizeof below_prefix];
  ssize_t n = readlink("/proc/self/exe", dir, PATH_MAX);
  for (int up = 0; up < 2 && n > 0; ++up)  // the executable's name, then its folder's
    while (n > 0 && dir[--n] != '/') {
    }
  if (n > 0) {
    memcpy(dir + n, below_prefix, sizeof below_prefix);
    if (access(dir, F_OK) == 0) return {dir};
  }
  for (const char* known : {HOTPY_SOURCE_STDLIB, HOTPY_INSTALL_STDLIB})
    if (access(known, F_OK) == 0) return {known};
  return {};
}

InterpreterState* enter_interpreter(InterpreterState* state) {
  InterpreterState* previous = ts;
  if (state && state != previous) {
    // Entered from inside another interpreter (a host callback), the code runs on the
    // same stack, whose safe bottom that interpreter knows.
    state->stack_limit = previous ? previous->stack_limit : stack_floor();
  }
  ts = state;
  return previous;
}

// The interpreter the command line (and the unit tests) run: made by init_runtime,
// ended by finalize_runtime.
static InterpreterState* main_interpreter = nullptr;
static bool main_interpreter_finalized = false;

// Ctrl-C becomes KeyboardInterrupt at the next statement (or interrupts a read) of the
// command line's interpreter. A lock-free atomic store is safe in a signal handler.
static std::atomic<InterpreterState*> sigint_target{nullptr};
static void on_sigint(int) {
  if (InterpreterState* s = sigint_target.load(std::memory_order_relaxed)) s->pending_interrupt.fetch_or(kInterruptOnce);
}
static bool interrupted_io() { return !ts || !check_interrupt(); }
static void install_sigint_handler() {
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocked read returns EINTR
  sigaction(SIGINT, &sa, nullptr);
}

// What the process needs once, whichever interpreter comes first: the builtin types.
static void init_process() {
  static std::once_flag once;
  std::call_once(once, [] {
    io_interrupted = interrupted_io;
    init_eval();
    install_import_system();
  });
  init_types();
  init_generator_type();
  init_coroutine_types();
}

InterpreterState* new_interpreter(const RuntimeConfig& config, const std::vector<std::string>& argv,
                                  const std::string& path0) {
  auto* state = new InterpreterState();
  state->config = new RuntimeConfig(config);
  InterpreterState* previous = enter_interpreter(state);
  init_gc();
  init_method_cache();
  init_coroutines();
  init_modules_state();
  state->host = new HostState();
  init_process();
  prepare_memory_error();
  Value builtins = init_builtins_module();
  Value sys = dict_get_str(sys_modules(), intern("sys"));
  if (sys.is_null()) {
    sys = init_sys_module();
    dict_set_str(sys_modules(), intern("sys"), sys);
  }
  dict_set_str(sys_modules(), intern("builtins"), builtins);
  // Made before the import system, they get the spec and loader import gives native
  // modules (CPython's BuiltinImporter: repr "<module 'sys' (built-in)>").
  for (const char* name : {"sys", "builtins"}) {
    ModuleSpec spec;
    if (find_spec(name, Value(), &spec)) init_module_attrs(dict_get_str(sys_modules(), intern(name)), spec);
    else clear_error();
  }
  sys_set_argv(argv);
  // sys.path: the script's folder (or '' or the current folder) unless -P, then
  // HOTPY_PATH and PYTHONPATH (options.cpp), then the modules that ship with hotpy.
  ListObject* path = sys_path();
  path->m_items.clear();
  if (!config.safe_path) path->m_items.push_back(new_str(path0));
  for (const std::string& d : config.extra_path) path->m_items.push_back(new_str(d));
  for (const std::string& d : stdlib_dirs()) {
    path->m_items.push_back(new_str(d));
    if (modules_state().stdlib_dir.empty()) modules_state().stdlib_dir = d;
  }
  if (config.unbuffered) set_std_streams_unbuffered();
  if (config.int_max_str_digits >= 0) state->int_max_str_digits = config.int_max_str_digits;
  modules_state().builtins_copy = dict_copy(builtins_dict());
  enter_interpreter(previous);
  return state;
}

void interrupt_on_sigint(InterpreterState* state) {
  sigint_target.store(state);
  if (state) install_sigint_handler();
}

void stop_interrupting_on_sigint(InterpreterState* state) {
  InterpreterState* expected = state;
  sigint_target.compare_exchange_strong(expected, nullptr);
}

void init_runtime(const std::vector<std::string>& argv, const std::string& path0) {
  if (main_interpreter || ts) return;
  main_interpreter = new_interpreter(startup_config, argv, path0);
  enter_interpreter(main_interpreter);
  interrupt_on_sigint(main_interpreter);
  // Registered after every builtin type exists, so it runs before their static
  // destructors (atexit handlers and static destructors run in reverse order).
  std::atexit(finalize_runtime);
}

// Empties a module's namespace without running anything (objects it held may be
// freed, but nothing they own calls back into Python).
static void clear_module(const Value& module) {
  if (is_instance(module, &ModuleType)) dict_clear(module.as<ModuleObject>()->m_dict);
}

static void clear_heap_classes() {
  std::vector<Value> classes = live_heap_types();
  for (const Value& c : classes) {
    dict_clear(c.as<TypeObject>()->m_dict);
    type_modified(c.as<TypeObject>());
  }
}

// The collections of CPython's finalize_modules (_PyGC_CollectNoFail): whether or not
// the collector is enabled, and without gc.callbacks.
static void collect_at_finalization() {
  Value callbacks = std::move(ts->gc->callbacks);
  ts->gc->callbacks = Value();
  gc_collect(kGcGenerations - 1);
  ts->gc->callbacks = std::move(callbacks);
}

// What the collector cannot free at the end: a cycle through an object it does not
// track (an async generator's asend awaitable holding it) keeps a module namespace
// that died with its module. Every container left drops its references, as the
// collector does to garbage.
static void clear_remaining_containers() {
  std::vector<Value> left;
  for (Object* o : gc_tracked_objects(-1)) left.push_back(Value::borrow(o));
  for (const Value& o : left) as_gc(o.obj())->clear();
}

static bool module_alive(const Object* m) {
  for (ModuleObject* live = ts->first_module; live; live = live->m_next)
    if (live == m) return true;
  return false;
}

// CPython's _PyModule_ClearDict, for a module still alive at finalization: names of
// one leading underscore become None first, then every other name but __builtins__
// (so objects the module's functions still hold can use builtins), in dict order.
static void wipe_module_namespace(DictObject* d) {
  for (int pass = 0; pass < 2; pass++) {
    size_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
      if (value.is_none() || !is_str(key)) continue;
      std::string_view name = as_str(key)->view();
      bool private_name = !name.empty() && name[0] == '_' && (name.size() < 2 || name[1] != '_');
      if (pass == 0 ? !private_name : name == "__builtins__") continue;
      if (dict_set(d, key, Value::none()) < 0) write_unraisable_exception(Value());
    }
  }
}

// CPython 3.11's finalize_modules (Python/pylifecycle.c), so that the __del__ methods
// of what the program left run in the same order and see the same state: the sys
// attributes that keep the program's objects or the importer's become None; every
// module in sys.modules is replaced by None (a module nothing else holds goes now),
// sys.modules is emptied, builtins is put back as it was made; a collection; the
// modules still alive then are wiped, the newest first; sys and builtins last.
static void finalize_modules() {
  DictObject* modules = sys_modules();
  Value sys = sys_module();
  DictObject* sysdict = sys.as<ModuleObject>()->m_dict;
  DictObject* builtins = builtins_dict();
  dict_set_str(builtins, intern("_"), Value::none());
  for (const char* name : {"path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback", "path_hooks",
                           "path_importer_cache", "meta_path", "__interactivehook__"})
    dict_set_str(sysdict, intern(name), Value::none());
  for (const char* name : {"stdin", "stdout", "stderr"}) {
    Value original = dict_get_str(sysdict, intern(std::string("__") + name + "__"));
    dict_set_str(sysdict, intern(name), original.is_null() ? Value::none() : original);
  }
  clear_error();
  // CPython's __main__ is held by sys.modules alone.
  ts->host->main = Value();
  std::vector<Value> names;
  std::vector<const Object*> removed;
  size_t pos = 0;
  Value key, value;
  while (dict_next(modules, &pos, &key, &value))
    if (is_module(value)) {
      names.push_back(key);
      removed.push_back(value.obj());
    }
  key = value = Value();
  for (const Value& name : names)
    if (dict_set(modules, name, Value::none()) < 0) write_unraisable_exception(Value());
  dict_clear(modules);
  {
    Value user_builtins = dict_copy(builtins);
    dict_clear(builtins);
    const Value& made = modules_state().builtins_copy;
    if (!made.is_null() && dict_merge(builtins, made.as<DictObject>()) < 0) clear_error();
  }
  collect_at_finalization();
  for (size_t i = removed.size(); i-- > 0;) {
    if (!module_alive(removed[i])) continue;
    Value module = Value::borrow(const_cast<Object*>(removed[i]));
    DictObject* d = module.as<ModuleObject>()->m_dict;
    if (d != builtins && d != sysdict) wipe_module_namespace(d);
  }
  dict_clear(sysdict);
  dict_clear(builtins);
  modules_state().builtins_copy = Value();
  collect_at_finalization();
}

void finalize_interpreter(InterpreterState* state) {
  InterpreterState* previous = enter_interpreter(state);
  clear_error();
  ts->handled = Value();
  // CPython's Py_FinalizeEx: the atexit handlers while everything still works, then
  // the cycles the program left, before any module goes.
  run_atexit_callbacks();
  free_hot_state();  // its callbacks and the code units it kept go with the modules
  flush_std_streams();
  if (ts->gc->enabled) gc_collect(kGcGenerations - 1);
  finalize_modules();
  flush_std_streams();
  // What CPython leaves to the process's end goes too: the modules nothing listed
  // (newest first), the namespaces of classes (cycles through methods' __class__ cells
  // and defaults), and whatever those held.
  std::vector<Value> all = live_modules();
  for (size_t i = all.size(); i-- > 0;) clear_module(all[i]);
  ts->coroutines->agen_firstiter = ts->coroutines->agen_finalizer = Value();
  gc_release_module_lists();
  clear_heap_classes();
  gc_collect(2);
  dict_clear(builtins_dict());
  for (const Value& m : all) clear_module(m);
  all.clear();
  clear_remaining_containers();
  clear_error();
  // What the interpreter itself holds goes last, while its state still exists. The
  // embedding API's Objects that are left (a host's) see it has ended.
  state->host->alive->store(false);
  delete state->host;
  state->host = nullptr;
  set_builtins_dict(nullptr);
  free_modules_state();
  ts->exc = Value();
  ts->handled = Value();
  ts->outer_handled.clear();
  ts->spare_memory_error = Value();
  free_coroutines();
  free_method_cache();
  free_gc();
  free_str_blocks();
  free_tuple_lists();
  delete state->config;
  state->config = nullptr;
  enter_interpreter(previous == state ? nullptr : previous);
  delete state;
}

void finalize_runtime() {
  if (!main_interpreter || main_interpreter_finalized) return;
  main_interpreter_finalized = true;
  stop_interrupting_on_sigint(main_interpreter);
  // Called at exit too, maybe on another thread than the one that ran the program.
  InterpreterState* state = main_interpreter;
  finalize_interpreter(state);
  main_interpreter = nullptr;
}

namespace {

// As CPython's PyRun_SimpleFile (a script, PYTHONSTARTUP): __file__ and __cached__ name
// the file in __main__ while it runs and its error is shown, and only then (unless
// __main__ had a __file__ already).
class MainFileNames {
 public:
  MainFileNames(DictObject* globals, const std::string& path) : m_globals(globals) {
    m_set = dict_get_str(globals, intern("__file__")).is_null();
    if (!m_set) return;
    dict_set_str(globals, intern("__file__"), new_str(path));
    dict_set_str(globals, intern("__cached__"), Value::none());
  }
  ~MainFileNames() {
    if (!m_set) return;
    Value saved = fetch_error();
    dict_del(m_globals, Value::borrow(intern("__file__")));
    dict_del(m_globals, Value::borrow(intern("__cached__")));
    clear_error();
    ts->exc = saved;
  }

 private:
  DictObject* m_globals;
  bool m_set;
};

// "[Errno 2] No such file or directory": an OSError's errno and strerror.
std::string os_error_reason(const Value& exc) {
  Value number = get_attr_opt(exc, intern("errno"));
  Value reason = get_attr_opt(exc, intern("strerror"));
  clear_error();
  if (!number.is_int() || !is_str(reason)) return str_text(exc);
  return format("[Errno %lld] %s", static_cast<long long>(number.as_int()),
                as_str(reason)->m_data.c_str());
}

}  // namespace

Value main_module() {
  main_globals();
  return ts->host->main;
}

int run_startup_file(const std::string& path) {
  DictObject* globals = main_globals();
  ModuleSpec spec = spec_from_file("__main__", path);
  spec.is_script = true;
  MainFileNames names(globals, path);
  bool unreadable = false;
  if (exec_module(main_module(), spec, &unreadable)) {
    flush_std_streams();
    return -1;
  }
  Value exc = fetch_error();
  if (!unreadable && exc.type()->is_subtype(&SystemExitType)) return exit_status_of(exc);
  flush_std_streams();
  if (unreadable) write_stderr_text("Could not open PYTHONSTARTUP\n");
  print_exception(exc);
  flush_std_streams();
  return -1;
}

int exit_status_of(const Value& exc) {
  Value code = get_attr_opt(exc, intern("code"));
  clear_error();
  if (code.is_null() || code.is_none()) return 0;
  if (code.is_int()) return int(code.as_int() & 0xff);
  if (code.is_bool()) return code.as_bool();
  // sys.exit("message") prints the message and exits 1.
  flush_std_streams();
  std::string text = str_text(code) + "\n";
  Value err = get_attr_opt(sys_module(), intern("stderr"));
  clear_error();
  Value arg = new_str(text);
  if (err.is_null() || call_method(err, intern("write"), &arg, 1).is_null()) {
    clear_error();
    fputs(text.c_str(), stderr);
  }
  flush_std_streams();
  return 1;
}

void display_uncaught(const Value& exc) {
  flush_std_streams();
  Value module = sys_module();
  DictObject* sys = module.as<ModuleObject>()->m_dict;
  Value type = Value::borrow(exc.type());
  Value tb = get_attr_opt(exc, intern("__traceback__"));
  if (tb.is_null()) {
    clear_error();
    tb = Value::none();
  }
  dict_set_str(sys, intern("last_type"), type);
  dict_set_str(sys, intern("last_value"), exc);
  dict_set_str(sys, intern("last_traceback"), tb);
  Value hook = dict_get_str(sys, intern("excepthook"));
  Value builtin_hook = dict_get_str(sys, intern("__excepthook__"));
  if (hook.is_null()) {
    write_stderr_text("sys.excepthook is missing\n");
    print_exception(exc);
  } else if (!builtin_hook.is_null() && hook.is(builtin_hook)) {
    print_exception(exc);
  } else {
    Value args[3] = {type, exc, tb};
    if (call(hook, args, 3).is_null()) {
      Value failure = fetch_error();
      flush_std_streams();
      write_stderr_text("Error in sys.excepthook:\n");
      print_exception(failure);
      write_stderr_text("\nOriginal exception was:\n");
      print_exception(exc);
    }
  }
  flush_std_streams();
}

int handle_uncaught(const Value& exc) {
  // Under -i, SystemExit does not end the process: CPython shows it as a traceback
  // and the prompt follows.
  if (exc.type()->is_subtype(&SystemExitType) && !runtime_config().inspect) return exit_status_of(exc);
  display_uncaught(exc);
  // Like CPython, an uncaught Ctrl-C ends the process as the signal would: 130.
  return exc.type()->is_subtype(&KeyboardInterruptType) ? 130 : 1;
}

DictObject* main_globals() {
  Value& the_main = ts->host->main;
  if (the_main.is_null()) {
    the_main = new_module("__main__");
    DictObject* globals = the_main.as<ModuleObject>()->m_dict;
    // __main__ sees the builtins module itself (other modules get its dict), as in CPython.
    Value builtins = dict_get_str(sys_modules(), intern("builtins"));
    dict_set_str(globals, intern("__builtins__"), builtins.is_null() ? Value::borrow(builtins_dict()) : builtins);
    dict_set_str(globals, intern("__loader__"), builtin_importer());
    dict_set_str(sys_modules(), intern("__main__"), the_main);
  }
  return the_main.as<ModuleObject>()->m_dict;
}

int run_main_source(const std::string& source, const std::string& filename, const std::vector<std::string>& argv,
                    const std::string& path0) {
  init_runtime(argv, path0);
  DictObject* globals = main_globals();
  if (!filename.empty() && filename[0] != '<') dict_set_str(globals, intern("__file__"), new_str(filename));
  int status = 0;
  auto unit = compile_source(source, filename, ast::Mode::File, filename != "<string>");
  if (!unit || run_unit(unit, globals).is_null()) status = handle_uncaught(fetch_error());
  end_print_statements();
  flush_std_streams();
  return status;
}

std::string joined_to_cwd(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[PATH_MAX];
  return getcwd(cwd, sizeof cwd) ? std::string(cwd) + "/" + path : path;
}

int run_main_file(const std::string& path, const std::vector<std::string>& argv, bool skip_first_line) {
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return run_main_folder(path, argv);
  char buf[PATH_MAX];
  std::string abs = realpath(path.c_str(), buf) ? std::string(buf) : path;
  std::string dir = abs.substr(0, abs.rfind('/'));
  if (dir.empty()) dir.push_back('/');
  init_runtime(argv, dir);
  // The script runs through the source loader like any module, in __main__ (its
  // __spec__ stays None, as CPython's).
  ModuleSpec spec = spec_from_file("__main__", abs);
  spec.is_script = true;
  spec.skip_first_line = skip_first_line;
  int status = 0;
  {
    dict_set_str(main_globals(), intern("__loader__"), kSourceFileLoader.object(spec));
    MainFileNames names(main_globals(), abs);
    bool unreadable = false;
    if (!exec_module(main_module(), spec, &unreadable)) {
      Value exc = fetch_error();
      if (unreadable) {
        flush_std_streams();
        fprintf(stderr, "%s: can't open file '%s': %s\n", runtime_config().program_name.c_str(),
                joined_to_cwd(path).c_str(), os_error_reason(exc).c_str());
        return 2;
      }
      status = handle_uncaught(exc);
    }
  }
  end_print_statements();
  flush_std_streams();
  return status;
}

}  // namespace hotpy
