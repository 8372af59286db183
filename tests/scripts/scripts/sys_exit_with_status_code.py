# sys.exit(3) ends the program with exit status 3; output before it is flushed, after it not run.
import sys
print("before exit")
sys.exit(3)
print("never printed")
