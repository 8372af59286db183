# An exception not handled by inner handlers propagates outward through frames.
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("wrong handler")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "recovered"
print(level1())
