# try-else runs only when the try body raised nothing; its own errors are not caught there.
def attempt(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        print("division failed")
    else:
        print("division gave", v)
attempt(2)
attempt(0)
try:
    try:
        pass
    except ValueError:
        print("never")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer caught", e)
