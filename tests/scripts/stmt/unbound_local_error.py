# A name assigned anywhere in a function is local everywhere in it: reading it first fails.
x = "global"
def f():
    print(x)
    x = "local"
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
