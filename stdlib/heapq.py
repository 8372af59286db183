"""Heaps: lists used as priority queues.

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k
that has those children, so heap[0] is always the smallest item. The sift steps below
are the ones CPython's _heapq uses, so lists end up in the same order.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, function):
    if not isinstance(heap, list):
        # The two-argument functions number their argument, as _heapq's do.
        which = 'argument' if function in _ONE_ARGUMENT else 'argument 1'
        raise TypeError(f"{function}() {which} must be list, not {type(heap).__name__}")


_ONE_ARGUMENT = ('heappop', 'heapify', '_heapify_max', '_heappop_max')


def _sift_toward_root(heap, root, pos, before):
    """Move heap[pos] up while it goes before its parent (but not above root)."""
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not before(item, parent):
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_toward_leaves(heap, pos, before):
    """Re-establish the heap below pos: move the better child up until a leaf is reached,
    then put the displaced item there and sift it back up (fewer comparisons than
    stopping early, since the item usually belongs near the bottom)."""
    end = len(heap)
    root = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not before(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, root, pos, before)


def _less(a, b):
    return a < b


def _greater(a, b):
    return b < a


def heappush(heap, item):
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1, _less)


def _pop_root(heap, function, before):
    _check_list(heap, function)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    root = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0, before)
    return root


def _replace_root(heap, item, function, before):
    _check_list(heap, function)
    if not heap:
        raise IndexError("index out of range")
    root = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0, before)
    return root


def heappop(heap):
    return _pop_root(heap, 'heappop', _less)


def heapreplace(heap, item):
    return _replace_root(heap, item, 'heapreplace', _less)


def heappushpop(heap, item):
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0, _less)
    return item


def _make_heap(x, function, before):
    _check_list(x, function)
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i, before)


def heapify(x):
    _make_heap(x, 'heapify', _less)


def _heapify_max(x):
    """Maxheap version of a heapify."""
    _make_heap(x, '_heapify_max', _greater)


def _heappop_max(heap):
    return _pop_root(heap, '_heappop_max', _greater)


def _heapreplace_max(heap, item):
    return _replace_root(heap, item, '_heapreplace_max', _greater)


def merge(*iterables, key=None, reverse=False):
    # Each live input as [sort key, input index, value, iterator]; the index breaks
    # ties, so the merge is stable and never compares values of equal keys.
    heads = []
    for index, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heads.append([value if key is None else key(value), index, value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            candidate, current = heads[i][0], heads[best][0]
            if (current < candidate) if reverse else (candidate < current):
                best = i
        head = heads[best]
        yield head[2]
        for value in head[3]:
            head[0] = value if key is None else key(value)
            head[2] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heapreplace_max, _heapify_max, _heappop_max
except ImportError:
    pass
