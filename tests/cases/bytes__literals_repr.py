# bytes literals and repr: printable ASCII shown, others escaped; quote selection.
samples = [b"", b"abc", b"\x00\x01\x7f\x80\xff", b"tab\tnl\ncr\r", b"it's", b'say "hi"', b"both ' \"",
           b"\\", b"\x41\x42", rb"raw\n", rb"\e", bytes(range(30, 35)), b" ~"]
for b in samples:
    print(repr(b), len(b), type(b).__name__)
print(str(b"x"), [b"a", b"b"], (b"\n",))
print(b"ab" b"cd", b"abc"[0], b"abc"[-1], b"abc"[0:1], type(b"abc"[0]).__name__)
print(b"\xe2\x98\x83", b"\xe2\x98\x83".decode())
print(b"abc" == b"abc", b"abc" == "abc", b"a" < b"b", b"" < b"\x00")
print(list(b"hi!"), bytes([104, 105]), b"%d" % 5)
