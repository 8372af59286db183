// _thread: the native half of threading, for an interpreter that runs one thread.
// Locks are plain flags: nobody else can release a lock this thread holds, so a
// blocking acquire of a held lock waits out its timeout (returning False) and one
// with no timeout would wait forever: that raises RuntimeError instead of hanging.
// Names, signatures and messages are CPython 3.11's, so threading.py runs unmodified.
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cmath>
#include <ctime>
#include <utility>

#include "modules/instance_dict.h"
#include "eval/eval.h"
#include "modules/native.h"
#include "modules/sys.h"
#include "modules/sys_internal.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

TypeObject LockType("_thread.lock");
TypeObject RLockType("_thread.RLock");
TypeObject LocalType("_thread._local");
TypeObject ExceptHookArgsType("_thread._ExceptHookArgs");

// CPython's PY_TIMEOUT_MAX / 1e6 on Linux (the largest timeout in seconds).
constexpr double kTimeoutMax = 9223372036.0;

int64_t thread_ident() { return static_cast<int64_t>(pthread_self()); }

struct LockObject : GcObject {
  bool m_locked = false;
  explicit LockObject(TypeObject* type) : GcObject(type) {}
};

// _thread.RLock: its owner may take it again; `count` takes as many releases.
struct RLockObject : GcObject {
  int64_t m_owner = 0;
  int64_t m_count = 0;
  explicit RLockObject(TypeObject* type) : GcObject(type) {}
};

