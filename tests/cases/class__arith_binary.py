class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"V({self.x}, {self.y})"

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __lshift__(self, k):
        return V(self.x << k, self.y << k)

    def __rshift__(self, k):
        return V(self.x >> k, self.y >> k)

    def __and__(self, o):
        return V(self.x & o.x, self.y & o.y)

    def __or__(self, o):
        return V(self.x | o.x, self.y | o.y)

    def __xor__(self, o):
        return V(self.x ^ o.x, self.y ^ o.y)


a, b = V(7, 12), V(2, 5)
print(a + b, a - b, a * 3, a / 2, a // 5, a % 5, b ** 2)
print(a @ b)
print(a << 1, a >> 2, a & b, a | b, a ^ b)
print(a + b + V(1, 1) - V(10, 10))
print(a + b * 2)
total = V(0, 0)
for v in [a, b, a]:
    total = total + v
print(total)


class Str:
    def __init__(self, s):
        self.s = s

    def __add__(self, other):
        if isinstance(other, str):
            return Str(self.s + other)
        if isinstance(other, Str):
            return Str(self.s + other.s)
        return NotImplemented

    def __mul__(self, n):
        return Str(self.s * n)

    def __repr__(self):
        return f"Str({self.s!r})"


print(Str("ab") + "cd", Str("x") + Str("y"), Str("-") * 3)
print((Str("a") + "b" + Str("c")) * 2)
