# inf and nan: construction, repr, arithmetic, comparisons, and math.isinf/isnan.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("nan"))
print(inf + 1, inf * -1, inf - inf, inf * 0, 1 / inf, 1e308 * 10)
print(nan == nan, nan != nan, nan < 1, inf == inf, -inf < -1e308)
print(math.isinf(inf), math.isnan(nan), math.isinf(1e308), math.isnan(inf - inf))
print(math.inf, -math.inf, math.inf == inf)
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    int(nan)
except ValueError as e:
    print(e)
