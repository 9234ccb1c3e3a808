import string
from string import Template

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), repr(string.printable))
print(string.capwords("  hello   world  foo"), string.capwords("a-b c-d", "-"), string.capwords("ÉCOLE élève"))

cases = [
    ("$who likes $what", {"who": "tim", "what": "kung pao"}),
    ("${who}x $$ $", {}),
    ("abc $ x", {}),
    ("line1\nab$1", {}),
    ("${a", {"a": 1}),
    ("$a $b", {"a": 1}),
    ("${ a }", {"a": 1}),
    ("$", {}),
    ("x$", {}),
    ("$$$a", {"a": 2}),
    ("$éa", {}),
    ("$_a1 $A", {"_a1": 1, "A": 2}),
]
for text, values in cases:
    template = Template(text)
    for method in ("substitute", "safe_substitute"):
        try:
            print(repr(getattr(template, method)(**values)))
        except (KeyError, ValueError) as e:
            print(type(e).__name__, e)
    print(template.get_identifiers(), template.is_valid())

print(Template("$a $b").substitute({"a": 1, "b": 2}, b=3), Template("$x").substitute(x=[1, 2]))
print(Template("${x}y").safe_substitute({"x": 3.5}), Template("$a").template)
try:
    Template("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError:", e)


class Percent(Template):
    delimiter = "%"


print(Percent("%x and %% and $y").substitute(x=5), Percent("%{x}s").safe_substitute())
print(string.Formatter().format("{0} {x:>4}", 1, x=2), string.Formatter().vformat("{a}", (), {"a": "v"}))
