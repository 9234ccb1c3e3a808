# repr() of strings: quote selection and escape sequences.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\r\x00\x07\x1b", "\x7f\x80\x9f\xa0", "é ñ 中文", "\u200b\ufeff", "😀", "\U0001f600\U000e0001",
           "\ud800", "'", '"', "''\"", ""]
for s in samples:
    print(repr(s), len(s), len(repr(s)))
print(str("a\tb"), repr("a\tb"), [ "x'y", 'x"y' ], ("a\n",))
print(r"raw\n\t", len(r"\n"), r"\\", "\x41\101\u0041\N{LATIN SMALL LETTER A}")
print('\'' == "'", "\"" == '"', """tri'ple"quote""", '''x\
y''')
print(repr("\\n"), repr("\\"), repr(r"\'"))
