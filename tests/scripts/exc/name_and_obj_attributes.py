# NameError.name, AttributeError.name and .obj, and their keywords, as CPython 3.11 sets them.
try:
    undefined_thing
except NameError as e:
    print(repr(e.name))
class Box: pass
box = Box()
try:
    box.lid
except AttributeError as e:
    print(repr(e.name), e.obj is box)
try:
    Box.lid
except AttributeError as e:
    print(repr(e.name), e.obj is Box)
import math
try:
    math.tau2
except AttributeError as e:
    print(repr(e.name), e.obj is math)
e = AttributeError('msg')
print(e.name, e.obj, e.args)
e = AttributeError('msg', name='n', obj=3)
print(e.name, e.obj, e.args)
e.name = 'm'
del e.obj
print(e.name, e.obj)
print(NameError('x', name='y').name, NameError().name)
for bad in (lambda: NameError(obj=1), lambda: AttributeError(path=1)):
    try:
        bad()
    except TypeError as err:
        print(err)
