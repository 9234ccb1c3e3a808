"""hmac over the sandbox's hashlib (RFC 2104, CPython's API and errors) and secrets' tokens (properties only)."""

import hmac, hashlib, secrets
h = hmac.new(b'key', b'msg', 'sha256'); print(h.name, h.digest_size, h.block_size, h.hexdigest())
h.update(b"more"); c = h.copy(); c.update(b"x"); print(h.hexdigest(), c.hexdigest(), h.digest()[:3])
print(hmac.digest(b'k', b'm', 'md5').hex(), hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'))
print(hmac.new(b"k", digestmod=hashlib.sha1).hexdigest(), hmac.new(b"k" * 100, b"m", "sha256").hexdigest())
print(hmac.new(b"k", b"m", digestmod="sha3_256").block_size, hmac.new(bytearray(b"k"), b"m", hashlib.blake2b).hexdigest())
for f in [lambda: hmac.new(b"k"), lambda: hmac.new("k", b"m", "sha256"), lambda: hmac.new(b"k", "m", "sha256"),
          lambda: hmac.new(b"k", b"m", "nope"), lambda: hmac.compare_digest("a", b"a"), lambda: hmac.compare_digest(1, 2),
          lambda: secrets.token_hex(0), lambda: secrets.randbelow(0), lambda: secrets.choice([])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(len(secrets.token_urlsafe()), len(secrets.token_bytes()), len(secrets.token_hex(8)), 0 <= secrets.randbelow(10) < 10,
      secrets.choice("abc") in "abc", 0 <= secrets.randbits(8) < 256, secrets.compare_digest("a", "a"))
