# PYTHONUNBUFFERED: as -u, print() reaches the descriptor at once
f = open(1, "w", closefd=False)
print("first, through sys.stdout")
f.write("second, through another file on fd 1\n")
f.flush()
