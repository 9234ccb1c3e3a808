# str.replace called in a loop (the compiled tier calls it directly on a short str): constant arguments that
# shrink, keep or grow the text, an empty `old`, a count, arguments that are not constants, receivers just
# under and over 1024 characters, other receivers with a replace method, and bad arguments
texts = ["", "a-the-b", "the-the-the", "x" * 1023 + "-", "-" * 1100, "naïve-ß", "---"]
for t in texts:
    grown = t.replace("-", " | ")
    longer = t.replace("-", "<hyphen>")
    print(len(t.replace("the", "THE")), len(t.replace("the", "")), len(grown), grown[:12], len(longer))
    print(t.replace("", "ab")[:9], len(t.replace("", "")), t.replace("-", " | ", 1)[:10], t.replace("-", "+", 0)[:5])
    old, new = t[:1], t[-1:] * 3
    print(len(t.replace(old, new)), t.replace(old, new, 2)[:8], t.replace(*("t", "T")))
for other in (b"a-b", bytearray(b"x-y")):
    print(other.replace(b"-", b" | "))
for bad in ((1, "a"), ("a",), ("a", "b", "c"), ("a", None)):
    try:
        "a-b".replace(*bad)
    except TypeError as e:
        print("TypeError:", e)
for receiver in ([1], 5):
    try:
        receiver.replace("a", "b")
    except AttributeError as e:
        print("AttributeError:", e)
