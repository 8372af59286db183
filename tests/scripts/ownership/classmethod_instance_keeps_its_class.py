# An instance of a Python subclass of classmethod keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K(len)

report(make(classmethod), lambda x: x.__func__("ab"))
