@goto skip_first_line -- -x skips this line (not Python); the rest keeps the file's line numbers
# -x: the first line of the script is not read
import sys
print("runs", sys.argv)
raise ValueError("line 5")
