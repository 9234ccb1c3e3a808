# string for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# The character-class constants, capwords, Template (substitute / safe_substitute / get_identifiers /
# is_valid, with a custom `delimiter` in subclasses) and a Formatter whose format / vformat are
# str.format. Template placeholders are scanned by hand: `$$`, `$identifier` and `${identifier}` with
# CPython's default ASCII identifier pattern (custom `idpattern` / `pattern` regexes are not supported).

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


_ID_START = "_" + ascii_letters
_ID_CHARS = _ID_START + digits


_sentinel_dict = {}


def _identifier_end(text, start):
    """The end of the identifier starting at `start`, or `start` when there is none."""
    n = len(text)
    if start >= n or text[start] not in _ID_START:
        return start
    i = start + 1
    while i < n and text[i] in _ID_CHARS:
        i += 1
    return i


def _scan(template, delimiter):
    """The placeholders of a template, in order: (kind, start, end, name) with kind one of 'escaped',
    'named', 'braced', 'invalid' (for 'invalid', end is the position just after the delimiter)."""
    found = []
    n = len(template)
    dlen = len(delimiter)
    i = template.find(delimiter)
    while i >= 0:
        j = i + dlen
        if template.startswith(delimiter, j):
            found.append(("escaped", i, j + dlen, None))
            i = template.find(delimiter, j + dlen)
            continue
        end = _identifier_end(template, j)
        if end > j:
            found.append(("named", i, end, template[j:end]))
            i = template.find(delimiter, end)
            continue
        if j < n and template[j] == "{":
            end = _identifier_end(template, j + 1)
            if end > j + 1 and end < n and template[end] == "}":
                found.append(("braced", i, end + 1, template[j + 1:end]))
                i = template.find(delimiter, end + 1)
                continue
        found.append(("invalid", i, j, None))
        i = template.find(delimiter, j)
    return found


class Template:
    delimiter = "$"
    idpattern = "(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, position):
        lines = self.template[:position].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = position - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line " + str(lineno) + ", col " + str(colno))

    def _render(self, mapping, safe):
        template = self.template
        parts = []
        last = 0
        for kind, start, end, name in _scan(template, self.delimiter):
            parts.append(template[last:start])
            last = end
            if kind == "escaped":
                parts.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(end)
                parts.append(template[start:end])
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(template[start:end])
            else:
                parts.append(str(mapping[name]))
        parts.append(template[last:])
        return "".join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._render(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._render(_merge(mapping, kws), True)

    def is_valid(self):
        for kind, start, end, name in _scan(self.template, self.delimiter):
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in _scan(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _Chain:
    """Keyword arguments first, then the mapping (CPython uses a ChainMap)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


def _merge(mapping, kws):
    if mapping is _sentinel_dict:
        return kws
    if kws:
        return _Chain(kws, mapping)
    return mapping


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
