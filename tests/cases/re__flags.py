# flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, combined, inline and scoped
import re

print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L), re.IGNORECASE | re.MULTILINE == 10)
print(re.I == 2, re.I | re.S == re.S | re.I, int(re.NOFLAG), re.DOTALL & (re.S | re.M) == re.S)
print(re.findall(r"abc", "ABC abc AbC", re.I), re.findall(r"(?i)abc", "ABC abc"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"\w+$", "one\ntwo\n", re.M), re.search(r"a$", "a\n"), re.search(r"a\Z", "a\n"))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S).span(), re.search(r"(?s)a.b", "a\nb").span())
verbose = re.compile(r"""
    (\d{3})   # area
    [-.\s]?   # separator
    (\d{4})   # number
""", re.X)
print(verbose.search("call 555-1234 now").groups(), verbose.flags)
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"(?a)\w+", "é1"))
print(re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.ASCII), re.findall(r"\s", "a\u00a0b", re.A))
print(re.findall(r"[a-z]+", "Hello WORLD", re.I | re.M), re.search(r"(?i:A)b", "ab"), re.search(r"(?i:A)b", "aB"))
print(re.search(r"(?-i:a)B", "aB", re.I), re.search(r"(?-i:a)B", "AB", re.I), re.search(r"(?s:.)(.)", "\n\n"))
print(re.findall(r"(?im)^a", "A\na"), re.search(r"(?x) a b # c", "ab").group(), re.match(r"(?x)a\ b", "a b"))
print(re.search("ǅ", "ǆ", re.I), re.search("σ", "Σς", re.I), re.findall("(?i)s", "sSſ"), re.findall("(?i)k", "kK\u212a"))
print(re.findall("(?ai)k", "kK\u212a"), re.search("(?i)[a-c]+", "xABCy").group(), re.findall("(?i)[^a]", "aAb"))
print(re.findall(r"(?i)(a)\1", "aA Aa aa"), re.compile("(?x)(?i)a").flags, re.compile("a", re.I | re.A).flags)
try:
    re.compile("a", re.A | re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile("a", re.L)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print("ValueError:", e)
