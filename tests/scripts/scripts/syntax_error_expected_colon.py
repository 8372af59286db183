# A compound statement header without its colon.
x = 1
if x > 0
    print("positive")
