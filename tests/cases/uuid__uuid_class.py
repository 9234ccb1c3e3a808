"""uuid: UUID parsing and properties, uuid3/uuid5 (deterministic), uuid1/uuid4 (properties only), errors."""

import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.time, u.clock_seq, u.node)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}"), uuid.UUID("urn:uuid:12345678123456781234567812345678"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x"), uuid.UUID(int=5, version=4))
a = uuid.uuid4()
print(type(a).__name__, a.version, a.variant, len(str(a)), a != uuid.uuid4(), str(a)[14])
b = uuid.uuid1()
print(b.version, b.variant, b < uuid.uuid1() or True, sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), {u: 1}[uuid.UUID(u.hex)])
for f in [lambda: uuid.UUID(), lambda: uuid.UUID("xyz"), lambda: uuid.UUID(bytes=b"x"), lambda: uuid.UUID(int=-1),
          lambda: uuid.UUID(fields=(1, 2)), lambda: uuid.UUID(int=1, version=9), lambda: uuid.UUID("g" * 32),
          lambda: setattr(u, "int", 5), lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(u.is_safe)
