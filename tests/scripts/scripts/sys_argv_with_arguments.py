# Command-line arguments after the script name arrive in sys.argv as strings.
import sys
print(sys.argv[1:])
print(sum([int(a) for a in sys.argv[1:] if a.isdigit()]))
