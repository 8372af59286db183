# Truthiness of instances: __bool__ first, then __len__, else always true.
class Never:
    def __bool__(self):
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Plain:
    pass
for obj in [Never(), Sized(0), Sized(2), Plain()]:
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy", not obj)
