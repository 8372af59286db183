// The builtins module, file objects and sys, called through the C++ API (no
// evaluator needed): sorted/min/max/sum, chr/ord/hex/bin, print, open() round trips.
//
// Every expected value below was printed by python3 (3.11) running the Python shown
// in the comment next to it; none was copied from hotpy's output.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "builtins/builtins.h"
#include "modules/import.h"
#include "modules/modules_state.h"
#include "modules/io.h"
#include "modules/native.h"
#include "modules/sys.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/gc.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

class Env : public ::testing::Environment {
 public:
  void SetUp() override {
    init_modules_state();  // the bare interpreter (bare_interpreter.cpp) has no modules part
    if (!ts->gc) init_gc();  // nor a collector: io.UnsupportedOperation is a class made at run time
    init_types();
    init_builtins_module();
  }
};
const auto* const env = ::testing::AddGlobalTestEnvironment(new Env);

// ---- helpers

Value i(int64_t v) { return Value::integer(v); }
Value s(const char* text) { return new_str(text); }
Value l(std::vector<Value> items) { return new_list(std::move(items)); }
Value big(const char* digits) { return int_from_string(digits, 10); }

Value builtin(const char* name) {
  Value m = init_builtins_module();
  Value f = dict_get_str(m.as<ModuleObject>()->m_dict, intern(name));
  EXPECT_FALSE(f.is_null()) << name;
  return f;
}

struct Kw {
  const char* name;
  Value value;
};

// builtins.<name>(*pos, **kw)
Value callb(const char* name, std::vector<Value> pos, std::vector<Kw> kw = {}) {
  Value f = builtin(name);
  std::vector<Value> all = pos;
  std::vector<Value> names;
  for (Kw& k : kw) {
    names.push_back(interned(k.name));
    all.push_back(k.value);
  }
  Value kwt = names.empty() ? Value() : new_tuple(std::move(names));
  return call(f, all.data(), pos.size(), kwt.is_null() ? nullptr : kwt.as<TupleObject>());
}

// "Type: message" of the pending exception (and clears it), or "" if none.
std::string error() {
  if (!error_pending()) return "";
  Value e = fetch_error();
  std::string msg = str_text(e);
  return type_name(e) + (msg.empty() ? "" : ": " + msg);
}

// repr of a result, or the error it raised.
std::string r(const Value& v) {
  if (v.is_null()) return "!" + error();
  return repr_text(v);
}

