def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label:<22} {type(e).__name__}: {e}")
    else:
        print(f"{label:<22} ok: {result!r}")


empty, nums, text, table = [], [1, 2, 3], "abc", {"a": 1}
zero, fzero = 0, 0.0
attempt("1 / 0", lambda: 1 / zero)
attempt("1 // 0", lambda: 1 // zero)
attempt("1 % 0", lambda: 1 % zero)
attempt("1.0 / 0.0", lambda: 1.0 / fzero)
attempt("1.5 // 0.0", lambda: 1.5 // fzero)
attempt("divmod(7, 0)", lambda: divmod(7, zero))
attempt("0.0 ** -1", lambda: fzero ** -1)
attempt("2.0 ** 10000", lambda: 2.0 ** 10000)
attempt("int(inf)", lambda: int(float("inf")))
attempt("nums[5]", lambda: nums[5])
attempt("nums[-4]", lambda: nums[-4])
attempt("text[10]", lambda: text[10])
attempt("tuple(nums)[3]", lambda: tuple(nums)[3])
attempt("empty.pop()", lambda: empty.pop())
attempt("table['b']", lambda: table["b"])
attempt("table[(1, 2)]", lambda: table[(1, 2)])
attempt("table.pop('z')", lambda: table.pop("z"))
attempt("set().pop()", lambda: set().pop())
attempt("nums.index(9)", lambda: nums.index(9))
attempt("nums.remove(9)", lambda: nums.remove(9))
attempt("text.index('z')", lambda: text.index("z"))
attempt("nums[::0]", lambda: nums[::zero])
attempt("nums[1:100]", lambda: nums[1:100])
