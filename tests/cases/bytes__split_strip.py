# bytes split/strip family, whitespace definition is ASCII-only.
data = b" \t alpha  beta\ngamma \x0b\x0c"
print(data.split(), data.split(b" "), data.split(None, 1), data.rsplit(maxsplit=1))
print(data.strip(), data.lstrip(), data.rstrip(), b"xxaxx".strip(b"x"), b"abc".strip(b"cab"))
print(b"a\x85b".split(), b"a\xa0b".split(), "a\x85b".split(), "a\xa0b".split())
print(b"one\ntwo\r\nthree\rfour".splitlines(), b"x\ny\n".splitlines(keepends=True), b"a\x0bb".splitlines())
print(b"1,2,3".split(b",", 1), b"1,2,3".rsplit(b",", 1), b",".join(b"1,2,3".split(b",")))
print(b"".split(), b"".split(b","), b"  ".split(b" "), b"a  b".split(b" "))
print([int(x) for x in b"10 20 30".split()], sum(int(x) for x in b"1 2".split()))
print(b"  pad  ".lstrip(b" p"), b"www.x.org".rstrip(b"gro."), b"\x00data\x00".strip(b"\x00"))
try:
    b"a b".split(" ")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".strip("a")
except TypeError as e:
    print(type(e).__name__, e)
b" ".join(b"  a  b  ".split())
