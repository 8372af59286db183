# the core modules together as scripts use them: collections.abc reachable after import collections, TYPE_CHECKING guards, dataclass with typing annotations, enum lookups, wraps of a builtin, traceback lines, recorded warnings, redirect_stderr
import collections
try:
    print(collections.abc.Mapping)
except AttributeError as e:
    print('AttributeError', e)
import typing
print(typing.TYPE_CHECKING, hasattr(typing, 'override'))
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    import nonexistent
import dataclasses as dc
@dc.dataclass
class X:
    a: 'typing.Any' = None
print(X())
import enum
class Status(enum.Enum):
    OK = 'ok'
print(Status('ok'), Status.OK.value, [s.value for s in Status], Status.__members__.keys() if hasattr(Status.__members__, 'keys') else '')
import functools
@functools.wraps(len)
def mylen(x): return len(x)
print(mylen.__name__, mylen([1]))
import copy
print(copy.deepcopy(Status.OK) is Status.OK)
import traceback, sys
def fail(): raise ValueError('bad value')
try: fail()
except ValueError:
    lines = traceback.format_exception(*sys.exc_info())
    print(len(lines), lines[-1], end='')
print(traceback.format_exception_only(ValueError, ValueError('v')))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('deprecated thing', DeprecationWarning, stacklevel=1)
print(w[0].category.__name__, str(w[0].message))
import contextlib, io
f = io.StringIO()
with contextlib.redirect_stderr(f):
    print('to err', file=sys.stderr)
print(repr(f.getvalue()))
