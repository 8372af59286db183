# A call nested in another call's arguments counts one level, not two: ack(2, 440) recurses ~880 deep.
import sys


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print(sys.getrecursionlimit())
print(ack(2, 440))
print(ack(3, 5))

depth = 0


def nested(x=0):
    global depth
    depth += 1
    return nested(nested(x))


try:
    nested()
except RecursionError as e:
    print("nested arguments", depth, e)
