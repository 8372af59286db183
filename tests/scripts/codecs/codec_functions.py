# _codecs functions: UTF-8/16/32 with byte order marks and incremental (final) decoding, escapes, charmap.
import _codecs as c
print(c.utf_8_encode("h\xe9\u20ac"), c.utf_8_decode(b"h\xc3\xa9\xe2\x82"), c.utf_8_decode(b"h\xc3\xa9\xe2\x82", None, True) if False else "")
print(c.utf_8_decode(b"ab\xe2\x82", "strict", False), c.utf_8_decode(b"ab\xe2\x82", "replace", True))
print(c.utf_16_encode("ab"), c.utf_16_le_encode("ab"), c.utf_16_be_encode("a\U0001f600"))
print(c.utf_16_decode(b"\xff\xfea\x00b"), c.utf_16_decode(b"\xfe\xff\x00a\x00b", None, True))
print(c.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True), c.utf_16_be_decode(b"\xd8\x3d\xde\x00", None, True))
print(c.utf_32_encode("a"), c.utf_32_be_encode("\u20ac"), c.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00b\x00", None, False))
print(c.utf_32_le_decode(b"a\x00\x00\x00", None, True), c.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a", None, 0, True))
print(c.latin_1_encode("caf\xe9"), c.latin_1_decode(b"caf\xe9"), c.ascii_encode("abc"), c.ascii_decode(b"abc"))
print(c.unicode_escape_encode("a\tb\\\xe9\u20ac\U0001f600'"), c.unicode_escape_decode(b"a\\tb\\x41\\u20ac\\N{BULLET}\\101\\q"))
print(c.raw_unicode_escape_encode("a\\\xe9\u20ac"), c.raw_unicode_escape_decode(b"a\\u20ac\\x41\\\\u0041"))
print(c.escape_encode(b"a\n'\x00\xff"), c.escape_decode(b"a\\n\\x41\\'"))
table = "abc\ufffe"
print(c.charmap_decode(b"\x00\x01\x02", "strict", table), c.charmap_decode(b"\x00\x03\x01", "replace", table))
print(c.charmap_decode(b"\x01\x02", "strict", {1: "X", 2: 0x263a}), c.charmap_decode(b"\xe9"))
m = c.charmap_build("abc?")
print(m, c.charmap_encode("cab", "strict", m), c.charmap_encode("axb", "replace", m), c.charmap_encode("\xe9"))
print(c.readbuffer_encode(b"xy"), c.readbuffer_encode("\xe9"))
for call in (lambda: c.utf_16_decode(b"a", "strict", True), lambda: c.utf_16_le_decode(b"\x00\xdc", "strict", True),
             lambda: c.utf_32_le_decode(b"\x00\x00\x11\x00", "strict", True), lambda: c.utf_16_le_encode("\ud800"),
             lambda: c.charmap_encode("z", "strict", m), lambda: c.charmap_decode(b"\x05", "strict", "ab"),
             lambda: c.unicode_escape_decode(b"\\x4"), lambda: c.ascii_decode(b"a\x80\x81b")):
    try:
        print(call())
    except UnicodeError as e:
        print(type(e).__name__, e)
print(c.utf_16_le_decode(b"\x00\xdc", "surrogatepass", True), c.utf_16_le_encode("\ud800", "surrogatepass"))
print(c.utf_16_le_decode(b"a\x00\x00\xdcb\x00", "ignore", True), c.utf_16_le_decode(b"a\x00\x00\xdc", "backslashreplace", True))
