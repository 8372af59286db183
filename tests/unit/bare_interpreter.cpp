// Tests of the lower stages (objects, resolver, builtins) run without the runtime that
// makes interpreters: this gives them the state an interpreter's code expects (`ts`),
// made before any test runs. The stages above, like a host, use init_runtime instead.
#include "eval/config.h"
#include "objects/interpreter_state.h"
#include "objects/object.h"

namespace {

struct BareInterpreter {
  BareInterpreter() {
    hotpy::ts = new hotpy::InterpreterState();
    hotpy::ts->config = new hotpy::RuntimeConfig();
    hotpy::init_method_cache();
  }
} bare_interpreter;

}  // namespace
