// hotpy::Interpreter: an interpreter of its own (runtime.h: new_interpreter), native
// modules made by the host, and host functions callable from Python.
#include <signal.h>

#include <exception>

#include "eval/config.h"
#include "modules/hotreload.h"
#include "runtime/internal.h"

namespace hotpy::api {

namespace {

// -- host functions: a callable object owning the std::function

TypeObject HostFunctionType("builtin_function_or_method");

struct HostFunctionObject : RuntimeObject {
  std::string m_name;
  std::string m_module;  // __module__
  size_t m_arity;
  detail::HostFunction m_fn;
  HostFunctionObject(std::string name, std::string module, size_t arity, detail::HostFunction fn)
      : RuntimeObject(&HostFunctionType),
        m_name(std::move(name)),
        m_module(std::move(module)),
        m_arity(arity),
        m_fn(std::move(fn)) {}
};

Value host_function_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  auto* f = self.as<HostFunctionObject>();
  if (kw_count(kw)) return raise(&TypeErrorType, format("%s() takes no keyword arguments", f->m_name.c_str()));
  // CPython's wording for a builtin with a fixed number of positional parameters.
  if (nargs != f->m_arity)
    return raise(&TypeErrorType, format("%s expected %zu argument%s, got %zu", f->m_name.c_str(), f->m_arity,
                                        f->m_arity == 1 ? "" : "s", nargs));
  std::vector<Object> objects;
  objects.reserve(nargs);
  for (size_t i = 0; i < nargs; ++i) objects.push_back(object_of(args[i]));
  try {
    Object result = f->m_fn(objects);
    return value_of(result);
  } catch (const Error& e) {
    raise_error(e);
  } catch (const std::exception& e) {
    raise(&RuntimeErrorType, e.what());
  } catch (...) {
    raise(&RuntimeErrorType, "unknown C++ exception");
  }
  return Value();
}

// What a builtin function answers: __name__, __qualname__, __module__, __doc__ (None).
Value host_function_getattr(const Value& self, StrObject* name) {
  auto* f = self.as<HostFunctionObject>();
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__") return new_str(f->m_name);
  if (n == "__module__") return new_str(f->m_module);
  if (n == "__doc__") return Value::none();
  return generic_getattr(self, name);
}

Value host_function_repr(const Value& self) {
  return new_str(format("<built-in function %s>", self.as<HostFunctionObject>()->m_name.c_str()));
}

// -- output: sys.stdout and sys.stderr replaced by writers that call the host

TypeObject HostStreamType("hotpy_host_stream");

struct HostStreamObject : RuntimeObject {
  bool m_is_stderr;
  explicit HostStreamObject(bool is_stderr) : RuntimeObject(&HostStreamType), m_is_stderr(is_stderr) {}
};

Value host_stream_write(const Value* args, size_t nargs, KwNames*) {
  if (nargs != 2) return raise(&TypeErrorType, format("write() takes exactly one argument (%zu given)", nargs - 1));
  if (!is_str(args[1]))
    return raise(&TypeErrorType, format("write() argument must be str, not %s", type_name(args[1]).c_str()));
  const std::string& text = as_str(args[1])->m_data;
  try {
    auto& output = ts->host->output;
    if (output) output(text, args[0].as<HostStreamObject>()->m_is_stderr);
  } catch (const std::exception& e) {
    return raise(&RuntimeErrorType, e.what());
  } catch (...) {
    return raise(&RuntimeErrorType, "unknown C++ exception");
  }
  return Value::integer(as_str(args[1])->m_length);
}
Value host_stream_flush(const Value*, size_t, KwNames*) { return Value::none(); }

void ready_api_types() {
  type_ready(&HostFunctionType, &ObjectType);
  HostFunctionType.tp_call = host_function_call;
  HostFunctionType.tp_repr = host_function_repr;
  HostFunctionType.tp_getattr = host_function_getattr;
  type_ready(&HostStreamType, &ObjectType, {{"write", host_stream_write}, {"flush", host_stream_flush}});
}

void init_api_types() {
  static std::once_flag once;
  ready_builtin_types(once, ready_api_types);
}

}  // namespace

Value checked(Value v) {
  if (v.is_null()) throw_pending();
  return v;
}

Value module_named(std::string_view name) {
  Value m = dict_get(sys_modules(), new_str(name));
  if (m.is_null() && !error_pending())
    raise(&KeyErrorType, format("'%.*s' is not in sys.modules", int(name.size()), name.data()));
  return checked(m);
}

// The settings the runtime reads from its start-up on (sys.flags, the evaluator, the importer).
static RuntimeConfig runtime_config_of(const Config& config) {
  RuntimeConfig c;
  c.program_name = config.program_name;
  c.debug = config.debug;
  c.inspect = config.inspect;
  c.interactive = config.interactive;
  c.optimize = config.optimize;
  c.dont_write_bytecode = config.dont_write_bytecode;
  c.no_user_site = config.no_user_site;
  c.no_site = config.no_site;
  c.ignore_environment = config.ignore_environment;
  c.verbose = config.verbose;
  c.bytes_warning = config.bytes_warning;
  c.quiet = config.quiet;
  c.hash_randomization = config.hash_randomization;
  c.isolated = config.isolated;
  c.dev_mode = config.dev_mode;
  c.utf8_mode = config.utf8_mode;
  c.warn_default_encoding = config.warn_default_encoding;
  c.safe_path = config.safe_path;
  c.int_max_str_digits = config.int_max_str_digits;
  c.unbuffered = config.unbuffered;
  c.warnoptions = config.warnoptions;
  for (const Config::XOption& x : config.xoptions)
    c.xoptions.push_back({x.name, x.value.value_or(""), x.value.has_value()});
  c.extra_path = config.module_search_paths;
  return c;
}

