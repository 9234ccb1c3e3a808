d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[0.0] = "fzero"
d[-0.0] = "negzero"
print(d)
print(d[True], d[0.0], 1 in d, 2.0 in d)
e = {(1, 2): "a"}
print(e[(1.0, 2.0)], e.get((True, 2)))
print({1: 0, 1.0: 1, True: 2})
print({2 ** 64: "big"}[2 ** 64], {0.5: "h"}[1 / 2])
f = {None: 0, "": 1, (): 2, 0: 3}
print(f[None], f[""], f[()], f[False])
print(sorted({1, 1.0, True, 2}))
