// The parser (grammar/parser.y and src/parse/), checked against CPython 3.11.
//
// The tables were produced by CPython, never by hotpy:
//   - trees: ast.dump(ast.parse(src)), and with include_attributes=True for
//     positions (hotpy's ast::dump writes CPython's format);
//   - errors: compile(src, 'x.py', 'exec') -> the SyntaxError's class, msg,
//     lineno, offset, end_lineno, end_offset (-1 written 0) and text (without
//     its newline).
// The print statement follows CPython 2.7.18 (its ast.dump of the same source:
// Print(dest, values, nl)); REPL inputs follow CPython 3.11's interactive
// prompt, driven through a pseudo-terminal.
#include <gtest/gtest.h>

#include <string>

#include "parse/parse.h"

namespace hotpy {
// The parser never stores an object in a Constant; the object system, which
// frees them, is not linked into this test. Weak: a real definition wins.
__attribute__((weak)) void destroy_object(Object* o) { delete o; }
}  // namespace hotpy

namespace {

using namespace hotpy;

std::string dump_of(const std::string& src, ast::Mode mode = ast::Mode::File,
                    bool locations = false) {
  ParseResult r = parse(src, "x.py", mode);
  if (!r.unit) return "error: " + r.error->msg;
  ast::DumpOptions o;
  o.indent = -1;
  o.locations = locations;
  return ast::dump(*r.unit, o);
}

struct TreeCase {
  const char* src;
  const char* dump;
};

// ---------------------------------------------------------------------------
// Trees (literal values are checked in lexer_test)

const TreeCase kTrees[] = {
    {"x = 1\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"a, b = c, d = 1, 2\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), Tuple(elts=[Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x += 1; y -= 2; z **= 3; w //= 4; v @= 5; u >>= 6\n",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='y', ctx=Store()), op=Sub(), value=Constant(value=2)), AugAssign(target=Name(id='z', ctx=Store()), op=Pow(), value=Constant(value=3)), AugAssign(target=Name(id='w', ctx=Store()), op=FloorDiv(), value=Constant(value=4)), AugAssign(target=Name(id='v', ctx=Store()), op=MatMult(), value=Constant(value=5)), AugAssign(target=Name(id='u', ctx=Store()), op=RShift(), value=Constant(value=6))], type_ignores=[])"},
    {"x: int = 5\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])"},
    {"(x): int\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
    {"a.b: int\n",
     "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
    {"def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"},
    {"def f(a, /, b, *, c): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a=1, /, b=2): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(*, a=1, b): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a, b: int = 3, *args: str, c: int, **kw: dict): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='c', annotation=Name(id='int', ctx=Load()))], kw_defaults=[None], kwarg=arg(arg='kw', annotation=Name(id='dict', ctx=Load())), defaults=[Constant(value=3)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"lambda x, y=2, *a, z, **k: x\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='z')], kw_defaults=[None], kwarg=arg(arg='k'), defaults=[Constant(value=2)]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"lambda *, a: a\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])"},
    {"lambda: 1\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)))], type_ignores=[])"},
    {"f(a, *b, c=1, **d)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"},
    {"f(x for x in y)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"f(*a, *b, **c, **d)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='c', ctx=Load())), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"},
    {"a[1:2, ::3]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[1]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1), ctx=Load()))], type_ignores=[])"},
    {"a[:]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"},
    {"a[1:]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1)), ctx=Load()))], type_ignores=[])"},
    {"a[::-1]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=UnaryOp(op=USub(), operand=Constant(value=1))), ctx=Load()))], type_ignores=[])"},
    {"a[1,]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[*b]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[x := 1]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])"},
    {"x if y else z\n",
     "Module(body=[Expr(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load())))], type_ignores=[])"},
    {"a < b <= c != d > e >= f == g\n",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq(), Gt(), GtE(), Eq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load())]))], type_ignores=[])"},
    {"a is not b not in c\n",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"a in b is c\n",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[In(), Is()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"not a and b or c and d or e\n",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())]), Name(id='e', ctx=Load())]))], type_ignores=[])"},
    {"(a or b) or c\n",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"a or (b or c)\n",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=Or(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])]))], type_ignores=[])"},
    {"a and b and c\n",
     "Module(body=[Expr(value=BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"-x ** -y ** z\n",
     "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Name(id='z', ctx=Load()))))))], type_ignores=[])"},
    {"a + b * c - d / e // f % g @ h\n",
     "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Name(id='c', ctx=Load()))), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=Div(), right=Name(id='e', ctx=Load())), op=FloorDiv(), right=Name(id='f', ctx=Load())), op=Mod(), right=Name(id='g', ctx=Load())), op=MatMult(), right=Name(id='h', ctx=Load()))))], type_ignores=[])"},
    {"a | b ^ c & d << e >> f\n",
     "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))], type_ignores=[])"},
    {"~a + +b\n",
     "Module(body=[Expr(value=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())), op=Add(), right=UnaryOp(op=UAdd(), operand=Name(id='b', ctx=Load()))))], type_ignores=[])"},
    {"await x\n",
     "Module(body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"[x for x in y if x if z for w in x]\n",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='z', ctx=Load())], is_async=0), comprehension(target=Name(id='w', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"{k: v for k, v in d.items()}\n",
     "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"{x for x in y}\n",
     "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"(x for x in y)\n",
     "Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"[(a, b) for a, b in c]\n",
     "Module(body=[Expr(value=ListComp(elt=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"{1, 2, *a}\n",
     "Module(body=[Expr(value=Set(elts=[Constant(value=1), Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())]))], type_ignores=[])"},
    {"{1: 2, **d, 3: 4}\n",
     "Module(body=[Expr(value=Dict(keys=[Constant(value=1), None, Constant(value=3)], values=[Constant(value=2), Name(id='d', ctx=Load()), Constant(value=4)]))], type_ignores=[])"},
    {"{}\n",
     "Module(body=[Expr(value=Dict(keys=[], values=[]))], type_ignores=[])"},
    {"()\n",
     "Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"},
    {"(1,)\n",
     "Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"},
    {"[*a, b]\n",
     "Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"*a, b = c\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"[a, *b] = c\n",
     "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"(a, [b, c]) = d\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), List(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"},
    {"x = y = z\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], value=Name(id='z', ctx=Load()))], type_ignores=[])"},
    {"for x in y:\n    pass\nelse:\n    pass\n",
     "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"for a, *b in c: break\n",
     "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Break()], orelse=[])], type_ignores=[])"},
    {"while x:\n    continue\nelse:\n    pass\n",
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Continue()], orelse=[Pass()])], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orelse=[Pass()])])])], type_ignores=[])"},
    {"try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"},
    {"try:\n    pass\nfinally:\n    pass\n",
     "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"},
    {"with a as b, c as (d, e):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a as b, c):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b) as c:\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"@dec\n@dec2(x)\ndef f(): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])])], type_ignores=[])"},
    {"@a.b\nclass C(B, metaclass=M):\n    x = 1\n",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())])], type_ignores=[])"},
    {"class C: pass\n",
     "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"class C(): pass\n",
     "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"global a, b\n",
     "Module(body=[Global(names=['a', 'b'])], type_ignores=[])"},
    {"def f():\n    nonlocal x\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x'])], decorator_list=[])], type_ignores=[])"},
    {"del a, b[1], c.d\n",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=1), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"},
    {"del (a, b)\n",
     "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])"},
    {"assert x, \"msg\"\n",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"},
    {"raise\n",
     "Module(body=[Raise()], type_ignores=[])"},
    {"raise E from e\n",
     "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='e', ctx=Load()))], type_ignores=[])"},
    {"import a.b.c as d, e\n",
     "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[])"},
    {"from . import x\n",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"},
    {"from .. a import (b, c as d,)\n",
     "Module(body=[ImportFrom(module='a', names=[alias(name='b'), alias(name='c', asname='d')], level=2)], type_ignores=[])"},
    {"from ...x import *\n",
     "Module(body=[ImportFrom(module='x', names=[alias(name='*')], level=3)], type_ignores=[])"},
    {"from .... import y\n",
     "Module(body=[ImportFrom(names=[alias(name='y')], level=4)], type_ignores=[])"},
    {"def f():\n    x = yield\n    y = yield from z\n    return 1, *x\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Return(value=Tuple(elts=[Constant(value=1), Starred(value=Name(id='x', ctx=Load()), ctx=Load())], ctx=Load()))], decorator_list=[])], type_ignores=[])"},
    {"(x := 5)\n",
     "Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=5)))], type_ignores=[])"},
    {"[y := f(x), y**2]\n",
     "Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))], type_ignores=[])"},
    {"if (n := len(a)) > 10: pass\n",
     "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"...\n",
     "Module(body=[Expr(value=Constant(value=Ellipsis))], type_ignores=[])"},
    {"None, True, False\n",
     "Module(body=[Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])"},
    {"'a\\\nb'\n",
     "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])"},
    {"f\"{'nested' + f'{x}'}\"\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Constant(value='nested'), op=Add(), right=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])), conversion=-1)]))], type_ignores=[])"},
    {"f'{x,y}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{yield}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Yield(), conversion=-1)]))], type_ignores=[])"},
    {"f'{x for x in y}'\n",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]), conversion=-1)]))], type_ignores=[])"},
    {"print(x)\n",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"print = 3\n",
     "Module(body=[Assign(targets=[Name(id='print', ctx=Store())], value=Constant(value=3))], type_ignores=[])"},
    {"print.x\n",
     "Module(body=[Expr(value=Attribute(value=Name(id='print', ctx=Load()), attr='x', ctx=Load()))], type_ignores=[])"},
    {"print, x\n",
     "Module(body=[Expr(value=Tuple(elts=[Name(id='print', ctx=Load()), Name(id='x', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x = [1,\n     2]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"if True: x = 1; y = 2\n",
     "Module(body=[If(test=Constant(value=True), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], orelse=[])], type_ignores=[])"},
    {"a[b][c](d).e\n",
     "Module(body=[Expr(value=Attribute(value=Call(func=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), attr='e', ctx=Load()))], type_ignores=[])"},
    {"class A(B, C, **kw): pass\n",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"f(a)(b)\n",
     "Module(body=[Expr(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"x[a:b:c, d]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Name(id='a', ctx=Load()), upper=Name(id='b', ctx=Load()), step=Name(id='c', ctx=Load())), Name(id='d', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = 1 \\\n  + 2\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {"def f(\n    a,\n    b,\n): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"return\n",
     "Module(body=[Return()], type_ignores=[])"},
    {"x = yield a, b\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], type_ignores=[])"},
    {"for x in *a, *b: pass\n",
     "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
};

TEST(ParserTest, TreesMatchCPython) {
  for (const TreeCase& c : kTrees) EXPECT_EQ(dump_of(c.src), c.dump) << c.src;
}

const TreeCase kPositions[] = {
    {"x = a.b[c](d, *e, k=v)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), attr='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), slice=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), args=[Name(id='d', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), Starred(value=Name(id='e', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=16)], keywords=[keyword(arg='k', value=Name(id='v', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), lineno=1, col_offset=18, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])"},
    {"def f(a, *, b: int = 1) -> int:\n    return a + b\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], kwonlyargs=[arg(arg='b', annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=18), lineno=1, col_offset=12, end_lineno=1, end_col_offset=18)], kw_defaults=[Constant(value=1, lineno=1, col_offset=21, end_lineno=1, end_col_offset=22)], defaults=[]), body=[Return(value=BinOp(left=Name(id='a', ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), op=Add(), right=Name(id='b', ctx=Load(), lineno=2, col_offset=15, end_lineno=2, end_col_offset=16), lineno=2, col_offset=11, end_lineno=2, end_col_offset=16), lineno=2, col_offset=4, end_lineno=2, end_col_offset=16)], decorator_list=[], returns=Name(id='int', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=2, end_col_offset=16)], type_ignores=[])"},
    {"if x:\n    y = 1\nelif z:\n    pass\nelse:\n    w\n",
     "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[If(test=Name(id='z', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Expr(value=Name(id='w', ctx=Load(), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=5)], type_ignores=[])"},
    {"try:\n  a\nexcept E as e:\n  b\nfinally:\n  c\n",
     "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), lineno=2, col_offset=2, end_lineno=2, end_col_offset=3)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), name='e', body=[Expr(value=Name(id='b', ctx=Load(), lineno=4, col_offset=2, end_lineno=4, end_col_offset=3), lineno=4, col_offset=2, end_lineno=4, end_col_offset=3)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=3)], orelse=[], finalbody=[Expr(value=Name(id='c', ctx=Load(), lineno=6, col_offset=2, end_lineno=6, end_col_offset=3), lineno=6, col_offset=2, end_lineno=6, end_col_offset=3)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=3)], type_ignores=[])"},
    {"[x for x in y if x]\n",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
    {"f'{x=}' 'y'\n",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), Constant(value='y', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"import a.b as c\nfrom . import (d as e)\n",
     "Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), ImportFrom(names=[alias(name='d', asname='e', lineno=2, col_offset=15, end_lineno=2, end_col_offset=21)], level=1, lineno=2, col_offset=0, end_lineno=2, end_col_offset=22)], type_ignores=[])"},
    {"with (open(f) as g, h):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), args=[Name(id='f', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], keywords=[], lineno=1, col_offset=6, end_lineno=1, end_col_offset=13), optional_vars=Name(id='g', ctx=Store(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)), withitem(context_expr=Name(id='h', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"},
    {"lambda x=1: x if x else -x\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)]), body=IfExp(test=Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), body=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), orelse=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), lineno=1, col_offset=24, end_lineno=1, end_col_offset=26), lineno=1, col_offset=12, end_lineno=1, end_col_offset=26), lineno=1, col_offset=0, end_lineno=1, end_col_offset=26), lineno=1, col_offset=0, end_lineno=1, end_col_offset=26)], type_ignores=[])"},
    {"a[1:2, ::3]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"(a or b) or c and d\n",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=7), BoolOp(op=And(), values=[Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=12, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"},
    {"x: int = (yield)\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Yield(lineno=1, col_offset=10, end_lineno=1, end_col_offset=15), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"},
    {"@dec\nclass A(B, metaclass=M):\n    '''doc'''\n",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=9)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=2, col_offset=21, end_lineno=2, end_col_offset=22), lineno=2, col_offset=11, end_lineno=2, end_col_offset=22)], body=[Expr(value=Constant(value='doc', lineno=3, col_offset=4, end_lineno=3, end_col_offset=13), lineno=3, col_offset=4, end_lineno=3, end_col_offset=13)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4)], lineno=2, col_offset=0, end_lineno=3, end_col_offset=13)], type_ignores=[])"},
    {"for i, (j, *k) in enumerate(x, 1):\n    break\n",
     "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Tuple(elts=[Name(id='j', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Starred(value=Name(id='k', ctx=Store(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=13)], ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=14)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), iter=Call(func=Name(id='enumerate', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=27), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), Constant(value=1, lineno=1, col_offset=31, end_lineno=1, end_col_offset=32)], keywords=[], lineno=1, col_offset=18, end_lineno=1, end_col_offset=33), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)], type_ignores=[])"},
    {"f(x for x in y)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {"del a[0], (b)\n",
     "Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Constant(value=0, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), Name(id='b', ctx=Del(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"assert not x, -y ** 2\n",
     "Module(body=[Assert(test=UnaryOp(op=Not(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), msg=UnaryOp(op=USub(), operand=BinOp(left=Name(id='y', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), op=Pow(), right=Constant(value=2, lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), lineno=1, col_offset=15, end_lineno=1, end_col_offset=21), lineno=1, col_offset=14, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"},
    {"while (n := n - 1) > 0: continue\n",
     "Module(body=[While(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), value=BinOp(left=Name(id='n', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=Sub(), right=Constant(value=1, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=12, end_lineno=1, end_col_offset=17), lineno=1, col_offset=7, end_lineno=1, end_col_offset=17), ops=[Gt()], comparators=[Constant(value=0, lineno=1, col_offset=21, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=22), body=[Continue(lineno=1, col_offset=24, end_lineno=1, end_col_offset=32)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], type_ignores=[])"},
    {"global g; nonlocal n\n",
     "Module(body=[Global(names=['g'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Nonlocal(names=['n'], lineno=1, col_offset=10, end_lineno=1, end_col_offset=20)], type_ignores=[])"},
    {"print(f\"{a!r:>{w}}\")\n",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=6, end_lineno=1, end_col_offset=19), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=19), lineno=1, col_offset=6, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=19)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"},
};

