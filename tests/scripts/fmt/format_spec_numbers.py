# Numeric format specs: fixed, exponent, general, percent, thousands, sign, bases, zero padding.
x = 1234.5678
print("{:.2f} {:10.3f} {:e} {:.2E} {:g} {:.3g}".format(x, x, x, x, x, x))
print("{:,} {:_} {:,.2f} {:%} {:.1%}".format(1234567, 1234567, x, 0.25, 0.0512))
print("{:+d} {:+d} {: d} {:d}".format(5, -5, 5, 2 ** 70))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:08b}".format(255, 255, 8, 5, 255, 8, 5, 5))
print("{:05d} {:05.1f} {:>+7.2f} {:.0f} {:.0f}".format(42, 3.14159, 2.5, 2.5, 3.5))
print("{:g} {:g} {:g} {:.2f}".format(1e20, 0.0001, 100.0, float("inf")))
print("{:f} {} {:.3}".format(1 / 3, 1 / 3, 1 / 3))
