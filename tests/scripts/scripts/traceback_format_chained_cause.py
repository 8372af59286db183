# `raise ... from ...` uncaught: both tracebacks, joined by the "direct cause" line.
def parse(text):
    try:
        raise ValueError("not a number: " + text)
    except ValueError as e:
        raise RuntimeError("bad config") from e

parse("abc")
