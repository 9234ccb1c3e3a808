# json.loads: values, whitespace, escapes, numbers, bytes input, duplicate keys, constants
import json

print(json.loads('{"a": [1, 2.5, -3, 1e3, 1E-2, 0, -0, -0.0], "b": {"c": null, "d": true, "e": false}}'))
print(json.loads(' \n\t [ "x" , "y" ] \r\n '), json.loads('"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"'))
print(json.loads('"\\ud83d\\ude00"'), json.loads('"\\ud800"') == "\ud800", json.loads('"\\ud800x"') == "\ud800x")
print(json.loads('123'), json.loads('-1.5e+3'), json.loads('"s"'), json.loads('null'), json.loads('[]'), json.loads('{}'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('{"a": 1, "a": 2}'), json.loads('{"": ""}'))
print(json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')), json.loads('{"a": 1}'.encode("utf-16")))
print(json.loads('{"a":1}'.encode("utf-32")), json.loads(b'\xef\xbb\xbf[2]'), json.loads('[3]'.encode("utf-16-le")))
print(json.loads("12345678901234567890123456789"), json.loads("1.0000000000000002"), json.loads("1e400"))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e2")).__name__)
print(json.loads('{"nested": {"deep": [[[{"x": [1]}]]]}}')["nested"]["deep"][0][0][0]["x"])
print(json.loads('"tab\there"', strict=False), json.loads('"\x00"', strict=False) == "\x00")
doc = '{"users": [{"name": "ann", "age": 31, "tags": ["a", "b"]}, {"name": "bob", "age": null, "tags": []}]}'
data = json.loads(doc)
print([u["name"] for u in data["users"] if u["age"]], json.loads(json.dumps(data)) == data)
print(json.dumps(json.loads('{"z": 1, "a": 2}')), json.loads('"\u2028"'))
