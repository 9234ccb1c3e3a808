# Indexing and slicing strings with positive/negative indices and steps.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3], s[len(s) - 1])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2], s[-100:100], s[100:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-2], s[8:2:-2], s[2:8:-1])
print(s[::3], s[::-3], s[1:9:3], s[-1:-11:-1], s[-1:-12:-1], s[5::-1], s[:5:-1])
print("abc"[::-1], ""[::-1], "a"[5:], repr("abc"[3:3]))
print(s[None:None:None], s[None:3], s[slice(2, 6, 2)], s[slice(None, None, -4)])
i, j = 2, 6
print(s[i:j], s[j:i:-1], s[-j:-i], s[i:][:2], s[:j][i:])
print(s[True], s[False:True], s[int(1.0)])
for bad in [lambda: s[10], lambda: s[-11], lambda: s[::0], lambda: s["1"], lambda: s[1.5], lambda: s[1:"x"]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("😀ab"[0], len("😀ab"), "😀ab"[::-1])
