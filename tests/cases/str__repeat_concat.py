# String repetition (including negative and zero counts) and concatenation.
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, repr("x" * -100), "" * 5, "-" * 10)
print("a" + "b" + "c", "a" "b" 'c', "con" + "cat" * 2, ("ab" + "c") * 2)
n = 3
print("=" * n + ">" + "." * (10 - n))
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
s *= 2
print(s)
print("abc" * True, "abc" * False == "", len("xy" * 1000))
parts = ["a"] * 3
print(parts, "".join(parts))
print(("%s" % "x") * 2, f"{'y' * 3}", "{}".format("z") * 2)
for bad in [lambda: "a" * 2.0, lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * [2]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x" * (2**63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
