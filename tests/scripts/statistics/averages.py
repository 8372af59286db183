# statistics: mean/fmean/median(s)/mode/multimode/variance/stdev/quantiles with CPython's result types, values and errors
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([1, 2.5]), st.mean([True, False, True]), st.mean(iter([1, 2])))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[3, 1, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([F(1, 2), F(1, 3)]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode(['a', 'b']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.variance(data), st.variance([1, 2, 3, 4]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3, 4]), st.variance([1, 2, 3, 4], 2.5))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([F(1, 2), F(3, 2), F(7, 4)]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4), st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1.5, 2.5], n=3), st.quantiles([1, 2], n=1))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True).slope, st.mean([float('inf'), 1]), st.mean([float('nan'), 1]))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.stdev([1]), lambda: st.pvariance([]),
            lambda: st.pstdev([]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'),
            lambda: st.fmean([]), lambda: st.geometric_mean([0, 1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.correlation([1, 1], [1, 2]),
            lambda: st.covariance([1], [1, 2]), lambda: st.mean(['a']), lambda: st.linear_regression([1, 1], [1, 2])]:
    try:
        print(bad())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 12), round(nd.pdf(100), 12), nd + 5, nd * 2, nd.zscore(115), st.NormalDist.from_samples([1, 2, 3, 4]))
print(issubclass(st.StatisticsError, ValueError))
