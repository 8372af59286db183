# __set_name__ runs over a copy of the class namespace (hooks may add or delete attributes); a failing hook is wrapped in RuntimeError
class Adds:
    def __set_name__(self, owner, name):
        setattr(owner, name + "_sib", 121)
class Deletes:
    def __set_name__(self, owner, name):
        delattr(owner, "victim")
class T:
    a = Adds()
    d = Deletes()
    victim = Adds()
print(T.a_sib, hasattr(T, "victim"), T.victim_sib)
class Fails:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class U:
        x = Fails()
except RuntimeError as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
