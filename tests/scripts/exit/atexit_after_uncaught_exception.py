# atexit handlers run after an uncaught exception's traceback is printed; the status stays 1
import atexit
import sys

def handler():
    sys.stderr.write("handler runs after the traceback\n")
    print("handler's stdout")

atexit.register(handler)
raise RuntimeError("uncaught")
