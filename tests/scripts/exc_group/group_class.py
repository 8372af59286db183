# BaseExceptionGroup/ExceptionGroup construction checks, attributes, str/repr, MRO, subclasses, add_note
def attempt(text):
    try:
        print(text, '->', repr(eval(text)))
    except Exception as e:
        print(text, '!!', type(e).__name__, e)

for t in [
    "ExceptionGroup()", "ExceptionGroup('a')", "ExceptionGroup(1, [ValueError()])",
    "ExceptionGroup('a', 5)", "ExceptionGroup('a', [])", "ExceptionGroup('a', [1])",
    "ExceptionGroup('a', [ValueError(), 2])", "ExceptionGroup('a', [KeyboardInterrupt()])",
    "BaseExceptionGroup('a', [KeyboardInterrupt()])", "BaseExceptionGroup('a', [ValueError()])",
    "type(BaseExceptionGroup('a', [ValueError()]))", "ExceptionGroup('a', [ValueError()], 3)",
    "ExceptionGroup('a', excs=[ValueError()])", "ExceptionGroup('a', (ValueError(),)).exceptions",
    "ExceptionGroup('a', [ValueError()]).exceptions", "ExceptionGroup('a', [ValueError()]).args",
    "ExceptionGroup('a', {ValueError()})", "ExceptionGroup('a', {1: ValueError()})",
    "str(ExceptionGroup('a', [ValueError()]))", "str(ExceptionGroup('', [ValueError(), KeyError()]))",
    "ExceptionGroup.__mro__", "BaseExceptionGroup.__mro__", "ExceptionGroup.__bases__",
    "ExceptionGroup[int]", "BaseExceptionGroup[ValueError]", "ExceptionGroup('a', [ValueError()]).message",
    "ExceptionGroup.__module__", "issubclass(ExceptionGroup, Exception)",
    "isinstance(ExceptionGroup('a', [ValueError()]), BaseExceptionGroup)",
    "issubclass(BaseExceptionGroup, Exception)",
    "ValueError().add_note(3)", "ValueError().add_note('x')",
]:
    attempt(t)

class MyEG(ExceptionGroup):
    pass
class MyBEG(BaseExceptionGroup):
    pass
class Both(ExceptionGroup, ValueError):
    pass
for t in ["MyEG('a', [KeyboardInterrupt()])", "MyBEG('a', [ValueError()])", "Both('a', [ValueError()])",
          "Both.__mro__", "isinstance(Both('a', [ValueError()]), ValueError)"]:
    attempt(t)

class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
    def derive(self, excs):
        return Coded(self.message, excs, self.code)

c = Coded("coded", [ValueError(1), TypeError(2)], 42)
print(repr(c), c.code, c.args)
match, rest = c.split(ValueError)
print(repr(match), match.code, repr(rest), rest.code)

e = ValueError()
e.add_note("n1")
e.add_note("n2")
print(e.__notes__, e.__dict__)
e.__notes__ = 5
try:
    e.add_note("x")
except TypeError as ex:
    print(type(ex).__name__, ex)
