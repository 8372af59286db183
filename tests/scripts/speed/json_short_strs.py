# json.loads shares a short string value that repeats within one call (one str object
# per text, from a small table of the call's strings), and a long array's list gives
# back the room its growth left. Values must come out equal to CPython's whatever the
# table holds: lengths around the cut (0, 1, 2, 15, 16 bytes), escapes that decode to
# a short text, non-ASCII and astral text, texts that collide in the table, strings
# next to keys with the same text, hooks that run the same decoder again mid-call,
# errors in the middle (the next call must not see the last one's strings), and long
# arrays of strings.
import json

short = ["", "a", "ab", "t3", "u10", "x" * 14, "y" * 15, "z" * 16, "é", "éé", "€", "\U0001f600",
         "tab\t", 'q"', "back\\", "\u00e9t\u00e9", "nul\u0000", "line\n"]
doc = json.dumps([short, short[::-1], {s: s for s in short}, [[s] * 3 for s in short]])
back = json.loads(doc)
print(back == [short, short[::-1], {s: s for s in short}, [[s] * 3 for s in short]])
print(back[0], back[1][:3], sorted(back[2])[:4])
print([len(s) for s in back[0]], [type(s).__name__ for s in back[0]][:3])

# Escaped and unescaped spellings of one text give one value either way.
print(json.loads(r'["ab", "\u0061b", "a\u0062", "\u00e9", "\u00c3\u00a9", "\ud83d\ude00", "\ud83d"]'))
print(json.loads('["ab", "ab", "abc", "ab"]', ) == ["ab", "ab", "abc", "ab"])

# Many distinct short texts: the table's slots are reused, the values stay right.
many = ["k%d" % i for i in range(3000)] + ["k%d" % (i % 50) for i in range(3000)]
got = json.loads(json.dumps(many))
print(got == many, len(got), got[2999], got[3049], got[-1])

# Strings made equal by different routes keep compare, hash and use as keys.
vals = json.loads('["key", "key", "k\\u0065y"]')
d = {}
for v in vals:
    d[v] = d.get(v, 0) + 1
print(d, hash(vals[0]) == hash("key"), vals[0] + vals[2], vals[1].upper())

# Keys and values with the same text.
print(json.loads('{"a": "a", "bb": {"a": "bb"}, "a2": ["a", "bb", "a2"]}'))

# A hook that runs the same decoder while the outer document is half read (and so
# empties the table under it).
seen = []
dec = json.JSONDecoder(object_hook=lambda o: (seen.append(dec.decode(o["inner"])), o)[1] if "inner" in o else o)
out = dec.decode('["x", "y", {"inner": "[\\"x\\", \\"z\\", \\"y\\"]"}, "x", "z", "y"]')
print(out, seen)

# An error half way: the next call starts clean.
for bad in ['["aa", "bb", "cc", x]', '["aa", "bb"', '["aa", "b\\q"]', '{"k": "v", "k2": }']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", e)
    print(json.loads('["aa", "bb", "cc", "dd"]'))

# Custom decoders: parse_constant and object_pairs_hook still see the strings.
print(json.loads('[NaN, "NaN", {"s": "t"}]', parse_constant=lambda c: "const " + c))
print(json.loads('{"s": "t", "u": ["t", "s"]}', object_pairs_hook=lambda p: p))
print(json.JSONDecoder().raw_decode('"ab" tail'), json.loads('"ab"'), json.loads('"é"'))

# scanstring (the Python-level entry) is unchanged.
from json import decoder
print(decoder.scanstring('"ab" "ab"', 1), decoder.scanstring('x"cd"', 2))

# Long arrays: past the scanner's stack, grown as lists, then trimmed; still lists
# that grow, shrink and copy as lists do.
for n in (255, 256, 257, 300, 1000, 4097, 20000):
    arr = json.loads(json.dumps(["s%d" % (i % 9) for i in range(n)]))
    arr.append("end")
    arr2 = arr[:]
    arr2.extend(arr)
    del arr[::2]
    print(n, len(arr), len(arr2), arr[:2], arr[-1], arr2[n - 1], arr2[-1])
nested = json.loads(json.dumps([[str(j % 4) for j in range(i % 600)] for i in range(0, 1500, 299)]))
print([len(x) for x in nested], nested[-1][-3:])
