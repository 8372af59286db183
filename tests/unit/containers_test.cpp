// tuple, list, dict, set/frozenset, slice, range and the lazy iterators, checked
// against CPython 3.11.
//
// Every expected value below was printed by python3 (3.11) running the Python shown
// in the comment next to it; none was copied from hotpy's output.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

// The evaluator (not linked into this test) runs Python functions; containers never
// call one here. Weak, so a real definition wins when the evaluator is linked.
__attribute__((weak)) Value call_function(FunctionObject*, const Value*, size_t, KwNames*) {
  return raise(&SystemErrorType, "no evaluator in this test");
}

namespace {

class Env : public ::testing::Environment {
 public:
  void SetUp() override { init_types(); }
};
const auto* const env = ::testing::AddGlobalTestEnvironment(new Env);

// ---- helpers

Value i(int64_t v) { return Value::integer(v); }
Value s(const char* text) { return new_str(text); }
Value big(const char* digits) { return int_from_string(digits, 10); }
Value l(std::vector<Value> items) { return new_list(std::move(items)); }
Value t(std::vector<Value> items) { return new_tuple(std::move(items)); }

Value ints(std::initializer_list<int64_t> xs) {
  std::vector<Value> v;
  for (int64_t x : xs) v.push_back(i(x));
  return new_list(std::move(v));
}

Value range_list(int64_t a, int64_t b, int64_t step = 1) {
  std::vector<Value> v;
  for (int64_t x = a; step > 0 ? x < b : x > b; x += step) v.push_back(i(x));
  return new_list(std::move(v));
}

// "Type: message" of the pending exception (and clears it), or "" if none.
std::string error() {
  if (!error_pending()) return "";
  Value e = fetch_error();
  return type_name(e) + ": " + exception_message(e);
}

// repr of a result, or the exception it raised.
std::string r(const Value& v) {
  if (v.is_null()) return error();
  Value text = repr(v);
  if (text.is_null()) return error();
  return as_str(text)->m_data;
}

Value call_type(TypeObject* type, std::vector<Value> args) {
  return call(Value::borrow(type), args.data(), args.size());
}

Value meth(const Value& obj, const char* name, std::vector<Value> args = {}) {
  return call_method(obj, intern(name), args.data(), args.size());
}

Value make_set(const Value& iterable) { return call_type(&SetType, {iterable}); }

// list(x): iterates with the protocol, as a for loop would.
std::string listed(const Value& iterable) {
  if (iterable.is_null()) return error();
  return r(call_type(&ListType, {iterable}));
}

// ---- Value

TEST(Value, CopyAssignmentToItselfKeepsTheValue) {
  Value n = i(7), f = Value::number(2.5), obj = s("held");
  Object* o = obj.obj();
  uint32_t count = o->m_refcnt;
  const Value& n_alias = n;
  const Value& f_alias = f;
  const Value& obj_alias = obj;
  n = n_alias;
  f = f_alias;
  obj = obj_alias;
  EXPECT_TRUE(n.is_int());
  EXPECT_EQ(n.as_int(), 7);
  EXPECT_TRUE(f.is_float());
  EXPECT_EQ(f.as_float(), 2.5);
  ASSERT_TRUE(obj.is_obj());
  EXPECT_EQ(obj.obj(), o);
  EXPECT_EQ(o->m_refcnt, count);
}

// ---- tuple

TEST(Tuple, HashMatchesCPython) {
  EXPECT_EQ(hash(t({i(1), i(2), i(3)})), 529344067295497451);  // hash((1,2,3))
  EXPECT_EQ(hash(t({})), 5740354900026072187);                   // hash(())
  EXPECT_EQ(hash(t({i(1)})), -6644214454873602895);              // hash((1,))
  EXPECT_EQ(hash(t({i(-1), i(int64_t{1} << 40)})), -3711624832768569648);  // hash((-1, 2**40))
  EXPECT_EQ(hash(t({t({i(1), i(2)}), t({i(3), i(4)})})), -1467267874458550984);  // hash(((1,2),(3,4)))
  EXPECT_EQ(hash(t({Value::number(1.5)})), 1701133413810848945);  // hash((1.5,))
  EXPECT_EQ(hash(t({Value::boolean(true), i(0)})), -5164621852614943976);  // hash((True, 0))
  EXPECT_EQ(hash(t({l({})})), -1);
  EXPECT_EQ(error(), "TypeError: unhashable type: 'list'");
}

TEST(Tuple, ReprIndexAndErrors) {
  EXPECT_EQ(r(t({i(1)})), "(1,)");
  EXPECT_EQ(r(t({})), "()");
  EXPECT_EQ(r(t({i(1), s("a")})), "(1, 'a')");
  Value tup = t({i(1), i(2), i(3)});
  EXPECT_EQ(r(get_item(tup, i(-1))), "3");
  EXPECT_EQ(r(get_item(tup, i(3))), "IndexError: tuple index out of range");
  EXPECT_EQ(r(get_item(tup, s("a"))), "TypeError: tuple indices must be integers or slices, not str");
  EXPECT_EQ(r(get_item(tup, new_slice(i(1), Value::none(), Value::none()))), "(2, 3)");
  EXPECT_EQ(r(binary_op(BinOp::Add, tup, l({}))), "TypeError: can only concatenate tuple (not \"list\") to tuple");
  EXPECT_EQ(r(binary_op(BinOp::Mul, tup, i(-1))), "()");
  EXPECT_EQ(r(binary_op(BinOp::Mul, i(2), t({i(1)}))), "(1, 1)");
  EXPECT_EQ(r(meth(tup, "index", {i(5)})), "ValueError: tuple.index(x): x not in tuple");
  EXPECT_EQ(r(meth(tup, "count")), "TypeError: tuple.count() takes exactly one argument (0 given)");
  EXPECT_EQ(r(rich_compare(t({i(1), s("a")}), t({i(1), i(2)}), CmpOp::Lt)),
            "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(r(rich_compare(t({i(1), i(2)}), t({i(1), i(2), i(0)}), CmpOp::Lt)), "True");
  EXPECT_EQ(r(call_type(&TupleType, {i(1), i(2)})), "TypeError: tuple expected at most 1 argument, got 2");
}

// ---- list

TEST(List, ReprRecursionAndMessages) {
  Value lst = ints({1});
  as_list(lst)->m_items.push_back(lst);  // l = [1]; l.append(l)
  EXPECT_EQ(r(lst), "[1, [...]]");
  as_list(lst)->m_items.clear();  // break the cycle
  EXPECT_EQ(r(get_item(ints({1}), i(1))), "IndexError: list index out of range");
  EXPECT_EQ(r(get_item(ints({1}), s("a"))), "TypeError: list indices must be integers or slices, not str");
  EXPECT_EQ(r(get_item(ints({1}), big("1180591620717411303424"))),
            "IndexError: cannot fit 'int' into an index-sized integer");
  EXPECT_EQ(r(binary_op(BinOp::Add, ints({1}), t({i(1)}))),
            "TypeError: can only concatenate list (not \"tuple\") to list");
  EXPECT_EQ(r(binary_op(BinOp::Mul, ints({1}), Value::number(1.5))),
            "TypeError: can't multiply sequence by non-int of type 'float'");
  EXPECT_EQ(r(binary_op(BinOp::Mul, Value::number(1.5), ints({1}))),
            "TypeError: can't multiply sequence by non-int of type 'float'");
  EXPECT_EQ(r(binary_op(BinOp::Add, i(1), ints({1}))),
            "TypeError: unsupported operand type(s) for +: 'int' and 'list'");
  EXPECT_EQ(r(meth(ints({1, 2}), "index", {i(3)})), "ValueError: 3 is not in list");
  EXPECT_EQ(r(meth(ints({1}), "remove", {i(3)})), "ValueError: list.remove(x): x not in list");
  EXPECT_EQ(r(meth(ints({}), "pop")), "IndexError: pop from empty list");
  EXPECT_EQ(r(meth(ints({1}), "pop", {i(5)})), "IndexError: pop index out of range");
  EXPECT_EQ(r(meth(ints({}), "insert", {i(1)})), "TypeError: insert expected 2 arguments, got 1");
  EXPECT_EQ(r(meth(ints({}), "append")), "TypeError: list.append() takes exactly one argument (0 given)");
  EXPECT_EQ(r(meth(ints({}), "sort", {i(1)})), "TypeError: sort() takes no positional arguments");
  EXPECT_EQ(r(call_type(&ListType, {i(1), i(2)})), "TypeError: list expected at most 1 argument, got 2");
}

TEST(List, SliceAssignmentAndDeletion) {
  Value a = range_list(0, 10);
  // a[2:5] = 'xy'
  ASSERT_EQ(set_item(a, new_slice(i(2), i(5), Value::none()), s("xy")), 0);
  EXPECT_EQ(r(a), "[0, 1, 'x', 'y', 5, 6, 7, 8, 9]");
  // a[::2] = [0] -> size error
  EXPECT_EQ(set_item(a, new_slice(Value::none(), Value::none(), i(2)), ints({0})), -1);
  EXPECT_EQ(error(), "ValueError: attempt to assign sequence of size 1 to extended slice of size 5");
  // a[::-3] = range(3)   (expected values: python3 running these statements in turn)
  ASSERT_EQ(set_item(a, new_slice(Value::none(), Value::none(), i(-3)), call_type(&RangeType, {i(3)})), 0);
  EXPECT_EQ(r(a), "[0, 1, 2, 'y', 5, 1, 7, 8, 0]");
  // del a[1::3]
  ASSERT_EQ(del_item(a, new_slice(i(1), Value::none(), i(3))), 0);
  EXPECT_EQ(r(a), "[0, 2, 'y', 1, 7, 0]");
  // del a[::-2]
  ASSERT_EQ(del_item(a, new_slice(Value::none(), Value::none(), i(-2))), 0);
  EXPECT_EQ(r(a), "[0, 'y', 7]");
  // a[5:1] = [7]  (inserts at 3)
  ASSERT_EQ(set_item(a, new_slice(i(5), i(1), Value::none()), ints({7})), 0);
  EXPECT_EQ(r(a), "[0, 'y', 7, 7]");
  // a[:] = a
  ASSERT_EQ(set_item(a, new_slice(Value::none(), Value::none(), Value::none()), a), 0);
  EXPECT_EQ(r(a), "[0, 'y', 7, 7]");
  EXPECT_EQ(set_item(a, new_slice(i(0), i(1), Value::none()), i(5)), -1);
  EXPECT_EQ(error(), "TypeError: can only assign an iterable");
  EXPECT_EQ(set_item(a, new_slice(i(0), i(1), i(0)), ints({})), -1);
  EXPECT_EQ(error(), "ValueError: slice step cannot be zero");
  EXPECT_EQ(set_item(a, i(9), i(0)), -1);
  EXPECT_EQ(error(), "IndexError: list assignment index out of range");
  // a += (5,); a *= 2
  a = inplace_op(BinOp::Add, a, t({i(5)}));
  a = inplace_op(BinOp::Mul, a, i(2));
  EXPECT_EQ(r(a), "[0, 'y', 7, 7, 5, 0, 'y', 7, 7, 5]");
}

Value first_item(const Value* args, size_t nargs, KwNames*) { return as_tuple(args[0])->m_items[0]; }

TEST(List, SortIsStableWithKeyAndReverse) {
  auto items = [] {
    const char* tags[] = {"a", "b", "c", "d", "e", "f", "g"};
    int64_t keys[] = {3, 1, 3, 2, 1, 3, 2};
    std::vector<Value> v;
    for (int k = 0; k < 7; ++k) v.push_back(t({i(keys[k]), s(tags[k])}));
    return v;
  };
  Value key = new_builtin("first", first_item);
  std::vector<Value> v = items();
  ASSERT_TRUE(sort_values(v, key, false));
  // sorted(items, key=lambda t: t[0])
  EXPECT_EQ(r(new_list(v)), "[(1, 'b'), (1, 'e'), (2, 'd'), (2, 'g'), (3, 'a'), (3, 'c'), (3, 'f')]");
  v = items();
  ASSERT_TRUE(sort_values(v, key, true));
  // sorted(items, key=lambda t: t[0], reverse=True)
  EXPECT_EQ(r(new_list(v)), "[(3, 'a'), (3, 'c'), (3, 'f'), (2, 'd'), (2, 'g'), (1, 'b'), (1, 'e')]");

  // sorted([3, 1.5, 2, -1, 2.0, True, 0], reverse=True): the generic path
  v = {i(3), Value::number(1.5), i(2), i(-1), Value::number(2.0), Value::boolean(true), i(0)};
  ASSERT_TRUE(sort_values(v, Value(), true));
  EXPECT_EQ(r(new_list(v)), "[3, 2, 2.0, 1.5, True, 0, -1]");
  // sorted(['b','a','ä','B','aa','']): the str path, code point order
  v = {s("b"), s("a"), s("\xc3\xa4"), s("B"), s("aa"), s("")};
  ASSERT_TRUE(sort_values(v, Value(), false));
  EXPECT_EQ(r(new_list(v)), "['', 'B', 'a', 'aa', 'b', 'ä']");

  // l.sort(reverse=True) through the method, on a long list of ints
  Value lst = range_list(0, 1000);
  for (int k = 0; k < 1000; ++k) as_list(lst)->m_items[k] = i((k * 7919) % 1000);
  Value rev = Value::boolean(true);
  Value kwt = t({s("reverse")});
  ASSERT_EQ(r(call(get_attr(lst, intern("sort")), &rev, 0, as_tuple(kwt))), "None");
  const std::vector<Value>& sorted = as_list(lst)->m_items;
  for (int k = 0; k < 1000; ++k) ASSERT_EQ(sorted[k].as_int(), 999 - k);

  // Tuple keys (the inline int/str comparisons) with mixed item types:
  // sorted([(1,'b'),(1,'a'),(0,'z'),(1,'a',0),(1.5,),(True,'x'),(1,),(0.5,'q'),(-1,'a')])
  auto tuples = [] {
    return std::vector<Value>{t({i(1), s("b")}),        t({i(1), s("a")}),         t({i(0), s("z")}),
                              t({i(1), s("a"), i(0)}),  t({Value::number(1.5)}),   t({Value::boolean(true), s("x")}),
                              t({i(1)}),                t({Value::number(0.5), s("q")}), t({i(-1), s("a")})};
  };
  v = tuples();
  ASSERT_TRUE(sort_values(v, Value(), false));
  EXPECT_EQ(r(new_list(v)),
            "[(-1, 'a'), (0, 'z'), (0.5, 'q'), (1,), (1, 'a'), (1, 'a', 0), (1, 'b'), (True, 'x'), (1.5,)]");
  v = tuples();
  ASSERT_TRUE(sort_values(v, Value(), true));
  EXPECT_EQ(r(new_list(v)),
            "[(1.5,), (True, 'x'), (1, 'b'), (1, 'a', 0), (1, 'a'), (1,), (0.5, 'q'), (0, 'z'), (-1, 'a')]");
  v = {t({i(1), s("a")}), t({i(1), i(2)})};
  EXPECT_FALSE(sort_values(v, Value(), false));
  EXPECT_EQ(error(), "TypeError: '<' not supported between instances of 'int' and 'str'");

  // A comparison that raises stops the sort and keeps every item.
  Value bad = l({i(3), s("a"), i(1)});
  EXPECT_EQ(r(meth(bad, "sort")), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(as_list(bad)->size(), 3u);
}

// ---- dict

TEST(Dict, InsertionOrderAfterDeletesAndReinserts) {
  Value d = new_dict();
  for (char c = 'a'; c <= 'j'; ++c) {
    char k[2] = {c, 0};
    ASSERT_EQ(dict_set(as_dict(d), s(k), i(c)), 0);
  }
  for (const char* k : {"c", "a", "j"}) ASSERT_EQ(dict_del(as_dict(d), s(k)), 0);
  dict_set(as_dict(d), s("a"), i(1));
  dict_set(as_dict(d), s("z"), i(0));
  dict_set(as_dict(d), s("c"), i(3));
  EXPECT_EQ(r(d), "{'b': 98, 'd': 100, 'e': 101, 'f': 102, 'g': 103, 'h': 104, 'i': 105, 'a': 1, 'z': 0, 'c': 3}");
  EXPECT_EQ(dict_del(as_dict(d), s("q")), -1);
  EXPECT_EQ(error(), "KeyError: 'q'");
  EXPECT_EQ(r(get_item(d, t({i(1), i(2)}))), "KeyError: (1, 2)");
  EXPECT_EQ(r(meth(d, "popitem")), "('c', 3)");
  EXPECT_EQ(r(meth(d, "popitem")), "('z', 0)");
  EXPECT_EQ(r(meth(new_dict(), "popitem")), "KeyError: 'popitem(): dictionary is empty'");
}

TEST(Dict, ManyKeysResize) {
  Value d = new_dict();
  DictObject* dp = as_dict(d);
  for (int64_t k = 0; k < 10000; ++k) ASSERT_EQ(dict_set(dp, i(k * 7 % 10007), i(k)), 0);
  std::vector<Value> doomed;
  size_t pos = 0;
  Value key;
  while (dict_next(dp, &pos, &key, nullptr))
    if (key.as_int() % 3 == 0) doomed.push_back(key);
  for (const Value& k : doomed) ASSERT_EQ(dict_del(dp, k), 0);
  EXPECT_EQ(dp->size(), 6666u);
  // list(d)[:8], d[7*5000 % 10007], list(d)[-3:]
  Value keys = dict_keys_list(dp);
  const std::vector<Value>& kv = as_list(keys)->m_items;
  EXPECT_EQ(r(new_list(std::vector<Value>(kv.begin(), kv.begin() + 8))), "[7, 14, 28, 35, 49, 56, 70, 77]");
  EXPECT_EQ(r(new_list(std::vector<Value>(kv.end() - 3, kv.end()))), "[9923, 9937, 9944]");
  EXPECT_EQ(r(dict_get(dp, i(7 * 5000 % 10007))), "5000");
  EXPECT_TRUE(dict_get(dp, i(21)).is_null());
  EXPECT_FALSE(error_pending());
  // Churn: many deletes and re-inserts keep the table bounded and correct.
  for (int round = 0; round < 50; ++round) {
    for (int64_t k = 0; k < 100; ++k) dict_set(dp, i(-k - 1), i(round));
    for (int64_t k = 0; k < 100; ++k) ASSERT_EQ(dict_del(dp, i(-k - 1)), 0);
  }
  EXPECT_EQ(dp->size(), 6666u);
  EXPECT_LT(dp->index_size(), 65536u);
  // Insert/delete churn (each insert reuses the dummy its key left) compacts
  // instead of growing the entries.
  Value churn = new_dict();
  for (int64_t k = 0; k < 100000; ++k) {
    ASSERT_EQ(dict_set(as_dict(churn), i(k % 2 ? 8 : 16), i(k)), 0);
    ASSERT_EQ(dict_del(as_dict(churn), i(k % 2 ? 8 : 16)), 0);
  }
  EXPECT_LE(as_dict(churn)->m_entries.size(), 8u);
  // popitem/insert cycles leave dummies behind; lookups of absent keys must end.
  Value small = new_dict();
  for (int64_t k = 0; k < 2000; ++k) {
    dict_set(as_dict(small), i(k), i(k));
    if (k % 2) {
      ASSERT_FALSE(meth(small, "popitem").is_null());
    }
  }
  EXPECT_EQ(as_dict(small)->size(), 1000u);
  EXPECT_TRUE(dict_get(as_dict(small), i(-5)).is_null());
}

TEST(Dict, StrKeysFastPathAndEqualStrings) {
  Value d = new_dict();
  StrObject* name = intern("spam");
  ASSERT_EQ(dict_set_str(as_dict(d), name, i(1)), 0);
  // A different str object with the same text finds the same entry.
  Value other = new_str(std::string("sp") + "am");
  ASSERT_NE(other.obj(), static_cast<Object*>(name));
  EXPECT_EQ(r(dict_get(as_dict(d), other)), "1");
  EXPECT_EQ(r(dict_get_str(as_dict(d), as_str(other))), "1");
  ASSERT_EQ(dict_set(as_dict(d), other, i(2)), 0);
  EXPECT_EQ(as_dict(d)->size(), 1u);
  EXPECT_EQ(r(dict_get_str(as_dict(d), name)), "2");
  EXPECT_TRUE(dict_get_str(as_dict(d), intern("eggs")).is_null());
  // Equal keys of different types share an entry: 1, 1.0 and True.
  Value n = new_dict();
  dict_set(as_dict(n), i(1), s("int"));
  dict_set(as_dict(n), Value::number(1.0), s("float"));
  dict_set(as_dict(n), Value::boolean(true), s("bool"));
  EXPECT_EQ(r(n), "{1: 'bool'}");
  EXPECT_EQ(dict_set(as_dict(n), l({}), i(0)), -1);
  EXPECT_EQ(error(), "TypeError: unhashable type: 'list'");
}

TEST(Dict, ConstructorsViewsAndOperators) {
  Value pairs = l({t({s("a"), i(1)}), l({s("b"), i(2)})});
  Value d = call_type(&DictType, {pairs});
  EXPECT_EQ(r(d), "{'a': 1, 'b': 2}");
  EXPECT_EQ(r(call_type(&DictType, {ints({1})})),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  EXPECT_EQ(r(call_type(&DictType, {l({ints({1})})})),
            "ValueError: dictionary update sequence element #0 has length 1; 2 is required");
  EXPECT_EQ(r(call_type(&DictType, {i(1), i(2)})), "TypeError: dict expected at most 1 argument, got 2");
  EXPECT_EQ(r(meth(d, "keys")), "dict_keys(['a', 'b'])");
  EXPECT_EQ(r(meth(d, "values")), "dict_values([1, 2])");
  EXPECT_EQ(r(meth(d, "items")), "dict_items([('a', 1), ('b', 2)])");
  EXPECT_EQ(listed(call_type(&ReversedType, {d})), "['b', 'a']");
  Value merged = binary_op(BinOp::BitOr, d, call_type(&DictType, {l({t({s("a"), i(9)}), t({s("c"), i(3)})})}));
  EXPECT_EQ(r(merged), "{'a': 9, 'b': 2, 'c': 3}");
  EXPECT_EQ(r(rich_compare(d, merged, CmpOp::Eq)), "False");
  EXPECT_EQ(r(rich_compare(d, dict_copy(as_dict(d)), CmpOp::Eq)), "True");
  EXPECT_EQ(r(meth(d, "pop", {s("zz"), i(0)})), "0");
  EXPECT_EQ(r(meth(d, "pop", {s("zz")})), "KeyError: 'zz'");
  EXPECT_EQ(r(meth(d, "setdefault", {s("b"), i(7)})), "2");
  EXPECT_EQ(r(meth(d, "get")), "TypeError: get expected at least 1 argument, got 0");
  // {'a':1}.keys() & {'a'}, | ['b'], ^ {'b'}
  Value one = call_type(&DictType, {l({t({s("a"), i(1)})})});
  Value keys = meth(one, "keys");
  EXPECT_EQ(r(binary_op(BinOp::BitAnd, keys, make_set(l({s("a")})))), "{'a'}");
  EXPECT_EQ(r(binary_op(BinOp::Sub, keys, make_set(l({s("a")})))), "set()");
  EXPECT_EQ(r(rich_compare(keys, make_set(l({s("a")})), CmpOp::Eq)), "True");
  EXPECT_EQ(contains(meth(one, "items"), t({s("a"), i(1)})), 1);
  // Mutating while iterating is caught.
  Value it = get_iter(d);
  ASSERT_FALSE(iter_next(it).is_null());
  dict_set(as_dict(d), s("new"), i(0));
  EXPECT_TRUE(iter_next(it).is_null());
  EXPECT_EQ(error(), "RuntimeError: dictionary changed size during iteration");
  // Recursive repr.
  dict_set(as_dict(d), s("self"), d);
  EXPECT_EQ(r(d), "{'a': 1, 'b': 2, 'new': 0, 'self': {...}}");
  dict_clear(as_dict(d));
}

// ---- set

std::string set_order(const Value& set) { return listed(set); }

TEST(Set, IterationOrderMatchesCPython) {
  // list(set([5,3,1,100,7,64]))
  EXPECT_EQ(set_order(make_set(ints({5, 3, 1, 100, 7, 64}))), "[64, 1, 3, 100, 5, 7]");
  // list(set([-1,-2,8,16]))
  EXPECT_EQ(set_order(make_set(ints({-1, -2, 8, 16}))), "[8, 16, -1, -2]");
  // s=set(range(20)); discard 0,2,4,6,8; add 100, 33, 64
  Value a = make_set(range_list(0, 20));
  for (int64_t x = 0; x < 10; x += 2) ASSERT_EQ(set_discard(as_set(a), i(x)), 1);
  for (int64_t x : {100, 33, 64}) ASSERT_EQ(set_add(as_set(a), i(x)), 0);
  EXPECT_EQ(set_order(a), "[1, 3, 5, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 33, 64, 100]");
  // list(set([1000,2000,3000,8,16,24,32,40,48,56,64]))
  EXPECT_EQ(set_order(make_set(ints({1000, 2000, 3000, 8, 16, 24, 32, 40, 48, 56, 64}))),
            "[32, 64, 1000, 8, 40, 16, 2000, 48, 3000, 24, 56]");
  // s=set(range(0,200,7)); five pops; add 1000, 3, 5
  Value e = make_set(range_list(0, 200, 7));
  std::string popped;
  for (int k = 0; k < 5; ++k) popped += r(meth(e, "pop")) + " ";
  EXPECT_EQ(popped, "0 133 7 140 14 ");
  for (int64_t x : {1000, 3, 5}) set_add(as_set(e), i(x));
  EXPECT_EQ(set_order(e),
            "[3, 5, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 77, 84, 91, 98, "
            "1000, 105, 112, 119, 126]");
  // s=set(range(50)); s.difference_update(range(0,50,3)): the dummies are resized away
  Value f = make_set(range_list(0, 50));
  ASSERT_FALSE(meth(f, "difference_update", {call_type(&RangeType, {i(0), i(50), i(3)})}).is_null());
  EXPECT_EQ(set_order(f),
            "[1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, "
            "40, 41, 43, 44, 46, 47, 49]");
  // list(set([-5, 2**40, 2**61-1, 2**61, -2**61, 12345678901]))
  EXPECT_EQ(set_order(make_set(ints({-5, int64_t{1} << 40, (int64_t{1} << 61) - 1, int64_t{1} << 61,
                                     -(int64_t{1} << 61), 12345678901}))),
            "[1099511627776, 2305843009213693951, 2305843009213693952, 12345678901, -5, -2305843009213693952]");
}

TEST(Set, DisplaysFollowCPythonConstantFolding) {
  // x = 1; print({1,9,17,25,33,41}, {x,9,17,25,33,41})
  Value items = ints({1, 9, 17, 25, 33, 41});
  EXPECT_EQ(r(new_set_display(as_list(items)->m_items, true)), "{1, 33, 17, 25, 41, 9}");
  EXPECT_EQ(r(new_set_display(as_list(items)->m_items, false)), "{1, 33, 9, 41, 17, 25}");
  // print({1, 2, -1, 7, 64, 32, 3})
  Value more = ints({1, 2, -1, 7, 64, 32, 3});
  EXPECT_EQ(r(new_set_display(as_list(more)->m_items, true)), "{64, 1, 2, 32, 3, 7, -1}");
  EXPECT_EQ(r(new_set_display({l({})}, false)), "TypeError: unhashable type: 'list'");
}

TEST(Set, OperatorsKeepCPythonOrder) {
  auto S = [](int64_t a, int64_t b, int64_t step = 1) { return make_set(range_list(a, b, step)); };
  // set(range(10)) ^ set(range(5,15))
  EXPECT_EQ(set_order(binary_op(BinOp::BitXor, S(0, 10), S(5, 15))), "[0, 1, 2, 3, 4, 10, 11, 12, 13, 14]");
  // set([1,9,17,25]) | set([33,2])
  EXPECT_EQ(set_order(binary_op(BinOp::BitOr, make_set(ints({1, 9, 17, 25})), make_set(ints({33, 2})))),
            "[1, 17, 33, 2, 25, 9]");
  // set(range(30)) - set(range(0,30,2))
  EXPECT_EQ(set_order(binary_op(BinOp::Sub, S(0, 30), S(0, 30, 2))),
            "[1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29]");
  // set(range(0,40,3)) & set(range(0,40,2))
  EXPECT_EQ(set_order(binary_op(BinOp::BitAnd, S(0, 40, 3), S(0, 40, 2))), "[0, 36, 6, 12, 18, 24, 30]");
  // list(set(range(100)) - set([1,2,3]))[:3]
  Value h5 = binary_op(BinOp::Sub, S(0, 100), make_set(ints({1, 2, 3})));
  EXPECT_EQ(r(get_item(call_type(&ListType, {h5}), new_slice(Value::none(), i(3), Value::none()))), "[0, 4, 5]");
  // set([8,16,24]).symmetric_difference([32,8,40])
  EXPECT_EQ(set_order(meth(make_set(ints({8, 16, 24})), "symmetric_difference", {ints({32, 8, 40})})),
            "[32, 16, 40, 24]");
  EXPECT_EQ(r(binary_op(BinOp::BitOr, make_set(ints({})), ints({}))),
            "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
  EXPECT_EQ(r(rich_compare(make_set(ints({1})), i(3), CmpOp::Lt)),
            "TypeError: '<' not supported between instances of 'set' and 'int'");
  EXPECT_EQ(r(rich_compare(make_set(ints({1})), make_set(ints({1, 2})), CmpOp::Lt)), "True");
  Value fs = call_type(&FrozenSetType, {ints({1})});
  EXPECT_EQ(r(binary_op(BinOp::BitOr, fs, make_set(ints({2})))), "frozenset({1, 2})");
  EXPECT_EQ(r(binary_op(BinOp::BitOr, make_set(ints({2})), fs)), "{1, 2}");
  EXPECT_EQ(r(rich_compare(fs, make_set(ints({1})), CmpOp::Eq)), "True");
}

TEST(Set, HashReprAndErrors) {
  EXPECT_EQ(hash(call_type(&FrozenSetType, {ints({1, 2, 3})})), -272375401224217160);
  EXPECT_EQ(hash(call_type(&FrozenSetType, {range_list(0, 10)})), 3895031357313128696);
  EXPECT_EQ(hash(call_type(&FrozenSetType, {})), 133146708735736);
  EXPECT_EQ(r(make_set(ints({}))), "set()");
  EXPECT_EQ(r(call_type(&FrozenSetType, {})), "frozenset()");
  EXPECT_EQ(hash(make_set(ints({}))), -1);
  EXPECT_EQ(error(), "TypeError: unhashable type: 'set'");
  EXPECT_EQ(r(meth(make_set(ints({})), "pop")), "KeyError: 'pop from an empty set'");
  EXPECT_EQ(r(meth(make_set(ints({})), "remove", {t({i(1)})})), "KeyError: (1,)");
  EXPECT_EQ(r(meth(make_set(ints({})), "add", {l({})})), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(r(call_type(&SetType, {i(1), i(2)})), "TypeError: set expected at most 1 argument, got 2");
  // A set is looked up as the equal frozenset.
  Value nested = make_set(l({call_type(&FrozenSetType, {ints({1})})}));
  EXPECT_EQ(contains(nested, make_set(ints({1}))), 1);
  Value a = make_set(ints({1, 2}));
  Value it = get_iter(a);
  ASSERT_FALSE(iter_next(it).is_null());
  set_add(as_set(a), i(3));
  EXPECT_TRUE(iter_next(it).is_null());
  EXPECT_EQ(error(), "RuntimeError: Set changed size during iteration");
}

// ---- slice and range

struct SliceCase {
  Value start, stop, step;
  int64_t length;
  int64_t want_start, want_stop, want_step, want_count;
};

TEST(Slice, IndicesMatchCPython) {
  Value N = Value::none();
  Value B = big("1000000000000000000000000000000");
  Value mB = big("-1000000000000000000000000000000");
  // slice(*args).indices(n) and len(range(*that)), from python3
  std::vector<SliceCase> cases = {
      {N, N, N, 10, 0, 10, 1, 10},      {N, N, i(-1), 10, 9, -1, -1, 10}, {i(-3), N, N, 10, 7, 10, 1, 3},
      {N, i(-3), N, 5, 0, 2, 1, 2},     {i(2), i(8), i(3), 10, 2, 8, 3, 2}, {i(8), i(2), i(-3), 10, 8, 2, -3, 2},
      {i(-100), i(100), N, 7, 0, 7, 1, 7}, {i(100), i(-100), i(-1), 7, 6, -1, -1, 7}, {B, N, N, 5, 5, 5, 1, 0},
      {mB, B, N, 5, 0, 5, 1, 5},        {i(5), i(1), N, 10, 5, 1, 1, 0},  {i(1), i(5), i(-1), 10, 1, 5, -1, 0},
      {i(0), i(0), N, 0, 0, 0, 1, 0},   {N, N, i(2), 0, 0, 0, 2, 0},     {i(-1), i(-11), i(-2), 10, 9, -1, -2, 5},
      {i(3), N, i(-2), 3, 2, -1, -2, 2},
  };
  for (const SliceCase& c : cases) {
    Value sl = new_slice(c.start, c.stop, c.step);
    int64_t start, stop, step, count;
    ASSERT_TRUE(slice_indices(sl.as<SliceObject>(), c.length, &start, &stop, &step, &count)) << r(sl);
    EXPECT_EQ(start, c.want_start) << r(sl);
    EXPECT_EQ(stop, c.want_stop) << r(sl);
    EXPECT_EQ(step, c.want_step) << r(sl);
    EXPECT_EQ(count, c.want_count) << r(sl);
    EXPECT_EQ(r(meth(sl, "indices", {i(c.length)})),
              r(t({i(c.want_start), i(c.want_stop), i(c.want_step)})));
  }
  // slice(None, None, -10**30).indices(5) -> (4, -1, ...), one element
  int64_t start, stop, step, count;
  ASSERT_TRUE(slice_indices(new_slice(N, N, mB).as<SliceObject>(), 5, &start, &stop, &step, &count));
  EXPECT_EQ(start, 4);
  EXPECT_EQ(stop, -1);
  EXPECT_EQ(count, 1);
  EXPECT_EQ(r(new_slice(i(1), i(2), N)), "slice(1, 2, None)");
  EXPECT_EQ(r(meth(new_slice(N, i(1), N), "indices", {i(-1)})), "ValueError: length should not be negative");
  EXPECT_EQ(r(get_item(ints({1, 2}), new_slice(N, N, i(0)))), "ValueError: slice step cannot be zero");
  EXPECT_EQ(r(get_item(ints({1, 2}), new_slice(s("a"), N, N))),
            "TypeError: slice indices must be integers or None or have an __index__ method");
  EXPECT_EQ(r(get_attr(new_slice(i(1), i(2), i(3)), intern("step"))), "3");
}

TEST(Range, LengthsIndicesAndSlices) {
  struct Case {
    int64_t a, b, c;
    const char* repr;
    int64_t len;
    const char* items;
    const char* rev2;    // r[::-2]
    const char* inner;   // r[1:-1]
  };
  // python3: r, len(r), list(r), r[::-2], r[1:-1]
  Case cases[] = {
      {10, -10, -3, "range(10, -10, -3)", 7, "[10, 7, 4, 1, -2, -5, -8]", "range(-8, 13, 6)", "range(7, -8, -3)"},
      {0, 0, 1, "range(0, 0)", 0, "[]", "range(-1, -1, -2)", "range(0, 0)"},
      {-5, 5, 3, "range(-5, 5, 3)", 4, "[-5, -2, 1, 4]", "range(4, -8, -6)", "range(-2, 4, 3)"},
      {5, -5, -3, "range(5, -5, -3)", 4, "[5, 2, -1, -4]", "range(-4, 8, 6)", "range(2, -4, -3)"},
      {1, 2, 5, "range(1, 2, 5)", 1, "[1]", "range(1, -4, -10)", "range(6, 1, 5)"},
      {-1, -100, -7, "range(-1, -100, -7)", 15,
       "[-1, -8, -15, -22, -29, -36, -43, -50, -57, -64, -71, -78, -85, -92, -99]", "range(-99, 6, 14)",
       "range(-8, -99, -7)"},
  };
  Value N = Value::none();
  for (const Case& c : cases) {
    Value rg = call_type(&RangeType, {i(c.a), i(c.b), i(c.c)});
    EXPECT_EQ(r(rg), c.repr);
    EXPECT_EQ(length(rg), c.len) << c.repr;
    EXPECT_EQ(listed(rg), c.items);
    EXPECT_EQ(r(get_item(rg, new_slice(N, N, i(-2)))), c.rev2);
    EXPECT_EQ(r(get_item(rg, new_slice(i(1), i(-1), N))), c.inner);
    // Every index, negative ones too, agrees with the listed items.
    Value as_list_value = call_type(&ListType, {rg});
    for (int64_t k = -c.len; k < c.len; ++k)
      EXPECT_EQ(r(get_item(rg, i(k))), r(get_item(as_list_value, i(k)))) << c.repr << "[" << k << "]";
    EXPECT_EQ(r(get_item(rg, i(c.len))), "IndexError: range object index out of range");
    Value backwards = call_type(&ListType, {rg});
    ASSERT_FALSE(meth(backwards, "reverse").is_null());
    EXPECT_EQ(listed(call_type(&ReversedType, {rg})), r(backwards)) << c.repr;
  }
  // [x in range(10,-10,-3) for x in [10,7,-8,-9,-10,11,4,5]]
  Value rg = call_type(&RangeType, {i(10), i(-10), i(-3)});
  std::string got;
  for (int64_t x : {10, 7, -8, -9, -10, 11, 4, 5}) got += contains(rg, i(x)) ? "T" : "F";
  EXPECT_EQ(got, "TTTFFFTF");
  EXPECT_EQ(contains(call_type(&RangeType, {i(3)}), Value::number(1.0)), 1);
  EXPECT_EQ(r(meth(call_type(&RangeType, {i(3)}), "index", {i(5)})), "ValueError: 5 is not in range");
  EXPECT_EQ(r(call_type(&RangeType, {i(1), i(2), i(0)})), "ValueError: range() arg 3 must not be zero");
  EXPECT_EQ(r(call_type(&RangeType, {})), "TypeError: range expected at least 1 argument, got 0");
  EXPECT_EQ(r(call_type(&RangeType, {Value::number(1.5)})),
            "TypeError: 'float' object cannot be interpreted as an integer");
  // hash(range(3)), hash(range(0,10,2)). (Ranges of length 0 or 1 hash a tuple
  // holding None, whose hash is address-based in CPython 3.11: no fixed oracle.)
  EXPECT_EQ(hash(call_type(&RangeType, {i(3)})), -8338477496398685190);
  EXPECT_EQ(hash(call_type(&RangeType, {i(0), i(10), i(2)})), -6143170332311272345);
  EXPECT_EQ(r(rich_compare(call_type(&RangeType, {i(0), i(3), i(2)}), call_type(&RangeType, {i(0), i(4), i(2)}),
                           CmpOp::Eq)),
            "True");
}

TEST(Range, BeyondInt64) {
  Value N = Value::none();
  Value two70 = big("1180591620717411303424");  // 2**70
  Value two69 = big("590295810358705651712");
  Value two64 = big("18446744073709551616");
  Value r70 = call_type(&RangeType, {two70});
  EXPECT_EQ(r(r70), "range(0, 1180591620717411303424)");
  EXPECT_EQ(length(r70), -1);
  EXPECT_EQ(error(), "OverflowError: Python int too large to convert to C ssize_t");
  EXPECT_EQ(r(get_item(r70, i(-1))), "1180591620717411303423");
  EXPECT_EQ(r(get_item(r70, new_slice(two69, N, N))), "range(590295810358705651712, 1180591620717411303424)");
  EXPECT_EQ(r(get_item(r70, new_slice(N, N, i(-1)))), "range(1180591620717411303423, -1, -1)");
  EXPECT_EQ(contains(call_type(&RangeType, {i(0), two70, i(2)}), two69), 1);
  EXPECT_EQ(r(meth(r70, "index", {i(5)})), "5");
  EXPECT_EQ(r(meth(r70, "index", {i(-1)})), "ValueError: -1 is not in range");
  EXPECT_EQ(r(rich_compare(r70, call_type(&RangeType, {i(0), two70}), CmpOp::Eq)), "True");
  EXPECT_EQ(r(get_attr(r70, intern("start"))), "0");
  // list(reversed(range(2**64, 2**64+3)))
  Value r64 = call_type(&RangeType, {two64, binary_op(BinOp::Add, two64, i(3))});
  EXPECT_EQ(listed(call_type(&ReversedType, {r64})),
            "[18446744073709551618, 18446744073709551617, 18446744073709551616]");
  // Huge keys on an int64 range.
  Value r10 = call_type(&RangeType, {i(10)});
  EXPECT_EQ(r(get_item(call_type(&RangeType, {i(5)}), two70)), "IndexError: range object index out of range");
  EXPECT_EQ(r(get_item(r10, new_slice(N, N, two70))), "range(0, 10, 1180591620717411303424)");
  // slice(-10**30, 10**30, -10**30).indices(5)
  Value B = big("1000000000000000000000000000000");
  Value mB = big("-1000000000000000000000000000000");
  EXPECT_EQ(r(meth(new_slice(mB, B, mB), "indices", {i(5)})), "(-1, 4, -1000000000000000000000000000000)");
}

// ---- lazy iterators

Value identity_pair(const Value* args, size_t nargs, KwNames*) { return t({args[0], args[1]}); }

TEST(Iterators, EnumerateZipMapFilterReversed) {
  Value abc = s("abc");
  EXPECT_EQ(listed(call_type(&EnumerateType, {abc})), "[(0, 'a'), (1, 'b'), (2, 'c')]");
  Value kwt = t({s("start")});
  Value args[2] = {abc, i(5)};
  EXPECT_EQ(listed(call(Value::borrow(&EnumerateType), args, 1, as_tuple(kwt))), "[(5, 'a'), (6, 'b'), (7, 'c')]");
  EXPECT_EQ(listed(call_type(&ZipType, {ints({1, 2, 3}), abc})), "[(1, 'a'), (2, 'b'), (3, 'c')]");
  EXPECT_EQ(listed(call_type(&ZipType, {})), "[]");
  Value strict = t({s("strict")});
  Value zargs[3] = {ints({1, 2}), ints({1, 2}), Value::boolean(true)};
  zargs[1] = ints({1});
  EXPECT_EQ(listed(call(Value::borrow(&ZipType), zargs, 2, as_tuple(strict))),
            "ValueError: zip() argument 2 is shorter than argument 1");
  Value zargs3[4] = {ints({1, 2}), ints({1, 2}), ints({1}), Value::boolean(true)};
  EXPECT_EQ(listed(call(Value::borrow(&ZipType), zargs3, 3, as_tuple(strict))),
            "ValueError: zip() argument 3 is shorter than arguments 1-2");
  Value zargs4[3] = {ints({1}), ints({1, 2}), Value::boolean(true)};
  EXPECT_EQ(listed(call(Value::borrow(&ZipType), zargs4, 2, as_tuple(strict))),
            "ValueError: zip() argument 2 is longer than argument 1");
  Value pair = new_builtin("pair", identity_pair);
  EXPECT_EQ(listed(call_type(&MapType, {pair, ints({1, 2, 3}), abc})), "[(1, 'a'), (2, 'b'), (3, 'c')]");
  EXPECT_EQ(r(call_type(&MapType, {pair})), "TypeError: map() must have at least two arguments.");
  EXPECT_EQ(listed(call_type(&FilterType, {Value::none(), ints({0, 1, 0, 2, 3, 0})})), "[1, 2, 3]");
  EXPECT_EQ(r(call_type(&FilterType, {Value::none()})), "TypeError: filter expected 2 arguments, got 1");
  EXPECT_EQ(listed(call_type(&ReversedType, {abc})), "['c', 'b', 'a']");
  EXPECT_EQ(listed(call_type(&ReversedType, {t({i(1), i(2)})})), "[2, 1]");
  EXPECT_EQ(listed(call_type(&ReversedType, {ints({1, 2, 3})})), "[3, 2, 1]");
  EXPECT_EQ(r(call_type(&ReversedType, {i(1)})), "TypeError: 'int' object is not reversible");
  EXPECT_EQ(r(call_type(&ReversedType, {})), "TypeError: reversed expected 1 argument, got 0");
  // A list iterator sees appends made during iteration.
  Value lst = ints({1});
  Value it = get_iter(lst);
  EXPECT_EQ(r(iter_next(it)), "1");
  as_list(lst)->m_items.push_back(i(2));
  EXPECT_EQ(r(iter_next(it)), "2");
  EXPECT_TRUE(iter_next(it).is_null());
  EXPECT_FALSE(error_pending());
}

}  // namespace
}  // namespace hotpy
