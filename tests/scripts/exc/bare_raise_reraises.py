# A bare `raise` in a handler re-raises the exception being handled, unchanged.
def handler():
    try:
        raise LookupError("original")
    except LookupError:
        print("handling, then re-raising")
        raise
try:
    handler()
except LookupError as e:
    print("outer got:", e)
try:
    raise
except RuntimeError as e:
    print("bare raise with nothing active:", e)
