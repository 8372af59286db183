# async with awaits __aenter__ and __aexit__, which can suppress the exception
class Manager:
    def __init__(self, suppress):
        self.suppress = suppress
    async def __aenter__(self):
        print("enter")
        return "resource"
    async def __aexit__(self, typ, value, tb):
        print("exit", typ.__name__ if typ else None)
        return self.suppress

async def main():
    async with Manager(False) as r:
        print("body", r)
    async with Manager(True):
        raise KeyError("x")
    print("suppressed")
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)

try:
    main().send(None)
except StopIteration:
    print("finished")