// Parses acquire(blocking=True, timeout=-1) into a timeout in seconds: <0 forever,
// 0 try once. False with CPython's error for bad combinations.
bool acquire_timeout(const Value* args, size_t nargs, KwNames* kw, double* timeout) {
  Value a[2];
  if (!bind_args("acquire", args + 1, nargs - 1, kw, {"blocking", "timeout"}, 2, a)) return false;
  int blocking = 1;
  if (!a[0].is_null() && (blocking = truthy(a[0])) < 0) return false;
  *timeout = -1;
  if (!a[1].is_null() && !to_double(a[1], timeout)) return false;
  if (!blocking && *timeout != -1) {
    raise(&ValueErrorType, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (*timeout < 0 && *timeout != -1) {
    raise(&ValueErrorType, "timeout value must be positive");
    return false;
  }
  if (*timeout > kTimeoutMax) {
    raise(&OverflowErrorType, "timestamp out of range for platform time_t");
    return false;
  }
  if (!blocking) *timeout = 0;
  return true;
}

// The lock is held and only this thread could release it: wait the timeout out.
Value wait_for_held_lock(double timeout) {
  if (timeout < 0)
    return raise(&RuntimeErrorType,
                 "deadlock: acquiring a lock this thread already holds would block forever (hotpy runs one thread)");
  if (timeout > 0) {
    struct timespec ts = {static_cast<time_t>(timeout),
                          static_cast<long>((timeout - std::floor(timeout)) * 1e9)};
    while (nanosleep(&ts, &ts) != 0) {
    }
  }
  return Value::boolean(false);
}

Value lock_new(TypeObject* type, const Value*, size_t, KwNames*) { return Value::steal(new LockObject(type)); }

LockObject* lock_of(const Value& v) { return v.as<LockObject>(); }

Value lock_acquire(const Value* args, size_t nargs, KwNames* kw) {
  double timeout;
  if (!acquire_timeout(args, nargs, kw, &timeout)) return Value();
  LockObject* l = lock_of(args[0]);
  if (l->m_locked) return wait_for_held_lock(timeout);
  l->m_locked = true;
  return Value::boolean(true);
}

Value lock_release(const Value* args, size_t nargs, KwNames* kw) {
  LockObject* l = lock_of(args[0]);
  if (!l->m_locked) return raise(&RuntimeErrorType, "release unlocked lock");
  l->m_locked = false;
  return Value::none();
}

Value lock_exit(const Value* args, size_t, KwNames*) { return lock_release(args, 1, nullptr); }

Value lock_locked(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("locked", kw) || !check_nargs("locked", nargs - 1, 0, 0)) return Value();
  return Value::boolean(lock_of(args[0])->m_locked);
}

Value lock_at_fork_reinit(const Value* args, size_t, KwNames*) {
  lock_of(args[0])->m_locked = false;
  return Value::none();
}

Value lock_repr(const Value& self) {
  return new_str(format("<%s %s object at %p>", lock_of(self)->m_locked ? "locked" : "unlocked",
                        self.type()->m_name.c_str(), static_cast<void*>(self.obj())));
}

Value rlock_new(TypeObject* type, const Value*, size_t, KwNames*) { return Value::steal(new RLockObject(type)); }

RLockObject* rlock_of(const Value& v) { return v.as<RLockObject>(); }

Value rlock_acquire(const Value* args, size_t nargs, KwNames* kw) {
  double timeout;
  if (!acquire_timeout(args, nargs, kw, &timeout)) return Value();
  RLockObject* r = rlock_of(args[0]);
  int64_t me = thread_ident();
  if (r->m_count > 0 && r->m_owner != me) return wait_for_held_lock(timeout);
  r->m_owner = me;
  r->m_count++;
  return Value::boolean(true);
}

Value rlock_release(const Value* args, size_t, KwNames*) {
  RLockObject* r = rlock_of(args[0]);
  if (r->m_count == 0 || r->m_owner != thread_ident())
    return raise(&RuntimeErrorType, "cannot release un-acquired lock");
  if (--r->m_count == 0) r->m_owner = 0;
  return Value::none();
}

Value rlock_exit(const Value* args, size_t, KwNames*) { return rlock_release(args, 1, nullptr); }

Value rlock_is_owned(const Value* args, size_t, KwNames*) {
  RLockObject* r = rlock_of(args[0]);
  return Value::boolean(r->m_count > 0 && r->m_owner == thread_ident());
}

Value rlock_recursion_count(const Value* args, size_t, KwNames*) {
  RLockObject* r = rlock_of(args[0]);
  return Value::integer(r->m_owner == thread_ident() ? r->m_count : 0);
}

// Condition.wait's helpers: give the lock up entirely, remembering (count, owner).
Value rlock_release_save(const Value* args, size_t, KwNames*) {
  RLockObject* r = rlock_of(args[0]);
  if (r->m_count == 0) return raise(&RuntimeErrorType, "cannot release un-acquired lock");
  Value state = new_tuple({Value::integer(r->m_count), Value::integer(r->m_owner)});
  r->m_count = 0;
  r->m_owner = 0;
  return state;
}

Value rlock_acquire_restore(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("_acquire_restore", kw) || !check_nargs("_acquire_restore", nargs - 1, 1, 1)) return Value();
  RLockObject* r = rlock_of(args[0]);
  if (!is_tuple(args[1]) || as_tuple(args[1])->m_items.size() != 2)
    return raise(&TypeErrorType, "_acquire_restore() argument 1 must be a (count, owner) tuple");
  int64_t count, owner;
  if (!index_value(as_tuple(args[1])->m_items[0], &count) || !index_value(as_tuple(args[1])->m_items[1], &owner))
    return Value();
  if (r->m_count > 0 && r->m_owner != thread_ident()) return wait_for_held_lock(-1);
  r->m_count = count;
  r->m_owner = owner;
  return Value::none();
}

Value rlock_at_fork_reinit(const Value* args, size_t, KwNames*) {
  rlock_of(args[0])->m_count = 0;
  rlock_of(args[0])->m_owner = 0;
  return Value::none();
}

Value rlock_repr(const Value& self) {
  RLockObject* r = rlock_of(self);
  return new_str(format("<%s %s object owner=%lld count=%lld at %p>", r->m_count ? "locked" : "unlocked",
                        self.type()->m_name.c_str(), static_cast<long long>(r->m_owner),
                        static_cast<long long>(r->m_count), static_cast<void*>(self.obj())));
}

// _thread._local: with one thread, thread-local data is just the instance's dict.
using LocalObject = NativeWithDict;

