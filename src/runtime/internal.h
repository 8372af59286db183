// What the API's implementation files share: the runtime's headers first, then the
// public one (every runtime header must come before it: once hotpy::api::Object is
// declared, the runtime's `Object` is ambiguous). The runtime's own `Object` is spelled
// RuntimeObject here; inside namespace hotpy::api `Object` means the public handle.
#pragma once
#include <atomic>
#include <memory>

#include "runtime/runtime.h"
#include "eval/eval.h"
#include "modules/import.h"
#include "modules/native.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/value.h"
#include "resolve/compile.h"

namespace hotpy {
using RuntimeObject = Object;
}

#include "hotpy/hotpy.h"

namespace hotpy::api {

// What an Object's handle points at: the value, and the interpreter it belongs to
// (null for an immediate made outside any: None, a bool, an int, a float), with that
// interpreter's liveness flag, which outlives it.
struct Ref {
  Value value;
  InterpreterState* interpreter = nullptr;
  std::shared_ptr<const std::atomic<bool>> alive;
};

// The runtime's value an Object holds.
inline const Value& value_of(const Object& o) { return static_cast<const Ref*>(o.handle())->value; }
// An Object holding `v` (a counted reference of its own), belonging to the running
// interpreter.
Object object_of(Value v);

// Runs the code of an API call inside an interpreter: makes it the running one on this
// thread, and puts the previous one back at the end. Throws Error (RuntimeError) when
// the interpreter has ended or, for the default, when this thread has none.
class Scope {
 public:
  explicit Scope(InterpreterState* interpreter);
  explicit Scope(const Object& owner);  // the Object's interpreter (an immediate: the default)
  Scope();  // the one running on this thread, else the one last made or used here
  ~Scope();
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  InterpreterState* m_previous;
};

// The interpreter a Scope() enters: the running one, else the one last made or used on
// this thread, if it still exists (null otherwise).
InterpreterState* default_interpreter();
// Remembers `state` as the one last used on this thread (live_interpreters holds it).
void note_used(InterpreterState* state);
// Registry of live interpreters (made by Interpreter, ended by ~Interpreter).
void register_interpreter(InterpreterState* state);
void unregister_interpreter(InterpreterState* state);

// Turns the pending Python exception into a thrown Error (SystemError when a call
// failed without one).
[[noreturn]] void throw_pending();
// Raises the Python exception a host's Error carries (or RuntimeError for one made in
// C++, or in another interpreter), so that it goes on through the Python code that
// called the host.
void raise_error(const Error& e);
// `v`, or the pending exception thrown as Error when `v` is null.
Value checked(Value v);
// sys.modules[name] (KeyError when missing).
Value module_named(std::string_view name);

}  // namespace hotpy::api
