# The collector runs while a comprehension or a lambda called from builtin code makes cycles, not only between statements.
import weakref
freed = []
class C:
    pass
# Each item makes a self-referencing instance, kept only by its cycle; how many were
# freed is read in the same statement, before any statement boundary.
refs, count = [(lambda c: (setattr(c, 'me', c), weakref.ref(c, freed.append))[1])(C()) for i in range(5000)], len(freed)
print('comprehension freed some before it ended:', count > 0)
freed.clear()
refs, count = list(map(lambda i: (lambda c: (setattr(c, 'me', c), weakref.ref(c, freed.append))[1])(C()), range(5000))), len(freed)
print('map with lambdas freed some:', count > 0)
del refs
