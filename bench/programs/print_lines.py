# Output: print() with several arguments, sep/end, f-strings and sys.stdout.write,
# 400k lines to stdout (print's buffered fast path), then a checksum line.
import sys


def main(n):
    write = sys.stdout.write
    total = 0
    for i in range(n):
        print(i, "item", i * 3)
        print(f"line {i}: {i % 7}", end="\n")
        print("a", "b", i, sep="-")
        write("w" + str(i) + "\n")
        total += i % 13
    print("checksum", total)


main(100000)
