"""hashlib: every guaranteed algorithm, incremental updates, copy, attributes, constructor arguments and CPython's errors."""

import hashlib
for n in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(n, b"abc")
    print(n, type(h).__name__, h.name, h.digest_size, h.block_size, h.hexdigest(16) if n.startswith("shake") else h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], hashlib.md5(b"x").hexdigest())
print(hashlib.sha256(string=b"x").hexdigest(), hashlib.blake2b(b"x", digest_size=16, key=b"k").hexdigest())
print(hashlib.sha1(bytearray(b"abc")).hexdigest(), hashlib.md5(usedforsecurity=False).hexdigest(), hashlib.new("SHA256").name)
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex(), hashlib.new(name="md5", data=b"x").hexdigest())
print(str(type(hashlib.sha256())), str(type(hashlib.blake2b())), str(type(hashlib.shake_128())))
for f in [lambda: hashlib.sha256("x"), lambda: hashlib.sha256(1), lambda: hashlib.new("foo"), lambda: hashlib.sha256(b"a", b"b"),
          lambda: hashlib.sha256(data=b"x"), lambda: hashlib.shake_128(b"x").hexdigest(), lambda: hashlib.blake2b(digest_size=100),
          lambda: hashlib.sha256().update("x"), lambda: hashlib.sha256(b"x").foo, lambda: hashlib.blake2b(key=b"k" * 65),
          lambda: hashlib.sha256().digest(1), lambda: hashlib.sha256().update()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
