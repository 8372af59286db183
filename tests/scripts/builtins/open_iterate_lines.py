# Iterating a text file yields lines with their newlines; readline and readlines too.
with open("data.txt", "w") as f:
    f.write("alpha\nbeta\n\ngamma")
with open("data.txt") as f:
    for line in f:
        print(repr(line))
with open("data.txt") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open("data.txt") as f:
    print([line.strip() for line in f if line.strip()])
