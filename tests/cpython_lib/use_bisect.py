# CPython's bisect module, its pure-Python source unmodified, on hotpy: bisect, insort, key functions
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import bisect
assert bisect.__file__.startswith("/usr/lib/python3.11/"), bisect.__file__
a = [1, 2, 2, 4]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 3))
bisect.insort(a, 3); print(a, bisect.bisect([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
