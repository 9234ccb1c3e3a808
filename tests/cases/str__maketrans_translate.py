# str.maketrans in its three forms and str.translate.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans({"a": "1", "b": None, "c": "three", 100: 68})
print("abcd".translate(t3), sorted(t3.items()))
print("hello".translate({ord("l"): "L"}), "hello".translate({108: None}), "hello".translate({}))
print("hello".translate({ord("h"): 74, ord("o"): "0!"}))
vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(vowels))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello world".translate(rot13), "hello world".translate(rot13).translate(rot13))
for f in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
          lambda: "a".translate({97: 1.5}), lambda: str.maketrans("a")]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
