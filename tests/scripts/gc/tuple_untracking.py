# a collection untracks surviving tuples of atoms, struct sequences of atoms start untracked; recycled iterator result tuples are tracked again
import gc
import sys

gc.disable()  # only the collections the test asks for (also under HOTPY_GC_STRESS)


def make(*items):
    return tuple(items)


atoms = make(1, "a", 2.5, None, 10**30, b"x")
nested = make(make(1, 2), make(3))
holds_list = make(1, [])
holds_dict = make({})
holds_types = make(int, str)
print("before:", gc.is_tracked(atoms), gc.is_tracked(nested), gc.is_tracked(holds_list),
      gc.is_tracked(holds_dict), gc.is_tracked(holds_types))
gc.collect()
gc.collect()  # the outer tuple of `nested` may come before its items in the first one
print("after:", gc.is_tracked(atoms), gc.is_tracked(nested), gc.is_tracked(nested[0]),
      gc.is_tracked(holds_list), gc.is_tracked(holds_dict), gc.is_tracked(holds_types))
print("empty:", gc.is_tracked(()))
print("struct sequences:", gc.is_tracked(sys.flags), gc.is_tracked(sys.version_info),
      gc.is_tracked(sys.float_info))


class Sentinel:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


def refilled(name, make_iter):
    box = [Sentinel(name)]
    it = make_iter(box)
    next(it)  # the result tuple holds atoms, and only the iterator keeps it
    gc.collect()
    pair = next(it)  # the same tuple, refilled with the list
    print(name, "refilled tracked:", gc.is_tracked(pair))
    box.append(pair)
    del box, it, pair
    gc.collect()
    print("  after collect")


refilled("enumerate", lambda box: enumerate([1, box]))
refilled("zip", lambda box: zip([1, box], [2, 3]))
refilled("dict items", lambda box: iter({1: 2, 3: box}.items()))
