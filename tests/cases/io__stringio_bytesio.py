"""io.StringIO and io.BytesIO: reading, writing, seeking, newline modes, iteration, closing and errors."""

import io
s = io.StringIO('ab\ncd\n')
print(repr(s.read(1)), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()))
s.seek(0); s.write('XY'); print(repr(s.getvalue()), s.tell())
s.seek(10); s.write('Z'); print(repr(s.getvalue()))
s.truncate(3); print(repr(s.getvalue()), s.tell())
for f in [lambda: s.write(1), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3), lambda: s.read("x"), lambda: io.StringIO(1),
          lambda: s.fileno(), lambda: s.seek(0, 2), lambda: s.seek(0, 1), lambda: s.truncate(-1), lambda: io.StringIO(newline="x"),
          lambda: s.readline("x"), lambda: s.seek("a"), lambda: io.BytesIO("x"), lambda: io.BytesIO(b"ab").read(1),
          lambda: io.BytesIO().write("x"), lambda: s.readlines(1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s.close()
for f in [lambda: s.read(), lambda: s.write("x"), lambda: s.getvalue(), lambda: s.closed, lambda: s.tell(), lambda: s.seek(0),
          lambda: iter(s), lambda: s.readline()]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t = io.StringIO('a\r\nb\rc\n', newline=None); print(repr(t.getvalue()), t.readlines())
t = io.StringIO('a\r\nb\rc\n', newline=''); print(repr(t.getvalue()), t.readlines())
t = io.StringIO(newline=None); t.write('x\r\ny\n'); print(repr(t.getvalue()))
t = io.StringIO(newline='\r\n'); t.write('x\ny\n'); print(repr(t.getvalue()), t.readlines())
buf = io.StringIO()
for i in range(1000):
    buf.write(str(i) + ",")
print(len(buf.getvalue()), buf.getvalue()[:20])
buf = io.StringIO("line1\nline2\nline3")
for line in buf:
    print(repr(line))
with io.StringIO("abc") as f:
    print(f.read(), f.closed)
print(f.closed)
b = io.BytesIO(b"hello\nworld")
print(b.readline(), b.read(), b.getvalue(), b.seek(-2, 2), b.read(), b.tell())
b.write(b"!!"); print(b.getvalue())
try:
    raise io.UnsupportedOperation("x")
except ValueError as e:
    print("VE", e, isinstance(e, OSError))
