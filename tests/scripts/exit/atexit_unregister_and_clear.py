# atexit.unregister drops every registration of a function equal to it (the count keeps the slots); _run_exitfuncs runs and forgets the handlers; _clear forgets them; a handler registered while they run is dropped; bad arguments
import atexit

class Named:
    def __init__(self, name):
        self.name = name
    def __call__(self, *args):
        print("called", self.name, args)
    def __eq__(self, other):
        return isinstance(other, Named) and other.name == self.name
    __hash__ = None

already = atexit._ncallbacks()  # a site-packages .pth may have registered some
atexit.register(Named("a"), 1)
atexit.register(Named("b"))
atexit.register(Named("a"), 2)
print(atexit._ncallbacks() - already)
atexit.unregister(Named("a"))
print(atexit._ncallbacks() - already)
atexit.unregister(print)  # never registered: nothing happens
atexit._run_exitfuncs()
print("after _run_exitfuncs", atexit._ncallbacks())
atexit.register(Named("cleared"))
atexit._clear()
print("after _clear", atexit._ncallbacks())

def registers_another():
    print("registering a handler while they run")
    atexit.register(Named("too late"))

def unregisters_itself():
    print("unregistering itself")
    atexit.unregister(unregisters_itself)

atexit.register(Named("runs at exit"))
atexit.register(registers_another)
atexit.register(unregisters_itself)
for args in [(), (42,)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
print("end of script")