TEST(ParserTest, PositionsMatchCPython) {
  for (const TreeCase& c : kPositions)
    EXPECT_EQ(dump_of(c.src, ast::Mode::File, true), c.dump) << c.src;
}

TEST(ParserTest, IndentedDumpIsCPythonsIndentTwo) {
  // ast.dump(ast.parse("if x:\n    y = [1]\n"), indent=2)
  EXPECT_EQ(ast::dump(*parse("if x:\n    y = [1]\n", "x.py", ast::Mode::File).unit),
            "Module(\n"
            "  body=[\n"
            "    If(\n"
            "      test=Name(id='x', ctx=Load()),\n"
            "      body=[\n"
            "        Assign(\n"
            "          targets=[\n"
            "            Name(id='y', ctx=Store())],\n"
            "          value=List(\n"
            "            elts=[\n"
            "              Constant(value=1)],\n"
            "            ctx=Load()))],\n"
            "      orelse=[])],\n"
            "  type_ignores=[])");
}

TEST(ParserTest, FStringDebugFormIsTextThenRepr) {
  // f"{x=}" is the literal "x=" and the value converted with repr ('r'),
  // unless a format spec is given.
  EXPECT_EQ(dump_of("f'{x=}'\n"),
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), "
            "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], "
            "type_ignores=[])");
  ParseResult r = parse("f'{x=:>4}'\n", "x.py", ast::Mode::File);
  auto* joined = static_cast<ast::JoinedStr*>(static_cast<ast::ExprStmt*>(r.unit->body[0])->value);
  ASSERT_EQ(joined->values.size(), 2u);
  auto* fv = static_cast<ast::FormattedValue*>(joined->values[1]);
  EXPECT_EQ(fv->conversion, 0);
  ASSERT_NE(fv->format_spec, nullptr);
}

