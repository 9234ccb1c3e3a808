"""base64 and binascii: the encodings, alphabets, ASCII strings, binascii.Error and its messages."""

import base64, binascii
print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8gd29ybGQ="), base64.b64decode("aGVsbG8="))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.standard_b64encode(b"x"))
print(base64.b32encode(b"abc"), base64.b32decode("MFRGG==="), base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"), base64.b16decode("01ab", casefold=True))
print(base64.b85encode(b"hello"), base64.b85decode(b"Xk~0{Zv"), base64.a85encode(b"hello"), base64.a85decode(b"BOu!rDZ"))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"), base64.b32hexencode(b"abc"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(binascii.hexlify(b"abc"), binascii.unhexlify("616263"), binascii.b2a_hex(b"abc", "-"), binascii.crc32(b"hello"), binascii.a2b_base64(b"YWJj"))
print(base64.binascii is binascii, issubclass(binascii.Error, ValueError), repr(binascii.Error))
for f in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("ab!c", validate=True), lambda: base64.b32decode("x"),
          lambda: base64.b16decode("x"), lambda: base64.b64encode("s"), lambda: base64.b64decode(1), lambda: base64.b85decode(b"~"),
          lambda: base64.a85decode(b"xyz~"), lambda: binascii.unhexlify("a"), lambda: base64.b64decode("é")]:
    try:
        print(f())
    except binascii.Error as e:
        print("binascii.Error", e, type(e).__name__, isinstance(e, ValueError))
    except Exception as e:
        print(type(e).__name__, e)
try:
    raise binascii.Error("mine")
except ValueError as e:
    print(repr(e))
