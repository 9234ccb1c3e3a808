# partition/rpartition always return 3-tuples; replace with count; removeprefix/suffix.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="), "".partition("x"))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "hello".replace("xyz", "q"), "a.b.c".replace(".", ".."))
print("banana".replace("ana", "X"), "mississippi".replace("ss", "SS", 1))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "file.py".removesuffix(".py"))
print("x".removesuffix(""), "abc".removeprefix("abc"), "aaa".removeprefix("a"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
for f in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".replace("a"), lambda: "a".replace(1, "b")]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
