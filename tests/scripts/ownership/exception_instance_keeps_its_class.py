# An instance of a Python subclass of exception keeps its class alive after every
# other reference to the class is gone.
from kept_class import report

def make(base):
    class K(base):
        def tag(self):
            return "K.tag"
    return K("missing key")

report(make(Exception), lambda x: (repr(x), str(x), x.args))