TEST(ParserTest, FStringFieldsKnowWhereTheyAre) {
  // A field's expression is parsed at its real position, even over lines.
  ParseResult r = parse("s = f'''a\n{ b +\n  c }'''\n", "x.py", ast::Mode::File);
  ASSERT_TRUE(r.unit);
  auto* assign = static_cast<ast::Assign*>(r.unit->body[0]);
  auto* joined = static_cast<ast::JoinedStr*>(assign->value);
  auto* fv = static_cast<ast::FormattedValue*>(joined->values[1]);
  auto* sum = static_cast<ast::BinOpExpr*>(fv->value);
  EXPECT_EQ(sum->left->loc.line, 2);
  EXPECT_EQ(sum->left->loc.col, 2);
  EXPECT_EQ(sum->right->loc.line, 3);
  EXPECT_EQ(sum->right->loc.col, 2);
}

// ---------------------------------------------------------------------------
// The Python 2 print statement (DESIGN.md): Print(dest, values, nl)

TEST(ParserTest, PrintStatementForms) {
  const TreeCase cases[] = {
      {"print\n", "Module(body=[Print(values=[], nl=True)], type_ignores=[])"},
      {"print x\n",
       "Module(body=[Print(values=[Name(id='x', ctx=Load())], nl=True)], type_ignores=[])"},
      {"print 'a:', x\n",
       "Module(body=[Print(values=[Constant(value='a:'), Name(id='x', ctx=Load())], nl=True)], "
       "type_ignores=[])"},
      {"print x,\n",
       "Module(body=[Print(values=[Name(id='x', ctx=Load())], nl=False)], type_ignores=[])"},
      {"print >>f, x\n",
       "Module(body=[Print(dest=Name(id='f', ctx=Load()), values=[Name(id='x', ctx=Load())], "
       "nl=True)], type_ignores=[])"},
      {"print >>f\n",
       "Module(body=[Print(dest=Name(id='f', ctx=Load()), values=[], nl=True)], type_ignores=[])"},
      {"print >>f, 1, 2,\n",
       "Module(body=[Print(dest=Name(id='f', ctx=Load()), values=[Constant(value=1), "
       "Constant(value=2)], nl=False)], type_ignores=[])"},
      {"if x: print 'y'; print\n",
       "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Print(values=[Constant(value='y')], "
       "nl=True), Print(values=[], nl=True)], orelse=[])], type_ignores=[])"},
      {"print 'a' % x\n",
       "Module(body=[Print(values=[BinOp(left=Constant(value='a'), op=Mod(), "
       "right=Name(id='x', ctx=Load()))], nl=True)], type_ignores=[])"},
      {"print -1\n",
       "Module(body=[Print(values=[UnaryOp(op=USub(), operand=Constant(value=1))], nl=True)], "
       "type_ignores=[])"},
  };
  for (const TreeCase& c : cases) EXPECT_EQ(dump_of(c.src), c.dump) << c.src;
}

