print("defining first function")


def first(x=print("default evaluated") or 7):
    return x


print("calling first")
print(first(), first(), first(1))

items = []


def with_list(v, acc=items):
    acc.append(v)
    return acc


with_list(1)
with_list(2)
print("module list sees", items)
items = ["rebound"]
print("after rebinding:", with_list(3), items)

# a default referring to an undefined name fails at definition time
try:
    def broken(x=undefined_name_here):
        return x
except NameError as e:
    print("NameError:", e)
