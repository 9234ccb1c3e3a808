# str.format_map uses the mapping directly, without copying to kwargs.
d = {"name": "Bo", "n": 3, "items": ["a", "b"], "nested": {"x": 1}}
print("{name} has {n} items".format_map(d))
print("{items[0]}/{items[1]} {nested[x]} {n:>4}|{name!r}".format_map(d))
print("{name}".format_map({"name": "only"}), "plain".format_map({}))
print("{n:03d}".format_map(d), "{nested}".format_map(d))
try:
    print("{missing}".format_map(d))
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("{0}".format_map({"0": "x"}))
except (KeyError, IndexError, ValueError) as e:
    print(type(e).__name__, e)
try:
    print("{}".format_map(d))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("{name}".format_map(["not", "mapping"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map()
except TypeError as e:
    print(type(e).__name__, e)
counts = {"apples": 3, "pears": 0}
template = "{apples} apples, {pears} pears"
print(template.format_map(counts), template.format(**counts))
