doc = """This docstring
never ends
print(doc)
