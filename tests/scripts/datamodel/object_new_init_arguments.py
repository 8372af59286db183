# object.__new__ / object.__init__ reject extra arguments with CPython's two messages.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError:', e)


class Plain:
    pass


class InitOnly:
    def __init__(self, x):
        self.x = x


class NewOnly:
    def __new__(cls, x):
        return super().__new__(cls)


class BothForwarding:
    def __new__(cls, *a):
        return object.__new__(cls, *a)

    def __init__(self, *a):
        pass


class NewForwarding:
    def __new__(cls, *a):
        return super().__new__(cls, *a)


class InitForwarding:
    def __init__(self, *a):
        super().__init__(*a)


attempt('Plain(1)', lambda: Plain(1))
attempt('Plain(x=1)', lambda: Plain(x=1))
attempt('InitOnly(1)', lambda: InitOnly(1))
attempt('NewOnly(1)', lambda: NewOnly(1))
attempt('BothForwarding()', lambda: BothForwarding())
attempt('BothForwarding(1)', lambda: BothForwarding(1))
attempt('NewForwarding(1)', lambda: NewForwarding(1))
attempt('InitForwarding(1)', lambda: InitForwarding(1))
attempt('object.__new__(Plain, 1)', lambda: object.__new__(Plain, 1))
attempt('object.__new__(InitOnly, 1)', lambda: object.__new__(InitOnly, 1))
attempt('object.__new__(NewOnly, 1)', lambda: object.__new__(NewOnly, 1))
attempt('object.__init__(Plain(), 1)', lambda: object.__init__(Plain(), 1))
attempt('Plain().__init__(1)', lambda: Plain().__init__(1))
attempt('object.__init__(InitOnly(1), 1)', lambda: object.__init__(InitOnly(1), 1))
attempt('object.__init__(NewOnly(1), 1)', lambda: object.__init__(NewOnly(1), 1))
attempt('object(1)', lambda: object(1))
