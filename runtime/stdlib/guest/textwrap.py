# textwrap for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# TextWrapper with CPython 3.11's options and its way of cutting text into chunks (whitespace runs,
# words, hyphenated parts of words and em-dashes), scanned by hand instead of with a regex; wrap, fill,
# shorten, dedent and indent.

_WHITESPACE = "\t\n\x0b\x0c\r "
_WORD_PUNCT = "!\"'&.,?"


def _is_word_char(c):  # \w
    return c.isalnum() or c == "_"


def _is_letter(c):  # [^\d\W]
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):  # [\w!"'&.,?]
    return c.isalnum() or c == "_" or c in _WORD_PUNCT


def _dash_run_before_word(text, j):
    """True when text[j:] is two or more '-' followed by a word character."""
    n = len(text)
    k = j
    while k < n and text[k] == "-":
        k += 1
    return k - j >= 2 and k < n and _is_word_char(text[k])


def _split_on_hyphens(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WHITESPACE:
            j = i + 1
            while j < n and text[j] in _WHITESPACE:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == "-" and i > 0 and _is_word_punct(text[i - 1]) and _dash_run_before_word(text, i):
            j = i
            while text[j] == "-":
                j += 1
            chunks.append(text[i:j])  # an em-dash between words
            i = j
            continue
        # the shortest run of non-whitespace that ends a word: before whitespace or the end, after a
        # hyphen inside a word (two letters, or letter-letter-, before it; a letter, maybe a hyphen,
        # and a letter after it), or before an em-dash
        j = i + 1
        while True:
            if j < n and text[j] == "-" and j + 2 < n and _is_letter(text[j + 1]) and (
                    _is_letter(text[j + 2]) or (text[j + 2] == "-" and j + 3 < n and _is_letter(text[j + 3]))):
                if (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or (
                        j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == "-" and _is_letter(text[j - 1])):
                    j += 1
                    break
            if j >= n or text[j] in _WHITESPACE:
                break
            if _is_word_punct(text[j - 1]) and text[j] == "-" and _dash_run_before_word(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _WHITESPACE
        j = i + 1
        while j < n and (text[j] in _WHITESPACE) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):  # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and chunk[-2] in "abcdefghijklmnopqrstuvwxyz"


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _WHITESPACE:
                if c != " ":
                    text = text.replace(c, " ")
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _wrap_chunks(self, chunks):
        width = self.width
        if width <= 0:
            raise ValueError("invalid width " + repr(width) + " (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks = list(chunks)
        n = len(chunks)
        pos = 0
        while pos < n:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = width - len(indent)
            if self.drop_whitespace and lines and chunks[pos].strip() == "":
                pos += 1  # a continuation line does not start with whitespace
            line = []
            used = 0
            while pos < n and used + len(chunks[pos]) <= room:
                line.append(chunks[pos])
                used += len(chunks[pos])
                pos += 1
            if pos < n and len(chunks[pos]) > room:
                pos = self._place_long_word(chunks, pos, line, used, room)
                used = 0
                for part in line:
                    used += len(part)
            if self.drop_whitespace and line and line[-1].strip() == "":
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = pos >= n or (self.drop_whitespace and pos == n - 1 and not chunks[pos].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or (rest_is_blank and used <= room):
                lines.append(indent + "".join(line))
                continue
            # the last line allowed: end it with the placeholder
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= room:
                    line.append(self.placeholder)
                    lines.append(indent + "".join(line))
                    return lines
                used -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _place_long_word(self, chunks, pos, line, used, room):
        """A chunk longer than a line: put as much of it as fits (up to a hyphen when it can) on this
        line, or the whole of it on an empty line when long words are not broken. Returns the position
        of the next chunk to place."""
        space = 1 if room < 1 else room - used
        chunk = chunks[pos]
        if self.break_long_words:
            cut = space
            if self.break_on_hyphens and len(chunk) > space:
                hyphen = chunk.rfind("-", 0, space)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    cut = hyphen + 1
            line.append(chunk[:cut])
            chunks[pos] = chunk[cut:]
        elif not line:
            line.append(chunk)
            return pos + 1
        return pos

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def dedent(text):
    lines = text.split("\n")
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        stripped = line.lstrip(" \t")
        if not stripped:
            if line:
                lines[i] = ""  # whitespace-only lines are normalised to empty ones
            continue
        if stripped[0] == "\n":
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif not lead.startswith(margin):
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        for i in range(len(lines)):
            if lines[i].startswith(margin):
                lines[i] = lines[i][cut:]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    parts = []
    for line in text.splitlines(True):
        keep = line.strip() if predicate is None else predicate(line)
        parts.append(prefix + line if keep else line)
    return "".join(parts)
