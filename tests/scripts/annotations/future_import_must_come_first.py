# A future statement after other code is a SyntaxError at compile time, with its location
x = 1
from __future__ import annotations
print("not reached")
