"""The codecs hotpy provides without CPython's library: a search function the codec
registry imports this package for (as CPython's does), covering the codecs the native
_codecs module implements (UTF-8 with and without signature, UTF-16/32 in both byte
orders, Latin-1, ASCII, and the escape codecs)."""

import codecs
import sys
import _codecs

from . import aliases

__all__ = ["normalize_encoding", "search_function"]

_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Runs of characters other than letters, digits and '.' become one '_' (none
    at the start); letters and digits outside ASCII are dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and chars:
                chars.append("_")
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return "".join(chars)


def _with_final(decode):
    return lambda data, errors="strict", final=False: decode(data, errors)


def _make(name, encode, decode, incremental_decoder=None, incremental_encoder=None):
    """CodecInfo for a codec whose functions are encode(str, errors) and
    decode(bytes, errors, final), both returning (result, consumed)."""

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors="strict", final=False):
            return decode(input, errors, final)

    return codecs.CodecInfo(
        name=name,
        encode=lambda input, errors="strict": encode(input, errors),
        decode=lambda input, errors="strict": decode(input, errors, True),
        incrementalencoder=incremental_encoder or IncrementalEncoder,
        incrementaldecoder=incremental_decoder or IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )


def _bom_codec(name, plain_encode, ex_decode, le_encode, be_encode, le_decode, be_decode):
    """UTF-16/32 without a byte order: the first output carries a BOM, input's BOM
    (little-endian when there is none) fixes the order of what follows."""

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self.started = False

        def encode(self, input, final=False):
            if self.started:
                return (le_encode if sys.byteorder == "little" else be_encode)(input, self.errors)[0]
            self.started = True
            return plain_encode(input, self.errors)[0]

        def reset(self):
            self.started = False

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self.order = 0

        def _buffer_decode(self, input, errors, final):
            if self.order < 0:
                return le_decode(input, errors, final)
            if self.order > 0:
                return be_decode(input, errors, final)
            output, consumed, order = ex_decode(input, errors, 0, final)
            if order != 0:
                self.order = order
            return output, consumed

        def reset(self):
            super().reset()
            self.order = 0

    def decode(input, errors="strict", final=True):
        output, consumed, _ = ex_decode(input, errors, 0, final)
        return output, consumed

    return _make(name, plain_encode, decode, IncrementalDecoder, IncrementalEncoder)


def _utf_8_sig():
    def encode(input, errors="strict"):
        data, consumed = _codecs.utf_8_encode(input, errors)
        return codecs.BOM_UTF8 + data, consumed

    def decode(input, errors="strict", final=True):
        prefix = 0
        if input[:3] == codecs.BOM_UTF8:
            prefix, input = 3, input[3:]
        elif not final and codecs.BOM_UTF8.startswith(input):
            return "", 0
        output, consumed = _codecs.utf_8_decode(input, errors, final)
        return output, consumed + prefix

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first:
                self.first = False
                return encode(input, self.errors)[0]
            return _codecs.utf_8_encode(input, self.errors)[0]

        def reset(self):
            self.first = True

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            if not self.first:
                return _codecs.utf_8_decode(input, errors, final)
            output, consumed = decode(input, errors, final)
            if consumed or final:
                self.first = False
            return output, consumed

        def reset(self):
            super().reset()
            self.first = True

    return _make("utf-8-sig", encode, decode, IncrementalDecoder, IncrementalEncoder)


def _escape(encode, decode):
    return lambda input, errors="strict": encode(input, errors), _with_final(decode)


_FACTORIES = {
    "utf_8": lambda: _make("utf-8", _codecs.utf_8_encode, _codecs.utf_8_decode),
    "utf_8_sig": _utf_8_sig,
    "latin_1": lambda: _make("iso8859-1", _codecs.latin_1_encode, _with_final(_codecs.latin_1_decode)),
    "ascii": lambda: _make("ascii", _codecs.ascii_encode, _with_final(_codecs.ascii_decode)),
    "utf_16_le": lambda: _make("utf-16-le", _codecs.utf_16_le_encode, _codecs.utf_16_le_decode),
    "utf_16_be": lambda: _make("utf-16-be", _codecs.utf_16_be_encode, _codecs.utf_16_be_decode),
    "utf_32_le": lambda: _make("utf-32-le", _codecs.utf_32_le_encode, _codecs.utf_32_le_decode),
    "utf_32_be": lambda: _make("utf-32-be", _codecs.utf_32_be_encode, _codecs.utf_32_be_decode),
    "utf_16": lambda: _bom_codec("utf-16", _codecs.utf_16_encode, _codecs.utf_16_ex_decode,
                                 _codecs.utf_16_le_encode, _codecs.utf_16_be_encode,
                                 _codecs.utf_16_le_decode, _codecs.utf_16_be_decode),
    "utf_32": lambda: _bom_codec("utf-32", _codecs.utf_32_encode, _codecs.utf_32_ex_decode,
                                 _codecs.utf_32_le_encode, _codecs.utf_32_be_encode,
                                 _codecs.utf_32_le_decode, _codecs.utf_32_be_decode),
    "unicode_escape": lambda: _make("unicode-escape", _codecs.unicode_escape_encode,
                                    _with_final(_codecs.unicode_escape_decode)),
    "raw_unicode_escape": lambda: _make("raw-unicode-escape", _codecs.raw_unicode_escape_encode,
                                        _with_final(_codecs.raw_unicode_escape_decode)),
}

_cache = {}
_codecs_made = {}  # codec name: its CodecInfo (what CPython's codec module holds once)


def _regentry(name):
    """A new CodecInfo of the codec's one set of functions and classes, as a codec
    module's getregentry() gives."""
    info = _codecs_made.get(name)
    if info is None:
        info = _codecs_made[name] = _FACTORIES[name]()
    return codecs.CodecInfo(info.encode, info.decode, info.streamreader, info.streamwriter,
                            info.incrementalencoder, info.incrementaldecoder, info.name)


def search_function(encoding):
    """The codec named `encoding` (codecs.lookup() hands it normalized, in lower case):
    an alias's codec first, then one of that very name; None for any other."""
    if encoding in _cache:
        return _cache[encoding]
    norm = normalize_encoding(encoding)
    aliased = _aliases.get(norm) or _aliases.get(norm.replace(".", "_"))
    entry = None
    for name in ([aliased, norm] if aliased is not None else [norm]):
        if name and "." not in name and name in _FACTORIES:
            entry = _regentry(name)
            break
    _cache[encoding] = entry
    return entry


codecs.register(search_function)
