// Re-entrancy of the containers: a __del__ or a weak reference callback runs Python
// code in the middle of a container operation, at the decref that frees an item, and
// may mutate the very container being operated on (append, re-insert, clear it, drop
// its last reference). Each test calls the C++ operation directly on values whose
// finalizer does that, and expects the final state CPython 3.11 gives for the same
// Python program (the Python is cited next to each expectation), no exception left
// pending and nothing reported as "Exception ignored" (sys.stderr is captured).
// Run under ASan (make check-sanitize) and with HOTPY_GC_STRESS=1 as well.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "eval/eval.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/instance.h"
#include "objects/iter.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/tuple.h"
#include "resolve/compile.h"
#include "runtime/runtime.h"

namespace hotpy {
namespace {

// What every test's program starts with: D's finalizer logs its name, then runs its
// action; H is a D with a fixed hash (a set's order must not depend on addresses); K's
// keys all collide, so storing one runs __eq__ (and its hook) on the others.
constexpr const char* kPrelude = R"py(import sys, io, gc, weakref
sys.stderr = io.StringIO()
log = []
class D:
    def __init__(self, name, action=None):
        self.name = name
        self.action = action
    def __del__(self):
        log.append(self.name)
        if self.action is not None:
            self.action()
    def __repr__(self):
        return 'D' + self.name
class H(D):
    def __hash__(self):
        return len(self.name)
    def __eq__(self, other):
        return self is other
class WList(list):
    pass
class WDict(dict):
    pass
class Obj:
    pass
class K:
    # hash 7 for all: comparing keys calls __eq__, whose hook runs once
    def __init__(self, n, hook=None):
        self.n = n
        self.hook = hook
    def __hash__(self):
        return 7
    def __eq__(self, other):
        log.append('eq%d' % self.n)
        if self.hook is not None:
            hook, self.hook = self.hook, None
            hook()
        return isinstance(other, K) and self.n == other.n
    def __repr__(self):
        return 'K%d' % self.n
)py";

class GcReentrancy : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { init_runtime({""}, ""); }

  void SetUp() override {
    m_module = new_module("__gctest__");
    m_ns = m_module.as<ModuleObject>()->m_dict;
    ASSERT_EQ(run(kPrelude), "");
  }

  void TearDown() override {
    // The programs' functions and globals form cycles: break them now, so that
    // LeakSanitizer sees nothing left and one test's objects do not outlive it.
    dict_clear(m_ns);
    m_module = Value();
    gc_collect(2);
    clear_error();
  }

  // Runs `source` in the test's namespace; the failure's message when it raises.
  std::string run(const std::string& source) {
    auto unit = compile_source(source, "<gctest>", ast::Mode::File);
    if (unit && !run_unit(unit, m_ns).is_null()) return "";
    Value exc = fetch_error();
    return exc.type()->m_name + ": " + exception_message(exc);
  }

  void setup(const std::string& source) { ASSERT_EQ(run(source), ""); }

  Value get(const char* name) {
    Value v = dict_get_str(m_ns, intern(name));
    EXPECT_FALSE(v.is_null()) << name;
    return v;
  }

  // Deletes a global: when it held the last reference, the object dies here.
  void drop(const char* name) { EXPECT_EQ(dict_del(m_ns, new_str(name)), 0) << name; }

  // The value of a Python expression, owned only by the caller.
  Value eval(const std::string& expr) {
    EXPECT_EQ(run("__value = " + expr + "\n"), "") << expr;
    Value v = get("__value");
    drop("__value");
    return v;
  }

  Value method(const Value& self, const char* name, std::vector<Value> args = {},
               std::initializer_list<std::pair<const char*, Value>> keywords = {}) {
    Value bound = get_attr(self, intern(name));
    if (bound.is_null()) return bound;
    std::vector<Value> names;
    for (const auto& [kw, value] : keywords) {
      names.push_back(Value::borrow(intern(kw)));
      args.push_back(value);
    }
    Value kwnames = names.empty() ? Value() : new_tuple(std::move(names));
    return call(bound, args.data(), args.size() - keywords.size(),
                kwnames.is_null() ? nullptr : kwnames.as<KwNames>());
  }

