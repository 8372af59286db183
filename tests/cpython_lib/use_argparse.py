# CPython's argparse module, its pure-Python source unmodified, on hotpy: positionals, options, flags, subcommands, help and usage output, errors
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import argparse
assert argparse.__file__.startswith("/usr/lib/python3.11/"), argparse.__file__
p = argparse.ArgumentParser(prog='tool', description='A tool that does things.')
p.add_argument('src', help='the source file')
p.add_argument('dst', nargs='?', default='out.txt', help='where to write')
p.add_argument('-v', '--verbose', action='count', default=0, help='say more')
p.add_argument('-n', type=int, choices=[1, 2, 3], help='how many')
p.add_argument('--tag', action='append', help='a tag (repeatable)')
p.add_argument('--dry-run', action='store_true')
sub = p.add_subparsers(dest='cmd')
s1 = sub.add_parser('go', help='go somewhere')
s1.add_argument('--fast', action='store_true')
print(p.parse_args(['a.txt', '-vv', '-n', '2', '--tag', 'x', '--tag', 'y']))
print(p.parse_args(['a', '--dry-run', 'go', '--fast']))
p.print_help()
import io, contextlib
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.parse_args(['-n', '7', 'a'])
    except SystemExit as e:
        print('exit', e.code)
print(err.getvalue())
