# Float repr switches to exponent notation at 1e16 and below 1e-4, like CPython.
for x in [1e15, 1e16, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 1.5e300, 2.5e-300,
          5e-324, 1.7976931348623157e308, 12345678901234567.0]:
    print(repr(x))
