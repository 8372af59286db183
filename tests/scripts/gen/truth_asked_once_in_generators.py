# Generator bodies (the stackless runner) ask each operand's truth once too.
class A:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
def gen():
    i = 0
    while A(i < 2) and not A(False):
        if A(False) or A(i == 1):
            yield "one"
        else:
            yield i
        i += 1
    yield [x for x in range(3) if not A(x == 1)]
    yield list(x for x in range(2) if A(True) and A(x == 0))
print(list(gen()))
