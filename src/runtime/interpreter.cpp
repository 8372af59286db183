// hotpy::Interpreter over the process-global runtime (phase 1 of issue 9), native
// modules made by the host, and host functions callable from Python.
#include <exception>

#include "runtime/internal.h"

namespace hotpy::api {

namespace {

enum class RuntimeState { Never, Live, Finalized };
RuntimeState runtime_state = RuntimeState::Never;

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

std::function<void(std::string_view, bool)> host_output;

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
    if (host_output) host_output(text, args[0].as<HostStreamObject>()->m_is_stderr);
  } catch (const std::exception& e) {
    return raise(&RuntimeErrorType, e.what());
  } catch (...) {
    return raise(&RuntimeErrorType, "unknown C++ exception");
  }
  return Value::integer(as_str(args[1])->m_length);
}
Value host_stream_flush(const Value*, size_t, KwNames*) { return Value::none(); }

void init_api_types() {
  type_ready(&HostFunctionType, &ObjectType);
  HostFunctionType.tp_call = host_function_call;
  HostFunctionType.tp_repr = host_function_repr;
  HostFunctionType.tp_getattr = host_function_getattr;
  type_ready(&HostStreamType, &ObjectType, {{"write", host_stream_write}, {"flush", host_stream_flush}});
}

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

}  // namespace

bool runtime_alive() { return runtime_state == RuntimeState::Live; }

void check_live() {
  if (!runtime_alive()) throw Error("RuntimeError", "the hotpy::Interpreter is not running", "");
}

Interpreter::Interpreter() {
  if (runtime_state != RuntimeState::Never)
    throw Error("RuntimeError",
                runtime_state == RuntimeState::Live
                    ? "a hotpy::Interpreter already exists (phase 1: one per process)"
                    : "the hotpy runtime was finalized (phase 1: one Interpreter per process, made once)",
                "");
  init_runtime({""}, "");
  runtime_state = RuntimeState::Live;
  // A host's sys.path starts with hotpy's own modules only (no script folder, no '').
  ListObject* path = sys_path();
  if (!path->m_items.empty()) path->m_items.erase(path->m_items.begin());
  init_api_types();
}

Interpreter::~Interpreter() {
  if (host_output) {
    try {
      set_output(nullptr);
    } catch (const Error&) {  // sys.stdout stays the host's writer, which writes nowhere now
    }
    host_output = nullptr;
  }
  clear_native_modules();
  finalize_runtime();
  runtime_state = RuntimeState::Finalized;
}

void Interpreter::exec(std::string_view code, std::string_view filename) {
  check_live();
  auto unit = compile_source(std::string(code), std::string(filename), ast::Mode::File);
  if (!unit || run_unit(unit, main_globals()).is_null()) throw_pending();
}

Object Interpreter::eval(std::string_view expr) {
  check_live();
  auto unit = compile_source(std::string(expr), "<string>", ast::Mode::Eval);
  if (!unit) throw_pending();
  return object_of(checked(eval_unit(unit, main_globals())));
}

Object Interpreter::exec_file(std::string_view path, std::string_view run_name) {
  check_live();
  return object_of(checked(run_path(std::string(path), std::string(run_name))));
}

Object Interpreter::import(std::string_view name) {
  check_live();
  checked(import_module_level(intern(name), nullptr, Value::none(), 0));
  // The top-level package came back; the host asked for the module itself.
  return object_of(module_named(name));
}

Object Interpreter::reload(std::string_view name) {
  check_live();
  return reload(object_of(module_named(name)));
}

Object Interpreter::reload(const Object& module) {
  check_live();
  return object_of(checked(reload_module(value_of(module))));
}

Module Interpreter::add_module(std::string_view name) {
  check_live();
  if (name.empty() || name.find('.') != std::string_view::npos)
    throw Error("ValueError", "add_module: a native module's name is one identifier", "");
  Value m = checked(new_module(name));
  add_native_module(name, m);
  return Module(object_of(std::move(m)));
}

void Interpreter::add_path(std::string_view dir) {
  check_live();
  sys_path()->m_items.push_back(new_str(dir));
}

void Interpreter::set_argv(const std::vector<std::string>& argv) {
  check_live();
  sys_set_argv(argv);
}

void Interpreter::set_output(std::function<void(std::string_view text, bool is_stderr)> output) {
  check_live();
  host_output = std::move(output);
  Value sys = sys_module();
  if (host_output) {
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

void Interpreter::interrupt() { ts.pending_interrupt = 1; }

Object Interpreter::main_dict() {
  check_live();
  return object_of(Value::borrow(main_globals()));
}

void Module::def_raw(std::string_view name, size_t arity, detail::HostFunction f) {
  check_live();
  std::string module = attr("__name__").str();
  set_attr(name, object_of(Value::steal(new HostFunctionObject(std::string(name), module, arity, std::move(f)))));
}

}  // namespace hotpy::api
