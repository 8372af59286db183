# int() falls back on __trunc__, whose result may be any object with __index__.
class Index:
    def __index__(self):
        return 9


class BadIndex:
    def __index__(self):
        return 'nine'


class Truncates:
    def __init__(self, result):
        self.result = result

    def __trunc__(self):
        return self.result


for result in (4, True, Index(), 'x', 2.5, BadIndex()):
    try:
        print(repr(int(Truncates(result))))
    except TypeError as e:
        print('TypeError:', e)
