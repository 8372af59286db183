# difflib: SequenceMatcher blocks/opcodes/ratios, ndiff with intraline '?' marks, unified/context diffs, get_close_matches
import difflib
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, 'qabxcd', 'abycdf').get_opcodes():
    print(tag, i1, i2, j1, j2)
a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n'.splitlines(True)
b = 'zero\none\ntree\nfour\nfive\nsix\nseven\nEIGHT\nnine\nten\neleven\n'.splitlines(True)
print(''.join(difflib.ndiff(a, b)), end='')
print(''.join(difflib.unified_diff(a, b, 'before.txt', 'after.txt', n=1)), end='')
print(''.join(difflib.context_diff(a, b, 'before.txt', 'after.txt', '2020-01-01', '2020-01-02')), end='')
print('\n'.join(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(''.join(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])), end='')
print('\n'.join(difflib.ndiff(['[1, 2, 3]', "{'a': 1}"], ['[1, 2, 4]', "{'a': 2, 'b': 3}"])))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'wheat', 'whee', 'heel'], n=2))
long_a = [str(i % 7) for i in range(300)]
long_b = long_a[:150] + ['x'] + long_a[150:]
s = difflib.SequenceMatcher(None, long_a, long_b)
print(len(s.bpopular), s.get_opcodes()[:3], round(s.ratio(), 4))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'])))
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print('TypeError', e)
