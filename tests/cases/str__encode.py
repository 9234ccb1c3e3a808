# str.encode with common codecs and error handlers.
s = "café ☃ 😀"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8") == s.encode("utf_8"))
print(s.encode("utf-16-le"), s.encode("utf-16-be")[:4], len(s.encode("utf-16")), len(s.encode("utf-32")))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("latin-1", "replace"))
print("é".encode("latin-1"), "abc".encode("ascii"), "".encode())
print(s.encode(encoding="utf-8", errors="strict") == s.encode())
for enc in ["ascii", "latin-1"]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
try:
    "x".encode("bogus")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "bogus-handler")
except LookupError as e:
    print(type(e).__name__, e)
print(s.encode("utf-8").decode("utf-8") == s, "\ud800".encode("utf-8", "surrogatepass"))
