# str.split: whitespace mode vs explicit separator, maxsplit, empty strings.
s = "  the quick\tbrown\n\nfox  "
print(s.split())
print(s.split(" "))
print(s.split(None, 1), s.split(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".split(",", maxsplit=0))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a--b--c".split("--"), "a--b--c".split("-"), "abc".split("abc"), "abc".split("abcd"))
print("1 2 3".split(" ", -1), "1 2 3".split(" ", 10))
print("x\x0by\x0cz\x1cw\u2003v\x85u".split())
print("a b".split(sep=None), "a\tb c".split("\t"))
print(list(map(int, "10 20 30".split())), sum(map(int, "1,2,3".split(","))))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(",", "1")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
