# What embed_host (host.cpp) does, written for CPython: make-expected.sh drives it with
# /usr/bin/python3 exactly as the test drives the host (drive.sh), so the host's
# transcript is compared with what CPython does with the same scripts and edits, not
# with hotpy's own output.
#   python3 -B host_model.py <script.py> [--interval MS] [--ticks N]
#
# CPython has no hotreload, so HotReload below does by hand, for the one script module,
# what issue 13 specifies for the host's reloads (transactional, patching, removed
# names kept, detection by content hash) and the summary line of its report.
import ast
import hashlib
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


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def top_level_bindings(source):
    """The names a module's code binds in its namespace: module-level stores, defs,
    classes and imports, and names functions declare global (approximately what
    hotpy's resolver tells the engine)."""
    names = set()

    def walk(node):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(child.name)
                for inner in ast.walk(child):
                    if isinstance(inner, ast.Global):
                        names.update(inner.names)
            elif isinstance(child, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                continue
            elif isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
                names.add(child.id)
            elif isinstance(child, ast.alias):
                names.add((child.asname or child.name).split(".")[0])
            else:
                walk(child)

    walk(ast.parse(source))
    return names


def definition_texts(source):
    """First line -> the text of each def (from its first decorator), as the engine
    compares functions: by their source text, wherever they moved."""
    lines = source.decode().splitlines(keepends=True)
    texts = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            texts[first] = "".join(lines[first - 1:node.end_lineno])
    return texts


IMMUTABLE = (type(None), bool, int, float, complex, str, bytes, tuple, frozenset)


class HotReload:
    """hotreload's rules for one module (the sample's script defines functions and plain
    values, so classes are not modelled): "changed" is a different object, except an
    equal immutable value or a function whose def text and free variables are the same;
    patching gives the old function the new code, defaults, annotations, docstring and
    __dict__ and binds the old object again; a failure restores the namespace's very
    objects. What last ran is the bytes read for the last reload, failed or not, so a
    broken file is not retried until it changes again."""

    def __init__(self, module, path):
        self.module, self.path = module, path
        self.source = read_bytes(path)  # what the module's names came from
        self.digest = hashlib.sha256(self.source).digest()  # what last ran
        self.callbacks = []

    def changed(self):
        try:
            return hashlib.sha256(read_bytes(self.path)).digest() != self.digest
        except OSError:
            return False  # missing right now: nothing new to run yet

    def poll(self):
        return [self.reload()] if self.changed() else []

    def reload(self):
        namespace = self.module.__dict__
        before = dict(namespace)
        source = read_bytes(self.path)
        self.digest = hashlib.sha256(source).digest()
        try:
            exec(compile(source, self.path, "exec", dont_inherit=True), namespace)
        except BaseException:
            namespace.clear()
            namespace.update(before)
            raise
        report = self.finish(before, source)
        self.source = source
        for callback in self.callbacks:
            callback(report)
        return report

    def finish(self, before, source):
        namespace = self.module.__dict__
        old_texts, new_texts = definition_texts(self.source), definition_texts(source)

        def text(f, texts):
            return texts.get(f.__code__.co_firstlineno)

        def is_function(v):
            return isinstance(v, types.FunctionType) and v.__globals__ is namespace

        def differs(old, new):
            if old is new:
                return False
            if is_function(old) and is_function(new):
                return (text(old, old_texts) != text(new, new_texts)
                        or old.__code__.co_freevars != new.__code__.co_freevars)
            return not (type(old) is type(new) and type(old) in IMMUTABLE and old == new)

        added, changed, patched, replaced = [], [], [], {}
        for name, new in namespace.items():
            if name.startswith("__") and name.endswith("__"):
                continue
            if name not in before:
                added.append(name)
                continue
            old = before[name]
            if differs(old, new):
                changed.append(name)
                if is_function(old) and is_function(new) and old.__code__.co_freevars == new.__code__.co_freevars:
                    for attr in ("__code__", "__defaults__", "__kwdefaults__", "__annotations__", "__doc__"):
                        setattr(old, attr, getattr(new, attr))
                    old.__dict__ = dict(new.__dict__)
                    patched.append(name)
            if old is not new and is_function(old) and is_function(new):
                replaced[id(new)] = old
        for name, value in list(namespace.items()):
            if id(value) in replaced:
                namespace[name] = replaced[id(value)]
        old_names, new_names = top_level_bindings(self.source), top_level_bindings(source)
        removed = [name for name in before
                   if not (name.startswith("__") and name.endswith("__"))
                   and (name not in namespace or (name in old_names and name not in new_names))]

        def part(names, what):
            names = sorted(names)
            return f"{len(names)} {what}" + (f" ({', '.join(names)})" if names else "")

        return (f"<reload {self.module.__name__}: {part(changed, 'changed')}, "
                f"{part(added, 'added')}, {part(removed, 'removed')}>")


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
    tick_callbacks = []
    game.every_tick = tick_callbacks.append
    sys.modules["game"] = game

    name = os.path.splitext(os.path.basename(script))[0]
    try:
        module = importlib.import_module(name)
    except Exception as e:
        say(f"cannot load {name}:\n" + script_traceback(e).rstrip("\n"))
        return 1
    hot = HotReload(module, script)
    hot.callbacks.append(say)  # the report's summary line, after each successful reload

    def reload(step):
        try:
            step()
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
                reload(hot.reload)
            tick_now = command == "t"
        if not tick_now:
            continue
        reload(hot.poll)
        try:
            say(f"tick {n}: {module.on_tick(n)}")
            for callback in tick_callbacks:
                say(f"  callback: {callback(n)}")
        except BaseException as e:
            say(f"tick {n} failed:\n" + script_traceback(e).rstrip("\n"))
            if isinstance(e, KeyboardInterrupt):
                break
        n += 1
    say(f"score {score}")
    return 0


sys.exit(main(sys.argv))
