# bytes patterns and subjects
import re

print(re.findall(rb"\d+", b"a12 b3"), re.sub(rb"(\w)", rb"<\1>", b"ab"), re.split(rb",", b"a,b"))
m = re.search(rb"(?P<w>\w+)\s(\w+)", b"hello big world")
print(m, m.group(), m.groups(), m.groupdict(), m[2], m.string)
print(re.findall(rb"(?i)ABC", b"abc ABC"), re.findall(rb"\w+", "héllo".encode()), re.search(b"\xe9", b"\xc3\xa9"))
print(re.compile(rb"\s+").sub(b" ", b"a \t\n b"), re.escape(b"a+b"), re.match(rb".", bytearray(b"xy")))
print(re.sub(rb"a", lambda m: m.group() * 2, b"banana"), re.fullmatch(rb"[^\x00-\x7f]+", b"\xff\xfe"))
