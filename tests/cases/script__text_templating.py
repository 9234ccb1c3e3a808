"""Mini template engine: {{name}} and {{name|filter}} placeholders with error reporting."""

FILTERS = {
    "upper": lambda s: s.upper(),
    "title": lambda s: s.title(),
    "len": lambda s: str(len(s)),
    "money": lambda s: f"${float(s):,.2f}",
}


def render(template, context, strict=True):
    out, pos, missing = [], 0, []
    while True:
        start = template.find("{{", pos)
        if start == -1:
            out.append(template[pos:])
            break
        end = template.find("}}", start)
        if end == -1:
            raise ValueError(f"unclosed placeholder at {start}")
        out.append(template[pos:start])
        name, _, flt = template[start + 2:end].strip().partition("|")
        if name not in context:
            if strict:
                raise KeyError(name)
            missing.append(name)
            value = "?"
        else:
            value = str(context[name])
            if flt and flt not in FILTERS:
                raise ValueError(f"unknown filter {flt!r} for {name!r}")
            if flt:
                value = FILTERS[flt](value)
        out.append(value)
        pos = end + 2
    return "".join(out), missing


TEMPLATES = [
    "Hello {{ name|title }}, you owe {{amount|money}}.",
    "{{greeting}} {{name|upper}} ({{name|len}} letters)",
    "Dear {{ title }} {{name}}",
    "Broken {{name",
    "Filter {{name|reverse}}",
]

if __name__ == "__main__":
    ctx = {"name": "ada lovelace", "amount": 1234.5, "greeting": "Hi"}
    for t in TEMPLATES:
        try:
            text, _ = render(t, ctx)
            print("OK  ", text)
        except KeyError as e:
            text, missing = render(t, ctx, strict=False)
            print("LAX ", text, "missing:", missing, "first error:", repr(e))
        except ValueError as e:
            print("BAD ", e)

render(TEMPLATES[0], {"name": "bob", "amount": 7})
