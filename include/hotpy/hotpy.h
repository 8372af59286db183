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
// Or what the python command does (src/cli is a host like any other):
//
//   hotpy::Config config;
//   config.argv = {"tool.py", "--fast"};
//   config.path0 = "/home/me/tools";            // sys.path[0]: the script's folder
//   hotpy::Interpreter py(config);
//   int status = py.run_main_file("/home/me/tools/tool.py");
//
// Interpreters are isolated: each has its own sys.modules, builtins, sys.path and
// native modules. Any number may live at once; two may run at the same time on two
// threads, but one Interpreter (and its Objects) is used by one thread at a time
// (interrupt() is the exception: any thread, or a signal handler).
// An Object belongs to the interpreter that made it. A C++ value converted to an
// Object (Object(42), the arguments of a call) goes into the interpreter running on
// this thread (inside a host function), else the one last made or used on this
// thread. Using an Object after its Interpreter is destroyed throws hotpy::Error
// (RuntimeError); an Object destroyed after it leaks its value instead of touching
// freed memory. Error keeps text, so it may outlive the Interpreter.
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

struct InterpreterState;  // the runtime's, opaque here

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

namespace detail {
// While it lives, `owner`'s interpreter runs on this thread, so the C++ values
// converted meanwhile belong to it.
class Entered {
 public:
  explicit Entered(const Object& owner);
  ~Entered();
  Entered(const Entered&) = delete;
  Entered& operator=(const Entered&) = delete;

 private:
  InterpreterState* m_previous;
};
}  // namespace detail

template <class... Args>
Object Object::operator()(Args&&... args) const {
  detail::Entered entered(*this);
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

// A Python callable running `f` (HostFunction above), named `name`.
Object new_function(std::string name, size_t arity, HostFunction f);
// TypeError unless `o` is callable.
void check_callable(const Object& o);

template <class F>
Object function_object(std::string name, F f) {
  using Sig = Signature<F>;
  constexpr size_t arity = std::tuple_size_v<typename Sig::Args>;
  return new_function(name, arity,
                      wrap<F, typename Sig::Result>(name, std::move(f), static_cast<typename Sig::Args*>(nullptr),
                                                    std::make_index_sequence<arity>()));
}

template <class T>
struct is_std_function : std::false_type {};
template <class S>
struct is_std_function<std::function<S>> : std::true_type {};
template <class F, class = void>
struct has_call_operator : std::false_type {};
template <class F>
struct has_call_operator<F, std::void_t<decltype(&F::operator())>> : std::true_type {};
template <class F>
constexpr bool is_lambda_v = std::is_class_v<F> && has_call_operator<F>::value && !is_std_function<F>::value;
}  // namespace detail

// Callables cross both ways: a C++ function becomes a Python one (arguments and result
// converted as for Module::def), a Python callable becomes a std::function that calls it
// (in its interpreter; a Python exception throws Error).
template <class R, class... A>
struct Converter<std::function<R(A...)>> {
  static constexpr const char* py_name = "callable";
  static Object to(const std::function<R(A...)>& f) { return detail::function_object("<lambda>", f); }
  static std::function<R(A...)> from(const Object& o) {
    detail::check_callable(o);
    return [o](A... args) -> R {
      if constexpr (std::is_void_v<R>) o(std::forward<A>(args)...);
      else return o(std::forward<A>(args)...).template cast<R>();
    };
  }
};
template <class F>
struct Converter<F, std::enable_if_t<detail::is_lambda_v<F>>> {
  static Object to(const F& f) { return detail::function_object("<lambda>", f); }
};

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
    detail::Entered entered(*this);
    set_attr(name, Object(std::forward<T>(value)));
    return *this;
  }
  // A function taking exactly `arity` positional arguments (no keywords).
  void def_raw(std::string_view name, size_t arity, detail::HostFunction f);
};

// hotpy's own version ("0.1.0"), and sys.version (the Python version it follows first).
const char* version();
const char* sys_version();
// The stack for a thread that runs Python code: room for sys.setrecursionlimit(100000)
// (the hotpy command runs its interpreter on such a thread). Only address space is
// taken as pages are touched; on a smaller stack deep recursion raises RecursionError
// sooner, never crashes.
size_t recommended_stack_size();

