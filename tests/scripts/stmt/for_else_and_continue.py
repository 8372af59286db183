# for-else runs else only without break; continue skips to the next item.
for x in [1, 2, 3]:
    if x == 2:
        continue
    print("x", x)
else:
    print("loop finished")
for x in range(10):
    if x * x > 20:
        print("first square over 20 is of", x)
        break
else:
    print("never")
for x in []:
    print("never")
else:
    print("empty loop still runs else")
