# statistics.NormalDist: inv_cdf (all three AS241 branches), quantiles, overlap, zscore, seeded samples, arithmetic, copying and errors
import copy
import statistics as st
from statistics import NormalDist

nd = NormalDist(100, 15)
z = NormalDist()
for p in [0.5, 0.3, 0.075, 0.925, 0.07, 0.93, 0.01, 0.99, 1e-5, 1 - 1e-10, 1e-12, 1e-20, 1e-100, 1e-300, 5e-324, 0.1, 0.9]:
    print(p, z.inv_cdf(p), nd.inv_cdf(p))
print(nd.quantiles(), nd.quantiles(10), z.quantiles(n=3), z.quantiles(1), z.quantiles(0))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
print(nd.overlap(nd), z.overlap(NormalDist(1, 1)), NormalDist(1, 1).overlap(z), z.overlap(NormalDist(50, 1)), z.overlap(NormalDist(0, 3)))
print(nd.zscore(130), nd.zscore(70), z.zscore(-2), nd.cdf(nd.inv_cdf(0.3)), nd.pdf(100), nd.median, nd.mode)
print(nd.samples(5, seed=42), z.samples(3, seed='x'), len(nd.samples(4)), nd.samples(0, seed=1))
print(nd + 5, 5 + nd, nd - 5, 5 - nd, nd * 2, 2 * nd, nd * -2, nd / 3, nd / -3, -nd, +nd, nd + z, nd - z)
print(nd == NormalDist(100, 15), nd == NormalDist(100, 16), nd == 100, nd != 3, hash(nd) == hash(NormalDist(100.0, 15.0)))
print(copy.copy(nd), copy.deepcopy(nd), nd.__getstate__())


class Sub(NormalDist):
    pass


s = Sub(1, 2)
print(s, s.inv_cdf(0.2), s.overlap(z), z.overlap(s), s.quantiles(), type(s + 1).__name__, copy.copy(s))
for bad in [lambda: z.inv_cdf(0), lambda: z.inv_cdf(1), lambda: z.inv_cdf(-0.5), lambda: z.inv_cdf(1.5),
            lambda: NormalDist(0, 0).inv_cdf(0.5), lambda: z.overlap(1), lambda: NormalDist(0, 0).overlap(z),
            lambda: z.overlap(NormalDist(0, 0)), lambda: NormalDist(0, 0).zscore(1), lambda: NormalDist(1, -1),
            lambda: z.inv_cdf('a'), lambda: z.quantiles(1.5), lambda: z.inv_cdf(float('nan'))]:
    try:
        print(bad())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
