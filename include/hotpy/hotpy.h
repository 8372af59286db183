// hotpy's embedding API: run Python code from a C++ program, exchange values with it,
// and give scripts native modules written in C++ (lambdas as functions).
//
//   hotpy::Interpreter py;
//   py.add_path("scripts");
//   hotpy::Module game = py.add_module("game");
//   game.def("spawn", [](std::string name, int hp) { return hp * 2; });
//   hotpy::Object cfg = py.import("config");
//   hotpy::Object r = cfg.attr("on_tick")(3, "x", 2.5);
//
// Phase-1 limits (issue 9): the runtime is still process-global, so exactly one
// Interpreter may exist at a time, and only the first one made in a process works:
// a second live one, or a new one after the first was destroyed, throws hotpy::Error.
// One thread at a time may use it (interrupt() is the exception: any thread).
// Every Object must be released before its Interpreter is destroyed (an Object
// destroyed later leaks its value instead of touching a finalized runtime; debug
// builds abort to say so). Error keeps only text, so it may outlive the Interpreter.
//
// Names live in the inline namespace hotpy::api (spelled hotpy::Object etc. by hosts)
// so they never collide with the runtime's own types.
#pragma once
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace hotpy {
inline namespace api {

// A Python exception seen by the host. what() is "TypeName: message".
class Error : public std::exception {
 public:
  Error(std::string type_name, std::string message, std::string traceback);
  const char* what() const noexcept override { return m_what.c_str(); }
  const std::string& type_name() const { return m_type; }   // "ZeroDivisionError"
  const std::string& message() const { return m_message; }  // str(exception)
  const std::string& traceback() const { return m_traceback; }  // as CPython prints it

 private:
  std::string m_type, m_message, m_traceback, m_what;
  friend struct ErrorAccess;
  std::shared_ptr<void> m_exception;  // the Python exception itself, re-raised when it passes back through Python
};

// A counted reference to a Python object (null only after being moved from).
class Object {
 public:
  Object();  // None
  Object(const Object& o);
  Object(Object&& o) noexcept : m_ref(o.m_ref) { o.m_ref = nullptr; }
  Object& operator=(Object o) noexcept {
    std::swap(m_ref, o.m_ref);
    return *this;
  }
  ~Object();
  template <class T, class = std::enable_if_t<!std::is_base_of_v<Object, std::decay_t<T>>>>
  explicit Object(T&& value);  // any convertible C++ value (see Converter below)

  Object attr(std::string_view name) const;        // getattr(self, name)
  void set_attr(std::string_view name, const Object& value) const;
  bool has_attr(std::string_view name) const;
  template <class... Args>
  Object operator()(Args&&... args) const;         // self(*args), converted from C++
  Object call(const std::vector<Object>& args) const;
  std::string str() const;
  std::string repr() const;
  std::string type_name() const;                   // type(self).__name__
  bool is_none() const;
  bool is(const Object& other) const;              // the same object (Python's `is`)
  template <class T>
  T cast() const;                                  // Converter<T>::from

  void* handle() const { return m_ref; }  // the runtime's value (for the implementation)
  static Object adopt(void* ref);         // takes over a handle made by the implementation

 private:
  void* m_ref;
};

// Conversions the implementation provides (the Converter specializations use them).
namespace detail {
Object from_bool(bool b);
Object from_int64(int64_t i);
Object from_uint64(uint64_t i);
Object from_double(double d);
Object from_string(std::string_view s);
Object new_list(std::vector<Object> items);
Object new_dict(std::vector<std::pair<std::string, Object>> items);
bool to_bool(const Object& o);        // truth value, as an `if` tests it
// TypeError unless an int; OverflowError naming `c_type` when out of range.
int64_t to_int64(const Object& o, const char* c_type = "long");
uint64_t to_uint64(const Object& o);  // also OverflowError for negative ints
double to_double(const Object& o);    // int or float
std::string to_string(const Object& o);  // str only
std::vector<Object> to_items(const Object& o);  // list or tuple
std::vector<std::pair<std::string, Object>> to_dict_items(const Object& o);  // dict, str keys
[[noreturn]] void throw_overflow(const char* c_type);
// TypeError "name() argument N must be T, not U" (inside a def'd function).
[[noreturn]] void throw_argument_type(const char* function, size_t index, const char* expected, const Object& got);
}  // namespace detail

// How a C++ type crosses: to(value) makes an Object, from(object) reads one (throwing
// Error with a TypeError or OverflowError); py_name names the Python type expected.
template <class T, class = void>
struct Converter;

template <>
struct Converter<Object> {
  static constexpr const char* py_name = "object";
  static Object to(const Object& o) { return o; }
  static Object from(const Object& o) { return o; }
};
template <>
struct Converter<bool> {
  static constexpr const char* py_name = "bool";
  static Object to(bool b) { return detail::from_bool(b); }
  static bool from(const Object& o) { return detail::to_bool(o); }
};
template <class T>
struct Converter<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
  static constexpr const char* py_name = "int";
  static Object to(T i) {
    if constexpr (std::is_signed_v<T>) return detail::from_int64(int64_t(i));
    else return detail::from_uint64(uint64_t(i));
  }
  static T from(const Object& o) {
    if constexpr (std::is_signed_v<T>) {
      const char* c_type = sizeof(T) >= sizeof(long) ? "long" : "int";
      int64_t i = detail::to_int64(o, c_type);
      if (i < int64_t(std::numeric_limits<T>::min()) || i > int64_t(std::numeric_limits<T>::max()))
        detail::throw_overflow(c_type);
      return T(i);
    } else {
      uint64_t i = detail::to_uint64(o);
      if (i > uint64_t(std::numeric_limits<T>::max())) detail::throw_overflow("unsigned int");
      return T(i);
    }
  }
};
template <class T>
struct Converter<T, std::enable_if_t<std::is_floating_point_v<T>>> {
  static constexpr const char* py_name = "float";
  static Object to(T d) { return detail::from_double(double(d)); }
  static T from(const Object& o) { return T(detail::to_double(o)); }
};
template <>
struct Converter<std::string> {
  static constexpr const char* py_name = "str";
  static Object to(const std::string& s) { return detail::from_string(s); }
  static std::string from(const Object& o) { return detail::to_string(o); }
};
// Views and C strings convert to Python only (nothing would own the characters).
template <>
struct Converter<std::string_view> {
  static Object to(std::string_view s) { return detail::from_string(s); }
};
template <>
struct Converter<const char*> {
  static Object to(const char* s) { return detail::from_string(s); }
};
template <>
struct Converter<char*> : Converter<const char*> {};
template <size_t N>
struct Converter<char[N]> : Converter<const char*> {};
template <class T>
struct Converter<std::vector<T>> {
  static constexpr const char* py_name = "list";
  static Object to(const std::vector<T>& v) {
    std::vector<Object> items;
    items.reserve(v.size());
    for (const T& x : v) items.push_back(Converter<T>::to(x));
    return detail::new_list(std::move(items));
  }
  static std::vector<T> from(const Object& o) {
    std::vector<T> out;
    for (const Object& x : detail::to_items(o)) out.push_back(Converter<T>::from(x));
    return out;
  }
};
template <class T>
struct Converter<std::map<std::string, T>> {
  static constexpr const char* py_name = "dict";
  static Object to(const std::map<std::string, T>& m) {
    std::vector<std::pair<std::string, Object>> items;
    for (const auto& [k, v] : m) items.emplace_back(k, Converter<T>::to(v));
    return detail::new_dict(std::move(items));
  }
  static std::map<std::string, T> from(const Object& o) {
    std::map<std::string, T> out;
    for (const auto& [k, v] : detail::to_dict_items(o)) out.emplace(k, Converter<T>::from(v));
    return out;
  }
};
template <class T>
struct Converter<std::optional<T>> {
  static constexpr const char* py_name = Converter<T>::py_name;
  static Object to(const std::optional<T>& v) { return v ? Converter<T>::to(*v) : Object(); }
  static std::optional<T> from(const Object& o) {
    if (o.is_none()) return std::nullopt;
    return Converter<T>::from(o);
  }
};

template <class T, class>
Object::Object(T&& value) : Object(Converter<std::remove_cv_t<std::remove_reference_t<T>>>::to(value)) {}

template <class T>
T Object::cast() const {
  return Converter<T>::from(*this);
}

template <class... Args>
Object Object::operator()(Args&&... args) const {
  return call(std::vector<Object>{Object(std::forward<Args>(args))...});
}

namespace detail {
// A host function as the runtime calls it: the arguments, already counted (arity).
using HostFunction = std::function<Object(const std::vector<Object>& args)>;

template <class F>
struct Signature : Signature<decltype(&F::operator())> {};
template <class R, class... A>
struct Signature<R (*)(A...)> {
  using Result = R;
  using Args = std::tuple<A...>;
};
template <class R, class... A>
struct Signature<R(A...)> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) const> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...)> : Signature<R (*)(A...)> {};

