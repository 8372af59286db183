# os.stat_result and os.terminal_size as struct sequences: indexing, hidden fields, repr, construction errors
import os

r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r)
print(len(r), r[0], r[-1], r[2:5], tuple(r), r.st_mode, r.st_size)
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize)
r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1.5, 2.5, 3.5), {'st_atime_ns': 99, 'st_rdev': 7})
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_rdev, r.st_blocks)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(r == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10), isinstance(r, tuple), os.stat_result.__module__)
for bad in [(1, 2), tuple(range(20))]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print(e)
try:
    r.st_mode = 5
except AttributeError as e:
    print('AttributeError')
mode, ino, *rest = r
print(mode, ino, rest)

t = os.terminal_size((80, 24))
print(t, t.columns, t.lines, t[0])
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print(e)
r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.isatty(r))
os.close(r)
os.close(w)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname)
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
os.set_inheritable(r, True)
os.set_blocking(r, False)
print(os.get_inheritable(r), os.get_blocking(r))
os.set_inheritable(r, False)
os.set_blocking(r, True)
print(os.get_inheritable(r), os.get_blocking(r))
os.close(r)
os.close(w)
v = os.statvfs('.')
print(type(v).__name__, len(v), v.f_bsize == v[0], v.f_namemax > 0, type(v.f_fsid).__name__)
print(os.statvfs_result.n_fields, os.statvfs_result.n_sequence_fields)
print(os.sysconf('SC_PAGE_SIZE') == os.sysconf(os.sysconf_names['SC_PAGE_SIZE']), os.sysconf('SC_CLK_TCK'))
for bad in ['nope', 1.5]:
    try:
        os.sysconf(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.getpgid(0) == os.getpgrp(), type(os.getgroups()).__name__)
