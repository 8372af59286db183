"""The codecs hotpy provides without CPython's library: a search function the codec
registry imports this package for (as CPython's does), covering the codecs the native
_codecs module implements (UTF-8 with and without signature, UTF-16/32 in both byte
orders, Latin-1, ASCII, and the escape codecs)."""

import codecs
import sys
import _codecs

__all__ = ["normalize_encoding", "search_function"]


def normalize_encoding(encoding):
    """Runs of characters other than letters, digits and '.' become one '_'."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and chars:
                chars.append("_")
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

_ALIASES = {
    "utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8",
    "cp65001": "utf_8", "utf8_sig": "utf_8_sig",
    "latin": "latin_1", "latin1": "latin_1", "l1": "latin_1", "iso8859_1": "latin_1",
    "iso_8859_1": "latin_1", "iso8859": "latin_1", "8859": "latin_1", "cp819": "latin_1",
    "iso_ir_100": "latin_1", "csisolatin1": "latin_1", "iso_8859_1_1987": "latin_1",
    "us_ascii": "ascii", "646": "ascii", "us": "ascii", "ansi_x3.4_1968": "ascii",
    "ansi_x3_4_1968": "ascii", "iso646_us": "ascii", "cp367": "ascii", "csascii": "ascii",
    "u16": "utf_16", "utf16": "utf_16", "utf_16le": "utf_16_le", "unicodelittleunmarked": "utf_16_le",
    "utf_16be": "utf_16_be", "unicodebigunmarked": "utf_16_be",
    "u32": "utf_32", "utf32": "utf_32", "utf_32le": "utf_32_le", "utf_32be": "utf_32_be",
    "unicode_internal": None,
}

_cache = {}


def search_function(encoding):
    name = normalize_encoding(encoding).lower()
    key = _ALIASES.get(name, _ALIASES.get(name.replace(".", "_"), name))
    if key is None or key not in _FACTORIES:
        return None
    if key not in _cache:
        _cache[key] = _FACTORIES[key]()
    return _cache[key]


codecs.register(search_function)
