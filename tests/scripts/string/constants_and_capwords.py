# string: the constants and capwords (what needs neither re nor _string)
import string
for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.capwords('  hello   wORLD  again '), string.capwords('a-b-c', '-'), repr(string.capwords('')))
print(sorted(string.__all__))
