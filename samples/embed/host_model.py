# What embed_host does, written for CPython: run by make-expected.sh with
# /usr/bin/python3 to write expected.txt, so the host's transcript is compared with
# what CPython does with the same scripts and edits, not with hotpy's own output.
#   python3 -B host_model.py <script.py> [ticks] [interval_ms] [--edit TICK FILE]...
import importlib
import os
import shutil
import sys
import time
import traceback
import types


def file_stamp(path):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def main(argv):
    script = os.path.abspath(argv[1])
    ticks = int(argv[2]) if len(argv) > 2 else 10
    interval_ms = int(argv[3]) if len(argv) > 3 else 100
    edits = {}
    i = 4
    while i + 2 < len(argv) and argv[i] == "--edit":
        edits[int(argv[i + 1])] = argv[i + 2]
        i += 3

    score = 0
    del sys.path[0]  # this model's folder: the host's sys.path has no script folder
    sys.path.append(os.path.dirname(script))
    sys.argv = ["embed_host"]
    game = types.ModuleType("game")
    game.VERSION = "1.0"

    def add_score(points):
        nonlocal score
        score += points
        return score

    game.add_score = add_score
    game.log = lambda text: print("  [script] " + text)
    sys.modules["game"] = game

    name = os.path.splitext(os.path.basename(script))[0]
    stamp = file_stamp(script)
    try:
        module = importlib.import_module(name)
    except Exception as e:
        print(f"cannot load {name}:")
        print("".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)), end="")
        return 1
    for n in range(1, ticks + 1):
        if n in edits:
            shutil.copyfile(edits[n], script)
        now = file_stamp(script)
        if now != stamp:
            stamp = now
            try:
                importlib.reload(module)
                print(f"reloaded {name}")
            except Exception as e:
                print(f"reload failed, keeping the last good code: {type(e).__name__}: {e}")
        try:
            result = module.on_tick(n)
            print(f"tick {n}: {result}")
        except Exception as e:
            print(f"tick {n} failed:")
            # The host calls on_tick from C++: the traceback starts in the script.
            print("".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)), end="")
        sys.stdout.flush()
        time.sleep(interval_ms / 1000)
    print(f"score {score}")
    return 0


sys.exit(main(sys.argv))
