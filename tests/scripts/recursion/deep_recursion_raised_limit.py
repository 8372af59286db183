# After sys.setrecursionlimit(100000), plain recursion 50,000 deep works and deeper recursion stops at the limit.
import sys

sys.setrecursionlimit(100000)


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


print(down(50000))


def ident(x):
    return x


def in_arguments(n):
    return 0 if n == 0 else ident(in_arguments(n - 1)) + 1


print(in_arguments(40000))

depth = 0


def plain():
    global depth
    depth += 1
    plain()


try:
    plain()
except RecursionError as e:
    print(depth, e)


def nested(x=0):
    global depth
    depth += 1
    return nested(nested(x))


depth = 0
try:
    nested()
except RecursionError as e:
    print(depth, e)


class Node:
    def __init__(self, child):
        self.child = child

    def size(self):
        return 1 if self.child is None else self.child.size() + 1


tree = None
for _ in range(40000):
    tree = Node(tree)
print(tree.size())
