# close() of a generator suspended in `yield from` closes the delegate first; GeneratorExit then reaches the delegator's handler.
def sub():
    try:
        while True:
            x = yield
            print("sub got", x)
    except GeneratorExit:
        print("sub exit")
        raise
    finally:
        print("sub finally")

def delegator():
    try:
        yield from sub()
    except GeneratorExit:
        print("delegator exit")
        raise

d = delegator()
next(d)
d.send(1)
d.close()
print("closed")

class Closeable:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        print("iterator close called")

def over_iterator():
    try:
        yield from Closeable()
    finally:
        print("over_iterator finally")

x = over_iterator()
next(x)
x.close()
