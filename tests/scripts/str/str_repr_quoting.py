# repr of str picks quotes like CPython and escapes control characters, not printable Unicode.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
          "back\\slash", "\x00\x7f", "é😀", "\r"]:
    print(repr(s))
print(str("as is"), ["in", "a list"], ("tuple", 1))
