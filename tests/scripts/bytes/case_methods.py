# bytes.title, capitalize and swapcase change ASCII letters only
for s in [b'hello world', b'HELLO wORLD', b"they're bill's", b'\xe9t\xe9 ab', b'', b'1a2b']:
    print(s.title(), s.capitalize(), s.swapcase(), s.upper(), s.lower())
try:
    b'a'.title(1)
except TypeError as e:
    print(e)
