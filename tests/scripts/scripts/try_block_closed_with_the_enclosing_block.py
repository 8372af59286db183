# A try whose block ends together with the block around it still asks for its except or finally.
print("not reached")
def f():
    try:
        x
print("after")
