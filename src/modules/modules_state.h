// The modules stage's part of an interpreter (InterpreterState::modules): sys and its
// lists, the standard streams, the host's native modules and the importer's sets.
#pragma once
#include <deque>
#include <string>
#include <unordered_set>
#include <vector>

#include "modules/native.h"
#include "objects/interpreter_state.h"

namespace hotpy {

struct ListObject;
struct HotReloadState;

// A row of the native-module table made by the host (Interpreter::add_module).
struct HostModule {
  std::string name;
  Value module;
  NativeModule row;
};

// A function atexit.register was given, with its arguments (positional, then the
// keyword values named by kwnames). Unregistered: func is Null (the slot stays, as in
// CPython, whose _ncallbacks counts it).
struct AtexitCallback {
  Value func;
  std::vector<Value> args;
  size_t npositional = 0;
  Value kwnames;  // a KwNames tuple, or Null
};

struct ModulesState {
  Value builtins_module;                // native.cpp: register_builtins_module
  std::deque<HostModule> host_modules;  // a deque keeps rows where find_native_module returned them
  Value sys;                            // sys.cpp
  DictObject* modules_dict = nullptr;   // sys.modules
  ListObject* path = nullptr;           // sys.path
  ListObject* argv = nullptr;           // sys.argv
  FileObject* std_files[3] = {nullptr, nullptr, nullptr};  // io.cpp: fds 0, 1, 2
  std::unordered_set<std::string> initializing;  // import.cpp: modules whose first run is under way
  std::unordered_set<std::string> reloading;     // reload.cpp: modules being reloaded
  // atexit_module.cpp: the handlers, called last first; roots for the collector (as
  // CPython's are), dropped once they ran.
  std::vector<AtexitCallback> atexit_callbacks;
  // runtime.cpp: the builtins module's namespace as the interpreter made it, put back
  // at finalization before the collection (CPython's interp->builtins_copy).
  Value builtins_copy;
  // runtime.cpp: the folder of the Python modules that ship with hotpy (empty when none
  // was found); importlib's submodules are there.
  std::string stdlib_dir;
  // signal_module.cpp: the Python handler of each signal number (SIG_DFL/SIG_IGN as
  // ints, None when set outside Python); empty until the module is first imported.
  std::vector<Value> signal_handlers;
  Value default_int_handler;  // signal.default_int_handler: raises KeyboardInterrupt
  std::vector<Value> audit_hooks;  // sys_extras.cpp: sys.addaudithook's hooks, in order
  // codecs_module.cpp: the codec search functions (list), the lookup cache and the
  // error handlers registered by name (dicts); made on first use.
  Value codec_search_path;
  Value codec_search_cache;
  Value codec_error_registry;
  bool encodings_import_tried = false;  // the first lookup imports the encodings package
  HotReloadState* hot = nullptr;  // hotreload_track.cpp: reload bookkeeping, made on first use
  Value unsupported_operation;  // io.cpp: io.UnsupportedOperation, made on first use
};

inline ModulesState& modules_state() { return *ts->modules; }

// Makes the running interpreter's part (empty); freed by free_modules_state once its
// modules are cleared.
void init_modules_state();
void free_modules_state();

}  // namespace hotpy
