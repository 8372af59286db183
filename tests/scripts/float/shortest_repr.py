# Float repr is the shortest string that round-trips.
for x in [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.5, 100.0, 0.5e-3, 123.456, 1.1 * 3,
          3.141592653589793, 2.0 ** 0.5, 9007199254740993.0, -0.0, 1e22, 1e23]:
    print(repr(x), str(x))
