# f-strings: !r, !s conversions, format specs, nested replacement fields in specs.
s = "text"
x = 3.14159
print(f"{s!r} {s!s} {s:>8} {s!r:>8}")
print(f"{x:.2f} {x:10.4f} {x:<10.1f}| {x:e}")
width, prec = 10, 3
print(f"[{x:{width}.{prec}f}] [{s:^{width}}]")
print(f"{255:x} {255:#b} {1234567:,} {0.5:.0%} {-7:+d}")
class Thing:
    def __repr__(self):
        return "Thing()"
    def __str__(self):
        return "a thing"
t = Thing()
print(f"{t} {t!r} {t!s}")
