# pathlib pure paths: parsing, parts, name/stem/suffix, parents, with_*, relative_to, match, ordering
from pathlib import PurePath, PurePosixPath, Path, PosixPath
p = PurePosixPath('/usr//lib/./python3.11/os.tar.gz')
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.parent, list(p.parents), p.anchor, p.root, repr(p.drive))
print(repr(PurePath('//a/b')), repr(PurePath('///a')), repr(PurePath('')), repr(PurePath('.')), repr(PurePath('a/..')), PurePath('a', '/b', 'c'))
print(p.parents[0], p.parents[-1], p.parents[1:3], len(p.parents), repr(PurePath('a/b').parents))
for f in [lambda: PurePath('a/b').relative_to('c'), lambda: PurePath('/').with_name('x'), lambda: PurePath('a').with_suffix('b'),
          lambda: PurePath('a').with_suffix('.'), lambda: PurePath('a') / 3, lambda: list(Path('.').glob('/x')),
          lambda: PurePath('a').with_name('b/c'), lambda: PurePath('a').as_uri(), lambda: PurePath('a').parents[1]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b.py').match('/*.py'), PurePath('a/b/c.py').match('b/*.py'), PurePath('a/b/c.py').match('a/*.py'))
print(PurePath('a') < PurePath('b'), PurePath('a') == PurePosixPath('a'), hash(PurePath('a/b')) == hash(PurePath('a//b')), PurePath('x').with_stem('y'), PurePath('a.b.c').with_suffix(''))
print(PurePath('/a/b/c').relative_to('/a'), PurePath('/a/b').is_relative_to('/a'), PurePath('/a b').as_uri(), bytes(PurePath('a')), PurePath('a').joinpath('b', 'c'), 'x' / PurePath('y'))
print(PurePath('.hidden').suffix, PurePath('a.').suffix, PurePath('..').name, PurePath('/').name, PurePath('/').parent, PurePath('.').parent, PurePath('a').parent)
print(sorted([PurePath('b'), PurePath('a/c'), PurePath('/z'), PurePath('a')]), PurePath('a/b') == PurePath('a', 'b'), PurePath('a') != 'a')
print(PurePath('a.tar.gz').with_suffix('.zip'), PurePath('dir/f').with_name('g.txt'), PurePath('/x/y') / 'z' / '/abs', type(Path('a')).__name__, isinstance(Path('a'), PurePath))
print(PurePath('..a.b').suffixes, PurePath('a..b').suffixes, PurePath('.a').suffixes, PurePath('a/b/c').parts[-2:], str(PurePath('a/b/')))
