# help(class): pydoc's layout: signature from __init__, docstring, MRO, methods, class/static methods, properties, __dict__/__weakref__, data, inherited parts
class Base:
    """The base."""

    def shared(self):
        """Inherited by Child."""

    def overridden(self):
        "Base's doc, shown for Child's undocumented override."


class Child(Base):
    """A child class.

    With a longer description.
    """

    limit = 10
    names = ['a', 'b']
    long_text = 'x' * 120

    def __init__(self, size, *, label=''):
        self.size = size

    def __eq__(self, other):
        return self is other

    def overridden(self):
        pass

    def _private(self):
        "not shown"

    @property
    def area(self):
        """The area."""
        return self.size

    @property
    def volume(self):
        return 0

    @volume.setter
    def volume(self, value):
        pass

    @staticmethod
    def helper(x, y=2):
        "A static method."

    @classmethod
    def create(cls, *parts):
        "A class method."

    class Nested:
        "A nested class."

    alias = overridden


class Bare:
    pass


help(Base)
help(Child)
help(Bare)
help(Child(1))


class Documented:
    "The class's doc."


one = Documented()
one.__doc__ = "This instance's own doc."
help(one)  # documents the instance, not its class
help(Documented())  # repeats its class's doc: documents the class
