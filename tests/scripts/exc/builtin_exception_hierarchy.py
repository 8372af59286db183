# The builtin exception tree: base classes catch their subclasses.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (ArithmeticError, Exception), (LookupError, Exception),
    (ValueError, Exception), (TypeError, Exception), (NameError, Exception),
    (UnboundLocalError, NameError), (AttributeError, Exception), (RuntimeError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (AssertionError, Exception), (ImportError, Exception),
    (ModuleNotFoundError, ImportError), (OSError, Exception), (FileNotFoundError, OSError),
    (Exception, BaseException), (SystemExit, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (KeyboardInterrupt, Exception), (KeyError, IndexError),
    (IndentationError, SyntaxError), (SyntaxError, Exception), (EOFError, Exception),
]
for sub, base in pairs:
    print(sub.__name__, "<", base.__name__, issubclass(sub, base))
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    10 % 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
