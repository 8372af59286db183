# Tuples: sequence packing and unpacking in ordinary code, written for hotpy. Wide
# records unpacked into ten names, swaps and rotations (a, b = b, a + b), functions that
# return several values, pairs from zip/enumerate/dict.items(), nested targets,
# starred targets, and objects unpacked through __iter__.
ROUNDS = 90
RECORDS = 6000
DEPARTMENTS = ("sales", "ops", "research", "support", "legal")
CITIES = ("Oslo", "Lima", "Pune", "Kyiv", "Perth", "Quito", "Accra")


def make_records(n):
    records = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        dept = DEPARTMENTS[seed % len(DEPARTMENTS)]
        city = CITIES[(seed >> 7) % len(CITIES)]
        level = 1 + (seed >> 11) % 6
        salary = 30000 + (seed >> 3) % 70000
        bonus = (seed >> 5) % 5000
        age = 20 + (seed >> 13) % 45
        start = 1990 + (seed >> 17) % 35
        manager = i // 12
        active = (seed >> 19) % 9 != 0
        records.append((f"emp{i}", dept, level, salary, bonus, age, city, start, manager, active))
    return records


def department_report(records):
    totals = {}
    for name, dept, level, salary, bonus, age, city, start, manager, active in records:
        if not active:
            continue
        count, pay, oldest = totals.get(dept, (0, 0, 0))
        totals[dept] = count + 1, pay + salary + bonus * level, max(oldest, age)
    checksum = 0
    for dept, (count, pay, oldest) in sorted(totals.items()):
        checksum += count * 7 + pay // count + oldest
    return checksum


def seniority_by_city(records):
    first_year = {}
    for _, _, level, _, _, _, city, start, *_ in records:
        year, top = first_year.get(city, (9999, 0))
        first_year[city] = min(year, start), max(top, level)
    return sum(year + top for year, top in first_year.values())


def min_max_mean(values):
    lo = hi = values[0]
    total = 0
    for v in values:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
        total += v
    return lo, hi, total / len(values)


def fibonacci_mod(n, modulus):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % modulus
    return a


def gcd_steps(a, b):
    steps = 0
    while b:
        a, b = b, a % b
        steps += 1
    return a, steps


def rotate_triples(n):
    x, y, z = 1, 2, 3
    acc = 0
    for i in range(n):
        x, y, z = y, z, x + i
        acc += x - z
    return acc


def polygon_area_twice(points):
    area = 0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        area += x1 * y2 - x2 * y1
    return abs(area)


def to_digits(n):
    digits = []
    while n:
        n, d = divmod(n, 10)
        digits.append(d)
    return digits


class Interval:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        yield self.lo
        yield self.hi


def merge_intervals(intervals):
    merged = []
    for lo, hi in sorted((iv.lo, iv.hi) for iv in intervals):
        if merged:
            last_lo, last_hi = merged[-1]
            if lo <= last_hi:
                merged[-1] = (last_lo, max(last_hi, hi))
                continue
        merged.append((lo, hi))
    return merged


def interval_lengths(intervals):
    total = 0
    for interval in intervals:
        lo, hi = interval
        total += hi - lo
    return total


def windows(seq):
    count = 0
    for i, (a, b, c) in enumerate(zip(seq, seq[1:], seq[2:])):
        if a < b > c:
            count += i & 3
    first, *middle, last = seq
    head, second, *rest = middle
    return count + first + last + head + second + len(rest)


def matrix_walk(n):
    cells = [(r, c, (r * 31 + c * 17) % 97) for r in range(n) for c in range(n)]
    best = (0, 0, -1)
    for row, col, value in cells:
        (best_row, best_col), best_value = best[:2], best[2]
        if value > best_value or (value == best_value and (row, col) < (best_row, best_col)):
            best = (row, col, value)
    return best


def one_round(records, round_no):
    checksum = department_report(records)
    checksum += seniority_by_city(records)
    salaries = [rec[3] for rec in records]
    lo, hi, mean = min_max_mean(salaries)
    checksum += lo + hi + int(mean)
    checksum += fibonacci_mod(20000 + round_no, 1000003)
    for a in range(1, 400):
        g, steps = gcd_steps(a * 7919 + round_no, a * 104729)
        checksum += g + steps
    checksum += rotate_triples(20000)
    points = [(i % 17 - 8, (i * i) % 23 - 11) for i in range(2000)]
    checksum += polygon_area_twice(points)
    checksum += sum(len(to_digits(n)) for n in range(1, 3000, 7))
    intervals = [Interval(i * 3 % 1000, i * 3 % 1000 + i % 11) for i in range(3000)]
    checksum += interval_lengths(intervals) + len(merge_intervals(intervals))
    checksum += windows([(i * 37) % 101 for i in range(3000)])
    row, col, value = matrix_walk(60)
    checksum += row * 1000 + col * 10 + value
    return checksum


def main():
    records = make_records(RECORDS)
    total = 0
    for round_no in range(ROUNDS):
        total = (total * 31 + one_round(records, round_no)) % 1000000007
    print(total)


main()
