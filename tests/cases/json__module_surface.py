# the names json offers and the attributes of its classes
import json
import json.decoder
import json.encoder
from json import JSONDecodeError, JSONDecoder, JSONEncoder, dumps, loads

print(json.JSONDecodeError is json.decoder.JSONDecodeError, json.JSONEncoder is json.encoder.JSONEncoder)
print(json.JSONDecoder is json.decoder.JSONDecoder, issubclass(JSONDecodeError, ValueError))
print(JSONEncoder.item_separator, JSONEncoder.key_separator, repr(JSONEncoder(indent=2).item_separator))
enc = JSONEncoder(sort_keys=True, separators=(",", "="), skipkeys=True)
print(enc.sort_keys, enc.item_separator, enc.key_separator, enc.skipkeys, enc.ensure_ascii, enc.indent)
print(enc.encode({"b": 1, "a": [1, 2]}), JSONEncoder(skipkeys=True).encode({(1,): 0, "k": 1}))
try:
    enc.encode({"b": 1, (1,): 0})
except TypeError as e:
    print("TypeError:", e)
dec = JSONDecoder(strict=False)
print(dec.strict, dec.object_hook, dec.object_pairs_hook, dec.decode('"a\tb"'))
print(dumps([1, "x"]), loads("[1]"), json.encoder.encode_basestring("a\"é"), json.encoder.encode_basestring_ascii("a\"é"))
try:
    JSONEncoder().default(object())
except TypeError as e:
    print("TypeError:", e)
try:
    json.no_such_name
except AttributeError as e:
    print("AttributeError:", e)
try:
    json.dumps([1], indent=2, separators=(",",))
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({}, cls=JSONEncoder, unknown=1)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("[]", unknown=1)
except TypeError as e:
    print("TypeError:", e)
err = JSONDecodeError("Expecting value", '{"a":\n  }', 8)
print(err, err.lineno, err.colno, err.args)
