# is* predicates across a table of tricky inputs.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "½", "²", "٣", "Ⅻ", "一", " ", "\t\n", "a b",
           "_id", "id_1", "1abc", "café", "Hello World", "HELLO WORLD", "x\x00", "\x7f", "~!", "é"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
             s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s).ljust(16), "".join("T" if f else "." for f in flags))
print("def".isidentifier(), "None".isidentifier(), "2x".isidentifier(), "ñame".isidentifier())
print("ABC1".isupper(), "abc!".islower(), "1".islower(), "A1 B2".istitle(), "Aa Bb".istitle(), "AA".istitle())
