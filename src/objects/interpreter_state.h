// The state of one interpreter: everything that used to be process-global, so that
// several interpreters live in one process, each with its own sys.modules, builtins,
// sys.path and native modules, and two may run at once on two threads.
//
// `ts` points at the state of the interpreter running on this thread (null when none
// is). The embedding API (runtime/) sets it around every call into an interpreter
// and puts the previous one back after, so a host callback of one interpreter may
// call into another. An interpreter is used by one thread at a time.
//
// What every interpreter shares is immutable or immortal (objects/value.h): the
// builtin types and everything their dicts hold, interned strings, the empty
// singletons.
//
// Each stage keeps its part here; a part whose type belongs to a higher stage is a
// pointer that stage makes and frees (its init and finalize functions, called by
// runtime/ when an interpreter starts and ends).
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "objects/value.h"

namespace hotpy {

struct DictObject;
struct FileObject;
struct Frame;
struct ModuleObject;
struct TypeObject;
struct TupleObject;
struct MethodCache;     // objects/object.cpp
struct GcState;         // objects/gc.h
struct CoroutineState;  // eval/stack_switch.cpp, eval/generator.cpp
struct RuntimeConfig;   // eval/config.h
struct ModulesState;    // modules/: sys, the native-module table, the import sets
struct HostState;       // runtime/: the embedding API's output and the __main__ module

// Bits of pending_interrupt: Ctrl-C; a Ctrl-C that keeps raising (see
// check_interrupt); a collection the allocation count asked for.
constexpr int kInterruptOnce = 1;
constexpr int kInterruptUntilCleared = 2;
constexpr int kGcRequested = 4;
// A signal with a Python handler arrived (the signal module runs the handlers).
constexpr int kSignalPending = 8;

struct InterpreterState {
  // -- the running thread's view (objects/errors.h)
  Value exc;              // the pending (propagating) exception, or Null
  Value handled;          // the exception being handled by the innermost except/finally
                          // of the running generator (or of the code outside any)
  int depth = 0;          // Python call depth, for RecursionError
  int recursion_limit = 1000;
  const char* stack_limit = nullptr;  // lowest safe C stack address for the running stack
  // Set by Interpreter::interrupt() (any thread, or a signal handler); the evaluator
  // raises KeyboardInterrupt at the next statement (check_interrupt), where it also
  // runs a collection the collector asked for (kGcRequested).
  // kInterruptUntilCleared (set by a host that must stop a runaway program, e.g. the
  // fuzz harness's time budget) raises at every statement until the host resets it,
  // so no `except:` in a loop can keep the program going.
  std::atomic<int> pending_interrupt{0};
  Value spare_memory_error;  // raised when even making a MemoryError fails
  // The StopIteration that ended the last exhausted iterator, for next() to re-raise
  // (tp_next reports exhaustion without it). After the fields every statement reads.
  Value stop_exc;
  // The handled exceptions of the resumers of the running generators, innermost last,
  // only those that had one: what sys.exc_info() falls back on while the running
  // generator handles none of its own (CPython chains a generator's exception state
  // onto its resumer's). See handled_exception() in objects/errors.h.
  std::vector<Value> outer_handled;

  // -- objects
  uint64_t dict_version = 0;  // dict versions (dict.h); distinct ranges per interpreter
  MethodCache* method_cache = nullptr;
  GcState* gc = nullptr;
  TypeObject* first_heap_type = nullptr;  // every live class made by Python code
  TypeObject* last_heap_type = nullptr;
  ModuleObject* first_module = nullptr;  // every live module
  ModuleObject* last_module = nullptr;
  // The classes this interpreter derived from each builtin type (which is shared, so
  // keeps no list of its own): __subclasses__() and type_modified() read them.
  std::unordered_map<const TypeObject*, std::vector<TypeObject*>> builtin_subclasses;
  std::unordered_set<Object*> repr_active;  // containers inside repr(), for "[...]"
  int64_t int_max_str_digits = 4300;        // sys.set_int_max_str_digits
  void* free_strs = nullptr;                // StrObject-sized free blocks (str.cpp)
  size_t free_str_count = 0;
  // Dead tuples of 1..kFreeTupleSizes items, each keeping its item buffer, by size
  // (objects/tuple.cpp): a tuple made and dropped in a loop allocates nothing.
  static constexpr size_t kFreeTupleSizes = 10;
  TupleObject* free_tuples[kFreeTupleSizes] = {};
  uint32_t free_tuple_count[kFreeTupleSizes] = {};

  // -- eval
  DictObject* builtins = nullptr;  // the builtins module's namespace
  Frame* current_frame = nullptr;
  uint64_t next_frame_serial = 1;
  bool print_softspace = false;  // the print statement's pending space
  CoroutineState* coroutines = nullptr;
  RuntimeConfig* config = nullptr;

  // -- builtins
  std::string print_buffer;  // print()'s text while it is being written
  bool print_buffer_busy = false;
  // How input() reads while stdin and stdout are the terminal (Interpreter::set_input:
  // the host's line editor), or null: a plain read of sys.stdin.
  int (*terminal_input)(const std::string& prompt, std::string* line) = nullptr;

  // -- modules, runtime
  ModulesState* modules = nullptr;
  HostState* host = nullptr;

  InterpreterState();
  ~InterpreterState();
  InterpreterState(const InterpreterState&) = delete;
  InterpreterState& operator=(const InterpreterState&) = delete;
};

extern thread_local constinit InterpreterState* ts;

}  // namespace hotpy