// Start-up settings, CPython's PyConfig reduced to what hotpy reads, taken once by
// Interpreter(const Config&). The `hotpy` command fills one from its options and the
// PYTHON* environment (`hotpy -h` lists them); the defaults are a host's.
struct Config {
  std::vector<std::string> argv{""};  // sys.argv
  // sys.path[0]: the folder of what runs as __main__, as the python command puts it
  // there ("" for -c, stdin and the prompt; the current folder for -m); left out under
  // safe_path. None, a host's default: sys.path is hotpy's modules and add_path's.
  std::optional<std::string> path0;
  // Folders on sys.path after path0, before hotpy's own modules (PYTHONPATH).
  std::vector<std::string> module_search_paths;
  std::string program_name = "hotpy";  // argv[0] as typed: "hotpy: can't open file ..."
  // sys.flags, in its order; a count says how often the option was given (-vv).
  int debug = 0;                     // -d
  int inspect = 0;                   // -i: SystemExit shows a traceback (the prompt follows)
  int interactive = 0;               // -i
  int optimize = 0;                  // -O: 1 skips asserts, 2 also drops docstrings
  bool dont_write_bytecode = false;  // -B (hotpy writes no .pyc files anyway)
  bool no_user_site = false;         // -s
  bool no_site = false;              // -S
  bool ignore_environment = false;   // -E (the environment is the host's to read)
  int verbose = 0;                   // -v: a line on stderr per module imported
  int bytes_warning = 0;             // -b
  bool quiet = false;                // -q
  bool hash_randomization = true;    // PYTHONHASHSEED=0 clears it
  bool isolated = false;             // -I
  bool dev_mode = false;             // -X dev
  int utf8_mode = 0;                 // -X utf8
  int warn_default_encoding = 0;     // -X warn_default_encoding
  bool safe_path = false;            // -P: no path0 on sys.path
  int int_max_str_digits = -1;       // -X int_max_str_digits; -1 keeps CPython's 4300
  bool unbuffered = false;           // -u: sys.stdout and sys.stderr write through
  // SIGINT raises KeyboardInterrupt (and ends a blocked read); false leaves the
  // process's handler alone: a host with its own calls interrupt() from it.
  bool install_signal_handlers = true;
  std::vector<std::string> warnoptions;  // sys.warnoptions, lowest precedence first
  struct XOption {                   // -X name[=value], kept in sys._xoptions
    std::string name;
    std::optional<std::string> value;
  };
  std::vector<XOption> xoptions;
};

// -- Hot reload beyond importlib.reload (the `hotreload` module's engine, shared with
// the REPL's autoreload): Interpreter::reload with options, poll_changes, on_reload.
struct ReloadOptions {
  // The module's code raising (or a dependent's) restores every module touched: each
  // namespace holds the very same objects again and sys.modules is unchanged; then the
  // error is thrown. What the code did outside its modules (output, files) stays.
  bool transactional = false;
  // Functions and classes the module defines again are updated in place and stay
  // bound, so callbacks a host stored, `from m import f` holders and old instances run
  // the new code. Where that is impossible (free variables, bases, metaclass or
  // __slots__ differ) the name is rebound: reported as changed, not patched.
  bool patch = false;
  // Also reloads every module importing it, directly or not, each after the modules it
  // imports (a cycle in the order it was first imported).
  bool dependents = false;
  // Drop deletes the names the previous version defined and the new one does not
  // (dunders excepted); Keep leaves them, as importlib.reload does.
  enum class Removed { Keep, Drop } removed = Removed::Keep;
};

// What one reload did: per module name, the sorted names it added, changed, removed
// (listed whether dropped or kept) and patched in place.
struct ReloadReport {
  std::vector<std::string> modules;  // the modules reloaded, in the order they ran
  std::map<std::string, std::vector<std::string>> added, changed, removed, patched;
  // One line, repr(report) in Python: "<reload custom: 1 changed (on_tick), 0 added, 0 removed>".
  std::string summary;
};