Interpreter::Interpreter() : Interpreter(Config()) {}

Interpreter::Interpreter(const Config& config) {
  m_state = new_interpreter(runtime_config_of(config), config.argv, config.path0.value_or(""));
  Scope scope(m_state);
  // A host's sys.path starts with its folders and hotpy's own modules (no script
  // folder, no '').
  ListObject* path = sys_path();
  if (!config.path0 && !config.safe_path && !path->m_items.empty()) path->m_items.erase(path->m_items.begin());
  // -X autoreload: the prompt reloads changed modules before each input, as
  // hotreload.autoreload(True) asks (-X autoreload=0 leaves it off).
  for (const Config::XOption& x : config.xoptions)
    if (x.name == "autoreload") hot_state().autoreload = x.value.value_or("1") != "0";
  if (config.install_signal_handlers) interrupt_on_sigint(m_state);
  register_interpreter(m_state);
  note_used(m_state);
}

Interpreter::~Interpreter() {
  {
    Scope scope(m_state);
    // While the host's output and native modules still work (a handler may use them).
    run_atexit_callbacks();
    if (ts->host->output) {
      try {
        set_output(nullptr);
      } catch (const Error&) {  // sys.stdout stays the host's writer, which writes nowhere now
      }
    }
    clear_native_modules();
  }
  unregister_interpreter(m_state);
  stop_interrupting_on_sigint(m_state);
  try {
    finalize_interpreter(m_state);
  } catch (const std::exception&) {
    // Out of memory while tearing down: what is left is the process's to reclaim.
  }
}

void Interpreter::exec(std::string_view code, std::string_view filename) {
  Scope scope(m_state);
  auto unit = compile_source(std::string(code), std::string(filename), ast::Mode::File);
  if (!unit || run_unit(unit, main_globals()).is_null()) throw_pending();
}

Object Interpreter::eval(std::string_view expr) {
  Scope scope(m_state);
  auto unit = compile_source(std::string(expr), "<string>", ast::Mode::Eval);
  if (!unit) throw_pending();
  return object_of(checked(eval_unit(unit, main_globals())));
}

Object Interpreter::exec_file(std::string_view path, std::string_view run_name) {
  Scope scope(m_state);
  return object_of(checked(run_path(std::string(path), std::string(run_name))));
}

Object Interpreter::import(std::string_view name) {
  Scope scope(m_state);
  checked(import_module_level(intern(name), nullptr, Value::none(), 0));
  // The top-level package came back; the host asked for the module itself.
  return object_of(module_named(name));
}

Object Interpreter::reload(std::string_view name) {
  Scope scope(m_state);
  return reload(object_of(module_named(name)));
}

Object Interpreter::reload(const Object& module) {
  Scope scope(m_state);
  return object_of(checked(reload_module(value_of(module))));
}

Module Interpreter::add_module(std::string_view name) {
  Scope scope(m_state);
  if (name.empty() || name.find('.') != std::string_view::npos)
    throw Error("ValueError", "add_module: a native module's name is one identifier", "");
  Value m = checked(new_module(name));
  add_native_module(name, m);
  return Module(object_of(std::move(m)));
}

void Interpreter::add_path(std::string_view dir) {
  Scope scope(m_state);
  sys_path()->m_items.push_back(new_str(dir));
}

void Interpreter::set_argv(const std::vector<std::string>& argv) {
  Scope scope(m_state);
  sys_set_argv(argv);
}

void Interpreter::set_output(std::function<void(std::string_view text, bool is_stderr)> output) {
  Scope scope(m_state);
  ts->host->output = std::move(output);
  init_api_types();
  Value sys = hotpy::sys_module();
  if (ts->host->output) {
    if (set_attr(sys, intern("stdout"), Value::steal(new HostStreamObject(false))) < 0 ||
        set_attr(sys, intern("stderr"), Value::steal(new HostStreamObject(true))) < 0)
      throw_pending();
  } else {
    // Back to the process's streams, which sys keeps as __stdout__ and __stderr__.
    for (const char* name : {"stdout", "stderr"}) {
      Value original = get_attr_opt(sys, intern(std::string("__") + name + "__"));
      if (original.is_null()) {
        clear_error();
        continue;
      }
      if (set_attr(sys, intern(name), original) < 0) throw_pending();
    }
  }
}

void Interpreter::interrupt() { m_state->pending_interrupt.fetch_or(kInterruptOnce); }

Object Interpreter::main_dict() {
  Scope scope(m_state);
  return object_of(Value::borrow(main_globals()));
}

Object detail::new_function(std::string name, size_t arity, HostFunction f) {
  Scope scope;
  init_api_types();
  return object_of(Value::steal(new HostFunctionObject(std::move(name), "", arity, std::move(f))));
}

void detail::check_callable(const Object& o) {
  Scope scope(o);
  if (!is_callable(value_of(o))) {
    raise(&TypeErrorType, format("'%s' object is not callable", type_name(value_of(o)).c_str()));
    throw_pending();
  }
}

Object Interpreter::sys_module() {
  Scope scope(m_state);
  return object_of(hotpy::sys_module());
}

void Module::def_raw(std::string_view name, size_t arity, detail::HostFunction f) {
  Scope scope(*this);
  init_api_types();
  std::string module = attr("__name__").str();
  set_attr(name, object_of(Value::steal(new HostFunctionObject(std::string(name), module, arity, std::move(f)))));
}

}  // namespace hotpy::api
