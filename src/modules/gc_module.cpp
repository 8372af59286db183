// The gc module: the interface to the cycle collector (objects/gc.h), with CPython
// 3.11's functions, constants and messages.
#include <chrono>
#include <string>
#include <unordered_set>

#include "eval/eval.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/interpreter_state.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

GcState& state() { return *ts->gc; }

// A C int argument (set_threshold, set_debug): CPython's "'str' object cannot be
// interpreted as an integer".
bool int_arg(const Value& v, int64_t* out) { return index_value(v, out); }

Value int_tuple(const int64_t (&values)[kGcGenerations]) {
  std::vector<Value> items;
  for (int64_t v : values) items.push_back(Value::integer(v));
  return new_tuple(std::move(items));
}

// The optional `generation` argument of collect and get_objects (Argument Clinic's
// message for another keyword).
bool bind_generation(const char* fname, const Value* args, size_t nargs, KwNames* kw, Value* out) {
  if (kw)
    for (const Value& name : kw->m_items)
      if (as_str(name)->view() != "generation") {
        raise(&TypeErrorType, format("'%s' is an invalid keyword argument for %s()",
                                     std::string(as_str(name)->view()).c_str(), fname));
        return false;
      }
  return bind_args(fname, args, nargs, kw, {"generation"}, 1, out);
}

Value gc_collect_fn(const Value* args, size_t nargs, KwNames* kw) {
  Value generation[1];
  if (!bind_generation("collect", args, nargs, kw, generation)) return Value();
  int64_t g = kGcGenerations - 1;
  if (!generation[0].is_null() && !int_arg(generation[0], &g)) return Value();
  if (g < 0 || g >= kGcGenerations) return raise(&ValueErrorType, "invalid generation");
  return Value::integer(gc_collect(int(g)));
}

Value gc_enable(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("gc.enable", nargs, 0, 0)) return Value();
  state().enabled = true;
  return Value::none();
}

Value gc_disable(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("gc.disable", nargs, 0, 0)) return Value();
  state().enabled = false;
  return Value::none();
}

Value gc_isenabled(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("gc.isenabled", nargs, 0, 0)) return Value();
  return Value::boolean(state().enabled);
}

Value gc_get_count(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("gc.get_count", nargs, 0, 0)) return Value();
  return int_tuple(state().counts);
}

Value gc_get_threshold(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("gc.get_threshold", nargs, 0, 0)) return Value();
  return int_tuple(state().thresholds);
}

Value gc_set_threshold(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("set_threshold", kw)) return Value();
  if (nargs < 1) return raise(&TypeErrorType, format("set_threshold() takes at least 1 argument (%zu given)", nargs));
  if (nargs > 3) return raise(&TypeErrorType, format("set_threshold() takes at most 3 arguments (%zu given)", nargs));
  int64_t values[kGcGenerations];
  for (size_t i = 0; i < nargs; i++)
    if (!int_arg(args[i], &values[i])) return Value();
  for (size_t i = 0; i < nargs; i++) state().thresholds[i] = values[i];
  return Value::none();
}

Value gc_get_objects(const Value* args, size_t nargs, KwNames* kw) {
  Value generation[1];
  if (!bind_generation("get_objects", args, nargs, kw, generation)) return Value();
  int64_t g = -1;
  if (!generation[0].is_null() && !generation[0].is_none()) {
    if (!is_int_like(generation[0]))
      return raise(&TypeErrorType,
                   format("argument should be integer or None, not '%s'", generation[0].type()->m_name.c_str()));
    if (!int_arg(generation[0], &g)) return Value();
    if (g >= kGcGenerations)
      return raise(&ValueErrorType, format("generation parameter must be less than the number of available "
                                           "generations (%d)", kGcGenerations));
    if (g < 0) return raise(&ValueErrorType, "generation parameter cannot be negative");
  }
  std::vector<Value> items;
  for (Object* o : gc_tracked_objects(int(g))) items.push_back(Value::borrow(o));
  return new_list(std::move(items));
}

Value gc_get_referrers(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("get_referrers", kw)) return Value();
  struct Search {
    std::unordered_set<Object*> targets;
    bool hit = false;
  } search;
  for (size_t i = 0; i < nargs; i++)
    if (args[i].is_obj()) search.targets.insert(args[i].obj());
  std::vector<Value> referrers;
  for (Object* o : gc_tracked_objects(-1)) {
    search.hit = false;
    gc_visit_referents(o, [](Object* child, void* arg) {
      auto* s = static_cast<Search*>(arg);
      if (s->targets.count(child)) s->hit = true;
    }, &search);
    if (search.hit) referrers.push_back(Value::borrow(o));
  }
  return new_list(std::move(referrers));
}

Value gc_get_referents(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("get_referents", kw)) return Value();
  std::vector<Value> referents;
  for (size_t i = 0; i < nargs; i++) {
    if (!args[i].is_obj()) continue;
    gc_visit_referents(args[i].obj(), [](Object* child, void* arg) {
      static_cast<std::vector<Value>*>(arg)->push_back(Value::borrow(child));
    }, &referents);
  }
  return new_list(std::move(referents));
}

Value gc_is_tracked_fn(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("gc.is_tracked", nargs, 1, 1)) return Value();
  return Value::boolean(args[0].is_obj() && gc_is_tracked(args[0].obj()));
}

Value gc_is_finalized(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("gc.is_finalized", nargs, 1, 1)) return Value();
  return Value::boolean(args[0].is_obj() && (args[0].obj()->m_gc_flags & kGcFinalized));
}

