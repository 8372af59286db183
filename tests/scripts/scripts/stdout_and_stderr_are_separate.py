# stdout and stderr are separate streams; write() returns the number of characters written.
import sys
n = sys.stdout.write("to stdout\n")
m = sys.stderr.write("to stderr\n")
print(n, m)
print("error line", file=sys.stderr)
sys.stdout.write("no newline at end")
