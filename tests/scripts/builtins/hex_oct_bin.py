# hex, oct, bin of positive, negative and big ints.
for n in [0, 5, 255, -255, 2 ** 64, -(2 ** 70) + 1]:
    print(hex(n), oct(n), bin(n))
