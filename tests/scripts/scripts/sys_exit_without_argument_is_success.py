# sys.exit() and sys.exit(None) end the program with status 0.
import sys
print("about to exit")
if len(sys.argv) > 0:
    sys.exit()
print("never printed")
