# json.dumps reserves room for the last big text (1 MB or more) it wrote: the next text
# is written in place if it is about as long, grows as usual if longer, and a small
# one is copied out of the big reservation. Every text must be exactly CPython's:
# big, then small, empty and failing ones, then bigger, then big again, with default()
# hooks and a failure half way through a big document.
import json


def digest(text):
    data = text.encode()
    return len(text), sum(data), sum(data[::7]), text.count('"'), text[:40], text[-20:]


rows = [{"id": i, "name": "row-%d é \"q\"" % i, "vals": [i, i * 0.5, None, True], "n": {"k": i % 3}}
        for i in range(12000)]
big = json.dumps(rows)
print(digest(big))
print(digest(json.dumps(rows[:3])), json.dumps([]), json.dumps({}), json.dumps("x"), json.dumps(1))
print(digest(json.dumps(rows + rows[:6000])))  # longer than the reservation
print(digest(json.dumps(rows[:11000])))  # a little shorter
print(digest(json.dumps(rows)) == digest(big))
print(digest(json.dumps(rows, separators=(",", ":"), sort_keys=True)))
print(digest(json.dumps(rows[:2000], ensure_ascii=False)))


class Point:
    def __init__(self, x):
        self.x = x


def default(o):
    if isinstance(o, Point):
        return {"x": o.x}
    raise TypeError("no " + type(o).__name__)


pts = [Point(i) for i in range(60000)]
print(digest(json.dumps(pts, default=default)))
try:
    json.dumps(pts[:50000] + [object()] + pts[:10], default=default)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(rows + [float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(digest(json.dumps(rows[:5])), digest(json.dumps(rows)) == digest(big))
print(json.loads(json.dumps(rows))[-1] == rows[-1])
