# pass fills a body that must exist; a docstring alone is a body too.
def nothing():
    pass
class Empty:
    pass
def documented():
    "only a docstring"
for _ in range(3):
    pass
print(nothing(), documented(), type(Empty()).__name__)
if True:
    pass
else:
    pass
print("ok")
