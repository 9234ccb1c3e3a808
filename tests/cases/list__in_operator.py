a = [1, 2.5, "x", None, [3], (4,)]
print(1 in a, 2.5 in a, "x" in a, None in a, [3] in a, (4,) in a)
print(3 in a, 1.0 in a, True in a, "y" not in a, [4] not in a)
print(0 in [], [] in [[]], [] in [()])
print(False in [0], 0.0 in [False])
n = float("nan")
print(n in [n], float("nan") in [float("nan")])
big = list(range(1000))
print(999 in big, 1000 in big, -1 not in big)
print("ab" in ["a", "b"], "ab" in "cabd")
nested = [[1, [2, [3]]]]
print([2, [3]] in nested[0], 3 in nested)