TEST(ParserTest, PrintAsAFunctionOrAName) {
  // Python 3 readings, as ast.dump(ast.parse(src)) shows them.
  const TreeCase cases[] = {
      {"print(x)\n",
       "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), "
       "args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])"},
      {"print('a', end='')\n",
       "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), "
       "args=[Constant(value='a')], keywords=[keyword(arg='end', value=Constant(value=''))]))], "
       "type_ignores=[])"},
      {"print = 3\n",
       "Module(body=[Assign(targets=[Name(id='print', ctx=Store())], value=Constant(value=3))], "
       "type_ignores=[])"},
      {"print.x\n",
       "Module(body=[Expr(value=Attribute(value=Name(id='print', ctx=Load()), attr='x', "
       "ctx=Load()))], type_ignores=[])"},
      {"print, x\n",
       "Module(body=[Expr(value=Tuple(elts=[Name(id='print', ctx=Load()), "
       "Name(id='x', ctx=Load())], ctx=Load()))], type_ignores=[])"},
      {"x = print\n",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
       "value=Name(id='print', ctx=Load()))], type_ignores=[])"},
  };
  for (const TreeCase& c : cases) EXPECT_EQ(dump_of(c.src), c.dump) << c.src;
}

// ---------------------------------------------------------------------------
// Syntax errors

struct ErrorCase {
  const char* src;
  const char* type;
  const char* msg;
  int line, col, end_line, end_col;
  const char* text;
};

