# str() and print of floats and ints inside text use repr's shortest form.
values = [0.1 + 0.2, 1e16, 1 / 3, 2.0, 10 ** 20, -0.0]
print("values:", values)
print("joined: " + ", ".join([str(v) for v in values]))
print("%s %r" % (0.1, 0.1), "{} {!r}".format(0.1, 0.1), f"{0.1} {0.1!r}")
