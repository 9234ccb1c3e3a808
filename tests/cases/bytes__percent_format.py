# printf-style formatting on bytes (PEP 461).
print(b"%s and %s" % (b"spam", b"eggs"), b"%d items" % 3, b"%05.1f" % 2.25, b"%x|%X|%o" % (255, 255, 8))
print(b"%c%c" % (65, b"B"), b"%a" % "é", b"%r" % "x", b"%b" % b"raw", b"%%" % ())
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, b"%-5s|" % b"ab", b"%5s|" % bytearray(b"ab"))
print(b"%4d|%-4d|%+d|% d" % (1, 2, 3, 4), b"%.2s" % b"abc", b"%i" % True)
for f in [lambda: b"%s" % "str", lambda: b"%d" % b"1", lambda: b"%c" % 256, lambda: b"%s %s" % (b"a",),
          lambda: b"%y" % 1, lambda: b"%s" % (b"a", b"b")]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
