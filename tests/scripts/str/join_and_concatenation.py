# str.join takes any iterable of strings; + and * build new strings.
print(", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"))
print("|".join([]), "+".join(["solo"]))
print("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, "x" * -2 == "")
try:
    ", ".join(["a", 1])
except TypeError as e:
    print(e)
parts = []
for i in range(5):
    parts.append(str(i))
print("".join(parts))
