# int() accepts surrounding whitespace, signs, single underscores between digits, unicode digits.
print(int(" 42 "), int("\t\n42\r\n"), int("+7"), int("-7"), int(" -7 "))
print(int("1_000"), int("1_000_000"), int("-1_0"), int("0_7"))
print(int("007"), int("-000"), int("0"))
print(int("١٢٣"), int("４２"))
print(int("9" * 30))
print(int(" 0b101 ", 0), int(" 0o_17", 0))
print(int(), int(0), int(-0), int(False), int(True))
print(int(" 12\x0c"), int("\u200312\u2003"), int("\v12\v"))
for s in ["1 000", "1_000_", "- 5", "5-", "0 1"]:
    try:
        int(s)
    except ValueError as e:
        print(e)
print(float(" 1_0.2_5 "), float("+1_0e1_0"))