const ErrorCase kErrors[] = {
    {"if x\n  pass\n", "SyntaxError", "expected ':'",
     1, 5, 1, 5, "if x"},
    {"f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?",
     1, 3, 1, 6, "f(a b)"},
    {"(1,\n", "SyntaxError", "'(' was never closed",
     1, 1, 1, 0, "(1,"},
    {"x = )\n", "SyntaxError", "unmatched ')'",
     1, 5, 1, 5, "x = )"},
    {"[1, 2)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['",
     1, 6, 1, 6, "[1, 2)"},
    {"s = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)",
     1, 5, 1, 5, "s = \"abc"},
    {"if x = 1:\n  pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
     1, 4, 1, 9, "if x = 1:"},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?",
     1, 1, 1, 4, "f() = 1"},
    {"1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?",
     1, 1, 1, 2, "1 = x"},
    {"a + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?",
     1, 1, 1, 6, "a + 1 = 2"},
    {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1",
     2, 1, 2, 5, "pass"},
    {"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1",
     1, 6, 1, 0, "if x:"},
    {"def f():\nreturn\n", "IndentationError", "expected an indented block after function definition on line 1",
     2, 1, 2, 7, "return"},
    {"if x:\n  x\nelif y:\nx\n", "IndentationError", "expected an indented block after 'elif' statement on line 3",
     4, 1, 4, 2, "x"},
    {"try:\n  x\nexcept E:\nx\n", "IndentationError", "expected an indented block after 'except' statement on line 3",
     4, 1, 4, 2, "x"},
    {"x +\n", "SyntaxError", "invalid syntax",
     1, 4, 1, 4, "x +"},
    {"x = \n", "SyntaxError", "invalid syntax",
     1, 5, 1, 5, "x = "},
    {"x + \ny = 1\n", "SyntaxError", "invalid syntax",
     1, 5, 1, 5, "x + "},
    {"foo bar\n", "SyntaxError", "invalid syntax",
     1, 5, 1, 8, "foo bar"},
    {"x = 1 2\n", "SyntaxError", "invalid syntax",
     1, 7, 1, 8, "x = 1 2"},
    {"x = f'{a'\n", "SyntaxError", "f-string: expecting '}'",
     1, 10, 1, 10, "x = f'{a'"},
    {"x = f'{a!x}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'",
     1, 13, 1, 13, "x = f'{a!x}'"},
    {"x = f'{}'\n", "SyntaxError", "f-string: empty expression not allowed",
     1, 10, 1, 10, "x = f'{}'"},
    {"x = f'}'\n", "SyntaxError", "f-string: single '}' is not allowed",
     1, 9, 1, 9, "x = f'}'"},
    {"x = f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?",
     1, 2, 1, 5, "(a b)"},
    {"x = f'{a:{b:{c}}}'\n", "SyntaxError", "f-string: expressions nested too deeply",
     1, 19, 1, 19, "x = f'{a:{b:{c}}}'"},
    {"x = f'{a#}'\n", "SyntaxError", "f-string expression part cannot include '#'",
     1, 12, 1, 12, "x = f'{a#}'"},
    {"x = f'{a\\n}'\n", "SyntaxError", "f-string expression part cannot include a backslash",
     1, 13, 1, 13, "x = f'{a\\n}'"},
    {"x = f'{a)}'\n", "SyntaxError", "f-string: unmatched ')'",
     1, 12, 1, 12, "x = f'{a)}'"},
    {"x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed",
     1, 5, 1, 0, "x = [1, 2"},
    {"x = f'{a=}' b'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals",
     1, 17, 1, 17, "x = f'{a=}' b'b'"},
    {"x = f\"{}\" + 1\n", "SyntaxError", "f-string: empty expression not allowed",
     1, 11, 1, 12, "x = f\"{}\" + 1"},
    {"x = \"a\" b\"b\" + 1\n", "SyntaxError", "cannot mix bytes and nonbytes literals",
     1, 14, 1, 15, "x = \"a\" b\"b\" + 1"},
    {"x = (1 2\n", "SyntaxError", "'(' was never closed",
     1, 5, 1, 0, "x = (1 2"},
    {"x = (1 2\ny = 3\n", "SyntaxError", "'(' was never closed",
     1, 5, 1, 0, "x = (1 2"},
    {"if x:\n\n\n", "IndentationError", "expected an indented block after 'if' statement on line 1",
     3, 1, 3, 0, ""},
    {"if x:\n  pass\n  for y in z:\n", "IndentationError", "expected an indented block after 'for' statement on line 3",
     3, 14, 3, 0, "  for y in z:"},
    {"def f():\n    if x:\ny\n", "IndentationError", "expected an indented block after 'if' statement on line 2",
     3, 0, 3, 0, "y"},
    {"if x:\n    if y:\n  z\n", "IndentationError", "unindent does not match any outer indentation level",
     3, 4, 3, 0, "  z"},
    {"class A\n", "SyntaxError", "expected ':'",
     1, 8, 1, 8, "class A"},
    {"def f()\n", "SyntaxError", "expected ':'",
     1, 8, 1, 8, "def f()"},
    {"def f() x:\n", "SyntaxError", "expected ':'",
     1, 9, 1, 10, "def f() x:"},
    {"def f(:\n", "SyntaxError", "invalid syntax",
     1, 7, 1, 8, "def f(:"},
    {"try x:\n", "SyntaxError", "expected ':'",
     1, 5, 1, 6, "try x:"},
    {"if x:\n  pass\nelse\n", "SyntaxError", "expected ':'",
     3, 5, 3, 5, "else"},
    {"if x:\n  pass\nelse x\n", "SyntaxError", "expected ':'",
     3, 6, 3, 7, "else x"},
    {"while x\n", "SyntaxError", "expected ':'",
     1, 8, 1, 8, "while x"},
    {"with x\n", "SyntaxError", "expected ':'",
     1, 7, 1, 7, "with x"},
    {"try:\n  pass\nexcept\n", "SyntaxError", "expected ':'",
     3, 7, 3, 7, "except"},
    {"try:\n  pass\nexcept E as e\n", "SyntaxError", "expected ':'",
     3, 14, 3, 14, "except E as e"},
    {"if x y:\n", "SyntaxError", "invalid syntax",
     1, 6, 1, 7, "if x y:"},
    {"for x y:\n", "SyntaxError", "invalid syntax",
     1, 7, 1, 8, "for x y:"},
    {"lambda x\n", "SyntaxError", "invalid syntax",
     1, 9, 1, 9, "lambda x"},
    {"x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key",
     1, 12, 1, 0, "x = {1: 2, 3}"},
    {"f(**k, *a)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking",
     1, 8, 1, 9, "f(**k, *a)"},
    {"f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument",
     1, 9, 1, 10, "f(a=1, b)"},
    {"f(**k, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking",
     1, 9, 1, 10, "f(**k, b)"},
    {"f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized",
     1, 3, 1, 15, "f(x for x in y, 1)"},
    {"f(1, x for x in y)\n", "SyntaxError", "Generator expression must be parenthesized",
     1, 6, 1, 18, "f(1, x for x in y)"},
    {"f(a.b=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?",
     1, 3, 1, 7, "f(a.b=1)"},
    {"f(True=1)\n", "SyntaxError", "cannot assign to True",
     1, 3, 1, 8, "f(True=1)"},
    {"[x = 1]\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
     1, 2, 1, 7, "[x = 1]"},
    {"[a.b = 1]\n", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
     1, 2, 1, 5, "[a.b = 1]"},
    {"while x = 1: pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
     1, 7, 1, 12, "while x = 1: pass"},
    {"assert x = 1\n", "SyntaxError", "invalid syntax",
     1, 10, 1, 11, "assert x = 1"},
    {"try:\n  x\n", "SyntaxError", "expected 'except' or 'finally' block",
     2, 4, 2, 0, "  x"},
    {"def f():\n  try:\n    x\n  y = 1\n", "SyntaxError", "expected 'except' or 'finally' block",
     4, 3, 4, 4, "  y = 1"},
    {"x = (**a)\n", "SyntaxError", "cannot use double starred expression here",
     1, 6, 1, 8, "x = (**a)"},
    {"f(a, b c, d)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?",
     1, 6, 1, 9, "f(a, b c, d)"},
    {"[a in b c]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?",
     1, 2, 1, 10, "[a in b c]"},
    {"x, f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?",
     1, 4, 1, 7, "x, f() = 1"},
    {"for f() in y: pass\n", "SyntaxError", "cannot assign to function call",
     1, 5, 1, 8, "for f() in y: pass"},
    {"with a as f(): pass\n", "SyntaxError", "cannot assign to function call",
     1, 11, 1, 14, "with a as f(): pass"},
    {"[x for f() in y]\n", "SyntaxError", "cannot assign to function call",
     1, 8, 1, 11, "[x for f() in y]"},
    {"del f()\n", "SyntaxError", "cannot delete function call",
     1, 5, 1, 8, "del f()"},
    {"del x + 1\n", "SyntaxError", "cannot delete expression",
     1, 5, 1, 10, "del x + 1"},
    {"del *x\n", "SyntaxError", "cannot delete starred",
     1, 5, 1, 7, "del *x"},
    {"*a = 1\n", "SyntaxError", "starred assignment target must be in a list or tuple",
     1, 1, 1, 3, "*a = 1"},  // CPython: text None (compiler)
    {"(*a) = 1\n", "SyntaxError", "cannot use starred expression here",
     1, 2, 1, 4, "(*a) = 1"},
    {"None = 1\n", "SyntaxError", "cannot assign to None",
     1, 1, 1, 5, "None = 1"},
    {"... = 1\n", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?",
     1, 1, 1, 4, "... = 1"},
    {"x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible",
     1, 5, 1, 10, "x = yield = 1"},
    {"(x := 1) = 2\n", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?",
     1, 2, 1, 8, "(x := 1) = 2"},
    {"(a.b := 1)\n", "SyntaxError", "cannot use assignment expressions with attribute",
     1, 2, 1, 5, "(a.b := 1)"},
    {"lambda: 1 = 1\n", "SyntaxError", "cannot assign to lambda",
     1, 1, 1, 10, "lambda: 1 = 1"},
    {"a if b else c = 1\n", "SyntaxError", "cannot assign to conditional expression",
     1, 1, 1, 14, "a if b else c = 1"},
    {"a < b = 1\n", "SyntaxError", "cannot assign to comparison",
     1, 1, 1, 6, "a < b = 1"},
    {"f\"x\" = 1\n", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?",
     1, 1, 1, 5, "f\"x\" = 1"},
    {"{} = 1\n", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?",
     1, 1, 1, 3, "{} = 1"},
    {"(x for x in y) = 1\n", "SyntaxError", "cannot assign to generator expression",
     1, 1, 1, 15, "(x for x in y) = 1"},
    {"x, y: int\n", "SyntaxError", "only single target (not tuple) can be annotated",
     1, 1, 1, 2, "x, y: int"},
    {"[x]: int\n", "SyntaxError", "only single target (not list) can be annotated",
     1, 1, 1, 4, "[x]: int"},
    {"x + 1: int\n", "SyntaxError", "illegal target for annotation",
     1, 1, 1, 6, "x + 1: int"},
    {"x, y += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment",
     1, 1, 1, 5, "x, y += 1"},
    {"f(x) += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment",
     1, 1, 1, 5, "f(x) += 1"},
    {"await x = 1\n", "SyntaxError", "cannot assign to await expression here. Maybe you meant '==' instead of '='?",
     1, 1, 1, 8, "await x = 1"},
    {"def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument",
     1, 12, 1, 13, "def f(a=1, b): pass"},
    {"def f(*): pass\n", "SyntaxError", "named arguments must follow bare *",
     1, 7, 1, 8, "def f(*): pass"},
    {"def f(a, /, b, /): pass\n", "SyntaxError", "/ may appear only once",
     1, 16, 1, 17, "def f(a, /, b, /): pass"},
    {"def f(*a, *b): pass\n", "SyntaxError", "* argument may appear only once",
     1, 11, 1, 12, "def f(*a, *b): pass"},
    {"def f(**a, b): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument",
     1, 12, 1, 13, "def f(**a, b): pass"},
    {"def f(*a=1): pass\n", "SyntaxError", "var-positional argument cannot have default value",
     1, 9, 1, 10, "def f(*a=1): pass"},
    {"lambda *: 1\n", "SyntaxError", "named arguments must follow bare *",
     1, 9, 1, 10, "lambda *: 1"},
    {"from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses",
     1, 17, 1, 17, "from x import a,"},
    {"for *a in b: pass\n", "SyntaxError", "starred assignment target must be in a list or tuple",
     1, 5, 1, 7, "for *a in b: pass"},  // CPython: text None (compiler)
    {"[*a, *b] = c\n", "SyntaxError", "multiple starred expressions in assignment",
     1, 1, 1, 9, "[*a, *b] = c"},  // CPython: text None (compiler)
    {"(a < b) = 1\n", "SyntaxError", "cannot assign to comparison here. Maybe you meant '==' instead of '='?",
     1, 2, 1, 7, "(a < b) = 1"},
    {"[a] + 1 = 2\n", "SyntaxError", "cannot assign to expression",
     1, 1, 1, 8, "[a] + 1 = 2"},
    {"del (a, f())\n", "SyntaxError", "cannot delete function call",
     1, 9, 1, 12, "del (a, f())"},
    {"(yield) = 1\n", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?",
     1, 2, 1, 7, "(yield) = 1"},
    {"f(x, y for y in z)\n", "SyntaxError", "Generator expression must be parenthesized",
     1, 6, 1, 18, "f(x, y for y in z)"},
    {"x = 1\ny = f'{a +}'\n", "SyntaxError", "f-string: invalid syntax",
     2, 5, 2, 6, "(a +)"},
    {"async = 1\n", "SyntaxError", "invalid syntax",
     1, 7, 1, 8, "async = 1"},
    {"if x:\n    pass\n  # comment at odd indent\n   y = 1\n", "IndentationError", "unindent does not match any outer indentation level",
     4, 9, 4, 0, "   y = 1"},
    {"x = [1, 2 3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?",
     1, 9, 1, 12, "x = [1, 2 3]"},
    {"print(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?",
     1, 7, 1, 10, "print(a b)"},
    {"x = [print a]\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?",
     1, 6, 1, 13, "x = [print a]"},
    {"x = 'a\\\n", "SyntaxError", "unterminated string literal (detected at line 1)",
     1, 5, 1, 5, "x = 'a\\"},
    {"class A(x for x in y): pass\n", "SyntaxError", "invalid syntax",
     1, 11, 1, 14, "class A(x for x in y): pass"},
};

