# contextlib.chdir: changes the working directory inside the block and restores it after, also on errors and when nested
import contextlib, os
base = f'/tmp/hotpy-test-contextlib-{os.getpid()}'
os.makedirs(base + '/inner/deeper')
start = os.getcwd()
def here():
    return os.getcwd().replace(base, '<BASE>')
with contextlib.chdir(base):
    print(here())
    with contextlib.chdir('inner'):
        print(here())
        try:
            with contextlib.chdir('deeper'):
                print(here())
                raise ValueError('inside')
        except ValueError:
            print('after error', here())
    print(here())
print(os.getcwd() == start)
cd = contextlib.chdir(base)
with cd:
    with cd:
        print('reentered', here())
    print(here())
print(os.getcwd() == start)
os.rmdir(base + '/inner/deeper'); os.rmdir(base + '/inner'); os.rmdir(base)
