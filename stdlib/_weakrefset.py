"""WeakSet: a set whose members are held by weak references.

A member leaves the set when the object dies. Removals that a death causes while
the set is being iterated wait until the last iteration ends, so iterating never
sees the set change size under it.
"""

from _weakref import ref

__all__ = ['WeakSet']


class _Iterating:
    """Marks a weak container as being iterated for the duration of a with block;
    the container applies the removals that arrived meanwhile once none is left."""

    __slots__ = ('_owner_ref',)

    def __init__(self, owner):
        self._owner_ref = ref(owner)

    def __enter__(self):
        owner = self._owner_ref()
        if owner is not None:
            owner._iterators += 1
        return self

    def __exit__(self, *exc):
        owner = self._owner_ref()
        if owner is not None:
            owner._iterators -= 1
            if not owner._iterators:
                owner._apply_pending()


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        self._pending = []
        self._iterators = 0

        def on_death(item, selfref=ref(self)):
            self = selfref()
            if self is None:
                return
            if self._iterators:
                self._pending.append(item)
            else:
                self.data.discard(item)

        self._remove = on_death
        if data is not None:
            self.update(data)

    def _apply_pending(self):
        pending, self._pending = self._pending, []
        for item in pending:
            self.data.discard(item)

    def __iter__(self):
        with _Iterating(self):
            for item in self.data:
                obj = item()
                if obj is not None:
                    yield obj

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, '__dict__', None)

    def add(self, item):
        if self._pending:
            self._apply_pending()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending:
            self._apply_pending()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending:
            self._apply_pending()
        while True:
            try:
                item = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            obj = item()
            if obj is not None:
                return obj

    def remove(self, item):
        if self._pending:
            self._apply_pending()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending:
            self._apply_pending()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending:
            self._apply_pending()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending:
            self._apply_pending()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending:
            self._apply_pending()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending:
            self._apply_pending()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(item for group in (self, other) for item in group)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)
