# `print(...)` with one argument works the same in both languages; `print` followed by
# `(` is always the function call in hotpy. Only single-argument calls are used here,
# since print(a, b) prints a tuple under Python 2.
print('called with one argument')
print("value: %d" % 5)
print 'statement form after a call'
