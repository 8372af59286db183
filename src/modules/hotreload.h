// Hot reload beyond CPython's reload(): the `hotreload` module's engine, which the
// REPL (autoreload), the command line (-X autoreload) and the embedding API
// (Interpreter::reload with HotReloadOptions, poll_changes, on_reload) share.
//
// What the importer records for it (hotreload_track.cpp): the hash of the source
// bytes each module last executed, the names its top level binds, which module
// imported which, and the order modules were first imported.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ast/ast.h"
#include "objects/dict.h"

namespace hotpy {

struct HotReloadOptions {
  bool transactional = false;  // a failure restores every module touched, then raises
  bool patch = false;          // old functions and classes take the new code in place
  bool dependents = false;     // also reload the modules that import it, in order
  bool drop_removed = false;   // removed="drop": names the new code no longer binds go
};

// What one hotreload.reload() did: per module name, sorted lists of names.
struct ReloadReportData {
  std::vector<std::string> modules;  // in the order they ran
  std::map<std::string, std::vector<std::string>> added, changed, removed, patched;
};

// The source a module last ran (import or reload): its file and a hash of its bytes.
struct SourceRecord {
  std::string path;
  uint64_t hash = 0;
  size_t size = 0;
  std::shared_ptr<ast::Unit> unit;  // what ran: its top-level bindings (removed="drop")
  // Those names, computed when a reload first needs them, for `bindings_unit`.
  std::shared_ptr<const std::unordered_set<std::string>> bindings;
  std::weak_ptr<ast::Unit> bindings_unit;  // weak: a freed unit's address may come back
};

// The interpreter's reload bookkeeping (ModulesState::hot).
struct HotReloadState {
  std::unordered_map<std::string, SourceRecord> sources;
  // importer -> the modules it imported, and the reverse, in the order first seen.
  std::unordered_map<std::string, std::vector<std::string>> imports, importers;
  std::unordered_set<std::string> import_edges;  // "importer\nimported", each pair once
  std::unordered_map<std::string, uint64_t> first_import;  // load order of each module
  uint64_t import_count = 0;
  std::vector<Value> callbacks;  // hotreload.on_reload's, in order
  // Code units calls that were running when their function was patched still run
  // (hotreload_patch.cpp); kept until the interpreter ends.
  std::deque<std::shared_ptr<ast::Unit>> pinned_units;
  HotReloadOptions defaults{true, true, true, false};  // poll() and autoreload's
  bool autoreload = false;
};
HotReloadState& hot_state();  // made on first use
void free_hot_state();        // at finalization, before the modules go

// -- What the importer tells it (hotreload_track.cpp).
// The source loader read `source` for `name` from `path` and is about to compile and
// run it; it sets the record's unit once compiled (after a SyntaxError the unit stays
// the last one that compiled, whose names the namespace still holds).
SourceRecord& record_source_run(const std::string& name, const std::string& path, std::string_view source);
// A module is being loaded for the first time.
void record_first_import(const std::string& name);
// The import statement in the module whose globals are `globals` imported `name`.
void record_import(DictObject* globals, const std::string& name);

// The modules that import `name` directly, in the order they first did.
std::vector<std::string> direct_dependents(const std::string& name);
// `name` and every module depending on it, reloadable ones only, each after the modules
// it imports; a cycle runs in the order its modules were first imported.
std::vector<std::string> reload_order(const std::vector<std::string>& roots);
// The loaded source modules whose file bytes differ from what they last ran, in
// reload order. A file missing or unreadable right now is not a change (yet).
std::vector<std::string> changed_modules();

// -- The engine (hotreload.cpp). Each returns Null with the error raised.
// hotreload.reload(module, options): a ReloadReport object.
Value hot_reload(const Value& module, const HotReloadOptions& options);
// hotreload.poll(options): reloads what changed on disk (changed_modules(), each
// module once, a dependent reloaded with the module it depends on) and hands each
// report to `each` as its reload is done. Stops at the first failure (false, the error
// raised; the modules after it wait for the next poll) or when `each` returns false.
bool hot_poll_each(const HotReloadOptions& options, const std::function<bool(const Value& report)>& each);
// The same, the reports in a list.
Value hot_poll(const HotReloadOptions& options);
// A ReloadReport object, its contents, and its one-line summary (its repr).
Value new_report(const ReloadReportData& data);
bool report_data(const Value& report, ReloadReportData* out);
std::string report_summary(const ReloadReportData& data);
// hotreload.on_reload(fn): fn(report) after every successful hotreload reload.
void add_reload_callback(const Value& fn);

Value init_hotreload_module();  // hotreload_module.cpp

}  // namespace hotpy
