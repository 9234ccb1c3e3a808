# find/rfind return -1 on failure; index/rindex raise; count counts non-overlapping matches.
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.rfind("xyz"), s.find(""), s.rfind(""))
print(s.find("o"), s.find("o", 5), s.find("o", 5, 7), s.find("o", -6), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("o"), s.index("l", 3), s.rindex("l", 0, 4))
print(s.count("l"), s.count("hello"), s.count(""), "".count(""), s.count("l", 5), s.count("l", 0, 4))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "abab".count("ab", 1))
print("abc".find("c", 10), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2))
print("abc".find("b", -100, 100), "abc".count("", 1, 2), "abc".find("a", None, None))
print("日本語テキスト".find("テ"), "résumé".index("é", 2), "😀a😀".rfind("😀"))
for f in [lambda: s.index("xyz"), lambda: s.rindex("q"), lambda: "abc".index("a", 1), lambda: "a".find(1)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("missing" in s, s.find("world") >= 0)
