# sys.getfilesystemencoding/getfilesystemencodeerrors (what os.fsencode uses) and sys.audit with no hooks
import sys
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.audit('hotpy.test', 1, 2), sys.audit('x'))
for args in [(), (1,)]:
    try:
        sys.audit(*args)
    except TypeError as e:
        print(e)