// An interpreter (see the top of this file).
class Interpreter {
 public:
  // Makes an isolated interpreter: its own builtins, sys (sys.argv = [""], sys.path =
  // hotpy's stdlib), sys.modules.
  Interpreter();
  // The same with the settings a command line gives (sys.argv, sys.path[0], sys.flags).
  explicit Interpreter(const Config& config);
  // Ends it as CPython's finalization does: module namespaces are emptied, then
  // everything the interpreter holds is freed.
  ~Interpreter();
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
  // hotreload.reload(module, **options): a reload with the options above, reporting
  // what changed. A failure throws Error (after restoring, when transactional). Only
  // these, never the plain reload above, call the on_reload callbacks.
  ReloadReport reload(std::string_view name, const ReloadOptions& options);
  ReloadReport reload(const Object& module, const ReloadOptions& options);
  // hotreload.poll: reloads the loaded source modules whose file content (a hash of its
  // bytes, not its timestamp) differs from what they last ran, so an edit within the
  // same second and size is seen and a file touched without an edit is not. A host
  // calls it from its main loop (a file watcher may wake it, the hashes decide). A
  // failed reload throws Error; the reloads before it in the same poll stand
  // (on_reload saw them) and its module is not retried until its file changes again.
  std::vector<ReloadReport> poll_changes(const ReloadOptions& options);
  // With the options hotreload.defaults() set: transactional, patching, dependents.
  std::vector<ReloadReport> poll_changes();
  // Calls `callback` after every successful reload with options, also those Python
  // code starts (hotreload.reload, poll). A C++ exception it throws does not unwind
  // into the interpreter: it becomes a RuntimeError reported as sys.unraisablehook
  // reports, and the reload still counts.
  void on_reload(std::function<void(const ReloadReport&)> callback);
  // A native module scripts can import; `name` must not contain dots.
  Module add_module(std::string_view name);
  void add_path(std::string_view dir);                 // sys.path.append(dir)
  void set_argv(const std::vector<std::string>& argv);  // sys.argv
  // Sends what scripts write to sys.stdout and sys.stderr (print(), tracebacks) to
  // `output`; an empty function restores the process's streams.
  void set_output(std::function<void(std::string_view text, bool is_stderr)> output);
  // Raises KeyboardInterrupt in the running code at its next check (as Ctrl-C does).
  // The only call (with take_interrupt) that may come from another thread or a signal
  // handler.
  void interrupt();
  Object main_dict();  // __main__'s namespace (a dict)
  // The interpreter's own sys module, where it finds sys.ps1, sys.excepthook, sys.stdout
  // (also when a program replaced sys.modules['sys']).
  Object sys_module();

  // -- Running __main__ as the python command does. Each returns the exit status
  // CPython's would: 0, SystemExit's code (a message is printed), 1 after an uncaught
  // exception shown through sys.excepthook (130 for KeyboardInterrupt); a missing file
  // or module is reported on stderr as CPython reports it.
  // sys.path[0] is Config::path0's: the python command names the script's folder there.
  // A script, or a folder's __main__.py; with skip_first_line (-x) its first line is
  // left out, line numbers staying the file's.
  int run_main_file(std::string_view path, bool skip_first_line = false);
  // -m name: the module (a package's __main__) found on sys.path, as runpy runs it;
  // sys.argv[0] becomes its file.
  int run_main_module(std::string_view name);
  // Source text: -c's ("<string>") or a script piped on stdin ("<stdin>").
  int run_main_source(std::string_view source, std::string_view filename = "<string>");
  // PYTHONSTARTUP: runs the file in __main__; an error is printed, not fatal. Returns
  // -1, or the exit status a SystemExit in it asks for.
  int run_startup_file(std::string_view path);

  // -- What an interactive prompt needs (the hotpy command's REPL is built on these).
  // CPython's prompt's verdict on the lines typed so far (each ending in '\n'):
  // Incomplete asks for another line (an open bracket or string, a trailing backslash,
  // a compound statement no empty line ended); Invalid is a syntax error, which
  // run_input shows. codeop's, except for those last two.
  enum class InputStatus { Complete, Incomplete, Invalid };
  InputStatus check_input(std::string_view source);
  // Runs one input (one statement, as the prompt takes them) as the prompt does
  // ("<stdin>", in __main__): expression values go to sys.displayhook, a syntax error
  // or uncaught exception is shown through sys.excepthook (and kept in sys.last_value).
  // Returns -1, or the exit status a SystemExit asks for (the prompt then ends).
  int run_input(std::string_view source);
  // Shows an exception instance as one nothing caught (the prompt's Ctrl-C shows
  // KeyboardInterrupt so): sys.last_value keeps it, sys.excepthook prints it.
  void show_exception(const Object& exception);
  // Flushes sys.stdout and sys.stderr, ending a line a Python 2 `print x,` left open:
  // what the end of a program does, for a host's prompt that ends.
  void flush_output();
  // How input() reads while sys.stdin and sys.stdout are the process's terminal: through
  // the host's line editor, as CPython's uses readline (null: a plain read). The reader
  // shows `prompt`, returns 1 with a line (no newline), 0 at end of input, -1 when Ctrl-C
  // ended the reading (input() then raises KeyboardInterrupt).
  using InputReader = int (*)(const std::string& prompt, std::string* line);
  void set_input(InputReader reader);
  // Consumes an interrupt() (or Ctrl-C) that came while no Python code ran, e.g. while
  // the host waited for a line: true if there was one. Safe in a signal handler.
  bool take_interrupt();

  InterpreterState* state() const { return m_state; }  // for the implementation

 private:
  InterpreterState* m_state;
};

}  // namespace api
}  // namespace hotpy
