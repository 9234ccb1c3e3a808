# json.dump / json.load over io.StringIO
import io
import json

buf = io.StringIO()
json.dump({"name": "ann", "tags": ["a", "b"], "score": 9.5}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('{"x": [1, {"y": null}]}'), object_hook=lambda d: sorted(d)))
out = io.StringIO()
json.dump([1, "é"], out, ensure_ascii=False, separators=(",", ":"))
print(repr(out.getvalue()))
try:
    json.load(io.StringIO("[1, 2"))
except json.JSONDecodeError as e:
    print(e)