  static Value slice(Value start, Value stop, Value step) {
    return new_slice(std::move(start), std::move(stop), std::move(step));
  }

  // The exception the operation raised, as the Python program's `except` logs it.
  void log_error(TypeObject* type) {
    ASSERT_TRUE(error_matches(type));
    Value exc = fetch_error();
    EXPECT_FALSE(method(get("log"), "append", {new_str(exception_message(exc))}).is_null());
  }

  // repr((<check>, what was written to sys.stderr)).
  std::string state(const std::string& check) {
    std::string err = run("__state = repr((" + check + ", sys.stderr.getvalue()))\n");
    if (!err.empty()) return err;
    Value v = get("__state");
    return is_str(v) ? as_str(v)->m_data : "?";
  }

  Value m_module;
  DictObject* m_ns = nullptr;
};

TEST_F(GcReentrancy, ListClearAppends) {
  setup(R"py(L = [D('a', lambda: L.append('x')), D('b', lambda: L.append('y'))])py");
  // Python: L.clear()
  EXPECT_TRUE(method(get("L"), "clear").is_none());
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['b', 'a'], ['y', 'x']), ''))py");
}

TEST_F(GcReentrancy, ListClearNested) {
  setup(R"py(L = [D('a', lambda: L.clear()), D('b', lambda: L.extend([1, 2]))])py");
  // Python: L.clear()
  EXPECT_TRUE(method(get("L"), "clear").is_none());
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['b', 'a'], []), ''))py");
}

TEST_F(GcReentrancy, ListClearDropsLastRef) {
  setup(R"py(holder = [[0, D('a', lambda: holder.clear()), D('b', lambda: log.append(len(holder)))]]
L = holder[0])py");
  // Python: del L; holder[0].clear()
  Value l = get("L");
  drop("L");
  EXPECT_TRUE(method(l, "clear").is_none());
  l = Value();
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, holder), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, holder)"),
            R"py(((['b', 1, 'a'], []), ''))py");
}

TEST_F(GcReentrancy, ListSliceDelete) {
  setup(R"py(L = [0, D('a', lambda: L.append('x')), D('b', lambda: L.insert(0, 'y')), 3])py");
  // Python: del L[1:3]
  EXPECT_EQ(del_item(get("L"), slice(Value::integer(1), Value::integer(3), Value::none())), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['b', 'a'], ['y', 0, 3, 'x']), ''))py");
}

TEST_F(GcReentrancy, ListExtendedSliceDelete) {
  setup(R"py(L = [D('a', lambda: L.append('x')), 1, D('b', lambda: L.clear()), 3, D('c', lambda: L.append('z'))])py");
  // Python: del L[::-2]
  EXPECT_EQ(del_item(get("L"), slice(Value::none(), Value::none(), Value::integer(-2))), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['a', 'b', 'c'], ['z']), ''))py");
}

TEST_F(GcReentrancy, ListSliceAssign) {
  setup(R"py(L = [D('a', lambda: L.append('x')), D('b', lambda: L.__setitem__(slice(0, 1), [7, 8])), 2])py");
  // Python: L[0:2] = [5]
  EXPECT_EQ(set_item(get("L"), slice(Value::integer(0), Value::integer(2), Value::none()), eval("[5]")), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['b', 'a'], [7, 8, 2, 'x']), ''))py");
}

TEST_F(GcReentrancy, ListExtendedSliceAssign) {
  setup(R"py(L = [D('a', lambda: L.append('x')), 1, D('b', lambda: L.pop()), 3])py");
  // Python: L[::2] = ['p', 'q']
  EXPECT_EQ(set_item(get("L"), slice(Value::none(), Value::none(), Value::integer(2)), eval("['p', 'q']")), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['a', 'b'], ['p', 1, 'q', 3]), ''))py");
}

