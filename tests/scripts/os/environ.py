# os.environ as a str mapping kept in step with the process (putenv), environb, getenv, fsencode/fsdecode, get_exec_path
import os, posix

os.environ['HOTPY_TEST_VAR'] = 'one'
print(os.environ['HOTPY_TEST_VAR'], os.getenv('HOTPY_TEST_VAR'), os.getenv('HOTPY_TEST_NONE', 'dflt'))
print(posix.environ[b'HOTPY_TEST_VAR'], os.environb[b'HOTPY_TEST_VAR'], os.getenvb(b'HOTPY_TEST_VAR'))
print('HOTPY_TEST_VAR' in os.environ, 'HOTPY_TEST_NONE' in os.environ)
os.environ.update({'HOTPY_A': '1'}, HOTPY_B='2')
print(os.environ.pop('HOTPY_A'), os.environ.pop('HOTPY_A', 'gone'), os.environ.setdefault('HOTPY_B', 'x'))
del os.environ['HOTPY_TEST_VAR']
try:
    os.environ['HOTPY_TEST_VAR']
except KeyError as e:
    print('KeyError', e)
try:
    del os.environ['HOTPY_TEST_VAR']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
try:
    os.environb[b'X'] = 'y'
except TypeError as e:
    print(e)
print(type(os.environ.copy()).__name__, os.environ.get('HOTPY_B'), 'HOTPY_B' in dict(os.environ.items()))
os.environ['HOTPY_PATHY'] = 'caf\xe9'
print(posix.environ[b'HOTPY_PATHY'])
print(os.fsencode('caf\xe9'), os.fsdecode(b'caf\xc3\xa9'), ascii(os.fsdecode(b'\xff')), os.fsencode('\udcff'))
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))
try:
    posix.putenv('A=B', 'x')
except ValueError as e:
    print(e)
