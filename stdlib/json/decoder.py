"""JSON decoding: JSONDecoder, JSONDecodeError and the pure-Python scanner."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'
_WS_CHARS = frozenset(_WS)    # not '': s[i:i + 1] is '' at the end
_DIGITS = '0123456789'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecodeError(ValueError):
    """A ValueError that also knows where in the document parsing stopped."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _read_hex4(s, pos):
    digits = s[pos:pos + 4]
    if len(digits) == 4 and all(c in _HEX for c in digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos - 1)


def py_scanstring(s, end, strict=True, _use_find=True):
    """Decode the JSON string whose body starts at s[end] (just after the quote).

    Returns (str, index after the closing quote). _use_find=False scans character by
    character: hotpy's str.find costs time in proportion to where it finds a match in a
    non-ASCII string, so the scanner only uses find() on ASCII documents."""
    begin = end - 1
    chunks = []
    n = len(s)
    while True:
        # Copy the longest run free of quotes, backslashes and control characters at once:
        # find() and min() scan in C, the character loop only runs near a control character.
        if _use_find:
            quote = s.find('"', end)
            if quote < 0:
                quote = n
            backslash = s.find('\\', end, quote)
            i = quote if backslash < 0 else backslash
            if i > end and min(s[end:i]) < ' ':
                i = end
                while s[i] >= ' ':
                    i += 1
        else:
            i = end
            while i < n:
                c = s[i]
                if c == '"' or c == '\\' or c < ' ':
                    break
                i += 1
        if i > end:
            chunks.append(s[end:i])
        if i >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[i]
        if c == '"':
            return ''.join(chunks), i + 1
        if c != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, i)
            chunks.append(c)
            end = i + 1
            continue
        if i + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[i + 1]
        if esc != 'u':
            if esc not in _ESCAPES:
                raise JSONDecodeError('Invalid \\escape', s, i)
            chunks.append(_ESCAPES[esc])
            end = i + 2
            continue
        code = _read_hex4(s, i + 2)
        end = i + 6
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _read_hex4(s, end + 2)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


def _scan_number(s, i):
    """Returns (text, is_float, end) of the number at s[i], or None when there is none."""
    n = len(s)
    start = i
    if i < n and s[i] == '-':
        i += 1
    if i < n and s[i] == '0':
        i += 1
    elif i < n and '1' <= s[i] <= '9':
        i += 1
        while i < n and s[i] in _DIGITS:
            i += 1
    else:
        return None
    is_float = False
    if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
        i += 2
        while i < n and s[i] in _DIGITS:
            i += 1
        is_float = True
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and s[j] in _DIGITS:
            j += 1
            while j < n and s[j] in _DIGITS:
                j += 1
            i = j
            is_float = True
    return s[start:i], is_float, i


def py_make_scanner(context):
    """Returns scan_once(string, idx) -> (value, end) for the decoder settings in context;
    raises StopIteration(idx) when no value starts at idx."""
    parse_object_hook = context.object_hook
    pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    strict = context.strict
    memo = {}
    use_find = [True]

    def value(s, i):
        """The value at s[i] (no whitespace before it) and the index after it."""
        c = s[i:i + 1]
        if c == '"':
            return py_scanstring(s, i + 1, strict, use_find[0])
        if c == '{':
            return parse_object(s, i + 1)
        if c == '[':
            return parse_array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        number = _scan_number(s, i)
        if number is not None:
            text, is_float, end = number
            return (parse_float(text) if is_float else parse_int(text)), end
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return parse_constant(name), i + len(name)
        raise JSONDecodeError('Expecting value', s, i)

    def parse_object(s, i):
        pairs = []
        if s[i:i + 1] in _WS_CHARS:
            i = _skip_ws(s, i)
        if s[i:i + 1] == '}':
            i += 1
        else:
            while True:
                if s[i:i + 1] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                key, i = py_scanstring(s, i + 1, strict, use_find[0])
                key = memo.setdefault(key, key)
                if s[i:i + 1] != ':':
                    i = _skip_ws(s, i)
                    if s[i:i + 1] != ':':
                        raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i += 1
                if s[i:i + 1] in _WS_CHARS:
                    i = _skip_ws(s, i)
                item, i = value(s, i)
                pairs.append((key, item))
                c = s[i:i + 1]
                if c in _WS_CHARS:
                    i = _skip_ws(s, i)
                    c = s[i:i + 1]
                if c == '}':
                    i += 1
                    break
                if c != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1)
        if pairs_hook is not None:
            return pairs_hook(pairs), i
        result = dict(pairs)
        if parse_object_hook is not None:
            result = parse_object_hook(result)
        return result, i

    def parse_array(s, i):
        values = []
        if s[i:i + 1] in _WS_CHARS:
            i = _skip_ws(s, i)
        if s[i:i + 1] == ']':
            return values, i + 1
        append = values.append
        while True:
            item, i = value(s, i)
            append(item)
            c = s[i:i + 1]
            if c in _WS_CHARS:
                i = _skip_ws(s, i)
                c = s[i:i + 1]
            if c == ']':
                return values, i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1
            if s[i:i + 1] in _WS_CHARS:
                i = _skip_ws(s, i)

    def scan_once(s, idx):
        use_find[0] = s.isascii()
        try:
            return value(s, idx)
        except JSONDecodeError as err:
            # Nothing at idx itself is the scanner protocol's StopIteration; errors deeper
            # inside the value stay what they are.
            if err.pos == idx and err.msg == 'Expecting value':
                raise StopIteration(idx) from None
            raise
        finally:
            memo.clear()

    return scan_once


try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None
try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

scanstring = c_scanstring or py_scanstring


class JSONDecoder(object):
    """Decodes JSON text into Python objects (object -> dict, array -> list, ...)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.parse_string = scanstring
        self.scan_once = (c_make_scanner or py_make_scanner)(self)

    def decode(self, s, _w=None):
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
