"""csv: reader and writer with dialects and options, DictReader/DictWriter, quoting modes, registered dialects, csv.Error and messages."""

import csv, io
data = 'name,age,city\nAlice,30,"New York, NY"\nBob,25,"He said ""hi"""\n"multi\nline",1,x\n\nlast,2,y'
rows = list(csv.reader(io.StringIO(data)))
print(rows)
r = csv.reader(data.splitlines(keepends=True))
print(next(r), r.line_num, r.dialect.delimiter, repr(r.dialect.lineterminator))
print(list(csv.reader(["a;b;c", "1;2;3"], delimiter=";")), list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(['1,2,"x"'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['a\\,b,c'], escapechar="\\")))
print(list(csv.reader(['a,"b'])), list(csv.reader(["a\tb"], dialect="excel-tab")), list(csv.reader(['"a"b,c'])))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e', 1, 2.5, None, True, "line\nbreak"])
w.writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["a", 1])
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.0])
csv.writer(out, delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a|b", "c"])
csv.writer(out, dialect="unix").writerow(["u", 2])
print(repr(out.getvalue()))
dr = csv.DictReader(io.StringIO("a,b\n1,2\n3,4,5\n6\n"), restkey="rest", restval="?")
print(dr.fieldnames, list(dr))
print(list(csv.DictReader(["x,y", "1,2"], fieldnames=["p", "q"])))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["a", "b"], restval="-")
dw.writeheader()
dw.writerow({"a": 1})
dw.writerows([{"a": 2, "b": 3}])
print(repr(out.getvalue()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(["a|b"], "pipes")), sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
class MyDialect(csv.Dialect):
    delimiter = ":"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(["a:'b:c'"], dialect=MyDialect)))
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
for f in [lambda: list(csv.reader(['a,"b'], strict=True)), lambda: list(csv.reader(['a,"b"c'], strict=True)),
          lambda: list(csv.reader(["a\rb"])), lambda: list(csv.reader([1])), lambda: csv.reader([], delimiter="ab"),
          lambda: csv.reader([], quoting=9), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
          lambda: csv.writer(io.StringIO()).writerow(5), lambda: list(csv.reader(["1,2,x"], quoting=csv.QUOTE_NONNUMERIC)),
          lambda: csv.get_dialect("foo"), lambda: csv.reader([], delimiter=1),
          lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1}),
          lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="x"), lambda: csv.writer(5)]:
    try:
        print(f())
    except csv.Error as e:
        print("csv.Error", e)
    except Exception as e:
        print(type(e).__name__, e)
csv.field_size_limit(5)
try:
    list(csv.reader(["abcdefgh"]))
except csv.Error as e:
    print(e)
