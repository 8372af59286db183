# type() names classes; isinstance/issubclass on builtin types, with tuples; bool is an int.
for v in [1, 1.5, "s", None, True, [], (), {}, set(), range(1), len]:
    print(type(v))
print(type(1) is int, type("a") == str, type(type(1)), type(int).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("x", object), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)))
print(issubclass(KeyError, Exception), issubclass(type, object))