TEST(ParserTest, SyntaxErrorsMatchCPython) {
  for (const ErrorCase& c : kErrors) {
    ParseResult r = parse(c.src, "x.py", ast::Mode::File);
    ASSERT_TRUE(r.error) << c.src;
    EXPECT_FALSE(r.unit) << c.src;
    const SyntaxErrorInfo& e = *r.error;
    EXPECT_EQ(e.type, c.type) << c.src;
    EXPECT_EQ(e.msg, c.msg) << c.src;
    EXPECT_EQ(e.line, c.line) << c.src;
    EXPECT_EQ(e.col, c.col) << c.src;
    EXPECT_EQ(e.end_line, c.end_line) << c.src;
    EXPECT_EQ(e.end_col, c.end_col) << c.src;
    EXPECT_EQ(e.text, c.text) << c.src;
  }
}

TEST(ParserTest, FirstErrorWinsButTokenizerErrorsComeFirst) {
  // Two grammar mistakes: the first one is reported.
  ParseResult r = parse("x = (1 2)\ny = 3 4\n", "x.py", ast::Mode::File);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->msg, "invalid syntax. Perhaps you forgot a comma?");
  EXPECT_EQ(r.error->line, 1);
  // CPython tokenizes the rest of the file after a grammar error, and a
  // tokenizer error found there is the one it reports.
  ParseResult t = parse("x = (1 2)\ny = )\n", "x.py", ast::Mode::File);
  ASSERT_TRUE(t.error);
  EXPECT_EQ(t.error->msg, "unmatched ')'");
  EXPECT_EQ(t.error->line, 2);
}

