# _codecs.register/lookup/encode/decode: search functions, normalized names, the cache, text-only str.encode.
import _codecs

def rot13(text, errors="strict"):
    out = "".join(chr((ord(ch) - 97 + 13) % 26 + 97) if "a" <= ch <= "z" else ch for ch in text)
    return out, len(text)

class Info(tuple):
    def __new__(cls, encode, decode, text=True):
        self = tuple.__new__(cls, (encode, decode, None, None))
        self._is_text_encoding = text
        return self

seen = []
def search(name):
    seen.append(name)
    if name == "my_rot":
        return Info(rot13, rot13, text=False)
    if name == "shout":
        return Info(lambda s, errors="strict": (s.upper().encode(), len(s)),
                    lambda b, errors="strict": (bytes(b).decode().lower(), len(b)))
    return None

_codecs.register(search)
print(_codecs.encode("hello", "My-Rot"), _codecs.decode("uryyb", "my rot"), seen)
print(_codecs.lookup("MY_ROT") is _codecs.lookup("my-rot"), seen)
print("abc".encode("shout"), b"ABC".decode("shout"), _codecs.encode("x", "shout"))
for call in (lambda: "abc".encode("my_rot"), lambda: b"abc".decode("my_rot"), lambda: _codecs.lookup("nope"),
             lambda: _codecs.encode("x", "nope"), lambda: _codecs.lookup(3), lambda: _codecs.register(3)):
    try:
        call()
    except (LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
_codecs.register(lambda name: "bad" if name == "badcodec" else None)
try:
    _codecs.lookup("badcodec")
except TypeError as e:
    print("TypeError:", e)
_codecs.unregister(search)
try:
    _codecs.lookup("never_seen")
except LookupError as e:
    print("LookupError:", e)
print(_codecs.encode("é"), _codecs.decode(b"\xc3\xa9"), _codecs.encode("é", "latin-1"), "é".encode("utf-16"))
