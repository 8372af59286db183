# The attribute builtins read, write, test and delete attributes by name.
class Obj:
    cls_attr = "class level"
o = Obj()
setattr(o, "color", "red")
print(getattr(o, "color"), o.color, getattr(o, "cls_attr"), getattr(o, "nope", "fallback"))
print(hasattr(o, "color"), hasattr(o, "nope"), hasattr(Obj, "cls_attr"))
delattr(o, "color")
print(hasattr(o, "color"))
try:
    getattr(o, "color")
except AttributeError as e:
    print(e)
try:
    delattr(o, "color")
except AttributeError as e:
    print("delattr:", e)
print(getattr("abc", "upper")(), getattr([1, 2], "count")(1))
