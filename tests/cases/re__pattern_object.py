# compiled patterns: attributes, repr, methods with pos/endpos, equality, compile of a compiled pattern
import re

p = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.findall("a=1;b=two;c="), p.search("x a=1").span(), p.match("x a=1"))
print(p.search("a=1;b=2", 3), p.search("a=1;b=2", 3, 5), p.match("a=1;b=2", 4))
print(p.fullmatch("k=v"), p.fullmatch("k=v;"), p.fullmatch("k=v;", 0, 3))
print([m.group("key") for m in p.finditer("a=1;b=2;c=3", 2)])
print(p.sub(r"\g<val>=\g<key>", "a=1;b=2"), p.subn(r"[\1]", "a=1;b=2;c=3", 2))
print(p.split("x;a=1;y"))
print(re.compile(p) is p, re.compile("ab") == re.compile("ab"), re.compile("ab") == re.compile("ab", re.I))
print(re.compile("a", re.I | re.M), re.compile("a", re.S | re.X), re.compile("(?i)a"), re.compile("a", re.A))
print(re.compile(b"a"), re.compile(b"a", re.I), re.compile("x" * 300))
print(re.compile("a", re.I).flags, re.compile(b"a").flags, re.compile("(?ms)a").flags)
q = re.compile(r"^\w", re.M)
print(q.findall("ab\ncd\n ef"), q.search("ab\ncd", 1), q.match("ab\ncd", 3))
print(re.compile(r"^a").search("ba", 1), re.compile(r"a$").search("ab", 0, 1), re.compile(r"\bb").search("ab", 1))
print(re.compile(r"(?<=a)b").search("ab", 1), re.compile("").search("abc", 5), re.compile("").match("abc", 2, 1))
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError:", e)
