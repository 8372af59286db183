// The match statement's trees and positions (grammar/parser.y, src/parse/patterns.cpp),
// checked against CPython 3.11: every expected dump is CPython's
// ast.dump(ast.parse(src)), with include_attributes=True for positions.
#include <gtest/gtest.h>

#include <string>

#include "parse/parse.h"

namespace hotpy {
// The parser never stores an object in a Constant; the object system is not
// linked into this test. Weak: a real definition wins.
__attribute__((weak)) void destroy_object(Object* o) { delete o; }
}  // namespace hotpy

namespace {

using namespace hotpy;

std::string dump_of(const std::string& src, bool locations) {
  ParseResult r = parse(src, "x.py", ast::Mode::File);
  if (!r.unit) return "error: " + r.error->msg;
  ast::DumpOptions o;
  o.indent = -1;
  o.locations = locations;
  return ast::dump(*r.unit, o);
}

struct MatchTreeCase {
  const char* src;
  const char* dump;
};

const MatchTreeCase kMatchTrees[] = {
    {"match x:\n case 1 | -2 as y if y: pass\n case None: pass\n",
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2)))]), name='y'), guard=Name(id='y', ctx=Load()), body=[Pass()]), match_case(pattern=MatchSingleton(value=None), body=[Pass()])])], type_ignores=[])"},
    {"match a, *b:\n case [1, *r] | {'k': v, **kw}: pass\n case C(1, z=_): pass\n case (*_, q): pass\n",
     "Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='r')]), MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw')]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='C', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['z'], kwd_patterns=[MatchAs()]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchStar(), MatchAs(name='q')]), body=[Pass()])])], type_ignores=[])"},
    {"match p:\n    case Point(x=0, y=yy) if yy:\n        pass\n    case {1: _, a.b: [c, d]}:\n        pass\n    case (1 + 2j):\n        pass\n    case x.y | 'z':\n        pass\n",
     "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs(name='yy')]), guard=Name(id='yy', ctx=Load()), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value=1), Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())], patterns=[MatchAs(), MatchSequence(patterns=[MatchAs(name='c'), MatchAs(name='d')])]), body=[Pass()]), match_case(pattern=MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load())), MatchValue(value=Constant(value='z'))]), body=[Pass()])])], type_ignores=[])"},
    {"match = case = 1\nmatch(x)\nmatch[0]\n",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Expr(value=Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=0), ctx=Load()))], type_ignores=[])"},
};
const MatchTreeCase kMatchPositions[] = {
    {"match a, *b:\n case [1, *r] | {'k': v, **kw}: pass\n case C(1, z=_): pass\n case (*_, q): pass\n",
     "Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), MatchStar(name='r', lineno=2, col_offset=10, end_lineno=2, end_col_offset=12)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=13), MatchMapping(keys=[Constant(value='k', lineno=2, col_offset=17, end_lineno=2, end_col_offset=20)], patterns=[MatchAs(name='v', lineno=2, col_offset=22, end_lineno=2, end_col_offset=23)], rest='kw', lineno=2, col_offset=16, end_lineno=2, end_col_offset=30)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=30), body=[Pass(lineno=2, col_offset=32, end_lineno=2, end_col_offset=36)]), match_case(pattern=MatchClass(cls=Name(id='C', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), patterns=[MatchValue(value=Constant(value=1, lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9)], kwd_attrs=['z'], kwd_patterns=[MatchAs(lineno=3, col_offset=13, end_lineno=3, end_col_offset=14)], lineno=3, col_offset=6, end_lineno=3, end_col_offset=15), body=[Pass(lineno=3, col_offset=17, end_lineno=3, end_col_offset=21)]), match_case(pattern=MatchSequence(patterns=[MatchStar(lineno=4, col_offset=7, end_lineno=4, end_col_offset=9), MatchAs(name='q', lineno=4, col_offset=11, end_lineno=4, end_col_offset=12)], lineno=4, col_offset=6, end_lineno=4, end_col_offset=13), body=[Pass(lineno=4, col_offset=15, end_lineno=4, end_col_offset=19)])], lineno=1, col_offset=0, end_lineno=4, end_col_offset=19)], type_ignores=[])"},
    {"match p:\n    case Point(x=0, y=yy) if yy:\n        pass\n    case {1: _, a.b: [c, d]}:\n        pass\n    case (1 + 2j):\n        pass\n    case x.y | 'z':\n        pass\n",
     "Module(body=[Match(subject=Name(id='p', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0, lineno=2, col_offset=17, end_lineno=2, end_col_offset=18), lineno=2, col_offset=17, end_lineno=2, end_col_offset=18), MatchAs(name='yy', lineno=2, col_offset=22, end_lineno=2, end_col_offset=24)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=25), guard=Name(id='yy', ctx=Load(), lineno=2, col_offset=29, end_lineno=2, end_col_offset=31), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchMapping(keys=[Constant(value=1, lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), Attribute(value=Name(id='a', ctx=Load(), lineno=4, col_offset=16, end_lineno=4, end_col_offset=17), attr='b', ctx=Load(), lineno=4, col_offset=16, end_lineno=4, end_col_offset=19)], patterns=[MatchAs(lineno=4, col_offset=13, end_lineno=4, end_col_offset=14), MatchSequence(patterns=[MatchAs(name='c', lineno=4, col_offset=22, end_lineno=4, end_col_offset=23), MatchAs(name='d', lineno=4, col_offset=25, end_lineno=4, end_col_offset=26)], lineno=4, col_offset=21, end_lineno=4, end_col_offset=27)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=28), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]), match_case(pattern=MatchValue(value=BinOp(left=Constant(value=1, lineno=6, col_offset=10, end_lineno=6, end_col_offset=11), op=Add(), right=Constant(value=2j, lineno=6, col_offset=14, end_lineno=6, end_col_offset=16), lineno=6, col_offset=10, end_lineno=6, end_col_offset=16), lineno=6, col_offset=10, end_lineno=6, end_col_offset=16), body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset=12)]), match_case(pattern=MatchOr(patterns=[MatchValue(value=Attribute(value=Name(id='x', ctx=Load(), lineno=8, col_offset=9, end_lineno=8, end_col_offset=10), attr='y', ctx=Load(), lineno=8, col_offset=9, end_lineno=8, end_col_offset=12), lineno=8, col_offset=9, end_lineno=8, end_col_offset=12), MatchValue(value=Constant(value='z', lineno=8, col_offset=15, end_lineno=8, end_col_offset=18), lineno=8, col_offset=15, end_lineno=8, end_col_offset=18)], lineno=8, col_offset=9, end_lineno=8, end_col_offset=18), body=[Pass(lineno=9, col_offset=8, end_lineno=9, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=9, end_col_offset=12)], type_ignores=[])"},
};

TEST(MatchParseTest, TreesMatchCPython) {
  for (const MatchTreeCase& c : kMatchTrees) EXPECT_EQ(dump_of(c.src, false), c.dump) << c.src;
}

TEST(MatchParseTest, PositionsMatchCPython) {
  for (const MatchTreeCase& c : kMatchPositions) EXPECT_EQ(dump_of(c.src, true), c.dump) << c.src;
}

}  // namespace
