# copyright, credits, license: the repr is the text when short, else how to see it; calling prints the text 23 lines at a time, asking before each next page
import io
import sys

for printer in (copyright, credits):
    text = repr(printer)
    captured = io.StringIO()
    sys.stdout = captured
    printer()
    sys.stdout = sys.__stdout__
    print(len(text) > 0, captured.getvalue() == text + '\n')

print(repr(license))
captured = io.StringIO()
sys.stdout = captured
license()        # .stdin answers q at the first "Hit Return" prompt
sys.stdout = sys.__stdout__
shown = captured.getvalue()
print(shown.count('\n'), shown.endswith('\nHit Return for more, or q (and Return) to quit: '))
print(input())  # the line after the q is still there
