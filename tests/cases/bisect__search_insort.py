import bisect

a = [1, 2, 4, 4, 4, 7, 9]
print([bisect.bisect_left(a, x) for x in range(11)])
print([bisect.bisect_right(a, x) for x in range(11)])
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, hi=2))
records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
bisect.insort(records, ("x", 3), key=lambda r: r[1])
bisect.insort_left(records, ("y", 3), key=lambda r: r[1])
print(records)
values = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(values, x)
bisect.insort_left(values, 2)
bisect.insort_right(values, 9)
print(values)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left("acegi", "f"), bisect.bisect_right([1.5, 2.5], 2))
for call in [lambda: bisect.bisect_left(1, 2), lambda: bisect.bisect_left([], 1, -1), lambda: bisect.bisect_left([], 1, "a"),
             lambda: bisect.bisect_left([1], 1, 0, "a"), lambda: bisect.bisect_left([1, 2, 3], 2, 0, 10),
             lambda: bisect.insort([], 1, -1), lambda: bisect.bisect_right([1, 2], "a")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(bisect.bisect_left([1, 2, 3], 2, hi=-5), bisect.bisect_left([1, 2, 3], 5, lo=10))
