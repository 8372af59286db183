// The embedding API's hot reload (hotpy.h: ReloadOptions, ReloadReport,
// Interpreter::reload with options, poll_changes, on_reload): a thin layer over the
// engine the `hotreload` module uses (modules/hotreload.h), so a host and Python code
// reload the same way and see the same reports.
#include "modules/hotreload.h"

#include "runtime/internal.h"

namespace hotpy::api {

namespace {

HotReloadOptions engine_options(const ReloadOptions& options) {
  HotReloadOptions engine;
  engine.transactional = options.transactional;
  engine.patch = options.patch;
  engine.dependents = options.dependents;
  engine.drop_removed = options.removed == ReloadOptions::Removed::Drop;
  return engine;
}

// A hotreload.ReloadReport as the host sees it. Runs inside the report's interpreter.
ReloadReport report_of(const Value& report) {
  ReloadReportData data;
  if (!report_data(report, &data)) throw_pending();
  ReloadReport out;
  out.summary = report_summary(data);
  out.modules = std::move(data.modules);
  out.added = std::move(data.added);
  out.changed = std::move(data.changed);
  out.removed = std::move(data.removed);
  out.patched = std::move(data.patched);
  return out;
}

// The reports of a poll (a list), for the host.
std::vector<ReloadReport> reports_of(const Value& reports) {
  std::vector<ReloadReport> out;
  for (const Value& report : reports.as<ListObject>()->m_items) out.push_back(report_of(report));
  return out;
}

}  // namespace

ReloadReport Interpreter::reload(std::string_view name, const ReloadOptions& options) {
  Scope scope(m_state);
  return reload(object_of(module_named(name)), options);
}

ReloadReport Interpreter::reload(const Object& module, const ReloadOptions& options) {
  Scope scope(m_state);
  return report_of(checked(hot_reload(value_of(module), engine_options(options))));
}

std::vector<ReloadReport> Interpreter::poll_changes(const ReloadOptions& options) {
  Scope scope(m_state);
  return reports_of(checked(hot_poll(engine_options(options))));
}

std::vector<ReloadReport> Interpreter::poll_changes() {
  Scope scope(m_state);
  return reports_of(checked(hot_poll(hot_state().defaults)));
}

void Interpreter::on_reload(std::function<void(const ReloadReport&)> callback) {
  Scope scope(m_state);
  // A host function as the engine's callback: it converts the report, and converts
  // what the callback throws into a Python exception as every host function does.
  Object fn = detail::new_function("on_reload_callback", 1,
                                   [callback = std::move(callback)](const std::vector<Object>& args) {
                                     callback(report_of(value_of(args[0])));
                                     return Object();
                                   });
  add_reload_callback(value_of(fn));
}

}  // namespace hotpy::api
