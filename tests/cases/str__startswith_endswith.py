# startswith/endswith with tuples of prefixes and start/end bounds.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".tar"))
print(s.endswith((".zip", ".gz")), s.startswith(("x", "y")), s.startswith(()), s.endswith(("",)))
print(s.startswith("name", 4), s.startswith("name", 4, 7), s.endswith("tar", 0, 12), s.endswith("gz", -2))
print(s.startswith(""), "".startswith(""), "".endswith("a"), s.startswith("", 100), s.endswith("", 3, 1))
print("abc".startswith("abc", -3), "abc".startswith("abcd"), "abc".endswith("c", 2, 3), "abc".endswith("c", 2, 2))
print([f for f in ["a.py", "b.txt", "c.PY", "d.pyc"] if f.lower().endswith(".py")])
for bad in [lambda: s.startswith(["f"]), lambda: s.endswith(1), lambda: s.startswith(("a", 1))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
