"""print(file=...) writes to an io.StringIO or any object with a write() method."""

import io
buf = io.StringIO()
print("hello", 1, [2], file=buf)
print("a", "b", sep="-", end="!", file=buf)
class P:
    def __repr__(self): return "P()"
print(P(), file=buf)
print(repr(buf.getvalue()))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("x", "y", file=w)
print("".join(w.parts))
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