template <class T>
using Plain = std::remove_cv_t<std::remove_reference_t<T>>;

// Argument i of a call, converted for the host function; a TypeError names it.
template <class T>
Plain<T> argument(const char* function, const std::vector<Object>& args, size_t i) {
  try {
    return Converter<Plain<T>>::from(args[i]);
  } catch (const Error& e) {
    if (e.type_name() != "TypeError") throw;
    throw_argument_type(function, i + 1, Converter<Plain<T>>::py_name, args[i]);
  }
}

template <class F, class R, class... A, size_t... I>
HostFunction wrap(std::string name, F f, std::tuple<A...>*, std::index_sequence<I...>) {
  return [name = std::move(name), f = std::move(f)](const std::vector<Object>& args) -> Object {
    // Braces convert the arguments left to right, so the first wrong one is reported.
    std::tuple<Plain<A>...> converted{argument<A>(name.c_str(), args, I)...};
    if constexpr (std::is_void_v<R>) {
      std::apply(f, std::move(converted));
      return Object();
    } else {
      return Converter<Plain<R>>::to(std::apply(f, std::move(converted)));
    }
  };
}
}  // namespace detail

// A native module made by the host (Interpreter::add_module); scripts `import` it.
class Module : public Object {
 public:
  explicit Module(Object module) : Object(std::move(module)) {}
  // A function scripts can call: its parameters and result are converted as
  // Converter<T> says; wrong argument types raise TypeError, a C++ exception thrown
  // by `f` raises RuntimeError with its message (what()).
  template <class F>
  Module& def(std::string_view name, F f) {
    using Sig = detail::Signature<std::decay_t<F>>;
    constexpr size_t arity = std::tuple_size_v<typename Sig::Args>;
    def_raw(name, arity,
            detail::wrap<F, typename Sig::Result>(std::string(name), std::move(f),
                                                  static_cast<typename Sig::Args*>(nullptr),
                                                  std::make_index_sequence<arity>()));
    return *this;
  }
  template <class T>
  Module& set(std::string_view name, T&& value) {
    set_attr(name, Object(std::forward<T>(value)));
    return *this;
  }
  // A function taking exactly `arity` positional arguments (no keywords).
  void def_raw(std::string_view name, size_t arity, detail::HostFunction f);
};

