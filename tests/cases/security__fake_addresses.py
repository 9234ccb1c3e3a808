# Default reprs keep CPython's shape (the address itself is made up by the sandbox, so only the shape is printed)
r = repr(iter([]))
print(r.startswith('<list_iterator object at 0x'), r.endswith('>'))
it = iter([1, 2])
print(repr(it) == str(it) == f"{it}" == "{}".format(it) == "%s" % (it,) == str([it])[1:-1])
for v in (zip(), enumerate([]), filter(None, []), reversed([1]), object()):
    s = repr(v)
    print(s[:s.index(' at 0x')], s.endswith('>'), int(s[s.index(' at 0x') + 4:-1], 16) > 0)
print(repr({1: iter(())}).startswith('{1: <tuple_iterator object at 0x'))
