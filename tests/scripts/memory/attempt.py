# Helper for the memory tests: runs one allocation and prints how it ended.
def attempt(label, make):
    try:
        result = make()
        print(label, 'ok', len(result))
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, repr(e))
