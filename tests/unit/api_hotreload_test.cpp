// The embedding API's hot reload (hotpy.h: ReloadOptions, ReloadReport, reload with
// options, poll_changes, on_reload), as a host uses it: module files written to a
// folder on sys.path, imported, rewritten, reloaded. CPython has no hotreload, so the
// expectations come from issue 13's text (the specification), quoted where it decides.
// Each test has an Interpreter and a folder of its own (on_reload callbacks stay).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "hotpy/hotpy.h"

namespace {

using Names = std::vector<std::string>;

class ApiHotReload : public ::testing::Test {
 protected:
  ApiHotReload() {
    char tmpl[] = "/tmp/hotpy_hotreload_XXXXXX";
    m_dir = mkdtemp(tmpl);
    py.add_path(m_dir);
  }
  ~ApiHotReload() override { std::filesystem::remove_all(m_dir); }
  void write(const std::string& module, const std::string& source) {
    std::ofstream(m_dir + "/" + module + ".py") << source;
  }
  // The module's names, sorted (what a transaction restores).
  Names names_of(const hotpy::Object& module) {
    return py.eval("sorted")(module.attr("__dict__")).cast<Names>();
  }
  // The error a call throws ("no error" if none).
  template <class F>
  std::string error_of(F f) {
    try {
      f();
    } catch (const hotpy::Error& e) {
      return e.what();
    }
    return "no error";
  }

  hotpy::Interpreter py;

