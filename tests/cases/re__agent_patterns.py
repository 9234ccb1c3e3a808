# the kind of regular expressions agent code writes: parsing logs, extracting fields, cleaning text
import re

log = """2024-03-01 12:00:01 INFO  server started on port 8080
2024-03-01 12:00:05 WARN  disk usage at 91%
2024-03-01 12:01:17 ERROR request id=af31 failed: timeout after 30s
2024-03-01 12:02:00 INFO  user alice@example.com logged in from 10.0.0.12
2024-03-01 12:03:44 ERROR request id=b7c2 failed: connection reset"""
line_re = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<msg>.*)$", re.M)
for m in line_re.finditer(log):
    if m["level"] == "ERROR":
        print(m.group("time"), m.group("msg"))
print(len(line_re.findall(log)), [m.group("level") for m in line_re.finditer(log)])
print(re.findall(r"id=(\w+)", log), re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", log))
print(re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", log), re.findall(r"(\d+)%", log), re.findall(r"port (\d+)", log))
print(re.sub(r"\s+", " ", "  lots   of\twhite \n space  ").strip())
print(re.sub(r"[^a-z0-9]+", "-", "Hello, World! It's 2024.".lower()).strip("-"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"\n{2,}", "para one\n\n\npara two\nstill two"))
md = "# Title\nSome *emphasis* and **bold** and `code` and [a link](http://x.y/z).\n## Sub\n- item"
print(re.findall(r"^#+\s+(.*)$", md, re.M), re.findall(r"\[([^\]]+)\]\(([^)]+)\)", md), re.findall(r"`([^`]+)`", md))
print(re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", md.splitlines()[1]))
print(re.findall(r"-?\d+(?:\.\d+)?", "temps: -3.5, 0, 12.25 and 7"), re.findall(r"\$\s?(\d[\d,]*\.?\d*)", "cost $1,200.50 or $ 99"))
print(re.match(r"^[\w.-]+@[\w-]+(\.[\w-]+)+$", "first.last@mail.example.org") is not None)
print(bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", "2024-13-45")), bool(re.fullmatch(r"[A-Za-z_]\w*", "9var")))
code = "def foo(a, b):\n    return a + b\n\ndef bar():\n    pass\nclass Baz(Base):\n    x = 1"
print(re.findall(r"^def (\w+)\((.*?)\)", code, re.M), re.findall(r"^class (\w+)(?:\((\w+)\))?:", code, re.M))
print(re.sub(r"(?m)^(\s*)#\s*(.*)$", r"\1// \2", "# one\n  # two\nthree"))
csvish = 'name,"last, first",age\nann,"smith, ann",31'
print([re.findall(r'"([^"]*)"|([^,]+)', row) for row in csvish.splitlines()])
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 12 pears"))
template = "Hello {name}, you owe {amount}."
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ann", "amount": "$3"}[m.group(1)], template))
print(re.compile(r"\s*,\s*").split("a , b,c ,  d"), re.escape("file.txt") + "$")
print(re.search(r"(?i)content-type:\s*([\w/]+)", "Content-Type: text/html; charset=utf-8").group(1))
print(re.findall(r"(?:^|(?<=\s))#(\w+)", "#start middle #tag end#not #last"))
