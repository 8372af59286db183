# Strings are immutable: item assignment fails; methods return new strings.
s = "hello"
try:
    s[0] = "j"
except TypeError as e:
    print(e)
t = s.upper()
print(s, t)
u = s
s += " world"
print(u, "|", s)
