# replace (all or the first n) and count of non-overlapping occurrences.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("bird", "cat"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"))
print(s.count("fish"), s.count("o"), "aaaa".count("aa"), "abc".count(""), s.count("fish", 10))
