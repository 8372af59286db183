# print's sep, end and file keywords; file=sys.stderr keeps text out of stdout.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print("no newline", end="")
print(" continues")
print()
print("to stdout explicitly", file=sys.stdout)
print("to stderr, not in stdout", file=sys.stderr)
print(1, 2.5, None, [1], sep=None, end=None)
print(*"xyz", sep="|")
