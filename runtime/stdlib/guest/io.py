# io for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py): the in-memory
# streams StringIO and BytesIO, as CPython 3.11 behaves (positions, newline translation, errors). There is
# no file access. Writes at the end are gathered in a list and joined when the text is next read, so that
# writing many small pieces stays linear.

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _check_size(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '" + type(size).__name__ + "'")
    return size


class _Memory:
    """What StringIO and BytesIO share: a buffer, a position, and closing."""

    _empty = ""

    def _flush_pending(self):
        if self._pending:
            self._buf = self._buf + self._empty.join(self._pending)
            self._pending = []

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def read(self, size=-1):
        self._check_open()
        size = _check_size(size)
        self._flush_pending()
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return self._empty
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), start + size)
        self._pos = end
        return buf[start:end]

    def readlines(self, hint=-1):
        self._check_open()
        hint = _check_size(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total = total + len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def _write_text(self, s):
        n = len(s)
        pos = self._pos
        if pos == self._len:
            self._pending.append(s)
            self._len = pos + n
        else:
            self._flush_pending()
            buf = self._buf
            if pos > len(buf):
                buf = buf + self._padding * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + n:]
            self._len = len(self._buf)
        self._pos = pos + n

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'" + type(size).__name__ + "' object cannot be interpreted as an integer")
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        self._flush_pending()
        if size < len(self._buf):
            self._buf = self._buf[:size]
            self._len = size
        return size

    def getvalue(self):
        self._check_open()
        self._flush_pending()
        return self._buf


_NEWLINES = (None, "", "\n", "\r", "\r\n")


class StringIO(_Memory):
    _padding = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not " + type(newline).__name__)
        if newline not in _NEWLINES:
            raise ValueError("illegal newline value: " + repr(newline))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._buf = ""
        self._pending = []
        self._len = 0
        self._pos = 0
        if initial_value:
            self._write_text(self._translate(initial_value))
            self._pos = 0

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def _translate(self, s):
        newline = self._newline
        if newline is None:
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif newline != "" and newline != "\n":
            s = s.replace("\n", newline)
        return s

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        n = len(s)
        if n:
            self._write_text(self._translate(s))
        return n

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position " + str(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos

    def readline(self, size=-1):
        self._check_open()
        size = _check_size(size)
        self._flush_pending()
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return ""
        newline = self._newline
        if newline == "":
            end = len(buf)
            i = start
            cr = buf.find("\r", start)
            lf = buf.find("\n", start)
            if cr >= 0 and (lf < 0 or cr < lf):
                end = cr + 2 if cr + 1 < len(buf) and buf[cr + 1] == "\n" else cr + 1
            elif lf >= 0:
                end = lf + 1
        else:
            sep = "\n" if newline is None else newline
            i = buf.find(sep, start)
            end = len(buf) if i < 0 else i + len(sep)
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return buf[start:end]

    def __repr__(self):
        return "<_io.StringIO object>"


class BytesIO(_Memory):
    _empty = b""
    _padding = b"\0"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is not None and not isinstance(initial_bytes, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '" + type(initial_bytes).__name__ + "'")
        self._closed = False
        self._buf = b""
        self._pending = []
        self._len = 0
        self._pos = 0
        if initial_bytes:
            self._write_text(bytes(initial_bytes))
            self._pos = 0

    def write(self, b):
        self._check_open()
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '" + type(b).__name__ + "'")
        n = len(b)
        if n:
            self._write_text(bytes(b))
        return n

    def getbuffer(self):
        raise UnsupportedOperation("getbuffer() is not available in the sandbox")

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value " + str(pos))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._len + pos)
        else:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos

    def readline(self, size=-1):
        self._check_open()
        size = _check_size(size)
        self._flush_pending()
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b""
        i = buf.find(b"\n", start)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return buf[start:end]

    def __repr__(self):
        return "<_io.BytesIO object>"