TEST_F(GcReentrancy, ListItemAssign) {
  setup(R"py(L = [D('a', lambda: L.__setitem__(0, 'again')), 1])py");
  // Python: L[0] = 'new'
  EXPECT_EQ(set_item(get("L"), Value::integer(0), new_str("new")), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['a'], ['again', 1]), ''))py");
}

TEST_F(GcReentrancy, ListSortKeyDelAppends) {
  setup(R"py(L = [3, 1, 2]
key = lambda v: (v, D(str(v), lambda: L.append('intruder'))))py");
  // Python: try:
  //       L.sort(key=key)
  //   except ValueError as e:
  //       log.append(str(e))
  EXPECT_TRUE(method(get("L"), "sort", {}, {{"key", get("key")}}).is_null());
  log_error(&ValueErrorType);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['1', '2', '3', 'list modified during sort'], [1, 2, 3]), ''))py");
}

TEST_F(GcReentrancy, ListSortIntruderDel) {
  setup(R"py(L = [3, 1, 2]
key = lambda v: L.append(D('i' + str(v), lambda: L.append('late'))) or v)py");
  // Python: try:
  //       L.sort(key=key)
  //   except ValueError as e:
  //       log.append(str(e))
  EXPECT_TRUE(method(get("L"), "sort", {}, {{"key", get("key")}}).is_null());
  log_error(&ValueErrorType);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['i2', 'i1', 'i3', 'list modified during sort'], [1, 2, 3, 'late', 'late', 'late']), ''))py");
}

TEST_F(GcReentrancy, ListPop) {
  setup(R"py(L = [D('a', lambda: L.clear()), 1, 2])py");
  // Python: L.pop(0)
  EXPECT_FALSE(method(get("L"), "pop", {Value::integer(0)}).is_null());
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['a'], []), ''))py");
}

TEST_F(GcReentrancy, ListRemove) {
  setup(R"py(L = [1, D('a', lambda: L.remove(2)), 2, 3])py");
  // Python: L.remove(L[1])
  Value l = get("L");
  EXPECT_TRUE(method(l, "remove", {get_item(l, Value::integer(1))}).is_none());
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['a'], [1, 3]), ''))py");
}

TEST_F(GcReentrancy, ListDestroyed) {
  setup(R"py(other = []
L = [D('a', lambda: other.append(len(other))), D('b', lambda: other.append('b'))])py");
  // Python: del L
  drop("L");
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, other), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, other)"),
            R"py(((['b', 'a'], ['b', 1]), ''))py");
}

TEST_F(GcReentrancy, TupleDestroyed) {
  setup(R"py(other = []
T = (D('a', lambda: other.append('a')), D('b', lambda: other.clear()), D('c', lambda: other.append('c'))))py");
  // Python: del T
  drop("T");
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, other), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, other)"),
            R"py(((['c', 'b', 'a'], ['a']), ''))py");
}

TEST_F(GcReentrancy, DictClearReinserts) {
  setup(R"py(d = {'a': D('a', lambda: d.__setitem__('a', 1)), 'b': D('b', lambda: d.update({i: i for i in range(10)}))})py");
  // Python: d.clear()
  dict_clear(as_dict(get("d")));
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['a', 'b'], {'a': 1, 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9}), ''))py");
}

TEST_F(GcReentrancy, DictClearNested) {
  setup(R"py(d = {'a': D('a', lambda: d.clear()), 'b': 2}
d['c'] = D('c', lambda: d.setdefault('z', 26)))py");
  // Python: d.clear()
  dict_clear(as_dict(get("d")));
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['a', 'c'], {'z': 26}), ''))py");
}

TEST_F(GcReentrancy, DictResizeOnReplace) {
  setup(R"py(d = {'k': D('k', lambda: [d.__setitem__(i, i) for i in range(20)] and d.pop('k')), 'j': 1})py");
  // Python: d['k'] = 'new'
  EXPECT_EQ(dict_set(as_dict(get("d")), new_str("k"), new_str("new")), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['k'], {'j': 1, 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18, 19: 19}), ''))py");
}

