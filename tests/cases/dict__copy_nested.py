orig = {"list": [1, 2], "num": 1, "inner": {"k": "v"}}
shallow = orig.copy()
shallow["num"] = 99
shallow["list"].append(3)
shallow["inner"]["k2"] = "v2"
print(orig)
print(shallow)
deep = {k: (list(v) if type(v) is list else dict(v) if type(v) is dict else v) for k, v in orig.items()}
deep["list"].append(4)
print(orig["list"], deep["list"])
alias = orig
alias["new"] = True
print("new" in orig, alias is orig, shallow is orig, shallow == orig)
m = dict.fromkeys("ab", 0)
m2 = {**m}
m2["a"] += 1
print(m, m2)
