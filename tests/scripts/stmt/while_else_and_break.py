# while-else: the else runs when the condition goes false, not when the loop breaks.
i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("else after normal exit, i =", i)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never")
print("broke at", n)
k = 10
while k > 0:
    k -= 3
    if k % 2 == 0:
        continue
    print("odd k", k)
