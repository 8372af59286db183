# None and bool: reprs, bool is an int subclass, and bool() of common values.
print(None, True, False, repr(None))
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, isinstance(True, int), type(True))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]))
print(bool(None), bool({}), bool(()), bool(range(0)), bool(set()))
print(str(True), int(False), float(True))
print(None == None, None == 0, None == False)
