# compiled code counts toward the collector's threshold (gc.get_count): garbage that holds a dropped module version's code is looked for as soon as the code's size would have it
import gc

src = "".join("def f_%d(x):\n    return x + %d\n" % (i, i) for i in range(2000))
gc.disable()
gc.collect()
codes = []
before = gc.get_count()[0]
codes.append(compile(src, "big", "exec"))
grew = gc.get_count()[0] - before
print("compiling counted past the threshold:", grew > gc.get_threshold()[0])
gc.enable()
