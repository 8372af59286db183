# os.register_at_fork: before hooks run last-registered first, after hooks in order, in the parent and in the child
import os

events = []
os.register_at_fork(before=lambda: events.append('before1'), after_in_parent=lambda: events.append('parent1'),
                    after_in_child=lambda: events.append('child1'))
os.register_at_fork(before=lambda: events.append('before2'), after_in_parent=lambda: events.append('parent2'),
                    after_in_child=lambda: events.append('child2'))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(w, repr(events).encode())
    os._exit(0)
os.close(w)
print('child', os.read(r, 1000).decode())
os.close(r)
os.waitpid(pid, 0)
print('parent', events)
for kwargs in [{}, {'before': 5}, {'after_in_child': None}]:
    try:
        os.register_at_fork(**kwargs)
    except TypeError as e:
        print(e)
try:
    os.register_at_fork(print)
except TypeError as e:
    print(e)