 private:
  std::string m_dir;
};

const char* kReportV1 =
    "limit = 10\n"
    "def f():\n    return 1\n"
    "def same():\n    return 2\n"
    "def gone():\n    return 3\n";
// f's code differs, same() is re-created identically, gone() is no longer defined.
const char* kReportV2 =
    "limit = 10\n"
    "def f():\n    return 100\n"
    "def same():\n    return 2\n"
    "def fresh():\n    return 4\n";

// "rep.added, rep.changed, rep.removed, rep.patched (each a dict from module name to a
// sorted list of names), repr(rep) a one-line summary"; "re-creating an identical
// function is not a change"; removed="keep" is CPython's behaviour (the name stays).
TEST_F(ApiHotReload, ReportNamesWhatChangedWasAddedAndRemoved) {
  write("hr_report", kReportV1);
  hotpy::Object m = py.import("hr_report");
  hotpy::Object old_f = m.attr("f");
  write("hr_report", kReportV2);
  hotpy::ReloadReport rep = py.reload("hr_report", hotpy::ReloadOptions{});
  EXPECT_EQ(rep.modules, Names{"hr_report"});
  EXPECT_EQ(rep.changed.at("hr_report"), Names{"f"});
  EXPECT_EQ(rep.added.at("hr_report"), Names{"fresh"});
  EXPECT_EQ(rep.removed.at("hr_report"), Names{"gone"});
  EXPECT_EQ(rep.patched.at("hr_report"), Names{});
  EXPECT_EQ(rep.summary, "<reload hr_report: 1 changed (f), 1 added (fresh), 1 removed (gone)>");
  EXPECT_TRUE(m.has_attr("gone"));
  EXPECT_EQ(m.attr("f")().cast<int>(), 100);
  EXPECT_EQ(old_f().cast<int>(), 1);  // without patch the name is rebound, as reload does
  EXPECT_EQ(error_of([&] { py.reload("hr_not_loaded", hotpy::ReloadOptions{}); }),
            "KeyError: \"'hr_not_loaded' is not in sys.modules\"");
}

// removed="drop": "names the previous version defined and the new one does not are
// deleted".
TEST_F(ApiHotReload, RemovedDropDeletesWhatTheNewCodeNoLongerDefines) {
  write("hr_drop", kReportV1);
  hotpy::Object m = py.import("hr_drop");
  write("hr_drop", kReportV2);
  hotpy::ReloadOptions options;
  options.removed = hotpy::ReloadOptions::Removed::Drop;
  hotpy::ReloadReport rep = py.reload(m, options);
  EXPECT_EQ(rep.removed.at("hr_drop"), Names{"gone"});
  EXPECT_FALSE(m.has_attr("gone"));
  EXPECT_TRUE(m.has_attr("fresh"));
}

const char* kTransactionV1 =
    "x = 1\n"
    "def f():\n    return 'old'\n"
    "class C:\n    pass\n";
const char* kTransactionV2 =
    "x = 2\n"
    "def f():\n    return 'new'\n"
    "y = 3\n"
    "raise RuntimeError('at the last line')\n";

// transactional: "its dict holds exactly the keys and the very same value objects it
// held before, sys.modules is unchanged; then the exception propagates"; "A failed
// transactional reload patches nothing."
TEST_F(ApiHotReload, TransactionalFailureRestoresTheVerySameObjects) {
  write("hr_tx", kTransactionV1);
  hotpy::Object m = py.import("hr_tx");
  hotpy::Object f = m.attr("f"), c = m.attr("C"), x = m.attr("x");
  Names before = names_of(m);
  write("hr_tx", kTransactionV2);
  hotpy::ReloadOptions options;
  options.transactional = true;
  options.patch = true;
  EXPECT_EQ(error_of([&] { py.reload(m, options); }), "RuntimeError: at the last line");
  EXPECT_EQ(names_of(m), before);
  EXPECT_TRUE(m.attr("f").is(f));
  EXPECT_TRUE(m.attr("C").is(c));
  EXPECT_TRUE(m.attr("x").is(x));
  EXPECT_EQ(f().cast<std::string>(), "old");
  EXPECT_TRUE(py.import("sys").attr("modules").attr("get")("hr_tx").is(m));

  // A syntax error is thrown the same way, the module untouched.
  write("hr_tx", "def f(:\n    return 'bad'\n");
  EXPECT_EQ(error_of([&] { py.reload("hr_tx", options); }).rfind("SyntaxError: ", 0), 0u);
  EXPECT_TRUE(m.attr("f").is(f));
}

// Without transactional, the failure leaves what CPython's reload leaves: the names
// bound before the error.
TEST_F(ApiHotReload, WithoutTransactionalAFailureLeavesTheHalfRunModule) {
  write("hr_half", kTransactionV1);
  hotpy::Object m = py.import("hr_half");
  write("hr_half", kTransactionV2);
  EXPECT_EQ(error_of([&] { py.reload(m, hotpy::ReloadOptions{}); }), "RuntimeError: at the last line");
  EXPECT_EQ(m.attr("x").cast<int>(), 2);
  EXPECT_EQ(m.attr("y").cast<int>(), 3);
}

const char* kPatchV1 =
    "def on_event(n):\n    return n + 1\n"
    "class Greeter:\n    def greet(self):\n        return 'hello'\n";
const char* kPatchV2 =
    "def on_event(n):\n    return n * 100\n"
    "class Greeter:\n    def greet(self):\n        return 'bonjour'\n";

// patch: "callbacks stored by a host ..., bound methods, and existing instances all run
// the new code, and isinstance(old_instance, m.C) stays true"; the module keeps the old
// objects bound.
TEST_F(ApiHotReload, PatchKeepsStoredCallbacksRunningTheNewCode) {
  write("hr_patch", kPatchV1);
  hotpy::Object m = py.import("hr_patch");
  hotpy::Object callback = m.attr("on_event");
  auto as_function = callback.cast<std::function<int(int)>>();
  hotpy::Object greeter_class = m.attr("Greeter");
  hotpy::Object old_instance = greeter_class();
  hotpy::Object bound = old_instance.attr("greet");
  EXPECT_EQ(as_function(3), 4);
  write("hr_patch", kPatchV2);
  hotpy::ReloadOptions options;
  options.patch = true;
  hotpy::ReloadReport rep = py.reload(m, options);
  EXPECT_EQ(rep.changed.at("hr_patch"), (Names{"Greeter", "on_event"}));
  EXPECT_EQ(rep.patched.at("hr_patch"), (Names{"Greeter", "on_event"}));
  EXPECT_TRUE(m.attr("on_event").is(callback));
  EXPECT_TRUE(m.attr("Greeter").is(greeter_class));
  EXPECT_EQ(callback(3).cast<int>(), 300);
  EXPECT_EQ(as_function(3), 300);
  EXPECT_EQ(bound().cast<std::string>(), "bonjour");
  EXPECT_EQ(old_instance.attr("greet")().cast<std::string>(), "bonjour");
  EXPECT_TRUE(py.eval("isinstance")(old_instance, m.attr("Greeter")).cast<bool>());
}

// "Where patching is impossible (... bases ... changed) the name is rebound as plain
// reload does and listed in rep.changed but not rep.patched."
TEST_F(ApiHotReload, PatchRebindsWhatCannotBePatched) {
  write("hr_unpatchable", "class Thing:\n    x = 1\n");
  hotpy::Object m = py.import("hr_unpatchable");
  hotpy::Object thing = m.attr("Thing");
  write("hr_unpatchable", "class Thing(Exception):\n    x = 2\n");
  hotpy::ReloadOptions options;
  options.patch = true;
  hotpy::ReloadReport rep = py.reload(m, options);
  EXPECT_EQ(rep.changed.at("hr_unpatchable"), Names{"Thing"});
  EXPECT_EQ(rep.patched.at("hr_unpatchable"), Names{});
  EXPECT_FALSE(m.attr("Thing").is(thing));
  EXPECT_EQ(thing.attr("x").cast<int>(), 1);
}

// dependents: "The module and every module that depends on it ... are reloaded once
// each, a module after the modules it imports"; rep.modules "in the order they ran".
TEST_F(ApiHotReload, DependentsRunAfterWhatTheyImport) {
  write("hr_base", "value = 1\n");
  write("hr_user", "from hr_base import value\ndef get():\n    return value\n");
  hotpy::Object user = py.import("hr_user");
  write("hr_base", "value = 2\n");
  hotpy::ReloadReport alone = py.reload("hr_base", hotpy::ReloadOptions{});
  EXPECT_EQ(alone.modules, Names{"hr_base"});
  EXPECT_EQ(user.attr("get")().cast<int>(), 1);  // the `from` import kept the old value
  write("hr_base", "value = 3\n");
  hotpy::ReloadOptions options;
  options.dependents = true;
  hotpy::ReloadReport rep = py.reload("hr_base", options);
  EXPECT_EQ(rep.modules, (Names{"hr_base", "hr_user"}));
  EXPECT_EQ(rep.changed.at("hr_base"), Names{"value"});
  EXPECT_EQ(rep.changed.at("hr_user"), Names{"value"});
  EXPECT_EQ(user.attr("get")().cast<int>(), 3);
}

// "Change detection by content, never by timestamp: ... including same-second,
// same-size edits; a file touched without a change is not changed."
TEST_F(ApiHotReload, PollChangesSeesASameSizeEditAndNotAnIdenticalRewrite) {
  write("hr_poll", "value = 1\n");
  hotpy::Object m = py.import("hr_poll");
  EXPECT_TRUE(py.poll_changes(hotpy::ReloadOptions{}).empty());
  write("hr_poll", "value = 2\n");  // at once: the same size, most likely the same second
  std::vector<hotpy::ReloadReport> reports = py.poll_changes(hotpy::ReloadOptions{});
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].modules, Names{"hr_poll"});
  EXPECT_EQ(reports[0].summary, "<reload hr_poll: 1 changed (value), 0 added, 0 removed>");
  EXPECT_EQ(m.attr("value").cast<int>(), 2);
  write("hr_poll", "value = 2\n");  // the same bytes again: touched, not changed
  EXPECT_TRUE(py.poll_changes(hotpy::ReloadOptions{}).empty());
  write("hr_poll", "value = 3\n");
  EXPECT_EQ(py.poll_changes().size(), 1u);  // hotreload.defaults()'s options
  EXPECT_EQ(m.attr("value").cast<int>(), 3);
}

