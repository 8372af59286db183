"""Signal handling (CPython's signal module's API over the native _signal): the
handler functions, and the Signals, Handlers and Sigmasks enumerations."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum
from functools import wraps as _wraps

_globals = globals()

_IntEnum._convert_("Signals", __name__,
                   lambda name: name.isupper() and name.startswith("SIG") and not name.startswith("SIG_"))
_IntEnum._convert_("Handlers", __name__, lambda name: name in ("SIG_DFL", "SIG_IGN"))
_IntEnum._convert_("Sigmasks", __name__, lambda name: name in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"))


def _int_to_enum(value, enum_klass):
    """Return value as an enum_klass member when it is one, else value itself."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


@_wraps(_signal.signal)
def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


@_wraps(_signal.getsignal)
def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


@_wraps(_signal.pthread_sigmask)
def pthread_sigmask(how, mask):
    return {_int_to_enum(x, Signals) for x in _signal.pthread_sigmask(how, mask)}


@_wraps(_signal.sigpending)
def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


@_wraps(_signal.valid_signals)
def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _globals, _wraps
