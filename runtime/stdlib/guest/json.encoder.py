# json.encoder for the sandbox: JSONEncoder (see json.py). `encode` hands plain data to the native encoder;
# when a value needs `default`, `_encode_parts` walks that part in guest code, trying the native encoder on
# each piece first, so `default` runs exactly where and in the order CPython's encoder calls it.

from _monty_json import encode as _encode, encode_basestring, encode_basestring_ascii

__all__ = ["JSONEncoder"]


class JSONEncoder:
    """Extensible JSON encoder: dict, list, tuple, str, int, float, True, False and None; other objects
    go to `default()` (override it, or pass default=)."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type " + type(o).__name__ + " is not JSON serializable")

    def encode(self, o):
        """The JSON text of `o`."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o` in chunks (here: one chunk, or one per value `default` produced)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        custom = "default" in _instance_dict(self) or type(self).default is not JSONEncoder.default
        py = indent is not None or not _one_shot  # CPython uses its Python encoder then: its messages differ
        text = _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                       self.sort_keys, indent, self.item_separator, self.key_separator, 0, custom, py)
        if text is not None:
            return [text]
        chunks = []
        _encode_parts(self, o, indent, 0, {} if self.check_circular else None, chunks, py)
        return chunks


def _encode_parts(enc, o, indent, level, markers, chunks, py):
    text = _encode(o, enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan, enc.sort_keys,
                   indent, enc.item_separator, enc.key_separator, level, True, py)
    if text is not None:
        chunks.append(text)
        return
    quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
    if isinstance(o, (list, tuple, dict)):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o
        is_dict = isinstance(o, dict)
        chunks.append("{" if is_dict else "[")
        newline = None
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            chunks.append(newline)
        first = True
        if is_dict:
            items = sorted(o.items()) if enc.sort_keys else o.items()
            for key, value in items:
                if isinstance(key, str):
                    pass
                elif isinstance(key, float) or key is True or key is False or key is None or isinstance(key, int):
                    key = _encode(key, False, True, True, enc.allow_nan, False, None, ", ", ": ", 0, False, py)
                elif enc.skipkeys:
                    continue
                else:
                    raise TypeError("keys must be str, int, float, bool or None, not " + type(key).__name__)
                if not first:
                    chunks.append(enc.item_separator)
                    if newline is not None:
                        chunks.append(newline)
                first = False
                chunks.append(quote(key))
                chunks.append(enc.key_separator)
                _encode_parts(enc, value, indent, level, markers, chunks, py)
        else:
            for value in o:
                if not first:
                    chunks.append(enc.item_separator)
                    if newline is not None:
                        chunks.append(newline)
                first = False
                _encode_parts(enc, value, indent, level, markers, chunks, py)
        if newline is not None:
            chunks.append("\n" + indent * (level - 1))
        chunks.append("}" if is_dict else "]")
        if markers is not None:
            del markers[id(o)]
        return
    if markers is not None:
        marker = id(o)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = o
    _encode_parts(enc, enc.default(o), indent, level, markers, chunks, py)
    if markers is not None:
        del markers[id(o)]
