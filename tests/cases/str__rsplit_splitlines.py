# rsplit differs from split only with maxsplit; splitlines handles many line boundaries.
s = "a b c d"
print(s.rsplit(), s.rsplit(None, 1), s.rsplit(" ", 2), s.split(" ", 2))
print("a,b,c".rsplit(",", 1), "  x  y  ".rsplit(maxsplit=1), ",,a".rsplit(","))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1)[-1])
text = "one\ntwo\r\nthree\rfour\n\nfive\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[:2])
print(text.split("\n"))
print("".splitlines(), "\n".splitlines(), "x".splitlines(), "x\n".splitlines(), "\nx".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print(len("a\n\nb".splitlines()), "no newline".splitlines(True))
print([line.strip() for line in "  a  \n  b  \n".splitlines()])
