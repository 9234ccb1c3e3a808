# the names re offers, error attributes, purge/escape, and objects of the module
import re
from re import compile as rc, error, Pattern, Match

names = ["compile", "search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn", "escape",
         "purge", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
         "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "DEBUG", "T", "TEMPLATE"]
print(all(hasattr(re, n) for n in names), hasattr(re, "no_such_name"))
try:
    re.no_such_name
except AttributeError as e:
    print("AttributeError:", e)
print(re.purge(), rc("a+").findall("caaat"), issubclass(error, Exception), Pattern.__name__, Match.__name__)
print(isinstance(re.compile("x"), Pattern), isinstance(re.match("x", "x"), Match), isinstance("x", Pattern))
print(type(re.compile("x")).__name__, type(re.search("x", "x")).__name__, type(re.compile("x")) is re.Pattern)
print(re.escape(""), re.escape("\t\n "), re.escape("-&~#"), re.escape("ü€"))
try:
    re.escape(5)
except TypeError as e:
    print("TypeError:", e)
for name in ("search", "match", "sub"):
    try:
        getattr(re, name)()
    except TypeError as e:
        print("TypeError:", e)
p = re.compile(r"(?P<a>x)|(?P<b>y)")
m = p.search("zy")
print(m.lastgroup, m.lastindex, m.groupdict(), m.re is p, m.string, m.pos, m.endpos, m.regs)
try:
    Match()
except TypeError as e:
    print("TypeError")
try:
    raise re.error("boom", "abc\ndef", 5)
except re.error as e:
    print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("no pos")
print(e.pattern, e.pos, e.lineno, e.colno)
print(re.compile("a", 0) is not None, bool(re.compile("")), bool(re.match("a", "a")))
print(re.sub("(a)", lambda m: m.group(1).upper(), "banana", 2), re.subn("", "-", "ab"))
print([m.group() for m in re.finditer(r"\d", "a1b2c3")], list(re.finditer("x", "")))
it = re.finditer(r"\w", "ab")
print(next(it).group(), next(it).group(), next(it, "done"))
