# csv for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py): reader,
# writer, DictReader, DictWriter and dialects over any iterable of strings and any object with a write()
# method (io.StringIO, a list's append...), as CPython 3.11 behaves. Parsing and formatting are native
# (runtime/stdlib/native/_csv.py); the field size limit is per run.

import _csv
import io as _io

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
__version__ = "1.0"

_field_limit = [128 * 1024]
_dialects = {}
_NAMES = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting",
          "strict")


class Error(Exception):
    pass


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        try:
            _csv.dialect(_dialect_params(self, {}))
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


class _DialectValues:
    """What `reader.dialect` / `writer.dialect` shows: the resolved parameters."""

    def __init__(self, values):
        self.delimiter, self.quotechar, self.escapechar, self.doublequote, self.skipinitialspace, \
            self.lineterminator, self.quoting, self.strict = values

    def __repr__(self):
        return "<_csv.Dialect object>"


def _dialect_params(dialect, fmtparams):
    """The parameters of a dialect (a registered name, a Dialect class or instance, any object with the
    attributes) overridden by keyword arguments, as a dict of the ones given."""
    if isinstance(dialect, str):
        if dialect not in _dialects:
            raise Error("unknown dialect")
        dialect = _dialects[dialect]
    params = {}
    if dialect is not None:
        for name in _NAMES:
            if hasattr(dialect, name):
                value = getattr(dialect, name)
                if value is not None:
                    params[name] = value
    for name, value in fmtparams.items():
        params[name] = value
    return params


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    if dialect is None:
        dialect = Dialect
    params = _dialect_params(dialect, fmtparams)
    _csv.dialect(params)
    _dialects[name] = _DialectValues(_csv.dialect(params))


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got " + str(len(args)))
    old = _field_limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit[0] = args[0]
    return old


class _reader:
    def __init__(self, csvfile, dialect, fmtparams):
        self._lines = None  # a native iterator of lines, parsed natively row by row (see _csv.next_row)
        if isinstance(csvfile, (list, tuple)):
            self._lines = iter(csvfile)
        elif isinstance(csvfile, _io.StringIO) and not csvfile.closed:
            self._lines = iter(_csv.split_lines(csvfile.read(), csvfile._newline))
        else:
            self._it = iter(csvfile)
        self._dialect = _csv.dialect(_dialect_params(dialect, fmtparams))
        self.dialect = _DialectValues(self._dialect)
        self.line_num = 0
        self._state = _csv.new_state()

    def __iter__(self):
        return self

    def __next__(self):
        if self._lines is not None:
            fields, count = _csv.next_row(self._lines, self._state, self._dialect, _field_limit[0])
            self.line_num = self.line_num + count
            if fields is None:
                raise StopIteration
            return fields
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                fields = _csv.finish(self._state, self._dialect)
                if fields is None:
                    raise
                return fields
            self.line_num = self.line_num + 1
            fields = _csv.parse(self._state, line, self._dialect, _field_limit[0])
            if fields is not None:
                return fields

    def __repr__(self):
        return "<_csv.reader object>"


def _field(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


class _writer:
    def __init__(self, csvfile, dialect, fmtparams):
        try:
            self._write = csvfile.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self._params = _dialect_params(dialect, fmtparams)
        self.dialect = _DialectValues(_csv.dialect(self._params))

    def writerow(self, row):
        try:
            items = iter(row)
        except TypeError:
            raise Error("iterable expected, not " + type(row).__name__)
        line = _csv.writerow([_field(value) for value in items], self._params)
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

    def __repr__(self):
        return "<_csv.writer object>"


def reader(csvfile, dialect="excel", **fmtparams):
    return _reader(csvfile, dialect, fmtparams)


def writer(csvfile, dialect="excel", **fmtparams):
    return _writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and not isinstance(fieldnames, (list, tuple)):
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and not isinstance(fieldnames, (list, tuple)):
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (" + str(extrasaction) + ") must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


_dialects["excel"] = excel
_dialects["excel-tab"] = excel_tab
_dialects["unix"] = unix_dialect
