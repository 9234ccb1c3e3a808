# expandtabs with various tab sizes; zfill with signs.
s = "a\tbc\tdef\tg"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr("\t".expandtabs(3)), repr("ab\ncd\tx".expandtabs(4)), repr("12345678\tx".expandtabs()))
print(repr("a\tb".expandtabs(-1)), repr("a\r\tb".expandtabs(4)), repr("abcd\t".expandtabs(tabsize=2)))
for v in ["42", "-42", "+42", "", "abc", "-", "1.5", "-0.5", "12345", " 1"]:
    print(repr(v), repr(v.zfill(5)), repr(v.zfill(0)))
print(str(-7).zfill(4), str(7).zfill(3), "%04d" % -7, f"{-7:04}")
print(repr("x\ty\tz".expandtabs(3)), repr("\t\t".expandtabs(2)), len("a\tb".expandtabs(16)))
print(repr("a\tb\nc\td".expandtabs(3)), repr("abc\r\tx".expandtabs(4)))
print("3".zfill(3), "-".zfill(3), "+".zfill(1), "++1".zfill(5), "-+1".zfill(5))
