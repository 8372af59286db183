# PEP 563: under from __future__ import annotations every annotation stays text, written as ast.unparse writes it
"""A docstring may come before the future statement."""
from __future__ import annotations
import __future__
x: Undefined[int] = 3
y: "str"
def f(a: Forward, b: dict[str,   int | None] = None, *args: tuple[
        int, str], **kw: 'Q') -> Missing:
    pass
class C:
    p: Later
    q: int = 2
print(__annotations__)
print(f.__annotations__)
print(C.__annotations__, C.q)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
