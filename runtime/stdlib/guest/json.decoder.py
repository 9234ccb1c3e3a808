# json.decoder for the sandbox: JSONDecodeError and JSONDecoder (see json.py). The native scanner returns
# plain values, or -- when hooks are set -- a raw tree that `_build` walks bottom-up, so object_hook,
# object_pairs_hook, parse_float, parse_int and parse_constant run in the order CPython's scanner calls them.

from _monty_json import scan as _scan

__all__ = ["JSONDecoder", "JSONDecodeError"]


class JSONDecodeError(ValueError):
    """Subclass of ValueError with: msg (the unformatted message), doc (the document being parsed), pos
    (where parsing failed), lineno and colno (the line and column of pos)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(msg + ": line " + str(lineno) + " column " + str(colno) + " (char " + str(pos) + ")")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}


def _constant(name):
    return _CONSTANTS[name]


class JSONDecoder:
    """Simple JSON decoder: JSON objects become dicts, arrays lists, strings str, numbers int or float,
    true/false/null True/False/None (and NaN, Infinity, -Infinity floats)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _mode(self):
        mode = 0
        if self.parse_float is not float:
            mode |= 1
        if self.parse_int is not int:
            mode |= 2
        if self.parse_constant is not _constant:
            mode |= 4
        if mode or self.object_hook is not None or self.object_pairs_hook is not None:
            mode |= 8  # objects come back as pairs, so that _build can reach the values inside them
        return mode

    def _run(self, s, idx, whole):
        mode = self._mode()
        ok, value, end = _scan(s, idx, self.strict, mode, whole)
        if not ok:
            raise JSONDecodeError(value, s, end)
        if mode:
            value = self._build(value)
        return value, end

    def decode(self, s):
        """The Python value of the JSON document `s` (a str)."""
        return self._run(s, 0, True)[0]

    def raw_decode(self, s, idx=0):
        """(value, end): the JSON value that begins at s[idx], and the index where it ends."""
        return self._run(s, idx, False)

    def _build(self, value):
        if isinstance(value, list):
            return [self._build(v) for v in value]
        if not isinstance(value, tuple):
            return value
        tag, data = value
        if tag == "o":
            pairs = [(k, self._build(v)) for k, v in data]
            if self.object_pairs_hook is not None:
                return self.object_pairs_hook(pairs)
            result = dict(pairs)
            if self.object_hook is not None:
                return self.object_hook(result)
            return result
        if tag == "f":
            return self.parse_float(data)
        if tag == "i":
            return self.parse_int(data)
        return self.parse_constant(data)
