# An instance of a Python subclass of str keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K("abc")

report(make(str), lambda x: (x.upper(), x + "d"))