Value local_new(TypeObject* type, const Value*, size_t nargs, KwNames* kw) {
  bool has_args = nargs > 0 || (kw && !kw->m_items.empty());
  // Arguments are for a subclass's __init__; _local's own takes none.
  if (has_args && type->lookup(intern("__init__")).obj() == LocalType.lookup(intern("__init__")).obj())
    return raise(&TypeErrorType, "Initialization arguments are not supported");
  return Value::steal(new LocalObject(type));
}

int local_init(const Value&, const Value*, size_t, KwNames*) { return 0; }

Value thread_allocate_lock(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("allocate_lock", kw) || !check_nargs("allocate_lock", nargs, 0, 0)) return Value();
  return Value::steal(new LockObject(&LockType));
}

Value thread_get_ident(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("get_ident", kw) || !check_nargs("get_ident", nargs, 0, 0)) return Value();
  return Value::integer(thread_ident());
}

Value thread_get_native_id(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("get_native_id", kw) || !check_nargs("get_native_id", nargs, 0, 0)) return Value();
  return Value::integer(static_cast<int64_t>(syscall(SYS_gettid)));
}

Value thread_count(const Value*, size_t, KwNames*) { return Value::integer(0); }

Value thread_start_new(const Value*, size_t, KwNames*) {
  return raise(&RuntimeErrorType, "hotpy runs one thread; start_new_thread is not supported");
}

Value thread_exit(const Value*, size_t, KwNames*) { return raise_value(call(Value::borrow(&SystemExitType), nullptr, 0)); }

Value thread_interrupt_main(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("interrupt_main", kw) || !check_nargs("interrupt_main", nargs, 0, 1)) return Value();
  return raise_value(call(Value::borrow(&KeyboardInterruptType), nullptr, 0));
}

// stack_size([size]): the size threads would get; 0 is the platform's default.
Value thread_stack_size(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("stack_size", kw) || !check_nargs("stack_size", nargs, 0, 1)) return Value();
  int64_t size = 0;
  if (nargs && !index_value(args[0], &size)) return Value();
  if (size != 0 && size < 32768) return raise(&ValueErrorType, "size not valid: " + std::to_string(size) + " bytes");
  return Value::integer(0);
}

// _set_sentinel(): the lock threading keeps for the main thread's state.
Value thread_set_sentinel(const Value*, size_t, KwNames*) { return Value::steal(new LockObject(&LockType)); }

Value thread_daemon_threads_allowed(const Value*, size_t, KwNames*) { return Value::boolean(true); }

// _ExceptHookArgs((exc_type, exc_value, exc_traceback, thread)): what threading passes
// to threading.excepthook.
Value excepthook_args_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("_ExceptHookArgs", kw)) return Value();
  if (nargs == 0) return raise(&TypeErrorType, "structseq() missing required argument 'sequence' (pos 1)");
  if (!check_nargs("structseq", nargs, 1, 1)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(args[0], items)) return Value();
  if (items.size() != 4)
    return raise(&TypeErrorType, format("_thread._ExceptHookArgs() takes a 4-sequence (%zu-sequence given)",
                                        items.size()));
  return make_struct_seq(type, std::move(items));
}

// _excepthook(args): "Exception in thread NAME:" and the traceback on sys.stderr
// (a SystemExit is ignored), as CPython's threading.excepthook.
Value thread_excepthook(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("_excepthook", kw) || !check_nargs("_excepthook", nargs, 1, 1)) return Value();
  if (args[0].type() != &ExceptHookArgsType)
    return raise(&TypeErrorType, "_thread.excepthook argument type must be ExceptHookArgs");
  const auto& f = as_tuple(args[0])->m_items;
  if (f[0].is_obj() && f[0].type()->is_subtype(&TypeType) && f[0].as<TypeObject>()->is_subtype(&SystemExitType))
    return Value::none();
  Value err = sys_get(intern("stderr"));
  if ((err.is_null() || err.is_none()) && !f[3].is_none()) err = get_attr_opt(f[3], intern("_stderr"));
  if (err.is_null() || err.is_none()) return error_pending() ? Value() : Value::none();
  Value name = f[3].is_none() ? Value() : get_attr_opt(f[3], intern("name"));
  if (name.is_null() && error_pending()) return name;
  std::string who = name.is_null() || name.is_none() ? std::to_string(thread_ident()) : str_text(name);
  Value header = new_str("Exception in thread " + who + ":\n");
  if (call_method(err, intern("write"), &header, 1).is_null()) return Value();
  if (call_method(err, intern("flush"), nullptr, 0).is_null()) return Value();
  if (!f[1].is_none()) print_exception(f[1]);
  if (call_method(err, intern("flush"), nullptr, 0).is_null()) return Value();
  return Value::none();
}

