"""JSON encoding: JSONEncoder and the string escapers."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
                  '\b': '\\b', '\f': '\\f'}
# Table for str.translate: quote, backslash and the C0 controls; DEL and non-ASCII stay.
_ESCAPE_TABLE = {i: '\\u%04x' % i for i in range(0x20)}
_ESCAPE_TABLE.update({ord(k): v for k, v in _SHORT_ESCAPES.items()})
_ESCAPE_ASCII_TABLE = dict(_ESCAPE_TABLE)
_ESCAPE_ASCII_TABLE[0x7f] = '\\u007f'


def py_encode_basestring(s):
    """Returns the JSON form of s, keeping non-ASCII characters as they are."""
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def _escape_non_ascii(c):
    n = ord(c)
    if n < 0x80:
        return c
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """Returns the JSON form of s using only ASCII characters."""
    s = s.translate(_ESCAPE_ASCII_TABLE)
    if not s.isascii():
        s = ''.join(map(_escape_non_ascii, s))
    return '"' + s + '"'


try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python dicts, lists, tuples, strings, numbers, booleans and None as JSON."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to return a serializable stand-in for o (or raise TypeError)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Returns the JSON text of o as one str."""
        if isinstance(o, str):
            return (encode_basestring_ascii if self.ensure_ascii else encode_basestring)(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Yields the JSON text of o in pieces."""
        markers = {} if self.check_circular else None
        encode_str = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan
        one_shot_plain = _one_shot and self.indent is None

        def floatstr(f):
            if f != f:
                text = 'NaN'
            elif f == INFINITY:
                text = 'Infinity'
            elif f == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(f)
            if not allow_nan:
                # CPython's C encoder (one-shot, no indent) leaves the value out of the message.
                raise ValueError('Out of range float values are not JSON compliant'
                                 + ('' if one_shot_plain else ': ' + repr(f)))
            return text

        if _one_shot and c_make_encoder is not None and self.indent is None:
            native = c_make_encoder(markers, self.default, encode_str, self.indent,
                                    self.key_separator, self.item_separator, self.sort_keys,
                                    self.skipkeys, self.allow_nan)
            return native(o, 0)
        chunks = []
        _PyEncoding(self, markers, encode_str, floatstr, chunks.append).value(o, 0)
        return chunks


class _PyEncoding:
    """One encoding run: appends the pieces of a value to a sink."""

    def __init__(self, encoder, markers, encode_str, floatstr, emit):
        self.encoder = encoder
        self.markers = markers
        self.encode_str = encode_str
        self.floatstr = floatstr
        self.emit = emit
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def _enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def scalar(self, o):
        """The JSON text of a str/None/bool/int/float, or None for anything else."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.emit(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self._enter(o)
            self.value(self.encoder.default(o), level)
            self._leave(o)

    def _open(self, bracket, level):
        """Emits the bracket and returns the separator between items of that level."""
        separator = self.encoder.item_separator
        if self.indent is None:
            self.emit(bracket)
            return separator
        newline = '\n' + self.indent * level
        self.emit(bracket + newline)
        return separator + newline

    def _close(self, bracket, level):
        if self.indent is not None:
            self.emit('\n' + self.indent * (level - 1))
        self.emit(bracket)

    def array(self, items, level):
        if not items:
            self.emit('[]')
            return
        self._enter(items)
        level += 1
        separator = self._open('[', level)
        first = True
        for item in items:
            if not first:
                self.emit(separator)
            first = False
            self.value(item, level)
        self._close(']', level)
        self._leave(items)

    def object(self, mapping, level):
        if not mapping:
            self.emit('{}')
            return
        self._enter(mapping)
        level += 1
        separator = self._open('{', level)
        key_separator = self.encoder.key_separator
        items = sorted(mapping.items()) if self.encoder.sort_keys else mapping.items()
        first = True
        for key, item in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.encoder.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if not first:
                self.emit(separator)
            first = False
            self.emit(self.encode_str(key) + key_separator)
            self.value(item, level)
        self._close('}', level)
        self._leave(mapping)
