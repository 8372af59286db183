# What embed_host (host.cpp) does, written for CPython: make-expected.sh drives it with
# /usr/bin/python3 exactly as the test drives the host (drive.sh), so the host's
# transcript is compared with what CPython does with the same scripts and edits, not
# with hotpy's own output.
#   python3 -B host_model.py <script.py> [--interval MS] [--ticks N]
import importlib
import os
import select
import sys
import time
import traceback
import types

real_stdout = sys.stdout


def say(text):
    real_stdout.write(text + "\n")
    real_stdout.flush()


def file_stamp(path):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def script_traceback(e):
    # The host calls the script from C++: the traceback starts in the script.
    return "".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next))


class ScriptOutput:
    """sys.stdout and sys.stderr of the script: each line marked as its own."""

    def __init__(self):
        self.line = ""

    def write(self, text):
        self.line += text
        while "\n" in self.line:
            first, self.line = self.line.split("\n", 1)
            say("  [script] " + first)
        return len(text)

    def flush(self):
        pass


class Commands:
    def __init__(self):
        self.pending = b""
        self.ended = False

    def next(self, timeout_ms, quit_at_end):
        while True:
            if b"\n" in self.pending:
                line, self.pending = self.pending.split(b"\n", 1)
                return line.decode()
            if self.ended:
                if quit_at_end:
                    return "q"
                time.sleep(max(timeout_ms, 0) / 1000)
                return None
            ready, _, _ = select.select([0], [], [], None if timeout_ms < 0 else timeout_ms / 1000)
            if not ready:
                return None
            data = os.read(0, 256)
            if data:
                self.pending += data
            else:
                self.ended = True


def main(argv):
    script = os.path.abspath(argv[1])
    interval_ms, max_ticks = 100, -1
    for option, value in zip(argv[2::2], argv[3::2]):
        if option == "--interval":
            interval_ms = int(value)
        elif option == "--ticks":
            max_ticks = int(value)

    score = 0
    del sys.path[0]  # this model's folder: the host's sys.path has no script folder
    sys.path.append(os.path.dirname(script))
    sys.argv = ["embed_host"]
    sys.stdout = sys.stderr = ScriptOutput()
    game = types.ModuleType("game")
    game.VERSION = "1.0"

    def add_score(points):
        nonlocal score
        score += points
        return score

    game.add_score = add_score
    sys.modules["game"] = game

    name = os.path.splitext(os.path.basename(script))[0]
    stamp = file_stamp(script)
    try:
        module = importlib.import_module(name)
    except Exception as e:
        say(f"cannot load {name}:\n" + script_traceback(e).rstrip("\n"))
        return 1

    def reload():
        nonlocal stamp
        stamp = file_stamp(script)
        try:
            importlib.reload(module)
            say(f"reloaded {name}")
        except Exception as e:
            say(f"reload failed, keeping the last good code: {type(e).__name__}: {e}")

    commands = Commands()
    next_tick = time.monotonic()
    n = 1
    while max_ticks < 0 or n <= max_ticks:
        if interval_ms > 0 and time.monotonic() >= next_tick:
            tick_now = True
            next_tick += interval_ms / 1000
        else:
            wait_ms = -1 if interval_ms == 0 else int((next_tick - time.monotonic()) * 1000) + 1
            command = commands.next(wait_ms, interval_ms == 0)
            if command is None:
                continue
            if command == "q":
                break
            if command == "r":
                reload()
            tick_now = command == "t"
        if not tick_now:
            continue
        if file_stamp(script) != stamp:
            reload()
        try:
            say(f"tick {n}: {module.on_tick(n)}")
        except BaseException as e:
            say(f"tick {n} failed:\n" + script_traceback(e).rstrip("\n"))
            if isinstance(e, KeyboardInterrupt):
                break
        n += 1
    say(f"score {score}")
    return 0


sys.exit(main(sys.argv))
