# CPython's difflib module, its pure-Python source unmodified, on hotpy: SequenceMatcher, unified_diff, ndiff, get_close_matches
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import difflib
assert difflib.__file__.startswith("/usr/lib/python3.11/"), difflib.__file__
a = 'one\ntwo\nthree\nfour\n'.splitlines(keepends=True)
b = 'one\n2\nthree\nfour\nfive\n'.splitlines(keepends=True)
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt')), ''.join(difflib.ndiff(a, b)), sep='\n')
s = difflib.SequenceMatcher(None, 'abcd', 'bcde'); print(s.ratio(), s.get_matching_blocks(), s.get_opcodes())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