Value gc_freeze_fn(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("gc.freeze", nargs, 0, 0)) return Value();
  gc_freeze();
  return Value::none();
}

Value gc_unfreeze_fn(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("gc.unfreeze", nargs, 0, 0)) return Value();
  gc_unfreeze();
  return Value::none();
}

Value gc_get_freeze_count(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("gc.get_freeze_count", nargs, 0, 0)) return Value();
  return Value::integer(int64_t(gc_freeze_count()));
}

Value gc_set_debug(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("gc.set_debug", nargs, 1, 1)) return Value();
  int64_t flags;
  if (!int_arg(args[0], &flags)) return Value();
  state().debug = int(flags);
  return Value::none();
}

Value gc_get_debug(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("gc.get_debug", nargs, 0, 0)) return Value();
  return Value::integer(state().debug);
}

Value gc_get_stats(const Value*, size_t nargs, KwNames*) {
  if (!check_nargs("gc.get_stats", nargs, 0, 0)) return Value();
  std::vector<Value> dicts;
  for (const GcState::Stats& s : state().stats) {
    Value d = new_dict();
    auto* dict = d.as<DictObject>();
    dict_set_str(dict, intern("collections"), Value::integer(s.collections));
    dict_set_str(dict, intern("collected"), Value::integer(s.collected));
    dict_set_str(dict, intern("uncollectable"), Value::integer(s.uncollectable));
    dicts.push_back(std::move(d));
  }
  return new_list(std::move(dicts));
}

// gc.callbacks: each gets ("start" or "stop", info); what one raises is reported and
// dropped, as in CPython. The list is read by index, as CPython does, since a callback
// may change it.
void run_callbacks(const char* phase, int generation, int64_t collected) {
  GcState& gc = state();
  if (!is_list(gc.callbacks) || as_list(gc.callbacks)->m_items.empty()) return;
  Value info = new_dict();
  auto* dict = info.as<DictObject>();
  dict_set_str(dict, intern("generation"), Value::integer(generation));
  dict_set_str(dict, intern("collected"), Value::integer(collected));
  dict_set_str(dict, intern("uncollectable"), Value::integer(0));
  Value callbacks = gc.callbacks;
  for (size_t i = 0; i < as_list(callbacks)->m_items.size(); i++) {
    Value cb = as_list(callbacks)->m_items[i];
    Value call_args[2] = {Value::borrow(intern(phase)), info};
    Value result = call(cb, call_args, 2);
    if (result.is_null()) write_unraisable_exception(cb);
  }
}

// DEBUG_STATS: CPython's lines around a collection.
void print_stats_start(int generation) {
  std::string text = format("gc: collecting generation %d...\ngc: objects in each generation:", generation);
  for (int g = 0; g < kGcGenerations; g++) text += format(" %zu", gc_tracked_objects(g).size());
  text += format("\ngc: objects in permanent generation: %zu\n", gc_freeze_count());
  write_stderr_text(text);
}

using Clock = std::chrono::steady_clock;

void on_collection(int generation, const int64_t* found) {
  static thread_local Clock::time_point started;
  if (!found) {
    run_callbacks("start", generation, 0);
    if (state().debug & kGcDebugStats) {
      print_stats_start(generation);
      started = Clock::now();
    }
    return;
  }
  if (state().debug & kGcDebugStats) {
    double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    write_stderr_text(format("gc: done, %lld unreachable, 0 uncollectable, %.4fs elapsed\n", (long long)*found, elapsed));
  }
  run_callbacks("stop", generation, *found);
}

}  // namespace

Value init_gc_module() {
  Value m = new_module("gc");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"collect", gc_collect_fn},
                             {"enable", gc_enable},
                             {"disable", gc_disable},
                             {"isenabled", gc_isenabled},
                             {"get_count", gc_get_count},
                             {"get_threshold", gc_get_threshold},
                             {"set_threshold", gc_set_threshold},
                             {"get_objects", gc_get_objects},
                             {"get_referrers", gc_get_referrers},
                             {"get_referents", gc_get_referents},
                             {"is_tracked", gc_is_tracked_fn},
                             {"is_finalized", gc_is_finalized},
                             {"freeze", gc_freeze_fn},
                             {"unfreeze", gc_unfreeze_fn},
                             {"get_freeze_count", gc_get_freeze_count},
                             {"set_debug", gc_set_debug},
                             {"get_debug", gc_get_debug},
                             {"get_stats", gc_get_stats}});
  module_add(mod, "DEBUG_STATS", Value::integer(kGcDebugStats));
  module_add(mod, "DEBUG_COLLECTABLE", Value::integer(kGcDebugCollectable));
  module_add(mod, "DEBUG_UNCOLLECTABLE", Value::integer(kGcDebugUncollectable));
  module_add(mod, "DEBUG_SAVEALL", Value::integer(kGcDebugSaveAll));
  module_add(mod, "DEBUG_LEAK", Value::integer(kGcDebugLeak));
  // The lists belong to the interpreter: a second import shows the same ones.
  GcState& gc = state();
  if (gc.garbage.is_null()) gc.garbage = new_list();
  if (gc.callbacks.is_null()) gc.callbacks = new_list();
  module_add(mod, "garbage", gc.garbage);
  module_add(mod, "callbacks", gc.callbacks);
  gc_collection_hook = on_collection;
  return m;
}

}  // namespace hotpy
