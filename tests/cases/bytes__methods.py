# Common bytes methods mirror str methods but work on byte values.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !H"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.strip().capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"World"), b.count(b"l"), b.count(108))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.startswith(b"  H"), b.endswith((b"!", b"  ")))
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a b c".rsplit(None, 1), b"x\ny\r\nz".splitlines())
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"-".join([b"a", b"b", bytearray(b"c")]))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-4".zfill(4))
print(b"a\tb".expandtabs(4), b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"))
print(b"abc".isalpha(), b"123".isdigit(), b"abc1".isalnum(), b" \t".isspace(), b"ABC".isupper(),
      b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isalpha())
print(b"caf\xc3\xa9".upper(), b"\xe9".upper(), b"\xc9".lower())
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
print(b"abcabc".index(b"c", 3), b"hello"[1:4], b"hello"[::-1], b"ab" * 3, b"a" + b"b")
for f in [lambda: b"abc".find("a"), lambda: b"abc".index(b"z"), lambda: b"a".join(["x"]), lambda: b"a".split(b"")]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
