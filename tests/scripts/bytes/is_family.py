# the bytes is* family: only ASCII counts, and empty bytes are False (isascii True)
samples = [b'', b'abc', b'ABC', b'Abc', b'Abc Def', b'abc1', b'123', b' \t\n', b'\xe9', b'a b', b'Ab1C']
for s in samples:
    print(s, s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper())
