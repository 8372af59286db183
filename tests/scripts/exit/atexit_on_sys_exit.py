# atexit handlers run when sys.exit ends the program, which keeps its status
import atexit
import sys

atexit.register(lambda: print("handler ran, sys.exit's status is kept"))
try:
    sys.exit(3)
finally:
    print("finally block first")
