# sys.argv[0] is the script path as given on the command line; no arguments means length 1.
import sys
print(sys.argv[0], len(sys.argv), type(sys.argv).__name__)
