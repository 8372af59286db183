# A function whose body is one return statement reports errors, recursion, memory and line numbers as any other.
import sys
def get(o):
    return o.missing
def deep(n):
    return deep(n + 1)
class P:
    @property
    def v(self):
        return 1 / 0
try:
    get(1)
except AttributeError as e:
    tb = e.__traceback__
    while tb: print(tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", str(e)[:40])
try:
    P().v
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb: print(tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
def big(n):
    return "x" * n
try:
    big(2**62)
except MemoryError as e:
    tb = e.__traceback__
    while tb: print("mem", tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
def frame_line():
    return sys._getframe().f_lineno
print(frame_line())
