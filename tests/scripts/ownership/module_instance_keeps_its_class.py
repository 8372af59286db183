# An instance of a Python subclass of module keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K("mod")

report(make(type(__import__("sys"))), lambda x: x.__name__)
