# min(a, b) and max(a, b) of two small ints or floats, answered without a comparison call: ties, signed zeros, NaN, and the mixed pairs that go the general way.
nan = float("nan")
print(min(1, 2), max(1, 2), min(2, 1), max(2, 1), min(3, 3), max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan), min(1, 2.5), max(True, 1), max(1, True), min(False, 0))
print(min(2**70, 3), max(2**70, 3), min(1.5, 2), max(-1, -2))
print(min(3, 1, key=lambda v: -v), max(1, 2, key=None), min([4, 2]), max(5, 6, *[]))
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
class Big(int):
    def __lt__(self, o):
        return "called"
print(min(Big(5), Big(7)), min(Big(5), 3))
