# for loops whose target is a tuple or list of locals, over exact tuples, tuple
# subclasses, lists, strings and iterators of the wrong length; bodies that break,
# continue, return, raise and run else clauses; tracebacks name the right lines.
import sys
import traceback


class Pair(tuple):
    def __iter__(self):
        yield "overridden"
        yield "iteration"


def walk(items):
    out = []
    for a, b in items:
        out.append((a, b))
    return out


for items in ([(1, 2), (3, 4)], [Pair((5, 6))], [[7, 8]], ["xy"], [iter((9, 10))], [(1, 2), (3, 4, 5)], [(1,)], [5]):
    try:
        print(walk(items))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def list_target(items):
    out = []
    for [a, b] in items:
        out.append(a * b)
    return out


print(list_target([(2, 3), (4, 5)]), list_target([[6, 7]]))


def nested(items):
    out = []
    for i, (a, b) in enumerate(items):
        out.append(i + a + b)
    for k, v in dict(items).items():
        out.append(k - v)
    for x, y, z in zip(range(3), "abc", [1.5, 2.5, 3.5]):
        out.append((x, y, z))
    return out


print(nested([(10, 1), (20, 2), (30, 3)]))


def flow(items):
    seen = []
    for a, b in items:
        if a == 0:
            continue
        if a < 0:
            break
        seen.append(b)
    else:
        seen.append("else")
    return seen


print(flow([(1, "x"), (0, "skipped"), (2, "y")]), flow([(1, "x"), (-1, "stop"), (2, "y")]))


def early(items):
    for a, b in items:
        if a > 1:
            return b
    return None


print(early([(1, "a"), (2, "b"), (3, "c")]), early([]))


def failing(items):
    total = 0
    for a, b in items:
        total += a
        total += b  # line of the failure
    return total


try:
    failing([(1, 2), (3, None)])
except TypeError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(frame.name, frame.lineno, frame.line) for frame in tb])


def after_loop_line():
    for a, b in [(1, 2)]:
        pass
    return sys._getframe().f_lineno


print(after_loop_line())


def rebinding(items):
    # The target's names are the loop's: assigning them in the body changes nothing
    # the loop reads.
    out = []
    for a, b in items:
        a, b = b, a
        out.append(a - b)
    return out


print(rebinding([(1, 5), (2, 9)]))
