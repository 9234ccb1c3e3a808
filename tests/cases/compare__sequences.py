# Lexicographic comparison of lists, tuples, strings and bytes.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2])
print((1, 2) < (1, 3), (1,) < (1, 0), () < (0,), (1, 2, 3) <= (1, 2, 3), (3,) > (2, 9, 9))
print([1, [2, 3]] < [1, [2, 4]], ((1, 2), 3) < ((1, 2), 4))
print((1, 2.5) < (1, 3), (1, "b") > (1, "a"), [0.0] == [0], [True] == [1])
print("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "a" < "aa", "B" < "a" < "b")
print(b"abc" < b"abd", b"" < b"\x00", b"\xff" > b"\x00\x00")
print(max([[1, 2], [1, 10], [0, 100]]), min([(2, "a"), (1, "z"), (1, "b")]))
print(sorted([(2, "b"), (1, "c"), (2, "a"), (1, "a")]))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted([[3], [1, 2], [1], []]))
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], (1, 2) != [1, 2])
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 5, 2) == range(1, 6, 2))
a = [1, 2, 3]
print(a < a + [0], a[:] == a, a[:] is a, [a] == [[1, 2, 3]])
try:
    print(range(3) < range(4))
except TypeError as e:
    print(type(e).__name__, e)
sorted([(1, "b"), (1, "a", 0), (0, "z"), (1, "a")])
