# An instance of a Python subclass of map keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K(str, [1, 2])

report(make(map), lambda x: list(x))
