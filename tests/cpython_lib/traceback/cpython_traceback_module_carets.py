# CPython's own traceback module draws 3.11's carets on hotpy: tb_lasti indexes code.co_positions()
import sys
sys.path.insert(0, '/usr/lib/python3.11')
import traceback
def f(d):
    return d['key'].upper()
def g():
    return f({'key': None})
try:
    g()
except AttributeError:
    print(traceback.format_exc().replace(__file__, "SCRIPT"))
def h(x):
    return len(x) + int(x)
try:
    h('abc')
except ValueError:
    print(traceback.format_exc().replace(__file__, "SCRIPT"))
try:
    h(
      'abc'
    )
except ValueError:
    print(traceback.format_exc().replace(__file__, "SCRIPT"))
