# String comparison is by code point; case, digits, unicode and lengths.
words = ["b", "B", "a", "A", "1", "_", " ", "é", "z", "aa", "", "Ab", "a1", "a_"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print("apple" < "banana", "apple" < "Apple", "10" < "9", "abc" == "abc", "abc" != "ABC")
print("a" * 3 == "aaa", "abc" < "abcd", "abcd" > "abc", "b" > "abc")
print(min("hello", "help"), max("hello", "help"), min("hello"), max("hello"))
print("é" > "z", "Z" < "a", "ß" > "z", ord("é"), ord("z"))
print("a".lower() == "A".lower(), "Straße".casefold() == "STRASSE".casefold())
s1 = "hello world"
s2 = "hello " + "world"
print(s1 == s2, s1 < s2, s1 >= s2)
print(sorted(["x10", "x9", "x1", "x100"]), sorted(["x10", "x9", "x1"], key=lambda s: int(s[1:])))
print("" == "", "" < " ", "\x00" > "", "\t" < " ")
