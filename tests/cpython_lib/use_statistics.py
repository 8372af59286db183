# CPython's statistics module, its pure-Python source unmodified, on hotpy: mean, median, mode, stdev, variance, quantiles
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import statistics
assert statistics.__file__.startswith("/usr/lib/python3.11/"), statistics.__file__
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.fmean(data), statistics.median(data), statistics.median_low([1, 3, 5, 7]), statistics.mode(data))
print(statistics.pstdev(data), statistics.stdev(data), statistics.variance(data), statistics.quantiles(data, n=4), statistics.multimode('aabbc'))
