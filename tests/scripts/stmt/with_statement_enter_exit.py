# with calls __enter__, binds its result with `as`, and calls __exit__ on normal exit too.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False
with Resource("a") as value:
    print("body sees", value)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
def early():
    with Resource("ret"):
        return "returned"
print(early())
for n in range(3):
    with Resource("loop%d" % n):
        if n == 1:
            break
print("after loop")
