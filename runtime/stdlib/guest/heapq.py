# heapq for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# A binary min-heap kept in a list, heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2], with the same
# sift order as CPython (so heaps print the same), nlargest / nsmallest (documented as equal to
# sorted(...)[:n]) and a lazy, stable merge.


def _check_list(name, heap, argument):
    if type(heap) is not list:
        raise TypeError(name + "() argument" + argument + " must be list, not " + type(heap).__name__)


def _sift_towards_root(heap, top, pos):
    """Move heap[pos] up towards `top` while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    """Fill the hole at `pos` by moving the smaller child up until a leaf is reached, then put the
    original item there and let it rise back to its place (fewer comparisons than stopping early)."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_towards_root(heap, top, pos)


def heappush(heap, item, /):
    _check_list("heappush", heap, " 1")
    heap.append(item)
    _sift_towards_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check_list("heappop", heap, "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    _check_list("heapreplace", heap, " 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    _check_list("heappushpop", heap, " 1")
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sift_to_leaf(heap, 0)
        return smallest
    return item


def heapify(heap, /):
    _check_list("heapify", heap, "")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sift_to_leaf(heap, i)


# ---------------------------------------------------------------- max-heaps (CPython's private helpers)


def _sift_towards_root_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_to_leaf_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_towards_root_max(heap, top, pos)


def _heapify_max(heap, /):
    _check_list("_heapify_max", heap, "")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sift_to_leaf_max(heap, i)


def _heappop_max(heap, /):
    _check_list("_heappop_max", heap, "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item, /):
    _check_list("_heapreplace_max", heap, " 1")
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return largest


# ---------------------------------------------------------------- merge, nlargest, nsmallest


def merge(*iterables, key=None, reverse=False):
    iterators = []
    heads = []
    keys = []
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            iterators.append(it)
            heads.append(value)
            keys.append(value if key is None else key(value))
            break
    while iterators:
        if len(iterators) == 1:
            yield heads[0]
            for value in iterators[0]:
                yield value
            return
        best = 0
        best_key = keys[0]
        for i in range(1, len(keys)):
            k = keys[i]
            if (best_key < k) if reverse else (k < best_key):
                best = i
                best_key = k
        yield heads[best]
        it = iterators[best]
        for value in it:
            heads[best] = value
            keys[best] = value if key is None else key(value)
            break
        else:
            del iterators[best]
            del heads[best]
            del keys[best]


_MISSING = []


def nsmallest(n, iterable, key=None):
    if n == 1:
        found = min(iterable, default=_MISSING, key=key)
        return [] if found is _MISSING else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n == 1:
        found = max(iterable, default=_MISSING, key=key)
        return [] if found is _MISSING else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
