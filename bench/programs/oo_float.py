# Floats: a pipeline of small objects holding floats, written for hotpy. Points are
# made from trigonometry, normalised, rotated by a matrix object, smoothed with their
# neighbours, reduced to a bounding box and a running maximum; readings flow through
# an exponential filter and an online mean/variance accumulator. Every step makes new
# objects and drops old ones, so float boxing and small-object churn dominate.
import math

ROUNDS = 24
POINTS = 12000


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Point({self.x:.6f}, {self.y:.6f}, {self.z:.6f})"

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        length = self.norm()
        self.x /= length
        self.y /= length
        self.z /= length

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def midpoint(self, other, weight):
        keep = 1.0 - weight
        return Point(self.x * keep + other.x * weight,
                     self.y * keep + other.y * weight,
                     self.z * keep + other.z * weight)


class Rotation:
    """A 3x3 rotation about an axis, kept as nine float attributes."""

    def __init__(self, axis, angle):
        ax, ay, az = axis
        length = math.sqrt(ax * ax + ay * ay + az * az)
        ax, ay, az = ax / length, ay / length, az / length
        c, s = math.cos(angle), math.sin(angle)
        t = 1.0 - c
        self.m00, self.m01, self.m02 = t * ax * ax + c, t * ax * ay - s * az, t * ax * az + s * ay
        self.m10, self.m11, self.m12 = t * ax * ay + s * az, t * ay * ay + c, t * ay * az - s * ax
        self.m20, self.m21, self.m22 = t * ax * az - s * ay, t * ay * az + s * ax, t * az * az + c

    def apply(self, p):
        return Point(self.m00 * p.x + self.m01 * p.y + self.m02 * p.z,
                     self.m10 * p.x + self.m11 * p.y + self.m12 * p.z,
                     self.m20 * p.x + self.m21 * p.y + self.m22 * p.z)


class BoundingBox:
    def __init__(self):
        self.lo = Point(math.inf, math.inf, math.inf)
        self.hi = Point(-math.inf, -math.inf, -math.inf)

    def include(self, p):
        lo, hi = self.lo, self.hi
        lo.x = min(lo.x, p.x)
        lo.y = min(lo.y, p.y)
        lo.z = min(lo.z, p.z)
        hi.x = max(hi.x, p.x)
        hi.y = max(hi.y, p.y)
        hi.z = max(hi.z, p.z)

    def volume(self):
        return (self.hi.x - self.lo.x) * (self.hi.y - self.lo.y) * (self.hi.z - self.lo.z)


class RunningStats:
    """Welford's online mean and variance."""

    def __init__(self):
        self.count = 0
        self.mean = 0.0
        self.m2 = 0.0

    def add(self, value):
        self.count += 1
        delta = value - self.mean
        self.mean += delta / self.count
        self.m2 += delta * (value - self.mean)

    @property
    def variance(self):
        return self.m2 / (self.count - 1) if self.count > 1 else 0.0


class ExponentialFilter:
    def __init__(self, alpha):
        self.alpha = alpha
        self.value = None

    def feed(self, sample):
        if self.value is None:
            self.value = sample
        else:
            self.value += self.alpha * (sample - self.value)
        return self.value


class Reading:
    def __init__(self, celsius, humidity):
        self.celsius = celsius
        self.humidity = humidity

    @property
    def fahrenheit(self):
        return self.celsius * 9.0 / 5.0 + 32.0

    def dew_point(self):
        # The Magnus approximation.
        a, b = 17.62, 243.12
        gamma = a * self.celsius / (b + self.celsius) + math.log(self.humidity / 100.0)
        return b * gamma / (a - gamma)


def make_points(n, phase):
    points = []
    for i in range(n):
        x = math.sin(i + phase)
        points.append(Point(x, math.cos(i) * 3.0, (x * x) / 2.0 + 0.1))
    return points


def smooth(points, weight):
    return [p.midpoint(q, weight) for p, q in zip(points, points[1:])]


def point_pipeline(n, phase):
    points = make_points(n, phase)
    for p in points:
        p.normalize()
    rotation = Rotation((1.0, 2.0, 0.5), 0.3 + phase)
    points = [rotation.apply(p) for p in points]
    points = smooth(points, 0.25)
    box = BoundingBox()
    peak = Point(-math.inf, -math.inf, -math.inf)
    for p in points:
        box.include(p)
        peak.maximize(p)
    return box.volume(), peak


def reading_pipeline(n, phase):
    temperature = ExponentialFilter(0.1)
    stats = RunningStats()
    dew = RunningStats()
    hottest = -math.inf
    for i in range(n):
        reading = Reading(15.0 + 10.0 * math.sin(i * 0.01 + phase) + (i % 7) * 0.3,
                          40.0 + 30.0 * abs(math.cos(i * 0.003)))
        smoothed = temperature.feed(reading.fahrenheit)
        stats.add(smoothed)
        dew.add(reading.dew_point())
        hottest = max(hottest, smoothed)
    return stats.mean, stats.variance, dew.mean, hottest


def main():
    volume_sum = 0.0
    peak_sum = Point(0.0, 0.0, 0.0)
    summary = []
    for round_no in range(ROUNDS):
        phase = round_no * 0.125
        volume, peak = point_pipeline(POINTS, phase)
        volume_sum += volume
        peak_sum = peak_sum.midpoint(peak, 0.5)
        mean, variance, dew_mean, hottest = reading_pipeline(POINTS, phase)
        summary.append(mean + variance + dew_mean + hottest)
    print(f"{volume_sum:.9f}", peak_sum, f"{sum(summary):.9f}", repr(round(summary[-1], 6)))


main()
