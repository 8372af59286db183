# argparse parsing: actions, nargs, types, choices, defaults, clusters, abbreviations, '--', subcommands, errors (exit 2)
import os, sys
os.environ['COLUMNS'] = '80'
import argparse
sys.stderr = sys.stdout
def parser():
    p = argparse.ArgumentParser(prog='prog')
    p.add_argument('src')
    p.add_argument('rest', nargs='*')
    p.add_argument('-v', '--verbose', action='count', default=0)
    p.add_argument('-q', action='store_true')
    p.add_argument('-F', action='store_false', dest='fast')
    p.add_argument('-n', '--num', type=int, default=1)
    p.add_argument('--mode', choices=['a', 'b'])
    p.add_argument('--tag', action='append')
    p.add_argument('--const', action='store_const', const=42)
    p.add_argument('--ac', action='append_const', const='x', dest='acs')
    p.add_argument('--opt', nargs='?', const='C', default='D')
    p.add_argument('--two', nargs=2)
    p.add_argument('--ext', action='extend', nargs='+')
    p.add_argument('--float', type=float)
    m = p.add_mutually_exclusive_group()
    m.add_argument('--yes', action='store_true')
    m.add_argument('--no', action='store_true')
    return p
cases = [['a'], ['a', 'b', 'c'], ['-vvv', 'a'], ['-qv', 'a', '-F'], ['--num', '5', 'a'], ['-n5', 'a'], ['--num=7', 'a'],
         ['--verb', 'a'], ['a', '--tag', 'x', '--tag', 'y'], ['--const', '--ac', '--ac', 'a'], ['--opt', 'a'],
         ['a', '--opt'], ['a', '--opt', 'v'], ['--two', '1', '2', 'a'], ['--ext', '1', '2', '--ext', '3', 'a'],
         ['--', '-x', '-y'], ['a', '--', '--num'], ['--float', '-1.5', 'a'], ['-n', '-3', 'a'], ['--mode', 'b', 'a'],
         [], ['--mode', 'c', 'a'], ['-n', 'x', 'a'], ['--bogus', 'a'], ['--two', '1', 'a'], ['--yes', '--no', 'a'],
         ['-n'], ['a', '-qz'], ['--num', '1', '--num', '2', 'a'], ['-h2'], ['--n', '3', 'a'], ['--float', 'nan', 'a'],
         ['--ext'], ['-q=1', 'a']]
for args in cases:
    try:
        ns = parser().parse_args(args)
        print(args, '->', ns)
    except SystemExit as e:
        print(args, 'exit', e.code)
ns, extra = parser().parse_known_args(['a', '--unknown', 'b', '-z'])
print(ns, extra)
print(vars(parser().parse_args(['x'])) == vars(argparse.Namespace(**vars(parser().parse_args(['x'])))))
g = argparse.ArgumentParser(prog='git')
g.add_argument('--debug', action='store_true')
sub = g.add_subparsers(dest='cmd', required=True)
c = sub.add_parser('commit', aliases=['ci'])
c.add_argument('-m')
c.set_defaults(func='commit-func')
s = sub.add_parser('status')
s.add_argument('paths', nargs='*')
for args in [['commit', '-m', 'hi'], ['--debug', 'ci', '-m', 'x'], ['status', 'a', 'b'], ['status'], [], ['push'], ['commit', '--nope']]:
    try:
        print(args, '->', g.parse_args(args))
    except SystemExit as e:
        print(args, 'exit', e.code)
try:
    parser().parse_args(['--help'])
except SystemExit as e:
    print('help exit', e.code)
v = argparse.ArgumentParser(prog='v')
v.add_argument('--version', action='version', version='%(prog)s 2.5')
try:
    v.parse_args(['--version'])
except SystemExit as e:
    print('version exit', e.code)
for bad in [lambda: argparse.ArgumentParser().add_argument('x', required=True),
            lambda: argparse.ArgumentParser().add_argument('--x', action='store', nargs=0),
            lambda: argparse.ArgumentParser().add_argument('--x', action='bogus'),
            lambda: argparse.ArgumentParser().add_argument('-h'),
            lambda: argparse.ArgumentParser().add_argument('--x', type='int')]:
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
print(repr(argparse.Namespace(a=1, b='x')), argparse.Namespace(a=1) == argparse.Namespace(a=1), 'a' in argparse.Namespace(a=1))
a = argparse.ArgumentParser(prog='x').add_argument('--foo', type=int, help='h')
print(repr(a))
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'z'])
except argparse.ArgumentError as err:
    print('ArgumentError', err)
def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value
t = argparse.ArgumentParser(prog='t')
t.add_argument('n', type=positive)
for args in [['3'], ['-2'], ['0']]:
    try:
        print(t.parse_args(args))
    except SystemExit as e:
        print(args, 'exit', e.code)