// "A failed auto-reload prints its traceback and the session goes on with the last
// good code": the failure is thrown once, not at every poll until the file changes.
TEST_F(ApiHotReload, PollChangesThrowsAFailureOnce) {
  write("hr_poll_bad", "value = 1\n");
  hotpy::Object m = py.import("hr_poll_bad");
  write("hr_poll_bad", "value = (\n");
  hotpy::ReloadOptions options;
  options.transactional = true;
  EXPECT_EQ(error_of([&] { py.poll_changes(options); }).rfind("SyntaxError: ", 0), 0u);
  EXPECT_TRUE(py.poll_changes(options).empty());
  EXPECT_EQ(m.attr("value").cast<int>(), 1);
  write("hr_poll_bad", "value = 4\n");
  EXPECT_EQ(py.poll_changes(options).size(), 1u);
  EXPECT_EQ(m.attr("value").cast<int>(), 4);
}

// on_reload: "registers a callback for every successful reload"; "hooks called once per
// success and never on failure"; Python's hotreload.reload counts too, the plain
// reload() (CPython's) does not.
TEST_F(ApiHotReload, OnReloadIsCalledOncePerSuccessAndNeverOnFailure) {
  std::vector<std::string> seen;
  py.on_reload([&](const hotpy::ReloadReport& rep) { seen.push_back(rep.summary); });
  write("hr_hook", "def f():\n    return 1\n");
  hotpy::Object m = py.import("hr_hook");
  write("hr_hook", "def f():\n    return 2\n");
  hotpy::ReloadReport rep = py.reload(m, hotpy::ReloadOptions{});
  EXPECT_EQ(seen, Names{rep.summary});
  EXPECT_EQ(rep.summary, "<reload hr_hook: 1 changed (f), 0 added, 0 removed>");

  write("hr_hook", "def f():\n    return 3\nraise ValueError('no')\n");
  hotpy::ReloadOptions transactional;
  transactional.transactional = true;
  EXPECT_EQ(error_of([&] { py.reload(m, transactional); }), "ValueError: no");
  EXPECT_EQ(error_of([&] { py.reload(m, hotpy::ReloadOptions{}); }), "ValueError: no");
  EXPECT_EQ(seen.size(), 1u);

  write("hr_hook", "def f():\n    return 4\n");
  py.reload(m);  // importlib.reload
  EXPECT_EQ(seen.size(), 1u);
  write("hr_hook", "def f():\n    return 5\n");
  py.exec("import hotreload, hr_hook\nhotreload.reload(hr_hook)\n");
  EXPECT_EQ(seen.size(), 2u);
  write("hr_hook", "def f():\n    return 6\n");
  EXPECT_EQ(py.poll_changes().size(), 1u);
  EXPECT_EQ(seen.size(), 3u);
  EXPECT_EQ(m.attr("f")().cast<int>(), 6);
}

// A C++ exception thrown by the callback does not unwind through the interpreter: it
// becomes a RuntimeError (as in a def'd function), reported, and the reload stands.
TEST_F(ApiHotReload, OnReloadCallbackThrowingDoesNotEscape) {
  std::string err;
  py.set_output([&](std::string_view text, bool is_stderr) {
    if (is_stderr) err += text;
  });
  int later_calls = 0;
  py.on_reload([](const hotpy::ReloadReport&) { throw std::runtime_error("host callback failed"); });
  py.on_reload([&](const hotpy::ReloadReport&) { later_calls++; });
  write("hr_throw", "v = 1\n");
  hotpy::Object m = py.import("hr_throw");
  write("hr_throw", "v = 2\n");
  hotpy::ReloadReport rep = py.reload(m, hotpy::ReloadOptions{});
  EXPECT_EQ(rep.modules, Names{"hr_throw"});
  EXPECT_EQ(m.attr("v").cast<int>(), 2);
  EXPECT_EQ(later_calls, 1);
  EXPECT_NE(err.find("RuntimeError: host callback failed"), std::string::npos) << err;
  py.set_output(nullptr);
}

}  // namespace
