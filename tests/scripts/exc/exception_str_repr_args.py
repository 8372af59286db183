# str(), repr() and .args of exceptions with zero, one and several arguments.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
          IndexError(5), Exception("x", None)]:
    print(repr(str(e)), repr(e), e.args)
