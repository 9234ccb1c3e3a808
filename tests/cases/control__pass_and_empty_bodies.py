def nothing():
    pass


def only_docstring():
    "A function whose body is just a docstring."


print(nothing(), only_docstring())

for i in range(3):
    pass
print("i =", i)

while False:
    pass
else:
    print("while else")

if True:
    pass
elif False:
    print("no")
else:
    print("no")

try:
    pass
except Exception:
    pass
else:
    print("try else ran")
finally:
    print("finally ran")

x = 5
if x:
    if x > 10:
        pass
    print("nested pass ok")
