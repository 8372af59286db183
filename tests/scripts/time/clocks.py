# time's clocks: types, monotonicity, the _ns forms agreeing, sleep sleeping, get_clock_info
import time

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f, fns = getattr(time, name), getattr(time, name + '_ns')
    a, b, c = f(), fns(), f()
    print(name, type(a).__name__, type(b).__name__, a <= c, abs(b / 1e9 - a) < 5)
a = time.monotonic()
time.sleep(0.05)
b = time.monotonic()
print(0.04 < b - a < 2)
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep('x')
except TypeError as e:
    print(type(e).__name__)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
try:
    time.get_clock_info('nope')
except ValueError as e:
    print(e)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
