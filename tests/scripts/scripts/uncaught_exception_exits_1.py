# An uncaught exception prints a traceback to stderr and exits with status 1 after earlier output.
print("output before the error")
def check(value):
    if value < 0:
        raise ValueError("negative value: %d" % value)
    return value
check(1)
check(-5)
print("never printed")
