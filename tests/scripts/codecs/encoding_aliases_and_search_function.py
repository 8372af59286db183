# encodings.aliases is CPython's table of encoding names, and encodings.search_function
# finds a codec as CPython's does: an alias's codec, else one of that very name, for the
# name codecs.lookup() hands it (normalized: runs of other characters one '_', lower
# case). A search function registered first still comes after the encodings package's.
import codecs, encodings
a, b = codecs.lookup("utf8"), codecs.lookup("utf-8")
print(a is b, a == b, a.incrementalencoder is b.incrementalencoder, a.encode is b.encode)
c = codecs.lookup("UTF-8")
print(c is b)
sf = encodings.search_function
print(sf("utf8") is sf("utf8"), sf("utf8") is sf("utf_8"), sf("utf8") == sf("utf_8"))
for name in ["UTF8", "latin-1", "ISO8859-1", "iso8859.1", "latin.1", "l1", "nonesuch", "", "utf_8", "utf-8", "ascii", "u8"]:
    r = sf(name)
    print(repr(name), None if r is None else r.name)
print(encodings.normalize_encoding("Ünï-code  x"), encodings.normalize_encoding(b"a b"), encodings.normalize_encoding("--a..b--"))
import encodings.aliases
print(len(encodings.aliases.aliases), encodings.aliases.aliases["latin1"], encodings.aliases.aliases["utf8"])
print(sorted(set(encodings.aliases.aliases.values()))[:12])
for name in ["utf-8", "UTF8", "u8", "latin1", "ISO-8859-1", "l1", "cp819", "646", "US-ASCII", "ansi_x3.4_1968", "utf16", "UTF-16LE", "utf_32be", "U32", "utf8_sig", "utf_8_sig", " utf 8 ", "unicode-escape", "raw_unicode_escape", "iso_ir_100", "latin", "8859", "iso8859", "utf", "UnicodeLittleUnmarked", "utf8_ucs4", "cp65001", "latin+1", "UTF--8"]:
    try:
        print(repr(name), codecs.lookup(name).name)
    except LookupError as e:
        print(repr(name), e)
for name in ["utf-9", "", "unicode_internal", "latin.1", "utf8-sig", "cp1252x"]:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print(e)
seen = []
def spy(name):
    seen.append(name)
codecs.register(spy)
for n in ["  Foo--Bar !x", "A.B-C", "-x-", "x y", "Ünï-code", "latex+latin1", "UTF8", "Latin-1"]:
    try:
        codecs.lookup(n)
    except LookupError as e:
        print("LookupError", e)
    print(repr(n), seen)
    seen.clear()
codecs.unregister(spy)
print("abc".encode("UTF--8"), b"\xe9".decode(" Latin 1 "), "é".encode("l1"))