// The interpreter (phase 1: the process's only one; see the top of this file).
class Interpreter {
 public:
  // Initialises the runtime: builtins, sys (sys.argv = [""], sys.path = hotpy's stdlib).
  Interpreter();
  ~Interpreter();  // finalizes the runtime: module namespaces are emptied
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Runs statements in the __main__ module's namespace.
  void exec(std::string_view code, std::string_view filename = "<string>");
  // The value of an expression, evaluated in __main__'s namespace.
  Object eval(std::string_view expr);
  // Runs the source file `path` as a module, as Python's runpy.run_path(path, run_name=
  // run_name) does for a file, through the same loader as import: a fresh module named
  // `run_name` (__file__ = path as given; __spec__, __loader__ and __cached__ None) that
  // is sys.modules[run_name] only while its code runs. Returns the module (its names are
  // its attributes). Throws Error when the file cannot be read (FileNotFoundError; a
  // folder is IsADirectoryError, where run_path would run its __main__.py),
  // does not compile (SyntaxError) or raises; the Interpreter stays usable. sys.argv is
  // left as set_argv made it. Running a file again makes a new module; to keep one
  // module and reload it, put its folder on the path (add_path) and import it.
  Object exec_file(std::string_view path, std::string_view run_name = "<run_path>");
  // import name (a dotted name gives the submodule itself, not its package).
  Object import(std::string_view name);
  // importlib.reload: runs the module's source again in its namespace; a failing
  // reload throws and leaves the module as reload() leaves it.
  Object reload(std::string_view name);
  Object reload(const Object& module);
  // A native module scripts can import; `name` must not contain dots.
  Module add_module(std::string_view name);
  void add_path(std::string_view dir);                 // sys.path.append(dir)
  void set_argv(const std::vector<std::string>& argv);  // sys.argv
  // Sends what scripts write to sys.stdout and sys.stderr (print(), tracebacks) to
  // `output`; an empty function restores the process's streams.
  void set_output(std::function<void(std::string_view text, bool is_stderr)> output);
  // Raises KeyboardInterrupt in the running code at its next check (as Ctrl-C does).
  // The only call that may come from another thread.
  void interrupt();
  Object main_dict();  // __main__'s namespace (a dict)
};

}  // namespace api
}  // namespace hotpy
