# Change detection by content: hotreload.changed() lists the loaded source modules
# whose file bytes differ from what they last ran, even an edit within the same second
# that keeps the size and the modification time; a file rewritten with the same bytes
# (touched) is not changed. poll() reloads what changed with the defaults (transactional,
# patch and dependents on) and returns the reports; defaults() sets and shows them.
import os
import sys
import hotreload
from hrtest import write, expect

path = write("watched", "VALUE = 'aaaa'\n")
write("watcher", "import watched\nfrom watched import VALUE\n")
import watched, watcher
expect(hotreload.changed(), [])

stat = os.stat(path)
write("watched", "VALUE = 'bbbb'\n")  # same size
os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same modification time
expect(os.stat(path).st_size, stat.st_size)
expect(os.stat(path).st_mtime_ns, stat.st_mtime_ns)
expect(hotreload.changed(), ["watched"])

expect(hotreload.defaults(), {"transactional": True, "patch": True, "dependents": True, "removed": "keep"})
reports = hotreload.poll()
expect([r.modules for r in reports], [["watched", "watcher"]])
expect((watched.VALUE, watcher.VALUE), ("bbbb", "bbbb"))
expect(hotreload.changed(), [])
expect(hotreload.poll(), [])

# Touched: rewritten with the same bytes, newer time.
write("watched", "VALUE = 'bbbb'\n")
os.utime(path, (stat.st_atime + 100, stat.st_mtime + 100))
expect(hotreload.changed(), [])

# Both changed: one poll reloads each once, dependencies first.
write("watcher", "import watched\nfrom watched import VALUE\nSEEN = VALUE\n")
write("watched", "VALUE = 'cccc'\n")
expect(hotreload.changed(), ["watched", "watcher"])
reports = hotreload.poll(dependents=False)
expect([r.modules for r in reports], [["watched"], ["watcher"]])
expect(watcher.SEEN, "cccc")

# A failing edit is reported by poll once (the error propagates), counts as run, and the
# module keeps its last good code (the defaults are transactional).
write("watched", "VALUE = 'dddd'\nraise ImportError('oops')\n")
try:
    hotreload.poll()
except ImportError as e:
    expect(str(e), "oops")
expect(watched.VALUE, "cccc")
expect(hotreload.changed(), [])

expect(hotreload.defaults(patch=False, removed="drop"),
       {"transactional": True, "patch": False, "dependents": True, "removed": "drop"})
expect(hotreload.autoreload(), False)
hotreload.autoreload(True, transactional=False)
expect(hotreload.autoreload(), True)
expect(hotreload.defaults()["transactional"], False)
hotreload.autoreload(False)
expect(hotreload.autoreload(), False)

# A module whose file disappeared is not changed (an editor may be replacing it).
os.remove(path)
expect(hotreload.changed(), [])
# Modules without a source file are never listed; neither is __main__.
assert "sys" not in hotreload.changed() and "__main__" not in hotreload.changed()
print("ok")
