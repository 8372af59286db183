# match: mapping patterns, **rest, value-pattern keys, lookups through get()
class Keys:
    name = "name"
class Logged(dict):
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)
def look(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return ("point", x, y)
        case {Keys.name: n, **others}:
            return ("named", n, sorted(others.items()))
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"name": "n", "a": 1, "b": 2}, {}, {"q": 1}, [("name", 1)], "name"]:
    print(look(v))
print(look(Logged(name="lg", c=1)))
Keys.other = "name"
try:
    match {"name": 1}:
        case {Keys.name: 1, Keys.other: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)
