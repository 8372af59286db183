# Any mapping serves as exec()/eval() locals: reads, writes and deletes go through its __getitem__/__setitem__/__delitem__, a dict subclass's overrides and __missing__ included.
class Logged:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
m = Logged()
exec("x = 1\ny = x + 1\ndel x\nprint(len('ab'))", {}, m)
print(m.data)
print(eval("y * 10", {}, m))
try:
    exec("del nothere", {}, m)
except NameError as e:
    print("NameError:", e)
class Defaulting(dict):
    def __missing__(self, key):
        return "missing " + key
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)
d = Defaulting()
exec("a = 1\nprint(a, b)", {}, d)
print(sorted(d))
try:
    exec("x = 1", {}, 5)
except TypeError as e:
    print("TypeError:", e)
g = {}