void ready_thread_types() {
  LockType.m_qualname = "lock";
  LockType.tp_new = lock_new;
  LockType.tp_repr = lock_repr;
  LockType.m_flags |= kWeakrefable;
  type_ready(&LockType, &ObjectType,
             {{"acquire", lock_acquire},          {"acquire_lock", lock_acquire},
              {"__enter__", lock_acquire},        {"release", lock_release},
              {"release_lock", lock_release},     {"__exit__", lock_exit},
              {"locked", lock_locked},            {"locked_lock", lock_locked},
              {"_at_fork_reinit", lock_at_fork_reinit}});
  type_add_value(&LockType, "__module__", interned("_thread"));

  RLockType.m_qualname = "RLock";
  RLockType.tp_new = rlock_new;
  RLockType.tp_repr = rlock_repr;
  RLockType.m_flags |= kWeakrefable | kBaseType;
  type_ready(&RLockType, &ObjectType,
             {{"acquire", rlock_acquire},
              {"__enter__", rlock_acquire},
              {"release", rlock_release},
              {"__exit__", rlock_exit},
              {"_is_owned", rlock_is_owned},
              {"_recursion_count", rlock_recursion_count},
              {"_release_save", rlock_release_save},
              {"_acquire_restore", rlock_acquire_restore},
              {"_at_fork_reinit", rlock_at_fork_reinit}});
  type_add_value(&RLockType, "__module__", interned("_thread"));

  LocalType.m_qualname = "_local";
  LocalType.tp_new = local_new;
  LocalType.tp_init = local_init;
  LocalType.tp_getattr = generic_getattr;
  LocalType.tp_setattr = generic_setattr;
  LocalType.m_flags |= kWeakrefable | kBaseType;
  type_ready(&LocalType, &ObjectType);
  type_add_value(&LocalType, "__module__", interned("_thread"));

  ready_struct_seq(&ExceptHookArgsType, "_ExceptHookArgs", {"exc_type", "exc_value", "exc_traceback", "thread"});
  ExceptHookArgsType.tp_new = excepthook_args_new;
  type_add_value(&ExceptHookArgsType, "__module__", interned("_thread"));
}

}  // namespace

Value init_thread_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_thread_types);
  Value m = new_module("_thread");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"allocate_lock", thread_allocate_lock},
                             {"allocate", thread_allocate_lock},
                             {"get_ident", thread_get_ident},
                             {"get_native_id", thread_get_native_id},
                             {"_count", thread_count},
                             {"start_new_thread", thread_start_new},
                             {"start_new", thread_start_new},
                             {"exit", thread_exit},
                             {"exit_thread", thread_exit},
                             {"interrupt_main", thread_interrupt_main},
                             {"stack_size", thread_stack_size},
                             {"_set_sentinel", thread_set_sentinel},
                             {"_excepthook", thread_excepthook},
                             {"daemon_threads_allowed", thread_daemon_threads_allowed}});
  module_add(mod, "LockType", Value::borrow(&LockType));
  module_add(mod, "RLock", Value::borrow(&RLockType));
  module_add(mod, "_local", Value::borrow(&LocalType));
  module_add(mod, "_ExceptHookArgs", Value::borrow(&ExceptHookArgsType));
  module_add(mod, "error", Value::borrow(&RuntimeErrorType));
  module_add(mod, "TIMEOUT_MAX", Value::number(kTimeoutMax));
  return m;
}

}  // namespace hotpy
