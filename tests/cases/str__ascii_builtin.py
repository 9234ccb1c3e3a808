# ascii() escapes all non-ASCII characters, unlike repr().
for v in ["abc", "café", "中文", "😀", "\n\t", "ÿ", "\u0100", "\U0010ffff", "mix é\n", "'\""]:
    print(repr(v), ascii(v))
print(ascii(["é", 1, b"\xe9"]), ascii({"ключ": "значение"}), ascii(("ñ",)))
print(ascii(1.5), ascii(None), ascii(True), ascii(10**20))
print(f"{'é'!a}", "{!a}".format("ü"), "%a" % "ß", "%r" % "ß")
print(len(ascii("é")), ascii("é") == repr("é"), ascii("e") == repr("e"))
print(ascii("tab\t") == repr("tab\t"), ascii(b"\xff"), ascii([1.5, "x"]))
s = "naïve"
print(ascii(s).encode("ascii"), len(ascii(s)), ascii(s)[1:-1])
print("%a|%s|%r" % ("ø", "ø", "ø"), "{0!a}|{0!s}".format("ø"))
