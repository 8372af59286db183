# json.loads builds each array on the scanner's stack, then makes its list at the exact
# size. Nested arrays, arrays inside objects, errors in the middle of nested arrays
# (the stack must be left as found, so the next parse is right), hooks that run the
# same scanner again while an array is half read, and a big top-level array.
import json

docs = [
    "[]", "[[]]", "[1]", "[1, [2, [3, [4, []]]], 5]", '[{"a": [1, 2]}, [], {"b": []}]',
    '{"x": [1, 2, 3], "y": [[4], [5, 6]], "z": []}', "[ 1 , 2 ,\n 3 ]",
    '["s", null, true, false, 1.5, -2, 1e3, {"k": "v"}]',
]
for d in docs:
    v = json.loads(d)
    print(v, type(v).__name__, json.dumps(v) == json.dumps(json.loads(json.dumps(v))))

bad = ["[1, [2, 3", "[1, [2, 3,]", "[1, [2 3]]", "[[[1, 2], [3, x]]]", "[1,", "[", "[1 2]",
       '[{"a": [1, 2}]']
for d in bad:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print("error:", e)
    print(json.loads("[7, [8, [9]]]"))  # the same decoder, right after the failure

dec = json.JSONDecoder()
print(dec.raw_decode("[1, 2] tail"), dec.raw_decode('[[1], {"a": [2]}]'))

# A hook that runs the same decoder while the outer array is being read.
calls = []


def hook(obj):
    if "inner" in obj:
        calls.append(reentrant.decode(obj["inner"]))
    return obj


reentrant = json.JSONDecoder(object_hook=hook)
print(reentrant.decode('[1, [2, {"inner": "[10, [20, 30], 40]"}, 3], 4]'), calls)
# An inner document big enough that its stack would be released after it.
def nest(depth):
    return [0] * 250 + [nest(depth - 1)] if depth else [1, 2]


inner = json.dumps(nest(6))
outer = reentrant.decode(json.dumps([1, [2, 3, {"inner": inner}, 4, [5, 6]], 7]))
print(outer[:1], outer[1][:2], outer[1][3:], outer[2:], len(calls[-1]), calls[-1][-1][-1][-1][-1][-1][-1])


def pairs_hook(pairs):
    if pairs and pairs[0][0] == "bad":
        raise ValueError("hook refused")
    return dict(pairs)


ph = json.JSONDecoder(object_pairs_hook=pairs_hook)
try:
    ph.decode('[1, [2, [3, {"bad": [4, 5]}]]]')
except ValueError as e:
    print("hook:", e)
print(ph.decode('[1, [2, [3, {"good": [4, 5]}]]]'))

# Long arrays (they leave the stack for a vector of their own) inside short ones.
mixed = json.loads(json.dumps([1, list(range(1000)), 2, [3, list(range(700)), [4] * 256, [5] * 257], 6]))
print(mixed[0], len(mixed[1]), mixed[1][-3:], mixed[2], mixed[3][0], len(mixed[3][1]), len(mixed[3][2]),
      len(mixed[3][3]), mixed[3][3][-1], mixed[4])
try:
    json.loads("[" + "1, " * 600 + "[2, 3], x]")
except json.JSONDecodeError as e:
    print("error:", e)
print(json.loads("[[1, 2], [3]]"))

# A big top level, and lists that grow after parsing (their size was exact).
big = json.loads(json.dumps([[i, [i] * (i % 5)] for i in range(3000)]))
print(len(big), big[0], big[4], big[-1])
for row in big[:5]:
    row[1].append("more")
    row[1].extend(range(3))
print(big[:5], sum(len(r[1]) for r in big))
