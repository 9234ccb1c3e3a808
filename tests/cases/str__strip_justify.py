# strip/lstrip/rstrip with char sets; center/ljust/rjust with fill characters.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"), "abc".strip(""), "abc".strip(None))
print("www.example.com".strip("cmowz."), "**a*b**".strip("*"), "aaa".strip("a") == "")
print(repr("\u2003 x \x85".strip()), repr("\x00x\x00".strip()), repr("\x00x\x00".strip("\x00")))
for w in [0, 1, 3, 5, 6, 7, 10]:
    print(w, repr("abc".center(w)), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "-")), repr("ab".center(w, "*")))
print("x".center(4, "#"), "xy".center(5, "#"), "xyz".center(6, "#"), "".center(3, "!"))
print("é".center(5, "é"), "abc".ljust(-5), "abc".rjust(2))
for f in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".strip(5)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
