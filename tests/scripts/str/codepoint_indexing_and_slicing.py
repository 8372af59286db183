# len, indexing and slicing count code points, not bytes, for non-ASCII text.
s = "añb€c😀d"
print(len(s), s[1], s[3], s[5], s[-1], s[-2])
print(s[1:4], s[::-1], s[::2], s[5:], s[:-3])
print(s[10:], s[-100:2], repr(s[3:3]))
print([c for c in s])
print(s.find("€"), s.index("😀"), "😀" in s)
try:
    s[7]
except IndexError as e:
    print(e)
