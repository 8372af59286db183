# help(function): "Help on function f in module __main__:", the signature as inspect.signature prints it, the cleaned docstring
import sys


def plain(a, b):
    pass


def full(a, b=1, *args, c, d='x', **kw):
    """Summary line.

        Indented continuation keeps its extra indent.
    Back at the margin.
    """


def positional_only(x, y=None, /, z=(1, 2), *, flag=True):
    "One line."


def keyword_only(*, a, b=[1, 'two', None]):
    pass


def generator(n):
    """Yields n times."""
    yield n


# Comments right above a def stand for its missing docstring:
#   indented lines keep their indentation.
def commented():
    pass


def passthrough(func):
    return func


# Above the first decorator.
@passthrough
def decorated(value=-1.5):
    pass


class Owner:
    def method(self, k=None):
        "A method."

    @classmethod
    def make(cls, value):
        "A class method."


for thing in (plain, full, positional_only, keyword_only, generator, lambda q, r=2: q, commented, decorated,
              Owner.method, Owner().method, Owner.make):
    help(thing)
