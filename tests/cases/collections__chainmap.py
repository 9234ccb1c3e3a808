from collections import ChainMap, OrderedDict, defaultdict
import collections.abc

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["size"], cm.get("missing"), cm.get("missing", 0))
print(len(cm), sorted(cm), list(cm), "user" in cm, "nope" in cm, bool(cm), bool(ChainMap({}, {})))
print(cm)
print(dict(cm.items()), OrderedDict(cm), defaultdict(None, cm), sorted(cm.items()), sorted(cm.keys()), sorted(cm.values(), key=str))
cm["color"] = "blue"
print(cli, defaults["color"], cm["color"])
del cm["color"]
print(cli, cm["color"])
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["absent"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child()
child["size"] = 99
print(child["size"], cm["size"], len(child.maps), child.maps[0], child.parents["size"])
child2 = cm.new_child({"x": 1})
print(child2, child2.parents == cm, child2.parents.maps is not cm.maps)
kw = cm.new_child(user="root")
print(kw["user"], kw.maps[0])
print(cm.parents, cm.parents.parents, cm.parents.parents.parents)
print(ChainMap(), ChainMap().maps, len(ChainMap()))
cm.maps.append({"late": True})
print(cm["late"], len(cm))
print(cm.pop("size"), cli)
try:
    cm.pop("size")
except KeyError as e:
    print("KeyError", e)
print(cm.pop("size", "dflt"))
cm["k"] = 1
print(cm.popitem(), cm.maps[0])
try:
    cm.popitem()
except KeyError as e:
    print("KeyError", e)
c2 = cm.copy()
c2["only"] = 1
print("only" in cm, "only" in c2, c2.maps[1] is cm.maps[1])
print(ChainMap.fromkeys("ab", 0), ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"a": 2}) == ChainMap({"a": 1}))
merged = ChainMap({"a": 1}) | {"b": 2}
print(merged, {"z": 0} | ChainMap({"a": 1}, {"b": 2}))
m = ChainMap({"a": 1})
m |= {"c": 3}
print(m)
scopes = ChainMap({"x": "global"})
local = scopes.new_child({"x": "local", "y": 1})
print(local["x"], local.parents["x"], local["y"], list(local.items()))
print(isinstance(cm, collections.abc.MutableMapping), isinstance(cm, dict))
print(cm.setdefault("newkey", 5), cm.maps[0]["newkey"])
cm.update({"u": 1}, v=2)
print(sorted(cm.maps[0]))
od = OrderedDict(z=0)
od.update(ChainMap({"b": 1}, {"a": 2, "b": 3}))
dd = defaultdict(list)
dd.update(ChainMap({"k": [1]}), j=[2])
print(od, dd)
