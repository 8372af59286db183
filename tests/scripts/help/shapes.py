"""Shapes and their areas.

The module help(module) documents in its golden test.
"""

import sys

UNIT = 'cm'
SIDES = {'triangle': 3, 'square': 4}
_hidden = 1


def area(width, height=1):
    """Area of a rectangle."""
    return width * height


def _helper():
    pass


class Shape:
    """A shape."""

    def describe(self):
        "Say what it is."


class Square(Shape):
    def __init__(self, side):
        self.side = side
