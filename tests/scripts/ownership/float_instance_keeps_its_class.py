# An instance of a Python subclass of float keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K(1.5)

report(make(float), lambda x: (x * 2, float(x)))
