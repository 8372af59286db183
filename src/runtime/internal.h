// What the API's implementation files share: the runtime's headers first, then the
// public one (every runtime header must come before it: once hotpy::api::Object is
// declared, the runtime's `Object` is ambiguous). The runtime's own `Object` is spelled
// RuntimeObject here; inside namespace hotpy::api `Object` means the public handle.
#pragma once
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

// The runtime's value an Object holds.
inline const Value& value_of(const Object& o) { return *static_cast<const Value*>(o.handle()); }
// An Object holding `v` (a counted reference of its own).
inline Object object_of(Value v) { return Object::adopt(new Value(std::move(v))); }
// Turns the pending Python exception into a thrown Error (SystemError when a call
// failed without one).
[[noreturn]] void throw_pending();
// Raises the Python exception a host's Error carries (or RuntimeError for one made in
// C++), so that it goes on through the Python code that called the host.
void raise_error(const Error& e);
// The runtime is initialised and not yet finalized: values may be counted.
bool runtime_alive();
// Throws Error (RuntimeError) unless runtime_alive(): an Object used after its
// Interpreter is gone.
void check_live();

}  // namespace hotpy::api
