# str.join accepts any iterable of strings.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join(("one", "two")), "|".join([]))
print("-".join("abc"), ", ".join(str(n) for n in range(5)), "+".join(map(str, [1, 2, 3])))
print("".join(sorted("hello")), "".join(reversed("stressed")), ".".join(["only"]))
print("\n".join(["line1", "line2"]))
print(repr("".join([""] * 5)), repr(", ".join(["", "", ""])), "ab".join(["1", "2", "3"]))
print(":".join({"k1": 1, "k2": 2}), "/".join(sorted({"b", "a", "c"})))
print("".join(chr(c) for c in range(65, 70)), "".join([c.upper() for c in "abc"]))
words = ["the", "quick", "brown", "fox"]
print(" ".join(w.capitalize() for w in words), "_".join(words).upper())
for bad in [[1, 2], ["a", 2], ["a", b"b"], None, 5, [["a"]]]:
    try:
        print(",".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