std::string temp_dir() {
  static std::string dir;
  if (dir.empty()) {
    char tmpl[] = "/tmp/hotpy-builtins-XXXXXX";
    dir = mkdtemp(tmpl);
  }
  return dir;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Value method(const Value& obj, const char* name, std::vector<Value> args = {}) {
  return call_method(obj, intern(name), args.data(), args.size());
}

// ---- sorted

TEST(Sorted, Basics) {
  EXPECT_EQ(r(callb("sorted", {l({i(3), i(1), i(2)})})), "[1, 2, 3]");
  // sorted([3,1,2], reverse=True)
  EXPECT_EQ(r(callb("sorted", {l({i(3), i(1), i(2)})}, {{"reverse", Value::boolean(true)}})), "[3, 2, 1]");
  // sorted([3,1,2], key=None, reverse=1)
  EXPECT_EQ(r(callb("sorted", {l({i(3), i(1), i(2)})}, {{"key", Value::none()}, {"reverse", i(1)}})), "[3, 2, 1]");
  // sorted("bca")
  EXPECT_EQ(r(callb("sorted", {s("bca")})), "['a', 'b', 'c']");
  // sorted([2, 1], key=abs) -- a builtin as key
  EXPECT_EQ(r(callb("sorted", {l({i(-3), i(1), i(2)})}, {{"key", builtin("abs")}})), "[1, 2, -3]");
}

TEST(Sorted, Errors) {
  EXPECT_EQ(r(callb("sorted", {})), "!TypeError: sorted expected 1 argument, got 0");
  EXPECT_EQ(r(callb("sorted", {l({}), i(1)})), "!TypeError: sorted expected 1 argument, got 2");
  EXPECT_EQ(r(callb("sorted", {l({})}, {{"foo", i(1)}})), "!TypeError: 'foo' is an invalid keyword argument for sort()");
  EXPECT_EQ(r(callb("sorted", {i(1)})), "!TypeError: 'int' object is not iterable");
  EXPECT_EQ(r(callb("sorted", {l({i(1), s("a")})})),
            "!TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(r(callb("sorted", {l({})}, {{"reverse", Value::none()}})),
            "!TypeError: 'NoneType' object cannot be interpreted as an integer");
}

// ---- min / max

TEST(MinMax, Values) {
  EXPECT_EQ(r(callb("min", {i(3), i(1), i(2)})), "1");
  EXPECT_EQ(r(callb("max", {i(3), i(1), i(2)})), "3");
  EXPECT_EQ(r(callb("max", {s("hello")})), "'o'");
  EXPECT_EQ(r(callb("min", {l({Value::number(2.5), i(1)})})), "1");
  // max(['apple', 'fig', 'banana'], key=len)
  EXPECT_EQ(r(callb("max", {l({s("apple"), s("fig"), s("banana")})}, {{"key", builtin("len")}})), "'banana'");
  // min(['apple', 'fig', 'kiwi'], key=len)
  EXPECT_EQ(r(callb("min", {l({s("apple"), s("fig"), s("kiwi")})}, {{"key", builtin("len")}})), "'fig'");
  // max([1, 3, 3.0]) keeps the first maximum
  EXPECT_EQ(r(callb("max", {l({i(1), i(3), Value::number(3.0)})})), "3");
  EXPECT_EQ(r(callb("max", {l({})}, {{"default", s("empty")}})), "'empty'");
  EXPECT_EQ(r(callb("min", {l({})}, {{"default", Value::none()}})), "None");
  EXPECT_EQ(r(callb("max", {l({i(3), i(1)})}, {{"key", Value::none()}})), "3");
  // min([1, 2], [3])
  EXPECT_EQ(r(callb("min", {l({i(1), i(2)}), l({i(3)})})), "[1, 2]");
}

TEST(MinMax, Errors) {
  EXPECT_EQ(r(callb("max", {})), "!TypeError: max expected at least 1 argument, got 0");
  EXPECT_EQ(r(callb("min", {})), "!TypeError: min expected at least 1 argument, got 0");
  EXPECT_EQ(r(callb("max", {l({})})), "!ValueError: max() arg is an empty sequence");
  EXPECT_EQ(r(callb("min", {l({})})), "!ValueError: min() arg is an empty sequence");
  EXPECT_EQ(r(callb("max", {i(1)})), "!TypeError: 'int' object is not iterable");
  EXPECT_EQ(r(callb("max", {i(1), i(2)}, {{"default", i(3)}})),
            "!TypeError: Cannot specify a default for max() with multiple positional arguments");
  EXPECT_EQ(r(callb("min", {i(1), i(2)}, {{"foo", i(3)}})),
            "!TypeError: 'foo' is an invalid keyword argument for min()");
  EXPECT_EQ(r(callb("max", {s("a"), i(1)})), "!TypeError: '>' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(r(callb("min", {i(1), s("a")})), "!TypeError: '<' not supported between instances of 'str' and 'int'");
  // min([1], key=len)
  EXPECT_EQ(r(callb("min", {l({i(1)})}, {{"key", builtin("len")}})), "!TypeError: object of type 'int' has no len()");
}

// ---- sum

TEST(Sum, Values) {
  EXPECT_EQ(r(callb("sum", {l({i(1), i(2), i(3)})})), "6");
  EXPECT_EQ(r(callb("sum", {l({Value::number(0.5), Value::number(0.25)})})), "0.75");
  EXPECT_EQ(r(callb("sum", {l({}), i(10)})), "10");
  EXPECT_EQ(r(callb("sum", {l({l({i(1)}), l({i(2)})}), l({})})), "[1, 2]");
  EXPECT_EQ(r(callb("sum", {l({i(1)})}, {{"start", i(2)}})), "3");
  // sum([2**62, 2**62]): leaves the int64 fast path exactly
  EXPECT_EQ(r(callb("sum", {l({big("4611686018427387904"), big("4611686018427387904")})})), "9223372036854775808");
  // sum([1, 2.5, 2**70])
  EXPECT_EQ(r(callb("sum", {l({i(1), Value::number(2.5), big("1180591620717411303424")})})), "1.1805916207174113e+21");
  // sum([0.1]*10): plain left-to-right addition in 3.11
  std::vector<Value> tenths(10, Value::number(0.1));
  EXPECT_EQ(r(callb("sum", {l(tenths)})), "0.9999999999999999");
  // sum([1, 2], 0.5); sum([], True); sum([True, True])
  EXPECT_EQ(r(callb("sum", {l({i(1), i(2)}), Value::number(0.5)})), "3.5");
  EXPECT_EQ(r(callb("sum", {l({}), Value::boolean(true)})), "True");
  EXPECT_EQ(r(callb("sum", {l({Value::boolean(true), Value::boolean(true)})})), "2");
  // sum([9223372036854775807, 1, -5])
  EXPECT_EQ(r(callb("sum", {l({i(INT64_MAX), i(1), i(-5)})})), "9223372036854775803");
}

TEST(Sum, Errors) {
  EXPECT_EQ(r(callb("sum", {})), "!TypeError: sum() takes at least 1 positional argument (0 given)");
  EXPECT_EQ(r(callb("sum", {l({s("a")}), s("x")})), "!TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  EXPECT_EQ(r(callb("sum", {l({}), new_bytes("")})), "!TypeError: sum() can't sum bytes [use b''.join(seq) instead]");
  EXPECT_EQ(r(callb("sum", {i(1)})), "!TypeError: 'int' object is not iterable");
  EXPECT_EQ(r(callb("sum", {l({i(1), s("a")})})), "!TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(r(callb("sum", {l({}), i(1), i(2)})), "!TypeError: sum() takes at most 2 arguments (3 given)");
  EXPECT_EQ(r(callb("sum", {l({i(1)}), i(2)}, {{"start", i(3)}})),
            "!TypeError: sum() takes at most 2 arguments (3 given)");
}

TEST(AnyAll, Values) {
  EXPECT_EQ(r(callb("any", {l({i(0), s(""), Value::none()})})), "False");
  EXPECT_EQ(r(callb("any", {l({i(0), i(1)})})), "True");
  EXPECT_EQ(r(callb("all", {l({})})), "True");
  EXPECT_EQ(r(callb("all", {l({i(1), i(0)})})), "False");
  EXPECT_EQ(r(callb("all", {})), "!TypeError: all() takes exactly one argument (0 given)");
  EXPECT_EQ(r(callb("any", {i(1)})), "!TypeError: 'int' object is not iterable");
}

// ---- characters and number conversions

TEST(Chr, Ord) {
  EXPECT_EQ(r(callb("chr", {i(65)})), "'A'");
  EXPECT_EQ(r(callb("chr", {i(233)})), "'é'");
  EXPECT_EQ(r(callb("chr", {i(128512)})), "'😀'");
  EXPECT_EQ(r(callb("chr", {i(10)})), "'\\n'");
  EXPECT_EQ(r(callb("chr", {Value::boolean(true)})), "'\\x01'");
  EXPECT_EQ(r(callb("chr", {i(0x110000)})), "!ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(r(callb("chr", {i(-1)})), "!ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(r(callb("chr", {s("a")})), "!TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(r(callb("chr", {Value::number(1.5)})), "!TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(r(callb("chr", {big("1180591620717411303424")})),
            "!OverflowError: Python int too large to convert to C int");
  EXPECT_EQ(r(callb("ord", {s("A")})), "65");
  EXPECT_EQ(r(callb("ord", {s("€")})), "8364");
  EXPECT_EQ(r(callb("ord", {s("😀")})), "128512");
  EXPECT_EQ(r(callb("ord", {new_bytes("a")})), "97");
  EXPECT_EQ(r(callb("ord", {s("ab")})), "!TypeError: ord() expected a character, but string of length 2 found");
  EXPECT_EQ(r(callb("ord", {s("")})), "!TypeError: ord() expected a character, but string of length 0 found");
  EXPECT_EQ(r(callb("ord", {i(1)})), "!TypeError: ord() expected string of length 1, but int found");
  EXPECT_EQ(r(callb("ord", {})), "!TypeError: ord() takes exactly one argument (0 given)");
}

TEST(HexOctBin, Values) {
  EXPECT_EQ(r(callb("hex", {i(255)})), "'0xff'");
  EXPECT_EQ(r(callb("hex", {i(-31)})), "'-0x1f'");
  EXPECT_EQ(r(callb("oct", {i(-8)})), "'-0o10'");
  EXPECT_EQ(r(callb("bin", {i(-5)})), "'-0b101'");
  EXPECT_EQ(r(callb("bin", {i(0)})), "'0b0'");
  EXPECT_EQ(r(callb("bin", {Value::boolean(true)})), "'0b1'");
  EXPECT_EQ(r(callb("hex", {big("18446744073709551616")})), "'0x10000000000000000'");
  EXPECT_EQ(r(callb("oct", {big("1180591620717411303424")})), "'0o200000000000000000000000'");
  EXPECT_EQ(r(callb("hex", {Value::number(1.5)})), "!TypeError: 'float' object cannot be interpreted as an integer");
}

TEST(Numbers, AbsDivmodPowRound) {
  EXPECT_EQ(r(callb("abs", {i(-5)})), "5");
  EXPECT_EQ(r(callb("abs", {Value::number(-2.5)})), "2.5");
  EXPECT_EQ(r(callb("abs", {Value::number(-0.0)})), "0.0");
  EXPECT_EQ(r(callb("abs", {Value::boolean(true)})), "1");
  EXPECT_EQ(r(callb("abs", {i(INT64_MIN)})), "9223372036854775808");
  EXPECT_EQ(r(callb("abs", {s("a")})), "!TypeError: bad operand type for abs(): 'str'");
  EXPECT_EQ(r(callb("divmod", {i(-7), i(2)})), "(-4, 1)");
  EXPECT_EQ(r(callb("divmod", {Value::number(7.5), i(2)})), "(3.0, 1.5)");
  EXPECT_EQ(r(callb("divmod", {i(1)})), "!TypeError: divmod expected 2 arguments, got 1");
  EXPECT_EQ(r(callb("divmod", {i(1), s("a")})),
            "!TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'");
  EXPECT_EQ(r(callb("pow", {i(2), i(10)})), "1024");
  EXPECT_EQ(r(callb("pow", {i(2), i(10), i(7)})), "2");
  EXPECT_EQ(r(callb("pow", {i(2), i(-1)})), "0.5");
  EXPECT_EQ(r(callb("pow", {i(2), i(-1), i(7)})), "4");
  EXPECT_EQ(r(callb("pow", {}, {{"base", i(2)}, {"exp", i(3)}})), "8");
  EXPECT_EQ(r(callb("pow", {i(2)})), "!TypeError: pow() missing required argument 'exp' (pos 2)");
  EXPECT_EQ(r(callb("pow", {Value::number(2.0), i(3), i(4)})),
            "!TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(r(callb("pow", {i(2), s("a"), i(3)})),
            "!TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'");
  EXPECT_EQ(r(callb("round", {Value::number(2.5)})), "2");
  EXPECT_EQ(r(callb("round", {Value::number(2.675), i(2)})), "2.67");
  EXPECT_EQ(r(callb("round", {Value::number(1.5), Value::none()})), "2");
  EXPECT_EQ(r(callb("round", {s("a")})), "!TypeError: type str doesn't define __round__ method");
}

TEST(Attributes, GetSetHas) {
  EXPECT_EQ(r(callb("getattr", {i(1), i(2)})), "!TypeError: attribute name must be string, not 'int'");
  EXPECT_EQ(r(callb("getattr", {i(1), s("x")})), "!AttributeError: 'int' object has no attribute 'x'");
  EXPECT_EQ(r(callb("getattr", {i(1), s("x"), i(5)})), "5");
  EXPECT_EQ(r(callb("getattr", {i(1)})), "!TypeError: getattr expected at least 2 arguments, got 1");
  EXPECT_EQ(r(callb("hasattr", {s("abc"), s("upper")})), "True");
  EXPECT_EQ(r(callb("hasattr", {s("abc"), s("nope")})), "False");
  EXPECT_EQ(r(callb("setattr", {i(1), s("x")})), "!TypeError: setattr expected 3 arguments, got 2");
  EXPECT_EQ(r(callb("isinstance", {i(1)})), "!TypeError: isinstance expected 2 arguments, got 1");
  EXPECT_EQ(r(callb("isinstance", {Value::boolean(true), Value::borrow(&IntType)})), "True");
}

TEST(IterNext, Protocol) {
  Value it = callb("iter", {l({i(10), i(20)})});
  EXPECT_EQ(r(callb("next", {it})), "10");
  EXPECT_EQ(r(callb("next", {it})), "20");
  EXPECT_EQ(r(callb("next", {it, s("default")})), "'default'");
  EXPECT_EQ(r(callb("next", {it})), "!StopIteration");
  EXPECT_EQ(r(callb("next", {l({})})), "!TypeError: 'list' object is not an iterator");
  EXPECT_EQ(r(callb("iter", {i(1), i(2)})), "!TypeError: iter(v, w): v must be callable");
  // list(iter([1, 2, 3].pop, 1))
  Value lst = l({i(1), i(2), i(3)});
  Value pop = get_attr(lst, intern("pop"));
  Value ci = callb("iter", {pop, i(1)});
  EXPECT_EQ(r(callb("list", {ci})), "[3, 2]");
}

TEST(Misc, ReprHashFormat) {
  EXPECT_EQ(r(callb("ascii", {s("é€😀")})), "\"'\\\\xe9\\\\u20ac\\\\U0001f600'\"");
  EXPECT_EQ(r(callb("len", {i(5)})), "!TypeError: object of type 'int' has no len()");
  EXPECT_EQ(r(callb("len", {i(1), i(2)})), "!TypeError: len() takes exactly one argument (2 given)");
  EXPECT_EQ(r(callb("format", {Value::number(1.5), s(".2f")})), "'1.50'");
  EXPECT_EQ(r(callb("format", {i(1), i(2)})), "!TypeError: format() argument 2 must be str, not int");
  EXPECT_EQ(r(callb("hash", {l({})})), "!TypeError: unhashable type: 'list'");
  Value a = callb("id", {i(1)}), b = callb("id", {i(1)});
  EXPECT_TRUE(a.is(b));
  EXPECT_EQ(r(callb("vars", {i(1)})), "!TypeError: vars() argument must have __dict__ attribute");
  EXPECT_EQ(r(builtin("exit")), "Use exit() or Ctrl-D (i.e. EOF) to exit");
}

// ---- files

TEST(Files, WriteReadRoundTrip) {
  std::string path = temp_dir() + "/a.txt";
  Value f = callb("open", {s(path.c_str()), s("w")});
  ASSERT_FALSE(f.is_null()) << error();
  EXPECT_EQ(r(method(f, "write", {s("x\r\ny\rz\n")})), "7");
  EXPECT_EQ(r(method(f, "write", {i(1)})), "!TypeError: write() argument must be str, not int");
  EXPECT_EQ(r(method(f, "read")), "!UnsupportedOperation: not readable");
  EXPECT_EQ(r(method(f, "tell")), "7");
  EXPECT_EQ(r(method(f, "close")), "None");
  EXPECT_EQ(slurp(path), "x\r\ny\rz\n");
  EXPECT_EQ(r(method(f, "write", {s("x")})), "!ValueError: I/O operation on closed file.");
  EXPECT_EQ(r(get_attr(f, intern("closed"))), "True");

  Value g = callb("open", {s(path.c_str())});
  EXPECT_EQ(r(method(g, "read")), "'x\\ny\\nz\\n'");  // universal newlines
  EXPECT_EQ(r(method(g, "seek", {i(0)})), "0");
  EXPECT_EQ(r(method(g, "readline")), "'x\\n'");
  EXPECT_EQ(r(method(g, "readlines")), "['y\\n', 'z\\n']");
  EXPECT_EQ(r(method(g, "readline")), "''");
  EXPECT_EQ(r(method(g, "write", {s("x")})), "!UnsupportedOperation: not writable");
  EXPECT_EQ(r(method(g, "seek", {i(5), i(1)})), "!UnsupportedOperation: can't do nonzero cur-relative seeks");
  EXPECT_EQ(r(method(g, "seek", {i(0), i(2)})), "7");
  EXPECT_EQ(r(method(g, "__exit__", {Value::none(), Value::none(), Value::none()})), "None");
  EXPECT_EQ(r(get_attr(g, intern("closed"))), "True");

  Value b = callb("open", {s(path.c_str()), s("rb")});
  EXPECT_EQ(r(method(b, "read")), "b'x\\r\\ny\\rz\\n'");
  EXPECT_EQ(r(method(b, "seek", {i(0)})), "0");
  EXPECT_EQ(r(method(b, "readline")), "b'x\\r\\n'");
  EXPECT_EQ(r(method(b, "read", {i(3)})), "b'y\\rz'");
  EXPECT_EQ(r(method(b, "write", {new_bytes("")})), "!UnsupportedOperation: write");
}

TEST(Files, IterateLinesAndText) {
  std::string path = temp_dir() + "/lines.txt";
  {
    Value f = callb("open", {s(path.c_str()), s("w")});
    EXPECT_EQ(r(method(f, "write", {s("alpha\nbéta\n\ngamma")})), "17");
    EXPECT_EQ(r(method(f, "writelines", {l({s("!"), s("?")})})), "None");
  }  // dropping the last reference flushes and closes
  EXPECT_EQ(slurp(path), "alpha\nb\xc3\xa9ta\n\ngamma!?");
  Value f = callb("open", {s(path.c_str())});
  EXPECT_EQ(r(callb("list", {f})), "['alpha\\n', 'béta\\n', '\\n', 'gamma!?']");
  EXPECT_EQ(r(method(f, "seek", {i(0)})), "0");
  EXPECT_EQ(r(method(f, "read", {i(7)})), "'alpha\\nb'");
  EXPECT_EQ(r(method(f, "read", {i(2)})), "'ét'");
  EXPECT_EQ(r(method(f, "readline", {i(1)})), "'a'");
}

// with open('rw.txt', 'w+') as f: f.write('hello\nworld\n'); f.seek(0); f.readline();
// f.write('X'); f.seek(0); f.read()  -- the text layer writes after its read-ahead.
TEST(Files, TextWriteAfterRead) {
  std::string path = temp_dir() + "/rw.txt";
  Value f = callb("open", {s(path.c_str()), s("w+")});
  EXPECT_EQ(r(method(f, "write", {s("hello\nworld\n")})), "12");
  EXPECT_EQ(r(method(f, "seek", {i(0)})), "0");
  EXPECT_EQ(r(method(f, "readline")), "'hello\\n'");
  EXPECT_EQ(r(method(f, "write", {s("X")})), "1");
  EXPECT_EQ(r(method(f, "seek", {i(0)})), "0");
  EXPECT_EQ(r(method(f, "read")), "'hello\\nworld\\nX'");
  // The same in binary mode writes where the reader stopped:
  // open('rw.bin','w+b'): write(b'hello\nworld\n'); seek(0); readline(); write(b'X') -> b'hello\nXorld\n'
  std::string bpath = temp_dir() + "/rw.bin";
  Value b = callb("open", {s(bpath.c_str()), s("w+b")});
  method(b, "write", {new_bytes("hello\nworld\n")});
  method(b, "seek", {i(0)});
  EXPECT_EQ(r(method(b, "readline")), "b'hello\\n'");
  method(b, "write", {new_bytes("X")});
  method(b, "seek", {i(0)});
  EXPECT_EQ(r(method(b, "read")), "b'hello\\nXorld\\n'");
}

TEST(Files, Repr) {
  std::string path = temp_dir() + "/r.txt";
  Value f = callb("open", {s(path.c_str()), s("w")});
  EXPECT_EQ(r(f), "<_io.TextIOWrapper name='" + path + "' mode='w' encoding='UTF-8'>");
  Value b = callb("open", {s(path.c_str()), s("rb")});
  EXPECT_EQ(r(b), "<_io.BufferedReader name='" + path + "'>");
  Value w = callb("open", {s(path.c_str()), s("ab")});
  EXPECT_EQ(r(w), "<_io.BufferedWriter name='" + path + "'>");
  EXPECT_EQ(r(method(w, "write", {s("x")})), "!TypeError: a bytes-like object is required, not 'str'");
}

TEST(Files, OpenErrors) {
  std::string missing = temp_dir() + "/nope.txt";
  EXPECT_EQ(r(callb("open", {s(missing.c_str())})),
            "!FileNotFoundError: [Errno 2] No such file or directory: '" + missing + "'");
  EXPECT_EQ(r(callb("open", {s(temp_dir().c_str())})),
            "!IsADirectoryError: [Errno 21] Is a directory: '" + temp_dir() + "'");
  std::string bad = temp_dir() + "/r.txt/x";
  callb("open", {s((temp_dir() + "/r.txt").c_str()), s("w")});
  EXPECT_EQ(r(callb("open", {s(bad.c_str())})), "!NotADirectoryError: [Errno 20] Not a directory: '" + bad + "'");
  EXPECT_EQ(r(callb("open", {s("x"), s("q")})), "!ValueError: invalid mode: 'q'");
  EXPECT_EQ(r(callb("open", {s("x"), s("rw")})), "!ValueError: must have exactly one of create/read/write/append mode");
  EXPECT_EQ(r(callb("open", {s("x"), s("rtb")})), "!ValueError: can't have text and binary mode at once");
  EXPECT_EQ(r(callb("open", {s("x"), s("")})),
            "!ValueError: Must have exactly one of create/read/write/append mode and at most one plus");
  EXPECT_EQ(r(callb("open", {Value::number(1.5)})),
            "!TypeError: expected str, bytes or os.PathLike object, not float");
  EXPECT_EQ(r(callb("open", {})), "!TypeError: open() missing required argument 'file' (pos 1)");
  EXPECT_EQ(r(callb("open", {s("x"), s("rb")}, {{"encoding", s("utf-8")}})),
            "!ValueError: binary mode doesn't take an encoding argument");
  EXPECT_EQ(r(callb("open", {s("x")}, {{"newline", s("x")}})), "!ValueError: illegal newline value: x");
  EXPECT_EQ(r(callb("open", {s("x")}, {{"buffering", i(0)}})), "!ValueError: can't have unbuffered text I/O");
  std::string exists = temp_dir() + "/r.txt";
  EXPECT_EQ(r(callb("open", {s(exists.c_str()), s("x")})),
            "!FileExistsError: [Errno 17] File exists: '" + exists + "'");
}

TEST(Files, UnsupportedOperationIsAlsoValueError) {
  EXPECT_TRUE(unsupported_operation_type()->is_subtype(&OSErrorType));
  EXPECT_TRUE(unsupported_operation_type()->is_subtype(&ValueErrorType));
}

// io.StringIO: io_test.py's session in CPython 3.11.
TEST(Files, StringIO) {
  Value io = init_underscore_io_module();
  Value f = call1(get_attr(io, intern("StringIO")), s("héllo\nworld\n"));
  ASSERT_FALSE(f.is_null()) << error();
  EXPECT_EQ(r(method(f, "tell")), "0");
  EXPECT_EQ(r(method(f, "read", {i(2)})), "'hé'");
  EXPECT_EQ(r(method(f, "tell")), "2");
  EXPECT_EQ(r(method(f, "write", {s("XY")})), "2");
  EXPECT_EQ(r(method(f, "getvalue")), "'héXYo\\nworld\\n'");
  EXPECT_EQ(r(method(f, "readline")), "'o\\n'");
  EXPECT_EQ(r(method(f, "readlines")), "['world\\n']");
  EXPECT_EQ(r(method(f, "seek", {i(20)})), "20");
  EXPECT_EQ(r(method(f, "write", {s("z")})), "1");
  EXPECT_EQ(r(method(f, "getvalue")), "'héXYo\\nworld\\n\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00z'");
  EXPECT_EQ(r(method(f, "seek", {i(1), i(1)})), "!OSError: Can't do nonzero cur-relative seeks");
  EXPECT_EQ(r(method(f, "seek", {i(-1)})), "!ValueError: Negative seek position -1");
  EXPECT_EQ(r(method(f, "write", {i(1)})), "!TypeError: string argument expected, got 'int'");
  EXPECT_EQ(r(method(f, "truncate", {i(3)})), "3");
  EXPECT_EQ(r(method(f, "getvalue")), "'héX'");
  EXPECT_EQ(r(method(f, "tell")), "21");
  EXPECT_EQ(r(method(f, "close")), "None");
  EXPECT_EQ(r(method(f, "read")), "!ValueError: I/O operation on closed file");
  Value g = call1(get_attr(io, intern("StringIO")), s("a\nb"));
  EXPECT_EQ(r(callb("list", {g})), "['a\\n', 'b']");
  // print(1, 2, file=buf); buf.getvalue()
  Value buf = call0(get_attr(io, intern("StringIO")));
  callb("print", {i(1), i(2)}, {{"file", buf}});
  EXPECT_EQ(r(method(buf, "getvalue")), "'1 2\\n'");
}

// ---- print

TEST(Print, SepEndToFile) {
  std::string path = temp_dir() + "/p.txt";
  Value f = callb("open", {s(path.c_str()), s("w")});
  callb("print", {s("a"), s("b"), s("c")}, {{"file", f}});
  callb("print", {s("a"), s("b"), s("c")}, {{"sep", s("")}, {"file", f}});
  callb("print", {s("a"), s("b")}, {{"sep", s(" -> ")}, {"end", s(" <end>\n")}, {"file", f}});
  callb("print", {i(1), Value::number(2.5), Value::none(), l({i(1)})},
        {{"sep", Value::none()}, {"end", Value::none()}, {"file", f}});
  callb("print", {}, {{"file", f}});
  EXPECT_EQ(r(callb("print", {i(1)}, {{"sep", i(1)}})), "!TypeError: sep must be None or a string, not int");
  EXPECT_EQ(r(callb("print", {i(1)}, {{"end", i(1)}})), "!TypeError: end must be None or a string, not int");
  EXPECT_EQ(r(callb("print", {i(1)}, {{"foo", i(1)}})), "!TypeError: 'foo' is an invalid keyword argument for print()");
  method(f, "close");
  EXPECT_EQ(slurp(path), "a b c\nabc\na -> b <end>\n1 2.5 None [1]\n\n");
  EXPECT_EQ(r(callb("print", {i(1)}, {{"file", f}})), "!ValueError: I/O operation on closed file.");
}

// print(file=obj) with a non-native file calls obj.write once per piece.
std::vector<std::string> written;
Value record_write(const Value* args, size_t nargs, KwNames*) {
  written.push_back(str_text(args[0]));
  return Value::none();
}

TEST(Print, ThroughWriteMethod) {
  Value sink = new_module("sink");
  module_add_functions(sink.as<ModuleObject>(), {{"write", record_write}});
  written.clear();
  callb("print", {s("a"), i(1), Value::number(2.5), Value::none()}, {{"sep", s("-")}, {"end", s("!")}, {"file", sink}});
  std::vector<std::string> expect = {"a", "-", "1", "-", "2.5", "-", "None", "!"};
  EXPECT_EQ(written, expect);
  EXPECT_EQ(r(callb("print", {}, {{"file", i(1)}})), "!AttributeError: 'int' object has no attribute 'write'");
}

// ---- sys

TEST(Sys, Attributes) {
  Value sys = sys_module();
  EXPECT_EQ(r(get_attr(sys, intern("platform"))), "'linux'");
  EXPECT_EQ(r(get_attr(sys, intern("maxsize"))), "9223372036854775807");
  EXPECT_EQ(r(get_attr(get_attr(sys, intern("version_info")), intern("major"))), "3");
  Value vi = get_attr(sys, intern("version_info"));
  EXPECT_EQ(r(get_item(vi, i(1))), "11");
  EXPECT_EQ(r(get_attr(sys, intern("stdout"))), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
  EXPECT_EQ(r(method(sys, "exit", {i(3)})), "!SystemExit: 3");
  EXPECT_EQ(r(method(sys, "exit", {i(3), i(4)})), "!TypeError: exit expected at most 1 argument, got 2");
  EXPECT_EQ(r(method(sys, "setrecursionlimit", {i(0)})),
            "!ValueError: recursion limit must be greater or equal than 1");
  EXPECT_EQ(r(method(sys, "intern", {i(1)})), "!TypeError: intern() argument must be str, not int");
  EXPECT_EQ(r(method(sys, "exc_info")), "(None, None, None)");
  EXPECT_EQ(r(get_attr(get_attr(sys, intern("implementation")), intern("name"))), "'hotpy'");
  EXPECT_EQ(dict_get_str(sys_modules(), intern("sys")).is(sys), true);
}

}  // namespace
}  // namespace hotpy
