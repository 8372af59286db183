# A block header on the last line of a script: CPython reading the file reports no column, so no caret.
print("not reached")
for x in range(3):
