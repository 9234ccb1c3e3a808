"""String and bytes literals: prefixes and escape sequences, decoded by hand (no `eval` of guest text)."""

from __future__ import annotations

import unicodedata


class LiteralError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def split_prefix(text: str):
    """(prefix, quote length, body start, body end) of a literal token's text."""
    i = 0
    while text[i] not in "'\"":
        i += 1
    q = text[i]
    quote_len = 3 if text.startswith(q * 3, i) and len(text) - i >= 6 else 1
    return text[:i], quote_len, i + quote_len, len(text) - quote_len


_SIMPLE = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n",
           "r": "\r", "t": "\t", "v": "\v"}
_OCTAL = "01234567"
_HEX = "0123456789abcdefABCDEF"


def decode_literal(body: str, raw: bool, is_bytes: bool):
    """The value of a literal's body: str, or bytes when `is_bytes`."""
    if is_bytes and not body.isascii():
        raise LiteralError("bytes can only contain ASCII literal characters")
    if raw or "\\" not in body:
        return body.encode("ascii") if is_bytes else body
    out = []
    i = 0
    n = len(body)
    while i < n:
        j = body.find("\\", i)
        if j < 0:
            out.append(body[i:])
            break
        out.append(body[i:j])
        if j + 1 >= n:
            out.append("\\")
            break
        c = body[j + 1]
        if c in _SIMPLE:
            out.append(_SIMPLE[c])
            i = j + 2
        elif c in _OCTAL:
            k = j + 1
            while k < n and k < j + 4 and body[k] in _OCTAL:
                k += 1
            out.append(chr(int(body[j + 1:k], 8) & (0xFF if is_bytes else 0x1FF)))
            i = k
        elif c == "x":
            digits = body[j + 2:j + 4]
            if len(digits) < 2 or any(d not in _HEX for d in digits):
                if is_bytes:
                    raise LiteralError(f"(value error) invalid \\x escape at position {j}")
                raise LiteralError(f"(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                   f"{j}-{j + 1 + len([d for d in digits if d in _HEX])}: truncated \\xXX escape")
            out.append(chr(int(digits, 16)))
            i = j + 4
        elif c in "uU" and not is_bytes:
            width = 4 if c == "u" else 8
            digits = body[j + 2:j + 2 + width]
            if len(digits) < width or any(d not in _HEX for d in digits):
                raise LiteralError(f"(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                   f"{j}-{j + 1 + len(digits)}: truncated \\{c}{'X' * width} escape")
            code = int(digits, 16)
            if code > 0x10FFFF:
                raise LiteralError(f"(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                   f"{j}-{j + 9}: illegal Unicode character")
            out.append(chr(code))
            i = j + 2 + width
        elif c == "N" and not is_bytes:
            end = body.find("}", j) if body.startswith("{", j + 2) else -1
            name = body[j + 3:end] if end > 0 else ""
            try:
                if not name:
                    raise KeyError(name)
                out.append(unicodedata.lookup(name))
            except KeyError:
                why = "unknown Unicode character name" if name else "malformed \\N character escape"
                raise LiteralError(f"(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                   f"{j}-{max(end, j + 1)}: {why}") from None
            i = end + 1
        else:
            out.append("\\" + c)
            i = j + 2
    text = "".join(out)
    if is_bytes:
        return text.encode("latin-1")
    return text
