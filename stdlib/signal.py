"""Signal handling (CPython's signal module's API over the native _signal): the
handler functions, and the Signals, Handlers and Sigmasks enumerations."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum
from functools import wraps as _wraps

_globals = globals()


def _enum_of(name, wanted):
    """An IntEnum of this module's constants whose names `wanted` accepts; the module's
    names then refer to the members (signal.SIGINT is Signals.SIGINT)."""
    members = {k: v for k, v in _signal.__dict__.items() if wanted(k)}
    enum = _IntEnum(name, sorted(members.items(), key=lambda kv: (kv[1], kv[0])), module=__name__)
    for key in members:
        _globals[key] = enum[key]
    return enum


Signals = _enum_of("Signals", lambda n: n.isupper() and n.startswith("SIG") and not n.startswith("SIG_"))
Handlers = _enum_of("Handlers", lambda n: n in ("SIG_DFL", "SIG_IGN"))
Sigmasks = _enum_of("Sigmasks", lambda n: n in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"))


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


del _globals, _wraps, _enum_of
