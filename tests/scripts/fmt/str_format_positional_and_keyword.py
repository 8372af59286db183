# str.format with automatic, numbered and named fields, attribute and index lookups, escapes.
print("{} and {}".format("ham", "eggs"))
print("{1} before {0}, {0} again".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} {x} {1}".format(1, 2, x="kw"))
print("{{literal braces}} {}".format("field"))
point = {"x": 3, "y": 4}
print("x={0[x]} y={0[y]} first={1[0]}".format(point, [9, 8]))
class P:
    name = "attr"
print("{0.name} {p.name}".format(P(), p=P()))
print("{!r} {!s}".format("quoted", "plain"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
