# match: a mapping pattern takes len() only with keys, evaluates every key, then looks them up with get()
class Loud(dict):
    def __len__(self):
        print("len")
        return dict.__len__(self)
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)
class Keys:
    def __getattr__(self, name):
        print("key", name)
        return name
k = Keys()
match Loud(a=1, b=2):
    case {k.a: 1, k.c: 3}:
        print("no")
    case {k.a: 1, k.b: 2, k.c: 3}:
        print("too many keys")
    case {**rest}:
        print("rest", sorted(rest.items()))
match Loud(a=1):
    case {}:
        print("empty pattern matches")
