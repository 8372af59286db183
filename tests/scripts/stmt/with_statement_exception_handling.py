# __exit__ receives the exception; returning True swallows it, False lets it propagate.
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__ if exc_type else None, exc)
        return exc_type is not None and issubclass(exc_type, KeyError)
with Suppress():
    {}["missing"]
print("KeyError swallowed")
try:
    with Suppress():
        raise ValueError("passes through")
except ValueError as e:
    print("caught outside:", e)
with Suppress():
    print("no exception")
