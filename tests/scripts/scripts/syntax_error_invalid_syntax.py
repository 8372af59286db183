# A syntax error anywhere stops the whole file from running: nothing is printed.
print("never printed, the file does not compile")
x = = 1