TEST_F(GcReentrancy, DictInsertEqResizes) {
  setup(R"py(d = {}
d[K(1, lambda: d.update({i: D(str(i)) for i in range(30)}))] = 1)py");
  // Python: d[K(2)] = 2
  EXPECT_EQ(dict_set(as_dict(get("d")), eval("K(2)"), Value::integer(2)), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, len(d), list(d)[-1]), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, len(d), list(d)[-1])"),
            R"py(((['eq1', 'eq1', 'eq1', 'eq2'], 32, K2), ''))py");
}

TEST_F(GcReentrancy, DictDel) {
  setup(R"py(d = {'a': D('a', lambda: d.__setitem__('a', 'back')), 'b': 2})py");
  // Python: del d['a']
  EXPECT_EQ(dict_del(as_dict(get("d")), new_str("a")), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['a'], {'b': 2, 'a': 'back'}), ''))py");
}

TEST_F(GcReentrancy, DictPop) {
  setup(R"py(d = {'a': D('a', lambda: d.clear()), 'b': 2})py");
  // Python: d.pop('a')
  EXPECT_FALSE(dict_pop(as_dict(get("d")), new_str("a")).is_null());
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['a'], {}), ''))py");
}

TEST_F(GcReentrancy, DictPopitem) {
  setup(R"py(d = {'a': 1, 'b': D('b', lambda: d.popitem())}
d['c'] = D('c', lambda: d.__setitem__('c', 'again')))py");
  // Python: d.popitem()
  EXPECT_FALSE(method(get("d"), "popitem").is_null());
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['c'], {'a': 1, 'b': Db, 'c': 'again'}), ''))py");
}

TEST_F(GcReentrancy, DictUpdateReplaces) {
  setup(R"py(d = {'a': D('a', lambda: d.clear()), 'b': D('b', lambda: d.__setitem__('x', 0))})py");
  // Python: d.update({'b': 'B', 'a': 'A', 'c': 'C'})
  EXPECT_EQ(dict_update(as_dict(get("d")), eval("{'b': 'B', 'a': 'A', 'c': 'C'}")), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['b', 'a'], {'c': 'C'}), ''))py");
}

TEST_F(GcReentrancy, DictUpdateMutatesSource) {
  setup(R"py(src = {'a': 'A', 'b': 'B', 'c': 'C'}
d = {'a': D('a', lambda: src.__setitem__('z', 'Z'))})py");
  // Python: try:
  //       d.update(src)
  //   except RuntimeError as e:
  //       log.append(str(e))
  EXPECT_EQ(dict_update(as_dict(get("d")), get("src")), -1);
  log_error(&RuntimeErrorType);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d, src), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d, src)"),
            R"py(((['a', 'dict mutated during update'], {'a': 'A'}, {'a': 'A', 'b': 'B', 'c': 'C', 'z': 'Z'}), ''))py");
}

TEST_F(GcReentrancy, DictSetdefault) {
  setup(R"py(d = {K(1, lambda: d.pop('v')): 1, 'v': D('v', lambda: d.__setitem__('w', 1))})py");
  // Python: d.setdefault(K(2), 'dflt')
  EXPECT_FALSE(method(get("d"), "setdefault", {eval("K(2)"), new_str("dflt")}).is_null());
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['eq1', 'v'], {K1: 1, 'w': 1, K2: 'dflt'}), ''))py");
}

TEST_F(GcReentrancy, SetClear) {
  setup(R"py(s = {H('a', lambda: s.add(1)), H('bb', lambda: s.update(range(10, 30)))})py");
  // Python: s.clear()
  set_clear(as_set(get("s")));
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, sorted(s)), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, sorted(s))"),
            R"py(((['a', 'bb'], [1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]), ''))py");
}

