# except* semantics (PEP 654): matching parts, naked exceptions, re-raise, new raises, else/finally, sys.exc_info
import sys

def run(label, body):
    try:
        body()
        print(label, "-> nothing raised")
    except BaseException as e:
        print(label, "->", repr(e))
        return e

def eg():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [KeyError(3), ValueError(4)])])

def t1():
    try:
        raise eg()
    except* ValueError as e:
        print("  V", repr(e))
    except* KeyError as e:
        print("  K", repr(e))
run("partial", t1)

def t2():
    try:
        raise eg()
    except* (ValueError, TypeError, KeyError) as e:
        print("  all", repr(e))
run("all", t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  naked", repr(e), type(e).__name__, repr(e.exceptions[0]))
run("naked matched", t3)

def t4():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("  not here")
e = run("naked unmatched", t4)
print("  same type:", type(e).__name__)

def t5():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run("naked reraised", t5)

def t6():
    try:
        raise eg()
    except* ValueError:
        raise
    except* KeyError:
        pass
run("reraise part", t6)

def t7():
    try:
        raise eg()
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError as e:
        raise e
run("raise new", t7)

def t8():
    try:
        raise eg()
    except* ValueError:
        raise RuntimeError("first")
    except* TypeError:
        raise
    except* KeyError:
        raise OSError("second")
e = run("two new", t8)
print("  contexts:", [repr(x.__context__) for x in e.exceptions])

def t9():
    try:
        print("  body")
    except* ValueError:
        print("  no")
    else:
        print("  else")
    finally:
        print("  finally")
run("else/finally", t9)

def t10():
    try:
        raise eg()
    except* ValueError:
        print("  handled V, exc_info:", repr(sys.exc_info()[1]))
    finally:
        print("  finally sees", repr(sys.exc_info()[1]))
run("finally with rest", t10)

def t11():
    try:
        raise eg()
    except* ExceptionGroup:
        pass
run("group type", t11)

def t12():
    try:
        raise eg()
    except* (ValueError, BaseExceptionGroup):
        pass
run("group type in tuple", t12)

def t13():
    try:
        raise eg()
    except* int:
        pass
run("not an exception type", t13)

def t14():
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        print("  base group:", type(e).__name__)
run("base exception", t14)

def t15():
    for i in range(3):
        try:
            raise eg()
        except* ValueError:
            for j in range(5):
                if j == 1:
                    break
                continue
        except* (TypeError, KeyError):
            pass
    print("  loops fine")
run("loops inside except*", t15)

def t16():
    try:
        raise eg()
    except* ValueError as e:
        pass
    print("  bound after:", "e" in locals())
run("name unbound", t16)

def t17():
    try:
        raise eg()
    except* ValueError:
        raise ValueError("replaces")
    except* ValueError:
        print("  never: already taken")
run("each part once", t17)

def t18():
    try:
        try:
            raise TypeError(1)
        except* TypeError:
            raise ValueError(2)
    except* ValueError as e:
        print("  outer", repr(e), repr(e.exceptions[0].__context__))
run("nested try", t18)

def gen():
    try:
        yield 1
        raise eg()
    except* ValueError:
        yield 2
    except* Exception as e:
        yield repr(e)
print(list(gen()))
