"""The JSON scanner factory: the native one from _json when present, else the Python one."""

from .decoder import py_make_scanner, c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner or py_make_scanner
