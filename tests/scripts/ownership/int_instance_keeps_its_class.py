# An instance of a Python subclass of int keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K(7)

report(make(int), lambda x: (x + 1, int(x)))
