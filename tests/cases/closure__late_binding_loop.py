# closures capture variables, not values: all see the final i
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

# changing i afterwards changes what they return
i = 99
print([f() for f in funcs])

# capture the current value with a default argument
fixed = []
for i in range(4):
    fixed.append(lambda i=i: i)
print([f() for f in fixed])
print(fixed[2](), fixed[2](i=50))

# or with a factory function
def make(v):
    return lambda: v


made = [make(i) for i in range(4)]
print([f() for f in made])

# the same happens with def inside a loop
handlers = {}
for name in ["a", "b", "c"]:
    def handler():
        return "handler for " + name
    handlers[name] = handler
print([handlers[k]() for k in sorted(handlers)])
