# random: _sha512 (what random.py seeds strings with) gives the standard SHA-512/384 digests
import _sha512
for data in [b'', b'abc', b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 1000, bytearray(b'xyz')]:
    print(_sha512.sha512(data).hexdigest())
    print(_sha512.sha384(data).hexdigest())
h = _sha512.sha512()
h.update(b'ab')
c = h.copy()
h.update(b'c')
print(h.digest() == _sha512.sha512(b'abc').digest(), c.hexdigest() == _sha512.sha512(b'ab').hexdigest())
print(h.name, h.digest_size, h.block_size, _sha512.sha384().name, _sha512.sha384().digest_size)
print(_sha512.sha512(string=b'q', usedforsecurity=False).hexdigest()[:16])
try:
    _sha512.sha512('text')
except TypeError as e:
    print(e)
