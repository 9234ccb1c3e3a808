def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"unknown key {key!r}; known: {sorted(table)}") from None


colors = {"red": "#f00", "green": "#0f0"}
print(lookup(colors, "red"))
try:
    lookup(colors, "blue")
except ValueError as e:
    print("handled:", e.args)


# raise ... from an explicit cause that was never raised
def convert(s):
    cause = TypeError("underlying cause")
    raise RuntimeError("conversion failed for " + s) from cause


try:
    convert("x")
except RuntimeError as e:
    print("handled:", e)
lookup(colors, "purple")
