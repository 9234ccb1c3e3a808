# Assorted str behaviours: len, min/max, sorted, comparisons in keys, str methods via the type.
s = "The rain in Spain stays mainly in the plain"
print(len(s), s.count("ain"), s.lower().count("the"), s.count(" ") + 1, len(s.split()))
print(str.upper("abc"), str.join("-", ["a", "b"]), str.split("a b"), list(map(str.strip, [" a ", "b "])))
print(sorted(s.split(), key=len), sorted(s.split(), key=str.lower)[:3])
print(max(s.split(), key=len), min(s.split()), s.title()[:20])
print(s.split()[::-1][:3], " ".join(w[::-1] for w in s.split()[:3]))
words = s.lower().split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print("".join(c for c in s if c.isupper()), s.find("Spain"), s[12:17])
print(s.startswith("The"), s.endswith("plain"), s.replace("ain", "AIN", 2)[:25])
print(s.isprintable(), s.isascii(), s.isalpha(), s.replace(" ", "").isalpha())
sorted(set(s.lower()) - set(" "))
