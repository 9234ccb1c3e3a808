# inf, -inf, nan: creation, arithmetic, repr, and formatting.
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, repr(inf), str(nan))
print(float("INF"), float("Infinity"), float("-infinity"), float("NaN"), float("-nan"), float("+inf"))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf > 10**400, ninf < -(10**400), inf == inf, ninf == -inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf // 1, inf % 2, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(max(1, inf), min(ninf, 0), abs(ninf))
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(f"{inf}", f"{inf:.2f}", f"{ninf:10}|", f"{nan:e}", f"{inf:%}", f"{nan:+}")
print(format(inf, "F"), format(nan, "E"), format(ninf, "G"), format(nan, ">6"), format(inf, "010"))
print("%f %e %g %F" % (inf, ninf, nan, inf))
print(str(inf * 0), inf ** 0, nan ** 0, 1 ** nan, 0.0 ** inf)
print(round(2.5), [nan] == [nan], (nan,) == (nan,))
for f in [lambda: round(inf), lambda: round(nan), lambda: int(ninf)]:
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(inf, 2), round(nan, 1))
