# findall / finditer / split / sub / subn, including empty matches and groups
import re

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1b2c"), re.findall(r"(\d)?x", "1xx"))
print(re.findall(r"x*", "axxb"), re.findall(r"\b", "ab cd"), re.findall(r"", "abc"))
print([(m.start(), m.group()) for m in re.finditer(r"\w+", "one two  three")])
print([m.span() for m in re.finditer(r"a|", "bab")])
print(re.split(r"\s+", " a  b c "), re.split(r"(\s)+", "a  b"), re.split(r",", "a,b,c", 1))
print(re.split(r"x*", "axbc"), re.split(r"(?=b)", "abab"), re.split(r"\b", "a b"), re.split("(a)|b", "1a2b3"))
print(re.split(r",", "a,b,c", maxsplit=-1), re.split(r",", ""), re.split(r"(,)?", "a,b"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"a|", "-", "bab"), re.sub(r"\s+", " ", "  a \t b  "))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>|\g<0>|\g<1>>", "a12b3"))
print(re.sub(r"a", r"\n\t\\", "xax"), re.sub(r"a", "\\x", "a") if False else "", re.sub("a", r"\0", "a") == "\x00")
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(r"\d", lambda m: str(int(m.group()) + 1), "a1b9"))
print(re.sub(r"\w+", lambda m: m.group().upper(), "make it loud", count=2))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"z", "", "abc"), re.sub("a", "b", "aaaa", 0))
print(re.sub(r"x", "y", "xxx", -1), re.subn(r"x", "y", "xxx", -1))
print(re.sub(r"(?m)^", "> ", "line one\nline two"))
print(re.sub(r"\d+", lambda m: None, "a1b22c"), re.sub("", "-", "abc"))
calls = []
def repl(m):
    calls.append(m.span())
    return "#" * len(m.group())
print(re.sub(r"[aeiou]", repl, "education"), calls)
print(re.escape("1+1=2? (yes) [ok] {x} a.b*c^d$e|f\\g#h i-j&k~l"), re.escape(b"a.b"), re.escape("naïve_ok"))
