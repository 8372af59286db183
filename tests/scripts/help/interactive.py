# help() with no argument: a help> prompt that documents each name typed, until an empty line; the rest of stdin is left alone
import io
import sys


def documented(x):
    "Documented."


captured = io.StringIO()
sys.stdout = captured
help()
sys.stdout = sys.__stdout__
text = captured.getvalue()
# The welcome and goodbye texts are the interpreter's own: print what lies between.
print(text[text.index('help> '):text.rindex('\nhelp> ') + 7])
print(input())
