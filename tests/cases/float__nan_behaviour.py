# NaN never equals anything, yet containers use identity first.
nan = float("nan")
other = float("nan")
print(nan == nan, nan != nan, nan == other, nan < 0, nan >= 0)
print(nan in [nan], other in [nan], [nan] == [nan], [nan] == [other])
print((nan, 1) == (nan, 1), {"k": nan} == {"k": nan}, {"k": nan} == {"k": other})
print(nan + 1, nan * 0, -nan, abs(nan), nan ** 0, 1 ** nan, nan ** 1)
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
print(sorted([3, nan, 1]), sorted([nan, 3, 1]), [nan, 2.0].count(nan))
print(repr(nan), str(-nan), f"{nan:+f}", f"{-nan:f}", format(nan, "08.2f"), "%5.1f|" % nan)
print(bool(nan), nan is nan, 1.0 in [nan, 1])
s = {nan, nan, 1.0}
print(len(s), nan in s, other in s)
d = {nan: "a"}
d[nan] = "b"
d[other] = "c"
print(len(d), d[nan])
values = [1.0, nan, 2.0]
print(sum(values), [v for v in values if v == v], [v != v for v in values])
print(round(nan, 2), nan // 1, nan % 1, divmod(nan, 2))
