# printf-style % formatting: s, r, d, i, f, e, x, o, c, %%, widths, flags, tuple and dict args.
print("%s is %d years" % ("Ann", 30))
print("%r %s" % ("q", "q"), "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef")
print("%d %i %5d %-5d| %05d %+d" % (1, 2, 3, 4, 5, 6))
print("%f %.2f %8.3f %-8.1f| %e %.1E" % (1.5, 3.14159, 2.0, 2.25, 12345.678, 0.00012))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("100%% sure, %s" % "really")
print("%(name)s has %(n)d items" % {"name": "cart", "n": 3})
print("%s" % [1, 2], "%s" % (None,), "%d" % 3.99, "%s %s" % (True, 1.0))
print("%g %g %g" % (0.5, 1e-10, 123456789.0))
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)
