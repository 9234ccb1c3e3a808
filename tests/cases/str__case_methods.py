# upper/lower/capitalize/title/swapcase/casefold, including non-ASCII and special cases.
words = ["hello World", "ÉCOLE", "straße", "ǆungla", "they're bill's friends", "python3.11rocks",
         "HELLO", "", "123", "mIxEd CaSe", "İstanbul", "ﬁne"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
print("hello".upper() == "HELLO", "ß".upper(), len("ß".upper()), "ß".lower(), "ẞ".lower())
print("σ".upper(), "ΣΑΣ".lower(), "Σ".lower())
print("a1b2c3".title(), "don't stop".title(), "o'neil".capitalize(), "ABC DEF".capitalize())
print("ﬁ".upper(), "ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǅ".istitle())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello".islower(), "123".isupper())
