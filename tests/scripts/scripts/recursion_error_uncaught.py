# Unbounded recursion that nobody catches ends the program with RecursionError, status 1.
def forever(n):
    return forever(n + 1) + 1
print("starting")
forever(0)
