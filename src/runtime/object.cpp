// hotpy::Object, hotpy::Error and the conversions between C++ and Python values.
#include <cstdio>
#include <mutex>
#include <unordered_set>

#include "runtime/internal.h"

namespace hotpy::api {

// -- entering interpreters

namespace {
std::mutex registry_lock;
std::unordered_set<InterpreterState*>& live_interpreters = *new std::unordered_set<InterpreterState*>();
thread_local constinit InterpreterState* last_used = nullptr;

bool is_live(InterpreterState* state) {
  std::lock_guard<std::mutex> lock(registry_lock);
  return live_interpreters.count(state) != 0;
}

[[noreturn]] void throw_ended() {
  throw Error("RuntimeError", "the hotpy::Interpreter this object belongs to has been destroyed", "");
}

// The values of Objects (and Errors) that outlived their interpreter: counting them would
// touch memory the interpreter freed, so they are kept here, never freed (and never
// reported as leaks: they are still reachable).
std::mutex outlived_lock;
std::vector<RuntimeObject*>& outlived = *new std::vector<RuntimeObject*>();
void park_outlived(Value& v) {
  if (!v.is_obj()) return;
  std::lock_guard<std::mutex> lock(outlived_lock);
  outlived.push_back(v.release());
}
}  // namespace

void register_interpreter(InterpreterState* state) {
  std::lock_guard<std::mutex> lock(registry_lock);
  live_interpreters.insert(state);
}

void unregister_interpreter(InterpreterState* state) {
  {
    std::lock_guard<std::mutex> lock(registry_lock);
    live_interpreters.erase(state);
  }
  if (last_used == state) last_used = nullptr;
}

void note_used(InterpreterState* state) { last_used = state; }

InterpreterState* default_interpreter() {
  if (ts) return ts;
  return last_used && is_live(last_used) ? last_used : nullptr;
}

Scope::Scope(InterpreterState* interpreter) {
  if (!interpreter || !interpreter->host || !interpreter->host->alive->load()) throw_ended();
  m_previous = enter_interpreter(interpreter);
  last_used = interpreter;
}

static InterpreterState* interpreter_of(const Object& o) {
  const Ref* r = static_cast<const Ref*>(o.handle());
  if (!r) throw Error("RuntimeError", "use of a moved-from hotpy::Object", "");
  if (!r->interpreter) {
    if (InterpreterState* d = default_interpreter()) return d;
    throw Error("RuntimeError", "no hotpy::Interpreter exists on this thread", "");
  }
  if (!r->alive->load()) throw_ended();
  return r->interpreter;
}

Scope::Scope(const Object& owner) : Scope(interpreter_of(owner)) {}

Scope::Scope() {
  InterpreterState* d = default_interpreter();
  if (!d) throw Error("RuntimeError", "no hotpy::Interpreter exists on this thread", "");
  m_previous = enter_interpreter(d);
}

Scope::~Scope() { enter_interpreter(m_previous); }

detail::Entered::Entered(const Object& owner) {
  InterpreterState* s = interpreter_of(owner);
  m_previous = enter_interpreter(s);
  last_used = s;
}
detail::Entered::~Entered() { enter_interpreter(m_previous); }

// -- Error

struct ErrorAccess {
  static const Value* exception(const Error& e) {
    auto* r = static_cast<const Ref*>(e.m_exception.get());
    return r && r->interpreter == ts ? &r->value : nullptr;
  }
  static void set_exception(Error& e, const Value& exc) {
    // An Error may outlive its Interpreter (its text stays valid): the exception is
    // leaked rather than counted then.
    e.m_exception = std::shared_ptr<void>(new Ref{exc, ts, ts->host->alive}, [](void* p) {
      auto* r = static_cast<Ref*>(p);
      if (r->alive->load()) {
        Scope scope(r->interpreter);
        delete r;
      } else {
        park_outlived(r->value);
        delete r;
      }
    });
  }
};

Error::Error(std::string type_name, std::string message, std::string traceback)
    : m_type(std::move(type_name)), m_message(std::move(message)), m_traceback(std::move(traceback)) {
  m_what = m_message.empty() ? m_type : m_type + ": " + m_message;
}

void throw_pending() {
  Value exc = fetch_error();
  if (exc.is_null()) {
    raise(&SystemErrorType, "error return without exception set");
    exc = fetch_error();
  }
  std::string message = str_text(exc);
  clear_error();
  Error e(exc.type()->m_name, std::move(message), format_exception(exc));
  ErrorAccess::set_exception(e, exc);
  throw e;
}

void raise_error(const Error& e) {
  if (const Value* exc = ErrorAccess::exception(e)) {
    throw_value(*exc);  // pending again as it was (it has its context already)
    return;
  }
  raise(&RuntimeErrorType, e.type_name() == "RuntimeError" ? e.message() : std::string(e.what()));
}

// -- Object

Object object_of(Value v) {
  if (!v.is_obj()) return Object::adopt(new Ref{std::move(v), nullptr, nullptr});
  return Object::adopt(new Ref{std::move(v), ts, ts->host->alive});
}

static bool warned_outlived = false;

Object::Object() : m_ref(new Ref{Value::none(), nullptr, nullptr}) {}
Object::Object(const Object& o) : m_ref(nullptr) {
  auto* r = static_cast<const Ref*>(o.m_ref);
  if (!r) return;
  if (r->value.is_obj() && !r->alive->load()) throw_ended();
  m_ref = new Ref{r->value, r->interpreter, r->alive};  // counting needs no running interpreter
}
Object::~Object() {
  auto* r = static_cast<Ref*>(m_ref);
  if (!r) return;
  if (!r->value.is_obj()) {
    delete r;
    return;
  }
  if (!r->alive->load()) {
    // Counting would touch an ended interpreter: leak the object instead (and say so).
    if (!warned_outlived) fputs("hotpy: an Object outlived its Interpreter (its value is leaked)\n", stderr);
    warned_outlived = true;
    park_outlived(r->value);
    delete r;
    return;
  }
  // Freeing the object may run code of its interpreter (a file's flush): inside it.
  InterpreterState* previous = enter_interpreter(r->interpreter);
  delete r;
  enter_interpreter(previous);
}
Object Object::adopt(void* ref) {
  Object o;
  delete static_cast<Ref*>(o.m_ref);
  o.m_ref = ref;
  return o;
}

Object Object::attr(std::string_view name) const {
  Scope scope(*this);
  return object_of(checked(get_attr(value_of(*this), intern(std::string(name)))));
}
void Object::set_attr(std::string_view name, const Object& value) const {
  Scope scope(*this);
  if (hotpy::set_attr(value_of(*this), intern(std::string(name)), value_of(value)) < 0) throw_pending();
}
bool Object::has_attr(std::string_view name) const {
  Scope scope(*this);
  Value v = get_attr_opt(value_of(*this), intern(std::string(name)));
  if (v.is_null() && error_pending()) throw_pending();
  return !v.is_null();
}
Object Object::call(const std::vector<Object>& args) const {
  Scope scope(*this);
  std::vector<Value> values;
  values.reserve(args.size());
  for (const Object& a : args) values.push_back(value_of(a));
  return object_of(checked(hotpy::call(value_of(*this), values.data(), values.size())));
}
std::string Object::str() const {
  Scope scope(*this);
  return as_str(checked(to_str(value_of(*this))))->m_data;
}
std::string Object::repr() const {
  Scope scope(*this);
  return as_str(checked(hotpy::repr(value_of(*this))))->m_data;
}
std::string Object::type_name() const {
  interpreter_of(*this);  // still alive
  return value_of(*this).type()->m_name;
}
bool Object::is_none() const { return value_of(*this).is_none(); }
bool Object::is(const Object& other) const { return value_of(*this).is(value_of(other)); }

// -- conversions

namespace detail {

Object from_bool(bool b) { return object_of(Value::boolean(b)); }
Object from_int64(int64_t i) { return object_of(Value::integer(i)); }
Object from_uint64(uint64_t i) {
  Scope scope;
  if (i <= uint64_t(INT64_MAX)) return from_int64(int64_t(i));
  mpz_t z;
  mpz_init_set_ui(z, i);
  return object_of(int_from_mpz_move(z));
}
Object from_double(double d) { return object_of(Value::number(d)); }
Object from_string(std::string_view s) {
  Scope scope;
  return object_of(new_str(s));
}
Object new_list(std::vector<Object> items) {
  Scope scope;
  std::vector<Value> values;
  values.reserve(items.size());
  for (const Object& o : items) values.push_back(value_of(o));
  return object_of(hotpy::new_list(std::move(values)));
}
Object new_dict(std::vector<std::pair<std::string, Object>> items) {
  Scope scope;
  Value d = hotpy::new_dict();
  for (const auto& [k, v] : items)
    if (dict_set(as_dict(d), new_str(k), value_of(v)) < 0) throw_pending();
  return object_of(std::move(d));
}

// TypeError "expected <what>, got <type>": a def'd function's argument converter
// rewrites it to name the function and the parameter.
[[noreturn]] static void throw_type(const char* what, const Value& got) {
  raise(&TypeErrorType, format("expected %s, got %s", what, type_name(got).c_str()));
  throw_pending();
}

[[noreturn]] static void throw_not_integer(const Value& got) {
  raise(&TypeErrorType, format("'%s' object cannot be interpreted as an integer", type_name(got).c_str()));
  throw_pending();
}

bool to_bool(const Object& o) {
  Scope scope(o);
  int t = truthy(value_of(o));
  if (t < 0) throw_pending();
  return t;
}
int64_t to_int64(const Object& o, const char* c_type) {
  Scope scope(o);
  const Value& v = value_of(o);
  if (!is_int_like(v)) throw_not_integer(v);
  int64_t out;
  if (!int_to_int64(v, &out, format("Python int too large to convert to C %s", c_type).c_str())) throw_pending();
  return out;
}
uint64_t to_uint64(const Object& o) {
  Scope scope(o);
  const Value& v = value_of(o);
  if (!is_int_like(v)) throw_not_integer(v);
  if (int_sign(v) < 0) {
    raise(&OverflowErrorType, "can't convert negative int to unsigned");
    throw_pending();
  }
  if (!is_bigint(v)) return uint64_t(small_int(v));
  mpz_srcptr z = bigint_mpz(v);
  if (mpz_sizeinbase(z, 2) > 64) {
    raise(&OverflowErrorType, "Python int too large to convert to C unsigned long");
    throw_pending();
  }
  return mpz_getlimbn(z, 0);
}
double to_double(const Object& o) {
  Scope scope(o);
  const Value& v = value_of(o);
  if (v.is_float()) return v.as_float();
  if (!is_int_like(v)) {
    raise(&TypeErrorType, format("must be real number, not %s", type_name(v).c_str()));
    throw_pending();
  }
  double d;
  if (!int_to_double_checked(v, &d)) throw_pending();
  return d;
}
std::string to_string(const Object& o) {
  Scope scope(o);
  const Value& v = value_of(o);
  if (!is_str(v)) throw_type("str", v);
  return as_str(v)->m_data;
}
std::vector<Object> to_items(const Object& o) {
  Scope scope(o);
  const Value& v = value_of(o);
  if (!is_list(v) && !is_tuple(v)) throw_type("list", v);
  std::vector<Object> out;
  for (const Value& x : v.as<ItemsObject>()->m_items) out.push_back(object_of(x));
  return out;
}
std::vector<std::pair<std::string, Object>> to_dict_items(const Object& o) {
  Scope scope(o);
  const Value& v = value_of(o);
  if (!is_dict(v)) throw_type("dict", v);
  std::vector<std::pair<std::string, Object>> out;
  size_t pos = 0;
  Value key, value;
  while (dict_next(as_dict(v), &pos, &key, &value)) {
    if (!is_str(key)) throw_type("str key", key);
    out.emplace_back(as_str(key)->m_data, object_of(value));
  }
  return out;
}

void throw_overflow(const char* c_type) {
  Scope scope;
  raise(&OverflowErrorType, format("Python int too large to convert to C %s", c_type));
  throw_pending();
}

void throw_argument_type(const char* function, size_t index, const char* expected, const Object& got) {
  Scope scope(got);
  raise(&TypeErrorType, format("%s() argument %zu must be %s, not %s", function, index, expected,
                               type_name(value_of(got)).c_str()));
  throw_pending();
}

}  // namespace detail
}  // namespace hotpy::api
