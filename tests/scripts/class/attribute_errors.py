# Missing attributes raise AttributeError with CPython's messages.
class Thing:
    def __init__(self):
        self.present = 1
t = Thing()
try:
    t.absent
except AttributeError as e:
    print(e)
try:
    Thing.nope
except AttributeError as e:
    print(e)
try:
    (5).nope
except AttributeError as e:
    print(e)
try:
    "s".nope()
except AttributeError as e:
    print(e)
print(getattr(t, "absent", "default"))
