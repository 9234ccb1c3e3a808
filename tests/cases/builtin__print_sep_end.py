import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" <- same line")
print("x", "y", sep="-", end="!\n")
print(*range(5), sep=" | ")
print("multi", end="\n\n")
print(sep="ignored")
print("a", None, True, 1.5, [1], sep=None, end=None)
print("to stderr", file=sys.stderr)
print("err", 1, sep="+", end="#\n", file=sys.stderr)
print("stdout again", file=None)
print("tab", "sep", sep="\t")
print("", "", sep="X")
print(*[], sep="never")
print("done", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
