# bisect for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# Binary search in sorted sequences with CPython 3.11's lo / hi / key arguments: with a key, x is
# compared with key(a[i]) (and insort inserts x where key(x) belongs).


def _bounds(a, lo, hi):
    if type(lo) is not int:
        lo = _as_index(lo)
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    elif type(hi) is not int:
        if not isinstance(hi, int):
            raise TypeError("argument should be integer or None, not '" + type(hi).__name__ + "'")
        hi = int(hi)
    return lo, hi


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