// ---------------------------------------------------------------------------
// Modes

TEST(ParserTest, EvalModeIsOneExpression) {
  // ast.dump(ast.parse("1, x\n\n", mode="eval"))
  EXPECT_EQ(dump_of("1, x\n\n", ast::Mode::Eval),
            "Expression(body=Tuple(elts=[Constant(value=1), Name(id='x', ctx=Load())], "
            "ctx=Load()))");
  ParseResult r = parse("a + b", "<string>", ast::Mode::Eval);
  ASSERT_TRUE(r.unit);
  ASSERT_EQ(r.unit->body.size(), 1u);
  EXPECT_EQ(r.unit->body[0]->kind, ast::Kind::ExprStmt);
  // compile("x = 1", "<string>", "eval") and compile(" 1", ...) fail as in CPython.
  ParseResult bad = parse("x = 1", "<string>", ast::Mode::Eval);
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->msg, "invalid syntax");
  EXPECT_EQ(bad.error->col, 3);
  ParseResult indented = parse(" 1", "<string>", ast::Mode::Eval);
  ASSERT_TRUE(indented.error);
  EXPECT_EQ(indented.error->type, "IndentationError");
  EXPECT_EQ(indented.error->msg, "unexpected indent");
}

struct ReplCase {
  const char* src;     // the lines typed so far, each ending in a newline
  bool incomplete;     // the prompt would show "..." and read another line
  const char* error;   // the message when the input is complete but wrong
};

