# object.__new__(int) and friends: a builtin __new__ only makes instances of classes whose builtin base it serves
for args in [(1,), (int,), (list,), (type,), (bool,)]:
    try:
        object.__new__(*args)
    except TypeError as e:
        print(e)
class A:
    pass
class E(Exception):
    pass
print(type(object.__new__(A)).__name__)
for cls, target in [(object, E), (int, bool), (int, str)]:
    try:
        cls.__new__(target)
    except TypeError as e:
        print(e)
class MyInt(int):
    pass
print(int.__new__(MyInt, 5), type(int.__new__(MyInt, 5)).__name__)