TEST_F(GcReentrancy, SetDiscard) {
  setup(R"py(s = {H('a', lambda: s.update(range(100, 140))), 5})py");
  // Python: s.discard(next(x for x in s if isinstance(x, H)))
  EXPECT_EQ(set_discard(as_set(get("s")), eval("next(x for x in s if isinstance(x, H))")), 1);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, len(s), sorted(s)), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, len(s), sorted(s))"),
            R"py(((['a'], 41, [5, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139]), ''))py");
}

TEST_F(GcReentrancy, SetAddEqResizes) {
  setup(R"py(s = {K(1, lambda: s.update(range(40)))})py");
  // Python: s.add(K(2))
  EXPECT_EQ(set_add(as_set(get("s")), eval("K(2)")), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, len(s)), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, len(s))"),
            R"py(((['eq1', 'eq1', 'eq1', 'eq2'], 42), ''))py");
}

TEST_F(GcReentrancy, InstanceDictReplaced) {
  setup(R"py(o = Obj()
o.a = D('a', lambda: setattr(o, 'z', 1))
o.b = D('b', lambda: setattr(o, '__dict__', {'again': 1})))py");
  // Python: o.__dict__ = {'n': 0}
  EXPECT_EQ(object_dict_set(get("o"), eval("{'n': 0}")), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, o.__dict__), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, o.__dict__)"),
            R"py(((['a', 'b'], {'again': 1}), ''))py");
}

TEST_F(GcReentrancy, ModuleDictCleared) {
  setup(R"py(m = type(sys)('m')
m.a = D('a', lambda: setattr(m, 'late', 1))
m.b = D('b', lambda: m.__dict__.clear())
m.c = D('c', lambda: m.__dict__.update(again=2)))py");
  // Python: m.__dict__.clear()
  dict_clear(get("m").as<ModuleObject>()->m_dict);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, m.__dict__), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, m.__dict__)"),
            R"py(((['a', 'b', 'c'], {'again': 2}), ''))py");
}

TEST_F(GcReentrancy, CollectorClearsList) {
  setup(R"py(class Cyc:
    def __del__(self):
        log.append('cyc')
        w = weakref.ref(self.lst)
        self.lst.append(D('x', lambda: (globals().__setitem__('saved', w()), w().append('late'))))
lst = WList()
c = Cyc()
lst.append(c)
c.lst = lst
del c, lst)py");
  // Python: gc.collect()
  EXPECT_GE(gc_collect(2), 2);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, saved, gc.collect()), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, saved, gc.collect())"),
            R"py(((['cyc', 'x'], ['late'], 0), ''))py");
}

TEST_F(GcReentrancy, CollectorClearsDict) {
  setup(R"py(class Cyc:
    def __del__(self):
        log.append('cyc')
        w = weakref.ref(self.d)
        self.d['x'] = D('x', lambda: (globals().__setitem__('saved', w()), w().update(late=1)))
d = WDict()
c = Cyc()
d['me'] = c
c.d = d
del c, d)py");
  // Python: gc.collect()
  EXPECT_GE(gc_collect(2), 2);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, saved, gc.collect()), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, saved, gc.collect())"),
            R"py(((['cyc', 'x'], {'late': 1}, 0), ''))py");
}

TEST_F(GcReentrancy, WeakrefCallbackMutatesList) {
  setup(R"py(L = [Obj(), 1]
wr = weakref.ref(L[0], lambda r: L.append('cb')))py");
  // Python: L.clear()
  EXPECT_TRUE(method(get("L"), "clear").is_none());
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L, wr()), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L, wr())"),
            R"py((([], ['cb'], None), ''))py");
}

TEST_F(GcReentrancy, WeakrefCallbackMutatesDict) {
  setup(R"py(d = {'o': Obj()}
wr = weakref.ref(d['o'], lambda r: d.__setitem__('o', 'cb')))py");
  // Python: del d['o']
  EXPECT_EQ(dict_del(as_dict(get("d")), new_str("o")), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d, wr()), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d, wr())"),
            R"py((([], {'o': 'cb'}, None), ''))py");
}

