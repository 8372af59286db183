# CPython's own codecs.py and encodings package run on hotpy's _codecs (with /usr/lib/python3.11 first on sys.path).
import sys
sys.path.insert(0, "/usr/lib/python3.11")
import codecs
info = codecs.lookup("UTF-8")
print(info.name, codecs.lookup("latin1").name, codecs.lookup("utf_16_le").name, codecs.lookup("cp1252").name)
print("héllo".encode("utf-16"), b"\xff\xfeh\x00".decode("utf-16"), "abc\u20ac".encode("cp1252"), b"\x80".decode("cp1252"))
print("\u0100".encode("iso8859-4"), b"\xe9".decode("mac_roman"), "x".encode("utf-32-be"), "é".encode("utf_8_sig"))
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"a\xe2")), repr(d.decode(b"\x82\xac", final=True)))
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"))
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"), codecs.BOM_UTF8, codecs.BOM_UTF16_LE)
try:
    "abc".encode("rot13")
except LookupError as x:
    print("LookupError:", x)
codecs.register_error("mark", lambda exc: ("[%d]" % exc.start, exc.end))
print("a\u20acb".encode("ascii", "mark"), b"a\xffb".decode("ascii", "mark"), codecs.lookup_error("mark")(UnicodeEncodeError("x", "ab", 1, 2, "r")))
with codecs.open("codecs-test.txt", "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
with codecs.open("codecs-test.txt", encoding="utf-8") as f:
    print(f.readlines())
with codecs.open("codecs-test.txt", "rb") as f:
    print(f.read())
r = codecs.getreader("latin-1")(open("codecs-test.txt", "rb"))
print(repr(r.read()))
r.close()
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"!"], "utf-8")), list(codecs.iterencode(["a", "\xe9"], "latin-1")))
for bad in (lambda: codecs.lookup("no-such-codec"), lambda: "\u20ac".encode("cp437"), lambda: b"\x81".decode("cp1252")):
    try:
        bad()
    except (LookupError, UnicodeError) as x:
        print(type(x).__name__ + ":", x)
