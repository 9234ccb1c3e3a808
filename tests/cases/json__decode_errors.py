# json.JSONDecodeError: CPython's messages and positions, lineno/colno, and other errors of loads
import json

docs = ["", " ", "x", "{", "}", "[", "]", "[1,]", "[1 2]", "[1,,2]", '{"a"}', '{"a" 1}', '{"a": 1,}', "{'a': 1}",
        '{"a": 1 "b": 2}', '{1: 2}', "tru", "nul", "True", "01", "1.", ".5", "-", "-a", "1e", "1e+", "+1",
        '"abc', '"a\\', '"a\\x"', '"a\\u12"', '"\\u12', '"a\\u12zz"', '"a\x01b"', '"\\ud800\\uzzzz"', "1 2",
        '{"a":1}x', "[1]]", "\n\n  [1,\n  2,\n  oops]", "[\"multi\nline\"]", "nan", "infinity", "[-Infinity, -inf]",
        "\ufeff[]", '{"a": [1, {"b": }]}', "[" * 3, '"\\u00e9', '["a", "b" "c"]', "{\"a\"\n:\n}"]
for doc in docs:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
try:
    json.loads("[1, 2, oops]")
except ValueError as e:
    print(type(e).__name__, e.args)
for bad in [1, None, [1], {"a": 1}]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.loads(b"\xff\xfe\x00")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    json.loads("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:40])
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno)
json.loads('{"unterminated": [1, 2')
