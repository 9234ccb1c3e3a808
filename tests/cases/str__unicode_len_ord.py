# len() counts code points; indexing, reversing and iteration are per code point.
for s in ["abc", "é", "e\u0301", "中文字", "😀", "👨‍👩‍👧", "🇺🇸", "\U0001f600x", "ǆ", ""]:
    print(repr(s), len(s), [hex(ord(c)) for c in s], len(s.encode("utf-8")), len(s.encode("utf-16-le")))
s = "naïve café"
print(s.upper(), s[2], s[::-1], s.index("é"), s.count("é"))
print(sorted("ñandú"), min("zéa"), max("zéa"))
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}", "\u03b1" == "α", "\u2603" == "☃")
print([c for c in "a😀b"], list("é\u0301"), "e\u0301" == "é")
print(chr(0x1F600) in "hi 😀", "😀".encode("utf-8"), len("😀".encode("utf-16")))
word = "Ωmega"
print(len(word), word[0], word.lower(), word.upper(), word.casefold(), word.encode("utf-8"))
print([len(ch.encode("utf-8")) for ch in "aé中😀"], ["%04x" % ord(ch) for ch in "aé中"])
