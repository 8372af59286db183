# An instance of a Python subclass of type (a metaclass) keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K("C", (), {"v": 3})

report(make(type), lambda x: (x.v, x.__name__))
