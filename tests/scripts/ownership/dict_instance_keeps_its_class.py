# An instance of a Python subclass of dict keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K(a=1)

report(make(dict), lambda x: (x["a"], len(x)))
