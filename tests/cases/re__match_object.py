# Match objects: group access, spans, lastindex/lastgroup, expand, indexing, attributes, repr, errors
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<extra> jr)?", "Jane Doe, 42")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m[0], m[1], m["first"], m.groups(), m.groups("?"))
print(m.groupdict(), m.groupdict(""))
print(m.start(), m.end(), m.span(), m.start("last"), m.end(2), m.span("extra"))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m.expand(r"\2, \1 (\g<first>)"), m.expand(r"[\g<0>]"))
print(re.match(r"(a)(b)(c)", "abc").lastindex, re.match(r"(a)(?:b)", "ab").lastgroup)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)|(b)", "b").lastindex, re.match(r"x", "x").lastindex)
for bad in (3, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    m.start(9)
except IndexError as e:
    print("IndexError:", e)
try:
    m[5]
except IndexError as e:
    print("IndexError:", e)
print(repr(re.search("x+", "a" + "x" * 80)))
print(re.search(r"\d", "abc1"), re.match(b"ab", b"abc"))
long = re.compile("(" + ")(".join("abcdefghij") + ")").match("abcdefghij")
print(long.groups(), long.lastindex, long.group(10))
print(m.regs)
