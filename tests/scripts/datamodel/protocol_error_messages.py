# CPython's messages for a half context manager and for bases without a consistent MRO.
class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *exc):
        return False


for manager in (OnlyEnter(), OnlyExit(), 42):
    try:
        with manager:
            pass
    except TypeError as e:
        print('TypeError:', e)


class OnlyAenter:
    async def __aenter__(self):
        return self


async def use(manager):
    async with manager:
        pass


for manager in (OnlyAenter(), OnlyEnter()):
    try:
        use(manager).send(None)
    except TypeError as e:
        print('TypeError:', e)


class A:
    pass


class B(A):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
