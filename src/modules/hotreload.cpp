// hotreload.reload: plain reload's steps (reload.cpp) for the module and, with
// dependents, every module that imports it, in order; around them a transaction (each
// namespace and sys.modules as they were, restored on failure), the report of what
// changed, patching in place, and the hooks called once the whole reload succeeded.
#include <algorithm>
#include <optional>

#include "modules/hotreload_internal.h"
#include "modules/import.h"
#include "modules/modules_state.h"
#include "eval/eval.h"
#include "objects/errors.h"
#include "objects/gc.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

static std::vector<std::pair<Value, Value>> items_of(DictObject* d) {
  std::vector<std::pair<Value, Value>> items;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) items.emplace_back(k, v);
  return items;
}

// Exactly the keys and the very same values, in their order.
static void restore_items(DictObject* d, const std::vector<std::pair<Value, Value>>& items) {
  dict_clear(d);
  for (auto& [k, v] : items) dict_set(d, k, v);
}

static std::shared_ptr<ast::Unit> unit_of(const std::string& name) {
  auto& sources = hot_state().sources;
  auto it = sources.find(name);
  return it == sources.end() ? nullptr : it->second.unit;
}

// The names the code `name` last ran binds at top level: each unit's are computed once
// (the new code's now are the old code's at the next reload).
static std::shared_ptr<const NameSet> bindings_of(const std::string& name) {
  auto& sources = hot_state().sources;
  auto it = sources.find(name);
  if (it == sources.end() || !it->second.unit) return std::make_shared<NameSet>();
  SourceRecord& r = it->second;
  if (!r.bindings || r.bindings_unit.lock() != r.unit) {
    r.bindings = std::make_shared<NameSet>(top_level_bindings(r.unit.get()));
    r.bindings_unit = r.unit;
  }
  return r.bindings;
}

namespace {

// The modules one reload touches, with what each held, so that a failure can put
// every one back.
class Transaction {
 public:
  explicit Transaction(bool active) : m_active(active) {
    if (active) m_sys_modules = items_of(sys_modules());
  }
  void touch(const ModuleRun& run) { m_runs.push_back(run); }
  PatchLog& log() { return m_log; }
  // Raises again the pending error after restoring what was touched.
  void roll_back() {
    if (!m_active) return;
    Value exc = fetch_error();
    undo_patches(m_log);
    for (auto it = m_runs.rbegin(); it != m_runs.rend(); ++it) {
      restore_items(it->dict, it->before);
      // The names the namespace holds are the old code's again (removed="drop" reads them).
      auto& sources = hot_state().sources;
      if (auto s = sources.find(it->name); s != sources.end() && it->old_unit) s->second.unit = it->old_unit;
    }
    restore_items(sys_modules(), m_sys_modules);
    clear_error();
    ts->exc = exc;
  }

 private:
  bool m_active;
  std::vector<std::pair<Value, Value>> m_sys_modules;
  std::vector<ModuleRun> m_runs;
  PatchLog m_log;
};

// A hook's failure does not undo a reload that succeeded: it is reported as
// sys.unraisablehook reports, and the other hooks still run.
void call_hook(const Value& hook, const Value& report) {
  if (call(hook, &report, 1).is_null()) write_unraisable_exception(hook, "in a hotreload hook");
}

// While a reload runs, the snapshot keeps the old namespace alive, so the collector's
// count (allocations less deaths) climbs as it never does in a plain reload, where old
// functions die as new ones replace them; the collections it would start find nothing.
// They wait until the modules have run (not the hooks, which are the program's code).
class HoldCollections {
 public:
  HoldCollections() { ts->gc->held++; }
  ~HoldCollections() { ts->gc->held--; }
  HoldCollections(const HoldCollections&) = delete;
  HoldCollections& operator=(const HoldCollections&) = delete;
};

}  // namespace

Value hot_reload(const Value& module, const HotReloadOptions& options) {
  std::string root;
  if (!reload_target(module, &root)) return Value();
  std::optional<HoldCollections> hold(std::in_place);
  std::vector<std::string> order = options.dependents ? reload_order({root}) : std::vector<std::string>{root};
  Transaction transaction(options.transactional);
  ReloadReportData data;
  for (const std::string& name : order) {
    Value m = name == root ? module : dict_get(sys_modules(), new_str(name));
    if (m.is_null() || !is_module(m)) {
      clear_error();
      continue;
    }
    ModuleRun run;
    run.name = name;
    run.dict = m.as<ModuleObject>()->m_dict;
    run.before = items_of(run.dict);
    run.old_unit = unit_of(name);
    run.old_names = bindings_of(name);
    transaction.touch(run);
    ModuleChanges changes;
    if (reload_named(m, name).is_null()) {
      transaction.roll_back();
      return Value();
    }
    run.new_names = bindings_of(name);
    if (!finish_module(run, options, transaction.log(), &changes)) {
      transaction.roll_back();
      return Value();
    }
    data.modules.push_back(name);
    data.added[name] = std::move(changes.added);
    data.changed[name] = std::move(changes.changed);
    data.removed[name] = std::move(changes.removed);
    data.patched[name] = std::move(changes.patched);
  }
  hold.reset();
  Value report = new_report(data);
  if (report.is_null()) return report;
  for (const std::string& name : data.modules) {
    Value m = dict_get(sys_modules(), new_str(name));
    if (m.is_null() || !is_module(m)) continue;
    Value hook = dict_get_str(m.as<ModuleObject>()->m_dict, intern("__reload__"));
    if (!hook.is_null()) call_hook(hook, report);
  }
  // A callback may register another: the list is copied first.
  std::vector<Value> callbacks = hot_state().callbacks;
  for (const Value& fn : callbacks) call_hook(fn, report);
  clear_error();
  return report;
}

bool hot_poll_each(const HotReloadOptions& options, const std::function<bool(const Value& report)>& each) {
  std::vector<std::string> done;
  for (const std::string& name : changed_modules()) {
    if (std::find(done.begin(), done.end(), name) != done.end()) continue;
    Value m = dict_get(sys_modules(), new_str(name));
    if (m.is_null() || !is_module(m)) continue;
    Value report = hot_reload(m, options);
    ReloadReportData data;
    if (report.is_null() || !report_data(report, &data)) return false;
    done.insert(done.end(), data.modules.begin(), data.modules.end());
    if (!each(report)) return false;
  }
  return true;
}

Value hot_poll(const HotReloadOptions& options) {
  Value reports = Value::steal(new ListObject());
  bool ok = hot_poll_each(options, [&](const Value& report) {
    reports.as<ListObject>()->m_items.push_back(report);
    return true;
  });
  return ok ? reports : Value();
}

void add_reload_callback(const Value& fn) { hot_state().callbacks.push_back(fn); }

}  // namespace hotpy
