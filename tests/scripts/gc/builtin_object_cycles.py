# a cycle through an iterator, lazy builtin, super, proxy, alias, slice, wrapper or awaitable is collected
import gc
import io


class Sentinel:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


class Box:
    def __init__(self, held):
        self.held = held


class Seq:
    def __init__(self, held):
        self.held = held

    def __getitem__(self, i):
        raise IndexError


class Suspend:
    def __await__(self):
        yield


async def coro(held):
    await Suspend()


async def agen(held):
    yield 1


def started_coro(held):
    c = coro(held)
    c.send(None)
    return c


def string_io(held):
    s = io.StringIO()
    s.held = held
    return s


def class_namespace(held):
    return type("Holder", (), {"held": held}).__dict__

makers = [
    ("enumerate", lambda l: enumerate(l)),
    ("zip", lambda l: zip(l, l)),
    ("map", lambda l: map(len, l)),
    ("filter", lambda l: filter(None, l)),
    ("reversed", lambda l: reversed((l,))),
    ("list iterator", lambda l: iter(l)),
    ("tuple iterator", lambda l: iter((l,))),
    ("dict key iterator", lambda l: iter({0: l})),
    ("dict value iterator", lambda l: iter({0: l}.values())),
    ("dict item iterator", lambda l: iter({0: l}.items())),
    ("dict reversed iterator", lambda l: reversed({0: l})),
    ("set iterator", lambda l: iter({Box(l)})),
    ("getitem iterator", lambda l: iter(Seq(l))),
    ("callable iterator", lambda l: iter(l.pop, None)),
    ("super", lambda l: super(Box, Box(l))),
    ("mappingproxy", class_namespace),
    ("generic alias", lambda l: list[l]),
    ("union", lambda l: int | list[l]),
    ("slice", lambda l: slice(l)),
    ("method-wrapper", lambda l: l.__add__),
    ("StringIO", string_io),
    ("coroutine wrapper", lambda l: started_coro(l).__await__()),
    ("asend", lambda l: agen(l).asend(None)),
    ("athrow", lambda l: agen(l).athrow(ValueError)),
    ("anext awaitable", lambda l: anext(agen(None), l)),
]

gc.collect()
for name, make in makers:
    held = [Sentinel(name)]
    obj = make(held)
    held.append(obj)
    print(name, type(obj).__name__, "tracked:", gc.is_tracked(obj))
    del held, obj
    gc.collect()
    print("  after collect")


class Slotted:
    __slots__ = ("a",)


others = [
    ("str iterator", iter("ab")),
    ("bytes iterator", iter(b"ab")),
    ("bytearray iterator", iter(bytearray(b"ab"))),
    ("memoryview", memoryview(b"ab")),
    ("memory iterator", iter(memoryview(b"ab"))),
    ("member descriptor", Slotted.__dict__["a"]),
    ("range iterator", iter(range(3))),
    ("range", range(3)),
]
for name, obj in others:
    print(name, type(obj).__name__, "tracked:", gc.is_tracked(obj))
with open(__file__) as f:
    print("file tracked:", gc.is_tracked(f))
