import textwrap

samples = ["    a\n      b\n    c\n", "  a\n\t b\n", "   \n    x\n  \n    y", "\ta\n\t\tb", "no indent\n  x",
           "  \r\n  x", "", "\n\n", "  only\n"]
for s in samples:
    print(repr(textwrap.dedent(s)))
code = '''
    def f():
        return 1
'''
print(textwrap.dedent(code))
print(repr(textwrap.indent("a\nb\n\n c\n", "> ")), repr(textwrap.indent("a\nb\n", "+", lambda line: True)))
print(repr(textwrap.indent("x\r\ny", "-")), repr(textwrap.indent("", "#")))
print(textwrap.indent(textwrap.dedent("""
        first
          second
        third"""), "| "))
