# One except clause can name a tuple of exception types.
for bad in [lambda: int("x"), lambda: [][1], lambda: {}["k"], lambda: None + 1]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print("value-or-index:", type(e).__name__)
    except (KeyError, TypeError) as e:
        print("key-or-type:", type(e).__name__)
