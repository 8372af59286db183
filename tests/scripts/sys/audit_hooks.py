# sys.addaudithook/sys.audit: hooks hear events with their args, a RuntimeError from a hook vetoes a new hook, the event must be str once hooks exist
import sys
seen = []
def hook(event, args):
    if event.startswith('test.'):
        seen.append((event, args))
sys.addaudithook(hook)
sys.audit('test.one', 1, 'a')
sys.audit('test.two')
print(seen)
def veto(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')
sys.addaudithook(veto)
sys.addaudithook(lambda e, a: print('never added'))
sys.audit('test.three')
print(len(seen))
try:
    sys.audit(5)
except TypeError as e:
    print(e)
