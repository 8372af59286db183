# fnmatch: translate gives CPython's regex text; fnmatch/fnmatchcase/filter match as the shell does
import fnmatch
for p in ['*.py', 'a*b*c', '*a*b*', '?x[!abc]', '[a-z]*', '[]]', '[!]]', '[', '[a-]', 'x[z-a]y',
          '[a\\-b]', '**', 'a.b+c', '[^x]', '[a&&b]', '[a--b]', '[-a]', '[a||b]', '[~]', '[!]', '', 'a[]b']:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.PY', '.hidden.py', 'dir/x.py', 'abc', 'a]', 'x-y', 'data1.txt', 'data22.txt']
for p in ['*.py', '*.[pP][yY]', '?b?', 'a[]]', 'x[!a]y', 'data?.txt', 'data*.txt', '*/*', '[!.]*']:
    print(p, fnmatch.filter(names, p), [n for n in names if fnmatch.fnmatchcase(n, p)] == fnmatch.filter(names, p))
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase(b'abc.txt', b'*.txt'), fnmatch.fnmatch('a\nb', 'a?b'))
