def greet(greeting="hello", name):
    return f"{greeting}, {name}"


print(greet("x", "y"))
