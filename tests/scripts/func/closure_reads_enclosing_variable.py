# An inner function sees the enclosing variable's current value, even after the outer returns.
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
def make_adder(n):
    def add(m):
        return n + m
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def level1():
    a = "a"
    def level2():
        b = "b"
        def level3():
            return a + b
        return level3
    return level2()
print(level1()())
