# collections/itertools pipelines: deque as a queue and sliding window, defaultdict
# grouping and counting, chain/groupby/islice/product/accumulate, operator getters.
# Uses only the native modules (_collections, itertools, operator, _functools) so the
# same program runs before the stdlib's collections exists.
from _collections import deque, defaultdict
from itertools import chain, groupby, islice, product, accumulate, count, repeat, starmap, tee, zip_longest
from operator import itemgetter, add, mul
from _functools import reduce, partial


def main():
    total = 0
    # a queue: breadth-first walk over an implicit graph
    seen = {0}
    queue = deque([0])
    while queue:
        n = queue.popleft()
        for m in ((n * 3 + 1) % 200003, (n * 7 + 2) % 200003):
            if m not in seen:
                seen.add(m)
                queue.append(m)
    total += len(seen)
    # a sliding window sum with maxlen
    window = deque(maxlen=16)
    acc = 0
    for x in range(400000):
        window.append(x % 97)
        acc += window[0]
    total += acc
    # grouping and counting
    groups = defaultdict(list)
    counts = defaultdict(int)
    for i in range(300000):
        key = i * 2654435761 % 1009
        groups[key % 37].append(i)
        counts[key] += 1
    total += sum(len(v) for v in groups.values()) + max(counts.values())
    freq = {}
    for w in chain.from_iterable(repeat(["a", "bb", "a", "ccc", "bb", "a"], 60000)):
        freq[w] = freq.get(w, 0) + 1
    total += freq["a"]
    # groupby over sorted records, itemgetter keys
    records = sorted(((i * 37 % 101, i) for i in range(200000)), key=itemgetter(0))
    for k, g in groupby(records, key=itemgetter(0)):
        total += k * sum(1 for _ in g)
    # islice/product/accumulate/starmap/tee/zip_longest
    total += sum(islice(count(7, 3), 100000, 300000, 3))
    total += sum(a * b for a, b in product(range(300), range(300)))
    total += list(accumulate(range(200000), add))[-1] % 1000003
    total += sum(starmap(mul, zip(range(200000), repeat(3))))
    a, b = tee(range(200000))
    total += sum(x - y for x, y in zip(a, islice(b, 1, None)))
    total += sum(1 for x, y in zip_longest(range(150000), range(100000)) if y is None)
    total += reduce(add, map(partial(mul, 2), range(100000)))
    print(total)


main()
