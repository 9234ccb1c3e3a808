# bytearray: mutable bytes with list-like methods; equality with bytes.
ba = bytearray(b"abc")
ba.append(100)
ba.insert(0, 64)
ba.extend([101, 102])
ba += b"!"
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(99)
print(ba, ba.index(100), ba.count(97))
ba.reverse()
print(ba)
ba[0:2] = b"XYZ"
print(ba)
del ba[::2]
print(ba)
ba *= 2
print(ba, ba == b"YdaYda")
c = ba.copy()
c.clear()
print(c, ba, bytearray(b"x") == b"x", b"x" == bytearray(b"x"), type(ba + b"1").__name__, type(b"1" + ba).__name__)
print(ba.upper(), ba.decode(), bytearray(b"  hi  ").strip(), bytearray(b"a,b").split(b","))
for f in [lambda: ba.remove(200), lambda: ba.append(256), lambda: ba.append("a"), lambda: bytearray().pop()]:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
