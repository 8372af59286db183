# finally runs after normal exit, after an exception, on return, break and continue.
def with_return():
    try:
        return "returned"
    finally:
        print("finally on return")
print(with_return())
try:
    try:
        raise KeyError("k")
    finally:
        print("finally on exception")
except KeyError:
    print("exception still propagated")
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 1:
            break
    finally:
        print("finally in loop", i)
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
