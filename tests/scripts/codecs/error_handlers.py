# str.encode / bytes.decode with every error handler, UnicodeError attributes and messages, registered handlers.
import _codecs
text = "a\xe9\u20ac\U0001f600\udc80z"
for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    print(errors, text[:5].encode("ascii", errors), text[:4].encode("latin-1", errors))
print(text.encode("utf-8", "surrogateescape"), text.encode("utf-8", "surrogatepass"))
print("x\udcff".encode("ascii", "surrogateescape"), "\ud83d\ude00".encode("utf-16-le", "surrogatepass"))
data = b"a\xff\xfeb\xc3"
for errors in ("ignore", "replace", "backslashreplace", "surrogateescape"):
    print(errors, repr(data.decode("utf-8", errors)), repr(data.decode("ascii", errors)))
print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
for call in (lambda: "\u20ac".encode("ascii"), lambda: "ab\u20ac\u20ac".encode("latin-1"),
             lambda: "\ud800".encode("utf-8"), lambda: b"\xff".decode("utf-8"), lambda: b"a\x80\x81".decode("ascii"),
             lambda: b"\xe2\x82".decode("utf-8"), lambda: "\u20ac".encode("ascii", "nosuch")):
    try:
        call()
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, "|", e.encoding, e.object, e.start, e.end, e.reason)
    except LookupError as e:
        print("LookupError:", e)
e = UnicodeEncodeError("ascii", "a\U0001f600b", 1, 2, "bad")
print(e, e.args)
e.start = 0
print(e)
e = UnicodeDecodeError("x", bytearray(b"ab"), 0, 2, "why")
print(e, repr(e.object))
e = UnicodeTranslateError("a\xe9", 1, 2, "no")
print(e, e.encoding)
for args in (("ascii", b"x", 0, 1, "r"), ("ascii", "x", 0, 1)):
    try:
        UnicodeEncodeError(*args)
    except TypeError as t:
        print("TypeError:", t)
def handler(exc):
    span = exc.object[exc.start:exc.end]
    return ("<%s>" % (span.encode("unicode_escape").decode() if isinstance(span, str) else span.hex()), exc.end)
_codecs.register_error("angle", handler)
print("a\u20ac\u20acb".encode("ascii", "angle"), b"a\xff\xfeb".decode("utf-8", "angle"), "x\u0100".encode("latin-1", "angle"))
print(_codecs.lookup_error("angle") is handler, _codecs.lookup_error("strict"))
for name in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"):
    h = _codecs.lookup_error(name)
    try:
        print(name, h(UnicodeEncodeError("ascii", "a\u20ac\udc80", 1, 3, "r")))
    except UnicodeEncodeError as x:
        print(name, "raised", x)
print(_codecs.lookup_error("replace")(UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "r")))
try:
    _codecs.lookup_error("nosuch")
except LookupError as x:
    print("LookupError:", x)
_codecs.register_error("wrong", lambda exc: "not a tuple")
try:
    "\u20ac".encode("ascii", "wrong")
except TypeError as x:
    print("TypeError:", x)
