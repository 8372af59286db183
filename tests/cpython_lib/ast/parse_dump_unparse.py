# ast.parse (compile with PyCF_ONLY_AST) gives CPython's tree and positions; CPython's ast module dumps, unparses, walks and literal_evals it
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import ast
src = '''
import os, sys as s
from . import x
@dec(1)
async def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str:
    """doc"""
    x = [i * 2 for i in range(10) if i % 2]
    y = {k: v for k, v in z.items()}
    async for q in r: await q
    async with m as n: pass
    return f"{a!r:>{b}} and {c}"
class C(B, metaclass=M):
    t: int = 3
    def g(self): yield from self.h; yield
try:
    del a[1:2, ::3], b.c
except (E, F) as e:
    raise X from e
else: pass
finally: pass
while not a and b or c: break
for i, *j in k: continue
else: global g
lam = lambda x, *y, z=1: (x if y else z)
n = -1 + ~2 ** 3 @ m // 4 % 5 << 6 >> 7 & 8 | 9 ^ 10
assert 1 < 2 <= 3 != 4 is not None in [] , 'msg'
match p:
    case [1, *rest] if rest: pass
    case {'k': v, **kw}: pass
    case Point(x=0, y=_) | None: pass
    case str() as s2: pass
print((yield), {1, 2}, {**d}, b'by', 1.5, 2j, ..., True, (a := 3))
'''
tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True))
print(ast.dump(ast.parse('1 + 2', mode='eval')))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4, 'c': 1+2j}"))
print(ast.unparse(tree))
for node in ast.walk(ast.parse('x = 1\ny = x + 2')):
    print(type(node).__name__, getattr(node, 'lineno', None), getattr(node, 'col_offset', None), getattr(node, 'end_col_offset', None))
try:
    ast.parse('x = (1,')
except SyntaxError as e:
    print('SyntaxError', e.lineno)
print(ast.get_docstring(ast.parse('"""hi"""\nx=1')))
print(ast.dump(ast.parse('s = "é" + x.é', mode='exec'), include_attributes=True))
