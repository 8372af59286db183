# open() for text: write returns the count, read returns everything, append adds to the end.
f = open("notes.txt", "w")
print(f.write("first line\n"), f.write("second line\n"))
f.close()
f = open("notes.txt")
print(repr(f.read()))
f.close()
f = open("notes.txt", "a")
f.write("third é\n")
f.close()
f = open("notes.txt", "r")
print(repr(f.read()))
f.close()
try:
    open("does-not-exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
