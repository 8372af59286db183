// The modules stage's part of an interpreter (InterpreterState::modules): sys and its
// lists, the standard streams, the host's native modules and the importer's sets.
#pragma once
#include <deque>
#include <string>
#include <unordered_set>

#include "modules/native.h"
#include "objects/interpreter_state.h"

namespace hotpy {

struct ListObject;

// A row of the native-module table made by the host (Interpreter::add_module).
struct HostModule {
  std::string name;
  Value module;
  NativeModule row;
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
};

inline ModulesState& modules_state() { return *ts->modules; }

// Makes the running interpreter's part (empty); freed by free_modules_state once its
// modules are cleared.
void init_modules_state();
void free_modules_state();

}  // namespace hotpy