TEST_F(GcReentrancy, WeakrefCallbackDropsOther) {
  setup(R"py(L = [Obj()]
other = [Obj()]
wb = weakref.ref(other[0], lambda r: (log.append('other dead'), L.append('from b')))
wa = weakref.ref(L[0], lambda r: (log.append('first dead'), other.clear())))py");
  // Python: L.clear()
  EXPECT_TRUE(method(get("L"), "clear").is_none());
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L, other, wa(), wb()), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L, other, wa(), wb())"),
            R"py(((['first dead', 'other dead'], ['from b'], [], None, None), ''))py");
}

TEST_F(GcReentrancy, DictEqPopsComparedEntry) {
  setup(R"py(d = {'x': 1, K(1, lambda: d.popitem()): D('one')})py");
  // Python: d[K(2)] = 2
  EXPECT_EQ(dict_set(as_dict(get("d")), eval("K(2)"), Value::integer(2)), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['eq1', 'one'], {'x': 1, K2: 2}), ''))py");
}

TEST_F(GcReentrancy, DictEqDeletesComparedKey) {
  setup(R"py(d = {K(1, lambda: d.pop(next(k for k in d if isinstance(k, K)))): D('one', lambda: d.__setitem__('late', 0)), 'x': 1})py");
  // Python: d[K(2)] = 2
  EXPECT_EQ(dict_set(as_dict(get("d")), eval("K(2)"), Value::integer(2)), 0);
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['eq1', 'one'], {'x': 1, 'late': 0, K2: 2}), ''))py");
}

TEST_F(GcReentrancy, ListInplaceRepeatZero) {
  setup(R"py(L = [D('a', lambda: L.append('x')), D('b', lambda: L.append('y'))])py");
  // Python: L *= 0
  Value l = get("L");
  EXPECT_TRUE(inplace_op(BinOp::Mul, l, Value::integer(0)).is(l));
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, L), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, L)"),
            R"py(((['b', 'a'], ['y', 'x']), ''))py");
}

TEST_F(GcReentrancy, DictClearKeyBeforeValue) {
  setup(R"py(d = {D('k1', lambda: d.__setitem__('k', len(d))): D('v1', lambda: d.__setitem__('v', len(d))), D('k2'): D('v2')})py");
  // Python: d.clear()
  dict_clear(as_dict(get("d")));
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, d), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, d)"),
            R"py(((['k1', 'v1', 'k2', 'v2'], {'k': 0, 'v': 1}), ''))py");
}

TEST_F(GcReentrancy, DictDestroyed) {
  setup(R"py(other = []
d = {D('k1', lambda: other.append(1)): D('v1', lambda: other.clear()), 'k2': D('v2', lambda: other.append(2))})py");
  // Python: del d
  drop("d");
  EXPECT_FALSE(error_pending());
  // CPython 3.11: repr(((log, other), sys.stderr.getvalue()))
  EXPECT_EQ(state("(log, other)"),
            R"py(((['k1', 'v1', 'v2'], [2]), ''))py");
}

// A reloaded module's dropped version is garbage in the old generation (its classes
// survived young collections while they were in use) and holds the module's whole
// compiled tree. Compiling new trees of that weight brings the full collection that
// frees it; young collections would never look.
TEST_F(GcReentrancy, CompiledTreesBringAFullCollection) {
  setup("import gc, weakref\nclass Old:\n    pass\nOld.me = Old\ngc.collect(1)\nold = weakref.ref(Old)\ndel Old\n");
  int64_t full = ts->gc->stats[kGcGenerations - 1].collections;
  gc_count_allocations(1 << 15);  // what compile_source counts for a 16 MB tree
  gc_collect_requested();         // as the next statement would
  EXPECT_EQ(ts->gc->stats[kGcGenerations - 1].collections, full + 1);
  EXPECT_EQ(run("assert old() is None\n"), "");
}

}  // namespace
}  // namespace hotpy
