# fork, waitpid and the W* macros, kill, Ctrl-C (SIGINT) interrupting time.sleep, execv
import os, time

pid = os.fork()
if pid == 0:
    os._exit(7)
p, status = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    time.sleep(10)
    os._exit(0)
os.kill(pid, 9)
p, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFEXITED(status), os.waitstatus_to_exitcode(status))

parent = os.getpid()
pid = os.fork()
if pid == 0:
    time.sleep(0.3)
    os.kill(parent, 2)
    os._exit(0)
start = time.monotonic()
try:
    time.sleep(30)
except KeyboardInterrupt:
    print('KeyboardInterrupt', time.monotonic() - start < 10)
os.waitpid(pid, 0)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.dup2(w, 1)
    os.execv('/bin/echo', ['echo', 'from', 'exec'])
os.close(w)
print(os.read(r, 100))
os.close(r)
print(os.WEXITSTATUS(os.waitpid(pid, 0)[1]))
try:
    os.execv('/nonexistent', ['x'])
except FileNotFoundError as e:
    print(e)
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print(e)
try:
    os.kill(pid, 0)
except ProcessLookupError as e:
    print(e)
