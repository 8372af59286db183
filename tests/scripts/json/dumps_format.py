# json.dumps formats like CPython: indent, separators, sort_keys, ensure_ascii, default, allow_nan
import json
data = {"b": [1, 2.5, None, True, False], "a": {"x": "é\u2028\n\"\\", "y": []}, "c": {}, 3: -0.0,
        "emoji": "\U0001f600", "t": (1, "x"), "big": 10**20, "f": 1e100, "ctl": "\x00\x1f\x7f"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=False, ensure_ascii=False))
print(json.dumps({"z": 1, "a": [1, {"k": []}]}, sort_keys=True, indent=2))
print(json.dumps([1, [2, [3]], {}], indent=0))
print(json.dumps([1, {"a": 2}], indent="\t"))
print(json.dumps([1, {"a": 2}], indent=1, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
for bad in ([float("nan")], {1.5: 2}, {True: 1, None: 2, 2.0: 3}):
    try:
        print(json.dumps(bad, allow_nan=False))
    except ValueError as e:
        print("ValueError", e)
print(json.dumps({True: 1, None: 2, 2.5: 3, 7: 4}))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))
try:
    json.dumps([Point(1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(Enc(indent=3).encode({"s": {1}}))
print(json.dumps("plain"), json.dumps(None), json.dumps(12), json.dumps(True))
print("".join(json.JSONEncoder().iterencode({"a": [1, 2]})))
