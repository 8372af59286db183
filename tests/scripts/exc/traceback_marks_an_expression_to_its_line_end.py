# An expression that goes on to the next line is marked to the end of its first line.
n = 1
total = [n +
         "a"]
