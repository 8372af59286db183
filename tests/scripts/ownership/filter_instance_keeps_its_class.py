# An instance of a Python subclass of filter keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K(None, [0, 1, 2])

report(make(filter), lambda x: list(x))
