# atexit handlers run at exit, last registered first, with the arguments given to register (which returns the function, so it works as a decorator)
import atexit

already = atexit._ncallbacks()  # a site-packages .pth may have registered some

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

print(atexit.register(show, "first") is show)
atexit.register(show, 1, 2, key="value")
atexit.register(show)

@atexit.register
def decorated():
    print("decorated, registered last, runs first")

atexit.register(print, "print as a handler", sep="|")
print(atexit._ncallbacks() - already)
print("end of script")
