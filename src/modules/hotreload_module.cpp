// The `hotreload` module: reload(module, *, transactional, patch, dependents, removed),
// the ReloadReport it returns, dependents(), on_reload(), change detection by content
// (changed(), poll()), autoreload() for the prompt, and defaults() for poll and autoreload.
#include <mutex>

#include "modules/hotreload.h"
#include "modules/import.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

TypeObject ReloadReportType("hotreload.ReloadReport");

struct ReportObject : GcObject {
  Value modules, added, changed, removed, patched;  // a list; dicts of name -> list
  ReportObject() : GcObject(&ReloadReportType) {}
  void traverse(Visitor visit, void* arg) override {
    for (Value* v : {&modules, &added, &changed, &removed, &patched}) visit_value(*v, visit, arg);
  }
  void clear() override { modules = added = changed = removed = patched = Value(); }
};

Value str_list(const std::vector<std::string>& names) {
  Value list = Value::steal(new ListObject());
  for (const std::string& n : names) list.as<ListObject>()->m_items.push_back(new_str(n));
  return list;
}

Value names_dict(const std::map<std::string, std::vector<std::string>>& by_module) {
  Value d = new_dict();
  for (auto& [module, names] : by_module) dict_set(as_dict(d), new_str(module), str_list(names));
  return d;
}

bool read_str_list(const Value& list, std::vector<std::string>* out) {
  if (!is_type(list, &ListType)) return false;
  for (const Value& v : list.as<ListObject>()->m_items)
    if (is_str(v)) out->push_back(as_str(v)->m_data);
  return true;
}

bool read_names_dict(const Value& d, std::map<std::string, std::vector<std::string>>* out) {
  if (!is_dict(d)) return false;
  size_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(d), &pos, &k, &v))
    if (is_str(k) && !read_str_list(v, &(*out)[as_str(k)->m_data])) return false;
  return true;
}

Value report_repr(const Value& self) {
  ReloadReportData data;
  if (!report_data(self, &data)) return Value();
  return new_str(report_summary(data));
}

Value (*const kReportFields[])(const Value&) = {
    [](const Value& self) { return self.as<ReportObject>()->modules; },
    [](const Value& self) { return self.as<ReportObject>()->added; },
    [](const Value& self) { return self.as<ReportObject>()->changed; },
    [](const Value& self) { return self.as<ReportObject>()->removed; },
    [](const Value& self) { return self.as<ReportObject>()->patched; },
};

void ready_report_type() {
  ReloadReportType.tp_repr = report_repr;
  type_ready(&ReloadReportType, &ObjectType);
  type_add_getsets(&ReloadReportType, {{"modules", kReportFields[0]},
                                       {"added", kReportFields[1]},
                                       {"changed", kReportFields[2]},
                                       {"removed", kReportFields[3]},
                                       {"patched", kReportFields[4]}});
}

// The options as keywords (transactional, patch, dependents, removed), over `base`.
bool parse_options(const char* fname, const Value* values, HotReloadOptions* out) {
  bool* flags[] = {&out->transactional, &out->patch, &out->dependents};
  for (int i = 0; i < 3; i++) {
    if (values[i].is_null()) continue;
    int t = truthy(values[i]);
    if (t < 0) return false;
    *flags[i] = t;
  }
  const Value& removed = values[3];
  if (removed.is_null()) return true;
  std::string r = is_str(removed) ? as_str(removed)->m_data : "";
  if (r != "keep" && r != "drop") {
    raise(&ValueErrorType, format("%s(): removed must be 'keep' or 'drop', not %s", fname, repr_text(removed).c_str()));
    return false;
  }
  out->drop_removed = r == "drop";
  return true;
}

Value options_dict(const HotReloadOptions& o) {
  Value d = new_dict();
  dict_set_str(as_dict(d), intern("transactional"), Value::boolean(o.transactional));
  dict_set_str(as_dict(d), intern("patch"), Value::boolean(o.patch));
  dict_set_str(as_dict(d), intern("dependents"), Value::boolean(o.dependents));
  dict_set_str(as_dict(d), intern("removed"), new_str(o.drop_removed ? "drop" : "keep"));
  return d;
}

Value hr_reload(const Value* args, size_t nargs, KwNames* kw) {
  Value a[5];
  if (!bind_args("reload", args, nargs, kw, {"module", "transactional", "patch", "dependents", "removed"}, 1, a))
    return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "reload() missing required argument 'module' (pos 1)");
  HotReloadOptions options;
  if (!parse_options("reload", a + 1, &options)) return Value();
  return hot_reload(a[0], options);
}

Value hr_dependents(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("dependents", kw) || !check_nargs("dependents", nargs, 1, 1)) return Value();
  std::string name;
  if (is_str(args[0])) {
    name = as_str(args[0])->m_data;
  } else if (is_module(args[0])) {
    Value n = get_attr(args[0], intern("__name__"));
    if (n.is_null()) return n;
    if (!is_str(n)) return raise(&TypeErrorType, "module __name__ must be a str");
    name = as_str(n)->m_data;
  } else {
    return raise(&TypeErrorType, format("dependents() argument must be a module or str, not %s", type_name(args[0]).c_str()));
  }
  return str_list(direct_dependents(name));
}

