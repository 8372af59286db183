# `raise X from Y` sets __cause__; `from None` suppresses the context.
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(type(v.__cause__).__name__, v.__cause__, v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as r:
    print(r.__cause__, r.__suppress_context__, type(r.__context__).__name__)
