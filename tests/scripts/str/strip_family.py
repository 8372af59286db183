# strip, lstrip, rstrip remove whitespace or any of the given characters from the ends.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print(repr("   ".strip()), repr("".strip()), "abc".strip("")  )
print("www.example.com".strip("cmowz."))
