def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


inf, nan = float("inf"), float("nan")
attempt("int(inf)", lambda: int(inf))
attempt("int(-inf)", lambda: int(-inf))
attempt("int(nan)", lambda: int(nan))
attempt("round(inf)", lambda: round(inf))
attempt("round(nan)", lambda: round(nan))
attempt("int('0x1f', 16)", lambda: int("0x1f", 16))
attempt("int('1f', 10)", lambda: int("1f", 10))
attempt("int('12', 1)", lambda: int("12", 1))
attempt("int(' 42 ')", lambda: int(" 42 "))
attempt("int('4_2')", lambda: int("4_2"))
attempt("int(None)", lambda: int(None))
attempt("float('1e500')", lambda: float("1e500"))
attempt("float(' -2.5 ')", lambda: float(" -2.5 "))
attempt("float([])", lambda: float([]))
attempt("10 ** 400 * 1.0", lambda: 10 ** 400 * 1.0)
attempt("float(10 ** 400)", lambda: float(10 ** 400))
attempt("chr(0x110000)", lambda: chr(0x110000))
attempt("bool('False')", lambda: bool("False"))
