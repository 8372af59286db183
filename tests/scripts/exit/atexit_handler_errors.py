# an exception in an atexit handler (SystemExit and KeyboardInterrupt too) is reported as "Exception ignored in atexit callback" and the other handlers still run; the exit status stays 0
import atexit
import sys

class Handler:
    def __init__(self, name, action):
        self.name, self.action = name, action
    def __call__(self):
        print("running", self.name)
        self.action()
    def __repr__(self):
        return "<handler %s>" % self.name

def fail():
    raise ValueError("handler failed")

def interrupt():
    raise KeyboardInterrupt

atexit.register(Handler("last", lambda: None))
atexit.register(Handler("fails", fail))
atexit.register(Handler("exits", lambda: sys.exit(5)))
atexit.register(Handler("exits with a message", lambda: sys.exit("bye")))
atexit.register(Handler("interrupted", interrupt))
atexit.register(Handler("first", lambda: None))
print("end of script")
