# Literal braces in f-strings and format strings via doubling.
a = 5
print(f"{{}}", f"{{a}}", f"{{{a}}}", f"{{{{a}}}}", f"{{ {a} }}", f"x{{y")
print("{{}}".format(), "{{{}}}".format(a), "{{0}}".format(1), "{0}{{".format(1), "}}{{".format())
print("%s {braces}" % "pct", "{}%".format(50), f"{a}%", "%d%%" % 50)
print(f"{'{}'}", f"{'{'}{'}'}", f"{'{{'}", "{}".format("{}"), "{0}".format("{0}"))
d = {"k": 1}
print(f"{d}", f"{ {'x': 2} }", f"{d['k']}", f"{{'k': {d['k']}}}")
print(len(f"{{}}"), f"{{}}" == "{}", "{{}}".format() == "{}")
json_like = f'{{"name": "{"Ann"}", "age": {30}}}'
print(json_like)
