# random: randrange's deprecation warnings for float arguments point at the caller's line, as CPython's
import random, warnings
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter('always')
    print(random.Random(1).randrange(10.0), random.Random(1).randrange(0, 10.0, 2.0))
    try:
        random.randrange(1.5)
    except ValueError as e:
        print(e)
    class Floaty(random.Random):
        def random(self):
            return 0.25
    print(Floaty().randrange(2**60))
for w in got:
    where = w.filename.rsplit("/", 1)[-1]
    print(w.category.__name__, str(w.message).replace("\n", "|"), where, w.lineno if where != "random.py" else "")
