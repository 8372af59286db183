# match: a capture is an assignment to the resolver: local in a function, a cell for closures, global under `global`
x = "global x"
def local_capture():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    match 1:
        case x:
            pass
    return x
print(local_capture())
def closure():
    match {"k": [1, 2]}:
        case {"k": [first, *rest]}:
            pass
    return lambda: (first, rest)
print(closure()())
def rebinds_global():
    global x
    match "new":
        case str() as x:
            pass
rebinds_global()
print(x)
class Namespace:
    match (1, 2):
        case (left, right):
            pass
print(Namespace.left, Namespace.right)
