# _thread._excepthook and _ExceptHookArgs: what threading.excepthook prints for an exception in a thread.
import _thread, sys
A = _thread._ExceptHookArgs
class T:
    name = "worker-1"
try:
    1 / 0
except ZeroDivisionError:
    a = A(sys.exc_info() + (T(),))
print(a.exc_type, a.thread.name, len(a), type(a).__name__)
import io
sys.stderr = io.StringIO()
_thread._excepthook(a)
lines = sys.stderr.getvalue().splitlines()
sys.stderr = sys.__stderr__
print(lines[0], lines[1], lines[-1])
print(_thread._excepthook(A((SystemExit, SystemExit(1), None, None))))
try:
    A((1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    _thread._excepthook((1, 2, 3, 4))
except TypeError as e:
    print("TypeError:", e)
