# Awaiting an int raises TypeError "object int can't be used in 'await' expression"
async def f():
    await 3

try:
    f().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 42

async def g():
    await BadAwait()

try:
    g().send(None)
except TypeError as e:
    print("TypeError:", e)
