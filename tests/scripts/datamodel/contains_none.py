# `__contains__ = None` makes `in` a TypeError, with no fallback to iteration.
class NotAContainer:
    __contains__ = None

    def __iter__(self):
        return iter([1, 2])


for expr in (lambda: 1 in NotAContainer(), lambda: 1 not in NotAContainer()):
    try:
        expr()
    except TypeError as e:
        print('TypeError:', e)


class Iterates:
    def __iter__(self):
        return iter([1, 2])


print(1 in Iterates(), 3 in Iterates())
