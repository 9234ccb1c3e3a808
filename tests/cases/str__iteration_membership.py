# Iterating strings, enumerate/zip over them, and `in` substring checks.
word = "banana"
for i, ch in enumerate(word):
    print(i, ch, end=" ")
print()
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
print(list(zip("abc", "12345")), list(reversed("abc")), list(map(str.upper, "ab")))
print("nan" in word, "nab" in word, "" in word, "a" not in word)
it = iter("xy")
print(next(it), next(it), next(it, "done"))
vowels = sum(1 for c in "programming" if c in "aeiou")
print(vowels, [c for c in "Hello World" if c.isupper()], {c for c in "hello"} == set("hello"))
print(max("hello", key=lambda c: ord(c)), sorted(set("mississippi")), "".join(dict.fromkeys("mississippi")))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc"), tuple("hi"))
total = 0
for c in "12345":
    total = total * 10 + (ord(c) - ord("0"))
total
