# re.error: CPython's messages, positions, lineno/colno; and the TypeErrors of bad arguments
import re

patterns = ["(", "a)", "[a", "[]", "*a", "a**", "a{2,1}", r"\q", "a\\", "(?P<1x>a)", "(?P<n>a)(?P<n>b)",
            r"(?P=zz)", r"\2(a)", "(?<=a+)b", "(?Q)", "(?P", "(?", "[z-a]", r"[\d-z]", r"\x1", r"\u12",
            r"\N{NOPE}", "(?i", "(?i-", "(?-i)", "a(?i)b", "(?<!a|bc)", "(?(3)a|b)", "(?(x)a)", "(a)(?(1)a|b|c)",
            "x{1,2}{3}", "^*", r"\b+", "(?#unterminated", r"[\777]", r"\400", "(?P=)", "(?P<>x)", "(?x)a(",
            "a\n(b", "(?z)", "(?-a:x)", "(?ia:x)", "(?L)x", "{1,", "a{,2}{"]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiles")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError) as e:
        print(repr(p), "->", type(e).__name__, e)
try:
    re.compile("a{99999999999}")
except OverflowError as e:
    print("OverflowError:", e)
e = re.error("custom", "ab\ncd", 4)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), issubclass(re.error, Exception))
print(re.error("plain"), re.error("plain").pos, re.error.__name__)
for args in [(1, "a"), ("a", 1), ("a", b"a"), (b"a", "a"), ("a", None)]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print(e)
try:
    re.sub("(a)", r"\g<nope>", "a")
except IndexError as e:
    print("IndexError:", e)
for t in [r"\g", r"\g<", r"\g<1", r"\g<a b>", r"\q", r"\g<-1>"]:
    try:
        re.sub("(a)", t, "a")
    except re.error as e:
        print(repr(t), e)
re.compile("(?<=ab|cd)x")
print("done")
re.compile("(unclosed")
