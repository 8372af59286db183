# == and != of two strs: two interned strs (names, short constants, sys.intern) are
# equal only when they are one object; any other pair is compared by its text.
import sys
EMPTY, BLACK = ".", "X"
cells = [EMPTY, BLACK, "".join(["."]), "X" * 1, sys.intern("".join(["ab", "c"]))]
for a in cells:
    print([a == b for b in cells], [a != b for b in cells])
dynamic = "".join(["a", "bc"])
print(dynamic == "abc", "abc" == dynamic, dynamic != "abc", sys.intern(dynamic) == "abc")
print("abc" == sys.intern("abc"), "abd" != sys.intern("abc"))


class S(str):
    def __eq__(self, other):
        print("S.__eq__")
        return True

    __hash__ = str.__hash__


print(S("x") == "y", "y" == S("x"), "name" == "other", "name" != "name")
print([k == "b" for k in {"a": 1, "b": 2}])
print("é" == "é", "é" == "e", "\u00e9" != "e\u0301")
