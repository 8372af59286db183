# assert does nothing when true, raises AssertionError (with the message) when false.
assert 1 + 1 == 2
assert [1], "non-empty list is true"
try:
    assert 1 > 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than " + str(2)
except AssertionError as e:
    print("message:", e)
