# groups in repeats and alternations, lookahead/lookbehind, backreferences, conditionals, atomic groups,
# possessive quantifiers, greedy vs lazy: the captured values are CPython's
import re

tests = [
    (r"(a|b)*", "abba"), (r"(a|b)*?b", "aab"), (r"((a)|b)+", "ab"), (r"(?:(a)|b)+", "ab"), (r"(a*)*", "b"),
    (r"(a*)+", "aa"), (r"(a|)+", "aa"), (r"(?:(a)|(b))*", "ab"), (r"(x)?y", "y"), (r"(x?)y", "y"),
    (r"(\w+?)(\d*)$", "abc123"), (r"(\w+)(\d*)$", "abc123"), (r"(.*?),(.*)", "a,b,c"), (r"(.*),(.*)", "a,b,c"),
    (r"(?=(\w+))\w", "abc"), (r"(?<=(\d))x", "1x"), (r"(?!(a))b", "b"), (r"(?<!a)(b)", "ab cb"),
    (r"(\w)\1", "hello"), (r"(?P<c>.)(?P=c){2}", "xaaab"), (r"(a)(?(1)b|c)", "ab"), (r"(a)?(?(1)b|c)", "c"),
    (r"^(?:(\d)|x)(?(1)\d|y)$", "12"), (r"^(?:(\d)|x)(?(1)\d|y)$", "xy"), (r"(?>a+)b", "aaab"), (r"(?>a+)ab", "aaab"),
    (r"a++b", "aab"), (r"a*+a", "aaa"), (r"(?:ab)++c", "ababc"), (r"(\d+)(?:px|em)", "12em"),
    (r"<(\w+)>.*?</\1>", "<b>x</i></b>"), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj"),
    (r"(?i)(ab)\1", "abAB"), (r"(a)|(b)|(c)", "c"), (r"(?:a(b)?)+", "aba"), (r"(a(b)?)+", "aba"),
    (r"x{2,4}", "xxxxxx"), (r"x{2,4}?", "xxxxxx"), (r"(x){2,}", "xxxx"), (r"(?:x|y){3}", "xyxy"),
    (r"\d{3}-\d{4}", "555-1234"), (r"a{0}b", "ab"), (r"(a{2}){2}", "aaaaa"), (r"(?:(a)|b)*?$", "ab"),
]
for pattern, text in tests:
    m = re.search(pattern, text)
    print(f"{pattern!r:34} {text!r:14}", None if m is None else (m.group(), m.groups(), m.lastindex, m.span()))
print(re.findall(r"(\w)(?=\1)", "aabbcd"), re.findall(r"(?<=@)\w+", "a@b c@d"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.findall(r"\b(\w+)\s+\1\b", "the the cat sat sat down"), re.split(r"(?<=[.!?])\s+", "Hi. You! Ok? Yes"))
