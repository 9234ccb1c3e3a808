# str methods whose result grows with the input (strip, split, upper, partition, ...), called in a loop on
# short strings and on strings just under and over 1024 characters, with keyword arguments and bad arguments
texts = ["", "  a b  ", "Straße ﬁ", "x" * 1023 + " y", " z" * 600, "line1\nline2\r\nline3"]
for t in texts:
    results = [len(t.strip()), len(t.split()), t.upper()[:12], t.lower()[-5:], t.partition(" ")[0][:5],
               len(t.splitlines()), t.title()[:6], t.swapcase()[:6], len(t.rsplit(" ", 2)), t.casefold()[:8],
               t.removeprefix("  ")[:3], t.removesuffix("  ")[-3:], t.capitalize()[:4], len(t.encode())]
    print(results)
    print(t.split(sep=" ", maxsplit=1)[:2] if t else t.split(maxsplit=0))
for bad in ((1,), ("a", "b")):
    try:
        "abc".upper(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "abc".strip(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split(sep=1)
except TypeError as e:
    print("TypeError:", e)
methods = [str.upper, str.strip]
print([m("  q ") for m in methods])
up = "mixed Case".upper
print(up(), [w.lower() for w in "A B C".split()])
