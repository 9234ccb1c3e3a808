# The = specifier (self-documenting expressions) keeps spacing and uses repr by default.
x = 10
name = "Ada"
vals = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=  }|")
print(f"{name=}", f"{name=!s}", f"{name=!a}", f"{name=:>6}")
print(f"{x * 2 + 1=}", f"{vals[0]=}", f"{len(vals)=}", f"{vals=}")
print(f"{3.5=:.2f}", f"{x=:#x}", f"{x=!r:>5}")
print(f"{'é'=}", f"{'é'=!a}", f"{None=}", f"{True=}")
print(f"{x>5=}", f"{x if x else 0=}", f"{[i*i for i in range(3)]=}")
print(f"{name.upper()=} and {x // 3=}")
y = 0.1 + 0.2
print(f"{y=}", f"{y=:.3}", f"{y=!s}")
print(f"{x=}{name=}")
f"{x=}, {name=}"
