# `and`/`or` return an operand, not a bool, and skip the right side when they can.
def loud(v):
    print("evaluated", repr(v))
    return v
print(0 or "default", "" or [] or 0, 3 and 4, 0 and loud("never"))
print(None or loud("right"))
print(1 or loud("never"))
print(loud([]) and loud("never"))
x = [] or None
print(x)
print(not "", not "a", not None, not 0.0)
