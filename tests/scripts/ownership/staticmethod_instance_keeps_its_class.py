# An instance of a Python subclass of staticmethod keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K(len)

report(make(staticmethod), lambda x: x.__func__("ab"))