Value hr_on_reload(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("on_reload", kw) || !check_nargs("on_reload", nargs, 1, 1)) return Value();
  if (!is_callable(args[0]))
    return raise(&TypeErrorType, format("on_reload() argument must be callable, not %s", type_name(args[0]).c_str()));
  add_reload_callback(args[0]);
  return args[0];  // usable as a decorator
}

Value hr_changed(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("changed", kw) || !check_nargs("changed", nargs, 0, 0)) return Value();
  return str_list(changed_modules());
}

Value hr_poll(const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("poll", args, nargs, kw, {"transactional", "patch", "dependents", "removed"}, 0, a)) return Value();
  HotReloadOptions options = hot_state().defaults;
  if (!parse_options("poll", a, &options)) return Value();
  return hot_poll(options);
}

Value hr_defaults(const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("defaults", args, nargs, kw, {"transactional", "patch", "dependents", "removed"}, 0, a))
    return Value();
  HotReloadOptions options = hot_state().defaults;
  if (!parse_options("defaults", a, &options)) return Value();
  hot_state().defaults = options;
  return options_dict(options);
}

Value hr_autoreload(const Value* args, size_t nargs, KwNames* kw) {
  Value a[5];
  if (!bind_args("autoreload", args, nargs, kw, {"enable", "transactional", "patch", "dependents", "removed"}, 1, a))
    return Value();
  HotReloadOptions options = hot_state().defaults;
  if (!parse_options("autoreload", a + 1, &options)) return Value();
  if (a[0].is_null()) return Value::boolean(hot_state().autoreload);
  int on = truthy(a[0]);
  if (on < 0) return Value();
  hot_state().defaults = options;
  hot_state().autoreload = on;
  return Value::none();
}

}  // namespace

Value new_report(const ReloadReportData& data) {
  auto* r = new ReportObject();
  Value report = Value::steal(r);
  r->modules = str_list(data.modules);
  r->added = names_dict(data.added);
  r->changed = names_dict(data.changed);
  r->removed = names_dict(data.removed);
  r->patched = names_dict(data.patched);
  return report;
}

bool report_data(const Value& report, ReloadReportData* out) {
  if (!is_type(report, &ReloadReportType)) {
    raise(&TypeErrorType, "a hotreload.ReloadReport is required");
    return false;
  }
  auto* r = report.as<ReportObject>();
  if (!read_str_list(r->modules, &out->modules) || !read_names_dict(r->added, &out->added) ||
      !read_names_dict(r->changed, &out->changed) || !read_names_dict(r->removed, &out->removed) ||
      !read_names_dict(r->patched, &out->patched)) {
    raise(&TypeErrorType, "a ReloadReport's fields must be a list and dicts of lists");
    return false;
  }
  return true;
}

// "<reload changer: 1 changed (printer), 0 added, 0 removed>"; names of several
// modules are qualified: "(a.f, b.g)".
std::string report_summary(const ReloadReportData& data) {
  bool qualify = data.modules.size() > 1;
  std::string text = "<reload ";
  for (size_t i = 0; i < data.modules.size(); i++) text += (i ? ", " : "") + data.modules[i];
  auto part = [&](const std::map<std::string, std::vector<std::string>>& by_module, const char* what) {
    std::string names;
    size_t count = 0;
    for (const std::string& m : data.modules) {
      auto it = by_module.find(m);
      if (it == by_module.end()) continue;
      for (const std::string& n : it->second) {
        names += (count++ ? ", " : "") + (qualify ? m + "." + n : n);
      }
    }
    std::string s = std::to_string(count) + " " + what;
    return count ? s + " (" + names + ")" : s;
  };
  text += ": " + part(data.changed, "changed") + ", " + part(data.added, "added") + ", " +
          part(data.removed, "removed") + ">";
  return text;
}

Value init_hotreload_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_report_type);
  Value m = new_module("hotreload");
  ModuleObject* mod = m.as<ModuleObject>();
  module_add_functions(
      mod, {{"reload", hr_reload,
             "reload(module, *, transactional=False, patch=False, dependents=False, removed='keep')\n"
             "Run the module's source again in its namespace and return a ReloadReport."},
            {"dependents", hr_dependents, "dependents(name)\nThe modules that imported `name` directly."},
            {"on_reload", hr_on_reload, "on_reload(fn)\nCall fn(report) after every successful hotreload reload."},
            {"changed", hr_changed, "changed()\nThe loaded modules whose source file content changed since it ran."},
            {"poll", hr_poll, "poll(**options)\nReload the changed modules; return their reports."},
            {"autoreload", hr_autoreload,
             "autoreload(enable=None, **options)\nPoll before each input at the prompt (no argument: whether it does)."},
            {"defaults", hr_defaults, "defaults(**options)\nSet the options poll() and autoreload use; return them."}});
  module_add(mod, "__doc__",
             new_str("Hot reload beyond reload(): transactional reloads, patching in place, dependents in "
                     "order, change reports, and change detection by content."));
  module_add(mod, "ReloadReport", Value::borrow(&ReloadReportType));
  return m;
}

}  // namespace hotpy