// CPython 3.11's interactive prompt: a compound statement ends with an empty
// line; an open bracket, triple-quoted string or trailing backslash asks for
// more; an error before the end of the input is reported at once.
const ReplCase kRepl[] = {
    {"x = 1\n", false, nullptr},
    {"1 + 2\n", false, nullptr},
    {"\n", false, nullptr},
    {"if x:\n", true, nullptr},
    {"if x:\n  y\n", true, nullptr},
    {"if x:\n  y\n\n", false, nullptr},
    {"if x: y\n", true, nullptr},
    {"if x: y\n\n", false, nullptr},
    {"def f():\n  return 1\n", true, nullptr},
    {"class A:\n  def f(self):\n    pass\n\n", false, nullptr},
    {"for x in y:\n  pass\nelse:\n", true, nullptr},
    {"@dec\n", true, nullptr},
    {"try:\n  x\n", true, nullptr},
    {"x = (1,\n", true, nullptr},
    {"x = [1,\n 2\n", true, nullptr},
    {"print(1\n", true, nullptr},
    {"x = '''abc\n", true, nullptr},
    {"'''a\n\n", true, nullptr},
    {"x = 1 + \\\n", true, nullptr},
    {"if x:\n  pass\n  \n", true, nullptr},
    {"print 'x'\n", false, nullptr},
    {"x +\n", false, "invalid syntax"},
    {"x = 1 2\n", false, "invalid syntax"},
    {"x = 'abc\n", false, "unterminated string literal (detected at line 1)"},
    {"def f(:\n", false, "invalid syntax"},
    {"if x:\n\n", false, "expected an indented block after 'if' statement on line 1"},
    {"try:\n  x\n\n", false, "expected 'except' or 'finally' block"},
    {"x = 1\ny = 2\n", false, "multiple statements found while compiling a single statement"},
    // Blocks nest: the innermost open header waits for its block, a shallower
    // line continues an outer block, and only an empty line ends them all.
    {"class Q:\n    def m(self):\n", true, nullptr},
    {"for x in y:\n    if x:\n", true, nullptr},
    {"with a:\n    for x in y:\n", true, nullptr},
    {"def f():\n    try:\n", true, nullptr},
    {"def f():\n    try:\n        x\n", true, nullptr},
    {"def f():\n    try:\n        x\n    except E:\n", true, nullptr},
    {"if x:\n    while y:\n        if z:\n", true, nullptr},
    {"if x:\n    if y:\n        pass\n    else:\n", true, nullptr},
    {"class Q:\n    @dec\n", true, nullptr},
    {"for x in y:\n    if x:\n        pass\n    print(x)\n", true, nullptr},
    {"for x in y:\n    if x:\n        pass\n    print(x)\n\n", false, nullptr},
    {"class Q:\n    '''doc'''\n    def m(self):\n        return 1\n\n", false, nullptr},
    {"class Q:\n    def m(self):\n\n", false,
     "expected an indented block after function definition on line 2"},
    {"def f():\n    try:\n        x\n\n", false, "expected 'except' or 'finally' block"},
    {"class Q:\n    @dec\n\n", false, "unexpected unindent"},
    {"if x:\n    pass\n  y\n", false, "unindent does not match any outer indentation level"},
};

TEST(ParserTest, InteractiveInputKnowsWhenItIsUnfinished) {
  for (const ReplCase& c : kRepl) {
    ParseResult r = parse(c.src, "<stdin>", ast::Mode::Interactive);
    EXPECT_EQ(r.incomplete, c.incomplete) << c.src;
    if (c.incomplete) continue;
    if (c.error) {
      ASSERT_TRUE(r.error) << c.src;
      EXPECT_EQ(r.error->msg, c.error) << c.src;
    } else {
      EXPECT_TRUE(r.unit) << c.src;
    }
  }
}

TEST(ParserTest, InteractiveTreeIsOneStatement) {
  // ast.dump(ast.parse("x = 1; y\n", mode="single"))
  EXPECT_EQ(dump_of("x = 1; y\n", ast::Mode::Interactive),
            "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], "
            "value=Constant(value=1)), Expr(value=Name(id='y', ctx=Load()))])");
}

// Each eval() and REPL input is a Unit that its functions keep alive: a tiny one
// must not hold a large block of node memory (it once held 256 KB).
TEST(ParserTest, NodeMemoryGrowsWithTheSource) {
  ParseResult tiny = parse("lambda: 1", "<string>", ast::Mode::Eval);
  ASSERT_TRUE(tiny.unit);
  EXPECT_LE(tiny.unit->arena.reserved_bytes(), size_t(4096));
}

TEST(ParserTest, DeepNestingDoesNotOverflow) {
  // CPython stops at 200 nested brackets ("too many nested parentheses");
  // long flat inputs parse without recursion.
  std::string deep(300, '(');
  ParseResult r = parse("x = " + deep + "\n", "x.py", ast::Mode::File);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->msg, "too many nested parentheses");
  std::string sum = "x = 0";
  for (int i = 0; i < 20000; ++i) sum += " + 1";
  EXPECT_TRUE(parse(sum + "\n", "x.py", ast::Mode::File).unit);
}

}  // namespace
